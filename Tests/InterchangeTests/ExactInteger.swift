/// A nonnegative integer of any size, for exact reference values in tests: powers of five
/// and the decimal digits of halfway points between doubles.
struct ExactInteger {
  /// 32-bit limbs, least significant first, no leading zero limbs.
  private(set) var limbs: [UInt32]

  init(_ value: UInt64) {
    limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
    trim()
  }

  /// high × 2^64 + low.
  init(high: UInt64, low: UInt64) {
    limbs = [low, high].flatMap {
      [UInt32(truncatingIfNeeded: $0), UInt32(truncatingIfNeeded: $0 >> 32)]
    }
    trim()
  }

  /// The number of bits up to the highest set one (0 for zero).
  var bitWidth: Int {
    guard let top = limbs.last else { return 0 }
    return 32 * limbs.count - top.leadingZeroBitCount
  }

  /// Bit `i` (counting from the least significant); 0 outside the number, also for i < 0.
  func bit(_ i: Int) -> Bool {
    guard i >= 0, i / 32 < limbs.count else { return false }
    return limbs[i / 32] >> UInt32(i % 32) & 1 == 1
  }

  mutating func multiply(by factor: UInt32) {
    var carry: UInt64 = 0
    for i in limbs.indices {
      let product = UInt64(limbs[i]) * UInt64(factor) + carry
      limbs[i] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
    trim()
  }

  mutating func add(_ value: UInt32) {
    var carry = UInt64(value)
    var i = 0
    while carry != 0 {
      if i == limbs.count { limbs.append(0) }
      let sum = UInt64(limbs[i]) + carry
      limbs[i] = UInt32(truncatingIfNeeded: sum)
      carry = sum >> 32
      i += 1
    }
  }

  /// Subtracts one from a positive number.
  mutating func decrement() {
    var i = 0
    while limbs[i] == 0 {
      limbs[i] = .max
      i += 1
    }
    limbs[i] -= 1
    trim()
  }

  /// Multiplies by 2^count.
  mutating func shiftLeft(by count: Int) {
    var left = count
    while left > 0 {
      let step = min(left, 31)
      multiply(by: 1 << UInt32(step))
      left -= step
    }
  }

  /// Multiplies by 5^count.
  mutating func multiply(byPowerOfFive count: Int) {
    var left = count
    while left > 0 {
      let step = min(left, 13)  // 5^13 < 2^32
      var factor: UInt32 = 1
      for _ in 0..<step { factor *= 5 }
      multiply(by: factor)
      left -= step
    }
  }

  /// The number in decimal digits.
  var decimalDigits: String {
    var rest = limbs
    var groups: [UInt32] = []
    while !rest.isEmpty {
      var remainder: UInt64 = 0
      for i in rest.indices.reversed() {
        let current = remainder << 32 | UInt64(rest[i])
        rest[i] = UInt32(current / 1_000_000_000)
        remainder = current % 1_000_000_000
      }
      groups.append(UInt32(remainder))
      while rest.last == 0 { rest.removeLast() }
    }
    guard let first = groups.last else { return "0" }
    var text = String(first)
    for group in groups.dropLast().reversed() {
      let digits = String(group)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
  }

  private mutating func trim() {
    while limbs.last == 0 { limbs.removeLast() }
  }
}
