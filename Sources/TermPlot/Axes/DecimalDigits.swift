/// A finite number written in decimal: a sign, its significant digits and the power of ten
/// of the first digit, so that labels can be rounded and printed digit by digit, without
/// Foundation and without binary rounding noise (`0.30000000000000004` never shows).
///
///     149.6 → digits [1, 4, 9, 6], exponent 2     (1.496 × 10²)
///     2.5e-7 → digits [2, 5], exponent -7
///
/// The digits are always normalized: no leading or trailing zeros, and zero has no digits
/// (and no sign, so `-0` never prints).
struct DecimalDigits: Hashable {
  /// Whether the number is below zero (never true for zero).
  var isNegative: Bool
  /// The significant digits, 0–9, first digit non-zero; empty for zero.
  var digits: [UInt8]
  /// The power of ten of the first digit.
  var exponent: Int

  /// Zero.
  static let zero = DecimalDigits(isNegative: false, digits: [], exponent: 0)

  /// Whether the number is zero.
  var isZero: Bool { digits.isEmpty }

  /// The power of ten of the last significant digit: 2 for 1200, -2 for 0.25.
  var lastPlace: Int { exponent - digits.count + 1 }

  private init(isNegative: Bool, digits: [UInt8], exponent: Int) {
    self.isNegative = isNegative
    self.digits = digits
    self.exponent = exponent
    normalize()
  }

  /// The digits of `value`'s shortest round-trip text (Swift's `description`), or nil for
  /// NaN and ±∞. `0.1` gives the single digit 1: the number a person wrote, not the binary
  /// fraction stored.
  init?(_ value: Double) {
    guard value.isFinite else { return nil }
    if value == 0 {
      self = .zero
      return
    }
    // `description` gives "149.6", "1e-05", "1.5e+300" or "1000000000000000.0"; read its
    // ASCII bytes: digits, at most one point, then an optional exponent.
    var digits: [UInt8] = []
    digits.reserveCapacity(17)
    var beforePoint = 0
    var pointSeen = false
    var written = 0
    var bytes = Swift.abs(value).description.utf8.makeIterator()
    while let byte = bytes.next() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits.append(byte - UInt8(ascii: "0"))
        if !pointSeen { beforePoint += 1 }
      case UInt8(ascii: "."):
        pointSeen = true
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        var sign = 1
        while let next = bytes.next() {
          if next == UInt8(ascii: "-") {
            sign = -1
          } else if next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") {
            written = written * 10 + Int(next - UInt8(ascii: "0"))
          }
        }
        written *= sign
      default:
        break
      }
    }
    // The first written digit stands at 10^(beforePoint − 1 + written); normalizing drops
    // the leading zeros of "0.001" and moves the exponent down one place for each.
    self.init(isNegative: value < 0, digits: digits, exponent: written + beforePoint - 1)
  }

  /// Drops leading zeros (moving the exponent) and trailing zeros; zero loses its sign.
  private mutating func normalize() {
    var leading = 0
    while leading < digits.count, digits[leading] == 0 { leading += 1 }
    if leading > 0 {
      digits.removeFirst(leading)
      exponent -= leading
    }
    while digits.last == 0 { digits.removeLast() }
    if digits.isEmpty {
      isNegative = false
      exponent = 0
    }
  }

  /// The number rounded to a multiple of 10^`place`, half away from zero.
  ///
  /// The rounding works on the shortest decimal digits, not the binary value, so
  /// `0.25 → 0.3` and `0.15 → 0.2` (a double rounding a person would also make).
  func rounded(toPlace place: Int) -> DecimalDigits {
    if isZero || lastPlace >= place { return self }
    // Keep the digits at places exponent … place: exponent − place + 1 of them.
    let keep = exponent - place + 1
    if keep < 0 { return .zero }
    let roundUp = digits[keep] >= 5
    var kept = Array(digits.prefix(keep))
    var top = exponent
    if roundUp {
      var k = kept.count - 1
      while k >= 0, kept[k] == 9 {
        kept[k] = 0
        k -= 1
      }
      if k >= 0 {
        kept[k] += 1
      } else {
        // 9.96 → 10.0: a new leading 1 one place up (or 0.6 kept to zero digits → 1).
        kept.insert(1, at: 0)
        top += 1
      }
    }
    return DecimalDigits(isNegative: isNegative, digits: kept, exponent: top)
  }

  /// The number rounded to `count` significant digits (at least 1), half away from zero.
  func rounded(significantDigits count: Int) -> DecimalDigits {
    rounded(toPlace: exponent - Swift.max(1, count) + 1)
  }

  /// The number multiplied by 10^`places` (exact: only the exponent moves).
  func shifted(by places: Int) -> DecimalDigits {
    DecimalDigits(isNegative: isNegative, digits: digits, exponent: exponent + places)
  }

  /// The digits as text: "1496" for 149.6.
  private var digitText: String {
    String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
  }

  /// Fixed notation without trailing zeros: `0`, `-0.5`, `149.6`, `1200`, `0.0015`.
  var fixedText: String {
    if isZero { return "0" }
    let text = digitText
    let point = exponent + 1  // digits before the decimal point
    let body: String
    if point <= 0 {
      body = "0." + String(repeating: "0", count: -point) + text
    } else if point >= text.count {
      body = text + String(repeating: "0", count: point - text.count)
    } else {
      body = String(text.prefix(point)) + "." + String(text.dropFirst(point))
    }
    return (isNegative ? "-" : "") + body
  }

  /// Scientific notation with a bare exponent: `1e-9`, `-1.5e-7`, `2e12`.
  var scientificText: String {
    if isZero { return "0" }
    let text = digitText
    let tail = text.count > 1 ? "." + text.dropFirst() : ""
    return (isNegative ? "-" : "") + String(text.prefix(1)) + tail + "e" + String(exponent)
  }

  // MARK: - Exact construction

  /// 10⁰ … 10²², every one exactly representable as a Double (5²² < 2⁵³).
  private static let exactPowers: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The Double nearest to `mantissa` × 10^`exponent` (±∞ beyond the finite range).
  ///
  /// Tick values are built this way so that `3 × 0.1` is the Double written `0.3`, not
  /// `0.30000000000000004`. When both the integer and the power of ten are exact Doubles
  /// (|mantissa| < 2⁵³, |exponent| ≤ 22), one IEEE multiplication or division is correctly
  /// rounded, so the result is the nearest Double (the fast path of Clinger's 1990 "How to
  /// read floating point numbers accurately"). Otherwise the decimal text is parsed, which
  /// the standard library also rounds correctly.
  static func nearestDouble(mantissa: Int, exponent: Int) -> Double {
    if mantissa == 0 { return 0 }
    if mantissa.magnitude < (1 << 53) && Swift.abs(exponent) <= 22 {
      let m = Double(mantissa)
      return exponent >= 0 ? m * exactPowers[exponent] : m / exactPowers[-exponent]
    }
    // Exponents this far out overflow or underflow anyway; keep the text parseable.
    let e = Swift.max(-400, Swift.min(400, exponent))
    return Double("\(mantissa)e\(e)") ?? .nan
  }
}
