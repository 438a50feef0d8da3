/// The one random number generator of the numeric core: xoshiro256** seeded by SplitMix64.
///
/// Every random choice Downhill makes (built-in datasets, train/validation splits, weight
/// initialization, mini-batch shuffling) draws from a generator passed in, so a run with
/// the same seed gives the same bits. The algorithms are fully specified here, so results do
/// not depend on the Swift standard library's choices:
///
/// - Seeding: the four state words are four successive outputs of SplitMix64 started at
///   `seed` (Steele, Lea & Flood 2014; constants as in Vigna's reference `splitmix64.c`).
/// - Next: xoshiro256** 1.0 (Blackman & Vigna 2018, `xoshiro256starstar.c`).
/// - `nextUnit()`: the top 53 bits scaled by 2⁻⁵³, a uniform double in [0, 1).
/// - `nextInt(below:)`: Lemire's multiply-shift with rejection, unbiased.
/// - `nextGaussian()`: Box–Muller on two `nextUnit()` draws (no cached second value).
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
  /// The generator's whole state; saving and restoring it replays the same stream.
  public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

  /// Creates a generator whose stream is fixed by `seed`.
  public init(seed: UInt64) {
    var s = seed
    func splitMix() -> UInt64 {
      s &+= 0x9E37_79B9_7F4A_7C15
      var z = s
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
  }

  /// Creates an independent generator for one purpose (data, split, init, shuffle) of a
  /// run seeded with `seed`, so that drawing more for one purpose never shifts another.
  public init(seed: UInt64, stream: UInt64) {
    self.init(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
  }

  /// Puts the generator back into a state read earlier from `state`.
  public mutating func restore(state: (UInt64, UInt64, UInt64, UInt64)) {
    self.state = state
  }

  @inline(__always)
  private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 &- k))
  }

  /// The next 64 random bits (xoshiro256**).
  public mutating func next() -> UInt64 {
    let result = Self.rotl(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = Self.rotl(state.3, 45)
    return result
  }

  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform double in `[lower, upper)`.
  public mutating func nextUniform(in lower: Double, _ upper: Double) -> Double {
    lower + (upper - lower) * nextUnit()
  }

  /// A uniform integer in `0..<bound` without modulo bias (Lemire 2019).
  public mutating func nextInt(below bound: Int) -> Int {
    precondition(bound > 0, "nextInt(below:) needs a positive bound")
    let b = UInt64(bound)
    var product = next().multipliedFullWidth(by: b)
    if product.low < b {
      let threshold = (0 &- b) % b
      while product.low < threshold {
        product = next().multipliedFullWidth(by: b)
      }
    }
    return Int(product.high)
  }

  /// A standard normal draw (mean 0, standard deviation 1) by Box–Muller.
  public mutating func nextGaussian() -> Double {
    // u1 in (0, 1] so that log(u1) is finite.
    let u1 = 1.0 - nextUnit()
    let u2 = nextUnit()
    return (-2.0 * _log(u1)).squareRoot() * _cos(2.0 * Double.pi * u2)
  }

  /// Shuffles `indices` in place by Fisher–Yates, from the last position down.
  public mutating func shuffle(_ indices: inout [Int]) {
    var i = indices.count - 1
    while i > 0 {
      let j = nextInt(below: i + 1)
      indices.swapAt(i, j)
      i -= 1
    }
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.state == b.state
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(state.0)
    hasher.combine(state.1)
    hasher.combine(state.2)
    hasher.combine(state.3)
  }
}
