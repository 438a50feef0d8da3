/// Numbers written as CPython 3.11 writes them: `repr` of floats and ints, `round(x, n)`, and
/// numpy's `np.round`, with the exact decimal digit generation the f-string formats and numpy's
/// printing share.
///
/// Every digit string comes from `dragon4`, a port of the Dragon4 algorithm numpy prints floats
/// with (Steele & White, Burger & Dybvig; numpy's `dragon4.c`): it works on the exact binary
/// value with big integers, so shortest round-trip digits (`repr`), correctly rounded fixed
/// digits (`f"{x:.2f}"`, ties to even on the exact value: `2.675` is `2.67499999…`, so `2.67`)
/// and numpy's "unique digits capped at a precision" all come out of one loop.
enum PythonFormatting {
  /// CPython's `repr(float)` (also `str(float)`): the shortest digits that read back as `x`,
  /// positional from 1e-4 up to 1e16 (`0.0001`, `100.0`, `1234567890123456.0`), scientific
  /// outside it (`1e-05`, `1e+16`, `1.5e+300`), and `inf`, `-inf`, `nan`, `-0.0`.
  static func repr(_ x: Double) -> String {
    formatted(x, code: "r", precision: 0, addDotZero: true)
  }

  /// CPython's `repr(int)`: decimal digits with a leading `-` when negative.
  static func repr(_ x: Int) -> String { String(x) }

  /// Python's `round(x)` with no digits: the nearest integer, ties to even (`round(0.5) == 0`,
  /// `round(1.5) == 2`, `round(-0.5) == 0`), as an integral Double. NaN and infinities come back
  /// unchanged: turning them into an int is the caller's `ValueError` / `OverflowError`.
  static func round(_ x: Double) -> Double { x.rounded(.toNearestOrEven) }

  /// Python's `round(x, ndigits)` for a float: `x` correctly rounded to `ndigits` decimal places
  /// (negative rounds to tens, hundreds, …), ties to even on the exact binary value, so
  /// `round(2.675, 2) == 2.67` and `round(-0.4, 0) == -0.0`.
  ///
  /// As CPython's `float.__round__`: NaN and infinities round to themselves, `ndigits` above 323
  /// returns `x`, below -308 returns a zero with the sign of `x`. Returns nil when the result
  /// overflows, where Python raises `OverflowError: rounded value too large to represent`.
  static func round(_ x: Double, ndigits: Int) -> Double? {
    guard x.isFinite else { return x }
    // CPython's NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and
    // NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103: beyond them the answer is known.
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    let decimal = digits(of: x, mode: .exact, cutoff: .fractionLength, cutoffMax: ndigits)
    // Read the rounded digits back as CPython does (`_Py_dg_strtod` of "[-]0<digits>e<exp>").
    let text =
      (x.sign == .minus ? "-" : "") + decimal.digitString
      + "e" + String(decimal.exponent - (decimal.digits.count - 1))
    guard let rounded = Double(text), rounded.isFinite else { return nil }
    return rounded
  }

  /// numpy's `np.round(x, decimals)` (and `round(np.float64(x), decimals)`): scale by a power of
  /// ten, round half to even with `rint`, scale back, in floating point as numpy's
  /// `PyArray_Round` does. So `np.round(2.675, 2) == 2.68`: `2.675 * 100` is `267.5` exactly
  /// after rounding the product, unlike Python's `round`.
  static func numpyRound(_ x: Double, decimals: Int) -> Double {
    if decimals == 0 { return x.rounded(.toNearestOrEven) }
    let factor = numpyPowerOfTen(abs(decimals))
    if decimals > 0 { return (x * factor).rounded(.toNearestOrEven) / factor }
    return (x / factor).rounded(.toNearestOrEven) * factor
  }

  /// numpy's `np.round` of an int64: unchanged for `decimals >= 0`; otherwise computed in
  /// float64 as for floats and cast back (`np.round(1250, -2) == 1200`). A result the cast
  /// cannot hold (NaN when the power of ten overflows) becomes `Int.min`, as numpy's C cast
  /// gives on x86-64.
  static func numpyRound(_ x: Int, decimals: Int) -> Int {
    if decimals >= 0 { return x }
    let rounded = numpyRound(Double(x), decimals: decimals)
    return Int(exactly: rounded) ?? Int.min
  }

  /// numpy's `power_of_ten`: exact up to 1e8, then repeated multiplication by ten (which
  /// drifts from the nearest double past 1e22, as numpy's does).
  private static func numpyPowerOfTen(_ n: Int) -> Double {
    let small: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
    if n < 9 { return small[n] }
    var result = 1e9
    var count = n
    while count > 9 && result.isFinite {
      result *= 10
      count -= 1
    }
    return result
  }
}

// MARK: - CPython's float to string

extension PythonFormatting {
  /// CPython's `PyOS_double_to_string` with `format_float_short`: `x` in one of the codes
  /// `e`, `f`, `g` (with `precision`) or `r` (repr, shortest digits), optionally with a forced
  /// `+`, the alternate form (`#`: keep the point and, for `g`, trailing zeros), `.0` added to
  /// integral positional results, negative zero shown as zero (`z`), and upper case.
  ///
  /// The digits are those of `_Py_dg_dtoa`: shortest round-trip for `r`, correctly rounded to
  /// `precision + 1` significant digits for `e`, `precision` (at least 1) for `g`, and
  /// `precision` places for `f`, trailing zeros dropped; the layout below is CPython's.
  static func formatted(
    _ x: Double, code: Character, precision: Int, alwaysSigned: Bool = false,
    alternate: Bool = false, addDotZero: Bool = false, noNegativeZero: Bool = false,
    uppercase: Bool = false
  ) -> String {
    if x.isNaN { return (alwaysSigned ? "+" : "") + (uppercase ? "NAN" : "nan") }
    var negative = x.sign == .minus
    if x.isInfinite {
      return (negative ? "-" : alwaysSigned ? "+" : "") + (uppercase ? "INF" : "inf")
    }
    var precision = precision
    var decimal: DecimalDigits
    switch code {
    case "e":
      precision += 1
      decimal = digits(of: x, mode: .exact, cutoff: .totalLength, cutoffMax: precision)
    case "f":
      decimal = digits(of: x, mode: .exact, cutoff: .fractionLength, cutoffMax: precision)
    case "g":
      precision = Swift.max(precision, 1)
      decimal = digits(of: x, mode: .exact, cutoff: .totalLength, cutoffMax: precision)
    default:
      decimal = digits(of: x, mode: .unique)
    }
    decimal.dropTrailingZeros()
    let digits = decimal.digits
    let isZero = digits.allSatisfy { $0 == 0 }
    if noNegativeZero && isZero { negative = false }

    // A window [start, end) onto the digits padded with zeros on both sides, as CPython's
    // `vdigits`; `point` is where the decimal point goes (digits before it).
    var point = isZero ? 1 : decimal.exponent + 1
    var windowEnd = digits.count
    var useExponent = false
    switch code {
    case "e":
      useExponent = true
      windowEnd = precision
    case "f":
      windowEnd = point + precision
    case "g":
      if point <= -4 || point > (addDotZero ? precision - 1 : precision) { useExponent = true }
      if alternate { windowEnd = precision }
    default:
      // repr switches to scientific at 1e16 and below 1e-4.
      if point <= -4 || point > 16 { useExponent = true }
    }
    var exponent = 0
    if useExponent {
      exponent = point - 1
      point = 1
    }
    let windowStart = point <= 0 ? point - 1 : 0
    if !useExponent && addDotZero {
      windowEnd = Swift.max(windowEnd, point + 1)
    } else {
      windowEnd = Swift.max(windowEnd, point)
    }

    var out = negative ? "-" : alwaysSigned ? "+" : ""
    let shown = isZero ? "0" : decimal.digitString
    if point <= 0 {
      out += String(repeating: "0", count: point - windowStart) + "."
      out += String(repeating: "0", count: -point) + shown
    } else if point <= digits.count {
      out += String(shown.prefix(point)) + "." + String(shown.dropFirst(point))
    } else {
      out += shown
    }
    if digits.count < point {
      out += String(repeating: "0", count: point - digits.count) + "."
      out += String(repeating: "0", count: Swift.max(0, windowEnd - point))
    } else {
      out += String(repeating: "0", count: Swift.max(0, windowEnd - digits.count))
    }
    if out.hasSuffix(".") && !alternate { out.removeLast() }
    if useExponent {
      let magnitude = String(Swift.abs(exponent))
      out += (uppercase ? "E" : "e") + (exponent < 0 ? "-" : "+")
      out += (magnitude.count < 2 ? "0" : "") + magnitude
    }
    return out
  }
}

// MARK: - Decimal digits (Dragon4)

extension PythonFormatting {
  /// The decimal digits of a double: `d0.d1d2… × 10^exponent`.
  struct DecimalDigits: Hashable, Sendable {
    /// Digit values 0…9, most significant first; `[0]` for zero.
    var digits: [UInt8]
    /// The power of ten of the first digit.
    var exponent: Int

    /// The digits as text, `"25"` for 2.5.
    var digitString: String {
      String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    }

    /// Removes trailing zero digits, keeping at least one digit.
    mutating func dropTrailingZeros() {
      while digits.count > 1, digits.last == 0 { digits.removeLast() }
    }
  }

  /// How `digits(of:)` chooses where to stop.
  enum DigitMode {
    /// Shortest digits that identify the value among doubles (round-trip), unless a cutoff
    /// comes first.
    case unique
    /// Digits of the exact binary value, up to the cutoff or until they run out.
    case exact
  }

  /// What a cutoff counts.
  enum CutoffMode {
    /// Significant digits.
    case totalLength
    /// Digits after the decimal point (negative: to the left of it).
    case fractionLength
  }

  /// numpy's `Dragon4`: the decimal digits of `|x|` (finite), with numpy's semantics:
  /// `cutoffMax` caps the digits (counted by `cutoff`), the last one rounded half to even on
  /// the exact value, and `cutoffMin` asks for at least that many in unique mode, the extra
  /// ones rounded likewise. In unique mode the margins are inclusive for an even mantissa, so a
  /// decimal exactly halfway between two doubles reads back as the even one (IEEE rounding).
  static func digits(
    of x: Double, mode: DigitMode, cutoff: CutoffMode = .totalLength,
    cutoffMax: Int? = nil, cutoffMin: Int? = nil
  ) -> DecimalDigits {
    // x = mantissa × 2^exponent with mantissa an integer (53 bits for normal numbers).
    let biased = Int(x.exponentBitPattern)
    let fraction = x.significandBitPattern
    let mantissa: UInt64
    let exponent: Int
    let mantissaBit: Int
    let unequalMargins: Bool
    if biased != 0 {
      mantissa = (1 << 52) | fraction
      exponent = biased - 1023 - 52
      mantissaBit = 52
      // At a power of two the gap below is half the gap above.
      unequalMargins = biased != 1 && fraction == 0
    } else {
      mantissa = fraction
      exponent = 1 - 1023 - 52
      mantissaBit = 63 - fraction.leadingZeroBitCount
      unequalMargins = false
    }
    if mantissa == 0 { return DecimalDigits(digits: [0], exponent: 0) }
    return dragon4(
      mantissa: mantissa, exponent: exponent, mantissaBit: mantissaBit,
      unequalMargins: unequalMargins, mode: mode, cutoff: cutoff, cutoffMax: cutoffMax,
      cutoffMin: cutoffMin)
  }

  /// The digit loop of numpy's `Dragon4` (after Ryan Juckett's), for `mantissa × 2^exponent`.
  ///
  /// The value and the half-gaps to its neighbours are kept as big-integer ratios
  ///   value = scaledValue / scale,  marginLow = scaledMarginLow / scale,
  /// scaled by a power of ten so that value < 1; each step multiplies by ten and divides out
  /// the next digit. In unique mode it stops once rounding the digit down (`low`) or up
  /// (`high`) stays within the margins; the last digit is then rounded to the nearer side.
  private static func dragon4(
    mantissa: UInt64, exponent: Int, mantissaBit: Int, unequalMargins: Bool,
    mode: DigitMode, cutoff: CutoffMode, cutoffMax: Int?, cutoffMin: Int?
  ) -> DecimalDigits {
    let isEven = mantissa % 2 == 0
    var scale: BigUInt
    var scaledValue = BigUInt(mantissa)
    var marginLow: BigUInt
    var marginHigh: BigUInt?  // nil: equal to marginLow
    if unequalMargins {
      if exponent > 0 {
        // value = 4·m·2^e / 4, marginLow = 2^e / 4, marginHigh = 2^(e+1) / 4
        scaledValue.shiftLeft(by: exponent + 2)
        scale = BigUInt(4)
        marginLow = BigUInt.powerOfTwo(exponent)
        marginHigh = BigUInt.powerOfTwo(exponent + 1)
      } else {
        // value = 4·m / 2^(2-e), marginLow = 1 / 2^(2-e), marginHigh = 2 / 2^(2-e)
        scaledValue.shiftLeft(by: 2)
        scale = BigUInt.powerOfTwo(-exponent + 2)
        marginLow = BigUInt(1)
        marginHigh = BigUInt(2)
      }
    } else {
      if exponent > 0 {
        // value = 2·m·2^e / 2, margin = 2^e / 2
        scaledValue.shiftLeft(by: exponent + 1)
        scale = BigUInt(2)
        marginLow = BigUInt.powerOfTwo(exponent)
      } else {
        // value = 2·m / 2^(1-e), margin = 1 / 2^(1-e)
        scaledValue.shiftLeft(by: 1)
        scale = BigUInt.powerOfTwo(-exponent + 1)
        marginLow = BigUInt(1)
      }
    }

    // digitExponent estimates floor(log10(v)) + 1, exact or one too small (Burger & Dybvig;
    // the 0.69 makes "too small" the common, cheaper case).
    let log10Of2 = 0.30102999566398119521373889472449
    var digitExponent = Int((Double(mantissaBit + exponent) * log10Of2 - 0.69).rounded(.up))
    // A value below the last wanted fractional digit starts at that digit, to be rounded.
    if let cutoffMax, cutoff == .fractionLength, digitExponent <= -cutoffMax {
      digitExponent = -cutoffMax + 1
    }
    if digitExponent > 0 {
      scale = scale * BigUInt.powerOfTen(digitExponent)
    } else if digitExponent < 0 {
      let power = BigUInt.powerOfTen(-digitExponent)
      scaledValue = scaledValue * power
      marginLow = marginLow * power
      if marginHigh != nil { marginHigh = marginLow.doubled() }
    }
    if scaledValue >= scale {
      digitExponent += 1
    } else {
      scaledValue.multiplyByTen()
      marginLow.multiplyByTen()
      if marginHigh != nil { marginHigh = marginLow.doubled() }
    }

    // The exponents of the last digit allowed and the last digit required.
    let bufferSize = 16_384
    var cutoffMaxExponent = digitExponent - bufferSize
    if let cutoffMax {
      let desired = cutoff == .totalLength ? digitExponent - cutoffMax : -cutoffMax
      cutoffMaxExponent = Swift.max(cutoffMaxExponent, desired)
    }
    var cutoffMinExponent = digitExponent
    if let cutoffMin {
      let desired = cutoff == .totalLength ? digitExponent - cutoffMin : -cutoffMin
      cutoffMinExponent = Swift.min(cutoffMinExponent, desired)
    }
    var outExponent = digitExponent - 1

    // Scale so the top limb of `scale` is in [8, 429496729]: quotient estimates from the top
    // limbs are then right or one short, and ten times the remainder never needs a new limb.
    let top = scale.topLimb
    if top < 8 || top > 429_496_729 {
      let shift = (32 + 27 - (31 - top.leadingZeroBitCount)) % 32
      scale.shiftLeft(by: shift)
      scaledValue.shiftLeft(by: shift)
      marginLow.shiftLeft(by: shift)
      if marginHigh != nil { marginHigh = marginLow.doubled() }
    }

    var digits: [UInt8] = []
    var outputDigit: UInt32 = 0
    var low = false
    var high = false
    switch mode {
    case .unique:
      while true {
        digitExponent -= 1
        outputDigit = scaledValue.divideWithRemainderMaxQuotient9(by: scale)
        let valueHigh = scaledValue + (marginHigh ?? marginLow)
        let compareLow = scaledValue.compare(marginLow)
        low = isEven ? compareLow <= 0 : compareLow < 0
        let compareHigh = valueHigh.compare(scale)
        high = isEven ? compareHigh >= 0 : compareHigh > 0
        if ((low || high) && digitExponent <= cutoffMinExponent)
          || digitExponent == cutoffMaxExponent
        {
          break
        }
        digits.append(UInt8(outputDigit))
        scaledValue.multiplyByTen()
        marginLow.multiplyByTen()
        if marginHigh != nil { marginHigh = marginLow.doubled() }
      }
    case .exact:
      while true {
        digitExponent -= 1
        outputDigit = scaledValue.divideWithRemainderMaxQuotient9(by: scale)
        if scaledValue.isZero || digitExponent == cutoffMaxExponent { break }
        digits.append(UInt8(outputDigit))
        scaledValue.multiplyByTen()
      }
    }

    // Round the last digit: down when only rounding down stays close enough, otherwise to
    // the nearer of the two, ties to the even digit.
    var roundDown = low
    if low == high {
      scaledValue.shiftLeft(by: 1)
      let comparison = scaledValue.compare(scale)
      roundDown = comparison < 0
      if comparison == 0 { roundDown = outputDigit % 2 == 0 }
    }
    if roundDown {
      digits.append(UInt8(outputDigit))
    } else if outputDigit < 9 {
      digits.append(UInt8(outputDigit + 1))
    } else {
      // Carry through trailing nines; past the first digit it becomes a 1 one place higher.
      while true {
        guard let last = digits.last else {
          digits.append(1)
          outExponent += 1
          break
        }
        if last != 9 {
          digits[digits.count - 1] = last + 1
          break
        }
        digits.removeLast()
      }
    }
    return DecimalDigits(digits: digits, exponent: outExponent)
  }
}

// MARK: - Big unsigned integers

extension PythonFormatting {
  /// The unsigned big integers Dragon4 needs: 32-bit limbs, least significant first, with no
  /// zero limbs at the top (zero is no limbs).
  fileprivate struct BigUInt: Comparable {
    var limbs: [UInt32]

    init(_ value: UInt64) {
      limbs = []
      if value != 0 { limbs.append(UInt32(truncatingIfNeeded: value)) }
      if value >> 32 != 0 { limbs.append(UInt32(truncatingIfNeeded: value >> 32)) }
    }

    private init(limbs: [UInt32]) {
      self.limbs = limbs
      normalize()
    }

    /// 2^n.
    static func powerOfTwo(_ n: Int) -> BigUInt {
      var limbs = [UInt32](repeating: 0, count: n / 32 + 1)
      limbs[n / 32] = 1 << UInt32(n % 32)
      return BigUInt(limbs: limbs)
    }

    /// 10^n, by multiplying by 10^9 a limb at a time.
    static func powerOfTen(_ n: Int) -> BigUInt {
      var result = BigUInt(1)
      var remaining = n
      while remaining >= 9 {
        result.multiply(by: 1_000_000_000)
        remaining -= 9
      }
      var last: UInt32 = 1
      for _ in 0..<remaining { last *= 10 }
      result.multiply(by: last)
      return result
    }

    var isZero: Bool { limbs.isEmpty }
    var topLimb: UInt32 { limbs.last ?? 0 }

    private mutating func normalize() {
      while limbs.last == 0 { limbs.removeLast() }
    }

    mutating func multiply(by factor: UInt32) {
      var carry: UInt64 = 0
      for i in limbs.indices {
        let product = UInt64(limbs[i]) * UInt64(factor) + carry
        limbs[i] = UInt32(truncatingIfNeeded: product)
        carry = product >> 32
      }
      if carry != 0 { limbs.append(UInt32(carry)) }
      if factor == 0 { limbs = [] }
    }

    mutating func multiplyByTen() { multiply(by: 10) }

    func doubled() -> BigUInt {
      var copy = self
      copy.shiftLeft(by: 1)
      return copy
    }

    mutating func shiftLeft(by shift: Int) {
      guard !limbs.isEmpty, shift > 0 else { return }
      let whole = shift / 32
      let bits = UInt32(shift % 32)
      if bits != 0 {
        var carry: UInt32 = 0
        for i in limbs.indices {
          let limb = limbs[i]
          limbs[i] = (limb << bits) | carry
          carry = limb >> (32 - bits)
        }
        if carry != 0 { limbs.append(carry) }
      }
      if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
      let (long, short) = a.limbs.count >= b.limbs.count ? (a.limbs, b.limbs) : (b.limbs, a.limbs)
      var result = long
      var carry: UInt64 = 0
      for i in result.indices {
        let sum = UInt64(result[i]) + (i < short.count ? UInt64(short[i]) : 0) + carry
        result[i] = UInt32(truncatingIfNeeded: sum)
        carry = sum >> 32
        if carry == 0 && i >= short.count { break }
      }
      if carry != 0 { result.append(UInt32(carry)) }
      return BigUInt(limbs: result)
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
      guard !a.limbs.isEmpty, !b.limbs.isEmpty else { return BigUInt(0) }
      var result = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
      for (i, x) in b.limbs.enumerated() where x != 0 {
        var carry: UInt64 = 0
        for (j, y) in a.limbs.enumerated() {
          let product = UInt64(result[i + j]) + UInt64(x) * UInt64(y) + carry
          result[i + j] = UInt32(truncatingIfNeeded: product)
          carry = product >> 32
        }
        result[i + a.limbs.count] = UInt32(carry)
      }
      return BigUInt(limbs: result)
    }

    /// -1, 0 or 1 as self is less than, equal to or greater than `other`.
    func compare(_ other: BigUInt) -> Int {
      if limbs.count != other.limbs.count { return limbs.count < other.limbs.count ? -1 : 1 }
      for i in limbs.indices.reversed() where limbs[i] != other.limbs[i] {
        return limbs[i] < other.limbs[i] ? -1 : 1
      }
      return 0
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool { a.compare(b) < 0 }

    /// Replaces self by `self mod divisor` and returns `self / divisor`, which must be below
    /// ten; `divisor`'s top limb must be in [8, 429496729] and self no longer than it.
    mutating func divideWithRemainderMaxQuotient9(by divisor: BigUInt) -> UInt32 {
      let length = divisor.limbs.count
      if limbs.count < length { return 0 }
      // Right or one short, from the top limbs.
      var quotient = limbs[length - 1] / (divisor.limbs[length - 1] + 1)
      if quotient != 0 {
        var borrow: UInt64 = 0
        var carry: UInt64 = 0
        for i in 0..<length {
          let product = UInt64(divisor.limbs[i]) * UInt64(quotient) + carry
          carry = product >> 32
          let difference = UInt64(limbs[i]) &- (product & 0xFFFF_FFFF) &- borrow
          borrow = (difference >> 32) & 1
          limbs[i] = UInt32(truncatingIfNeeded: difference)
        }
        normalize()
      }
      if compare(divisor) >= 0 {
        quotient += 1
        var borrow: UInt64 = 0
        for i in 0..<length {
          let difference = UInt64(limbs[i]) &- UInt64(divisor.limbs[i]) &- borrow
          borrow = (difference >> 32) & 1
          limbs[i] = UInt32(truncatingIfNeeded: difference)
        }
        normalize()
      }
      return quotient
    }
  }
}
