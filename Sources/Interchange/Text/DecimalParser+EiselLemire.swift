extension DecimalParser {
  /// The bit pattern of the double nearest `w × 10^q` (for w > 0, −342 ≤ q ≤ 308), or nil in
  /// the rare case that 128 bits of 5^q cannot decide the rounding.
  ///
  /// The Eisel–Lemire method. With x = w shifted left until its top bit is set (by `lz`), and
  /// the table's 5^q ≈ T × 2^(⌊log2 5^q⌋ − 127), T in [2^127, 2^128):
  ///
  ///     w × 10^q = x × 2^−lz × 5^q × 2^q ≈ (x × T) × 2^(⌊log2 5^q⌋ + q − 127 − lz)
  ///
  /// x × T is a 192-bit number X = hi:mid:low, and hi in [2^62, 2^64). The double's 53-bit
  /// significand and its rounding bit are the top 54 bits of hi, `m = hi >> shift` with shift
  /// 9 or 10; the bits below m, `rest`, decide rounding only when they are exactly zero
  /// (a tie).
  ///
  /// Error bound: T is within one unit of the true scaled power (below it for q > 55, above
  /// for q < 0, exact for 0 ≤ q ≤ 55), and x < 2^64, so the true product Y differs from X by
  /// less than 2^64. When rest is at least 2^64 and at most 2^(128 + shift) − 2^64, Y has the
  /// same m as X and bits below it that are not all zero, so Y rounds up exactly when m's
  /// last bit is set. Otherwise the answer is left to an exact method (nil). For
  /// 0 ≤ q ≤ 55, X is Y itself and a tie is decided to even.
  ///
  /// Most of the time the first 64 × 64 product, x × T's high word, already places Y far
  /// enough from a boundary (X exceeds it by less than 2^128); only then is x × T's low word
  /// multiplied too.
  package static func nearestBits(_ w: UInt64, _ q: Int) -> UInt64? {
    let lz = w.leadingZeroBitCount
    let x = w &<< UInt64(lz)
    let index = 2 &* (q &+ 342)
    let powers = powersOfFive
    guard index >= 0, index + 1 < powers.count else { return nil }
    let isExact = q >= 0 && q <= 55

    // hi:mid = x × T's high word; X is this × 2^64 plus x × (T's low word), less than 2^128.
    var (hi, mid) = x.multipliedFullWidth(by: powers[index])
    var low: UInt64 = 0
    var shift = 9 &+ Int(hi &>> 63)
    var mask: UInt64 = (1 &<< UInt64(shift)) &- 1
    let top = hi & mask
    if isExact || top >= mask &- 1 || (top == 0 && mid == 0) {
      let (carryWord, lowWord) = x.multipliedFullWidth(by: powers[index + 1])
      low = lowWord
      let (sum, carried) = mid.addingReportingOverflow(carryWord)
      mid = sum
      // X < 2^192, so hi cannot overflow.
      if carried { hi &+= 1 }
      shift = 9 &+ Int(hi &>> 63)
      mask = (1 &<< UInt64(shift)) &- 1
    }
    let restTop = hi & mask
    if !isExact && ((restTop == 0 && mid == 0) || (restTop == mask && mid == .max)) {
      return nil
    }
    // Inexactly, Y's bits below m are known not to be all zero.
    let sticky = !isExact || restTop != 0 || mid != 0 || low != 0
    let m = hi &>> UInt64(shift)  // in [2^53, 2^54)

    // The number is hi × 2^(⌊log2 5^q⌋ + q + 1 − lz) = (m / 2^53) × 2^(53 + shift + ⌊log2 5^q⌋
    // + q + 1 − lz), with m / 2^53 in [1, 2) and shift = 9 + hi's top bit. ⌊log2 5^q⌋ + q is
    // ⌊q log2 10⌋, which (q × 217706) >> 16 gives exactly for |q| ≤ 342 (the generator and
    // the tests check it). Biased by 1023:
    var biased = ((q &* 217706) &>> 16) &+ 63 &+ Int(hi &>> 63) &- lz &+ 1023

    if biased >= 1 {
      // Normal: drop the rounding bit, rounding half to even.
      var significand = m &>> 1
      if m & 1 == 1 && (sticky || significand & 1 == 1) { significand &+= 1 }
      if significand == 1 &<< 53 {
        significand = 1 &<< 52
        biased &+= 1
      }
      if biased >= 0x7FF { return Double.infinity.bitPattern }
      return UInt64(biased) &<< 52 | (significand & ((1 &<< 52) &- 1))
    }
    // Subnormal: the value is m × 2^(biased − 2) units of 2^−1074, so 2 − biased bits go.
    let dropped = 2 &- biased
    guard dropped < 64 else { return 0 }
    let kept = m &>> UInt64(dropped)
    let rest = m & ((1 &<< UInt64(dropped)) &- 1)
    let half: UInt64 = 1 &<< UInt64(dropped &- 1)
    let roundsUp = rest > half || (rest == half && (sticky || kept & 1 == 1))
    // A carry out of the subnormals gives 2^52, the least normal's pattern, as it should.
    return roundsUp ? kept &+ 1 : kept
  }
}
