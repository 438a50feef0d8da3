extension DecimalParser {
  /// A plain decimal, `[+-] digits [. digits] [(e|E) [+-] digits]` with a digit before or
  /// after the point, read as `w × 10^q` from its first 19 significant digits.
  struct Decimal {
    /// The first 19 significant digits (fewer if there are fewer) as an integer.
    var w: UInt64 = 0
    /// The power of ten that scales `w` to the number (when no digit was cut).
    var q = 0
    /// The exponent as written after `e`, 0 without one.
    var writtenExponent = 0
    /// Whether the number is negative (`-0` is negative zero).
    var isNegative = false
    /// Whether a nonzero digit past the 19th was cut, leaving the number between
    /// `w × 10^q` and `(w + 1) × 10^q`.
    var isTruncated = false

    /// How many bytes the decimal takes.
    var length = 0

    /// The decimal `bytes` spell from first byte to last (or, unless `whole`, the one they
    /// start with, up to the first byte that cannot continue it), or nil when they spell
    /// something else (or nothing).
    init?(scanning bytes: UnsafeBufferPointer<UInt8>, whole: Bool = true) {
      // An empty buffer may still have an address (a slice's), so its count is checked.
      guard let p = bytes.baseAddress, !bytes.isEmpty else { return nil }
      let n = bytes.count
      var i = 0
      if p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
        isNegative = p[0] == UInt8(ascii: "-")
        i = 1
      }
      // Every digit goes into w, wrapping; if there are more than 19 significant ones, w is
      // worked out again below.
      let start = i
      i = Self.accumulateDigits(p, from: i, to: n, into: &w)
      let integerDigits = i &- start
      var fractionDigits = 0
      if i < n && p[i] == UInt8(ascii: ".") {
        i &+= 1
        let fractionStart = i
        i = Self.accumulateDigits(p, from: i, to: n, into: &w)
        fractionDigits = i &- fractionStart
      }
      guard integerDigits + fractionDigits > 0 else { return nil }
      let mantissaEnd = i
      if i < n && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
        i &+= 1
        var negativeExponent = false
        if i < n && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) {
          negativeExponent = p[i] == UInt8(ascii: "-")
          i &+= 1
        }
        guard i < n, p[i] &- UInt8(ascii: "0") < 10 else { return nil }
        var e = 0
        while i < n, case let d = p[i] &- UInt8(ascii: "0"), d < 10 {
          // Past 2^48 the number is 0 or ∞ whatever follows; stop before Int overflows.
          if e < 1 << 48 { e = e &* 10 &+ Int(d) }
          i &+= 1
        }
        writtenExponent = negativeExponent ? -e : e
      }
      guard i == n || !whole else { return nil }
      length = i
      q = writtenExponent - fractionDigits
      if integerDigits + fractionDigits > 19 {
        // Leading zeros add nothing to w; past them, more than 19 digits did not fit.
        var significant = integerDigits + fractionDigits
        var j = start
        while j < mantissaEnd && (p[j] == UInt8(ascii: "0") || p[j] == UInt8(ascii: ".")) {
          if p[j] == UInt8(ascii: "0") { significant -= 1 }
          j &+= 1
        }
        if significant > 19 {
          let cut = Self.firstNineteenDigits(p, from: start, to: mantissaEnd)
          w = cut.w
          q = writtenExponent + cut.scale
          isTruncated = cut.isTruncated
        }
      }
    }

    /// Reads the digits from `i` on into `w` (w × 10 + digit, wrapping), eight at a time
    /// while eight are there; returns where the digits end.
    @inline(__always)
    private static func accumulateDigits(
      _ p: UnsafePointer<UInt8>, from start: Int, to n: Int, into w: inout UInt64
    ) -> Int {
      var i = start
      while n &- i >= 8 {
        let chunk = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
        guard isEightDigits(chunk) else { break }
        w = w &* 100_000_000 &+ valueOfEightDigits(chunk)
        i &+= 8
      }
      while i < n, case let d = p[i] &- UInt8(ascii: "0"), d < 10 {
        w = w &* 10 &+ UInt64(d)
        i &+= 1
      }
      return i
    }

    /// Whether all eight bytes of `chunk` are ASCII digits: each is 0x30...0x3F, and still
    /// 0x3_ after adding 6 (which carries 0x3A...0x3F into 0x4_; no byte carries into the
    /// next, since none exceeds 0x3F).
    @inline(__always)
    private static func isEightDigits(_ chunk: UInt64) -> Bool {
      let high: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
      let threes: UInt64 = 0x3030_3030_3030_3030
      return chunk & high == threes && (chunk &+ 0x0606_0606_0606_0606) & high == threes
    }

    /// The number eight ASCII digits spell, the first digit in the lowest byte. Neighbouring
    /// lanes are merged three times: bytes into 2-digit values (10a + b ≤ 99), those into
    /// 4-digit ones (100a + b ≤ 9999), those into the 8-digit value (10000a + b < 2^32);
    /// no step carries out of its lane.
    @inline(__always)
    private static func valueOfEightDigits(_ chunk: UInt64) -> UInt64 {
      var v = chunk & 0x0F0F_0F0F_0F0F_0F0F
      v = (v &* 10 &+ (v &>> 8)) & 0x00FF_00FF_00FF_00FF
      v = (v &* 100 &+ (v &>> 16)) & 0x0000_FFFF_0000_FFFF
      return (v &* 10000 &+ (v &>> 32)) & 0xFFFF_FFFF
    }

    /// The first 19 significant digits of the mantissa in `start..<end` (digits and at most
    /// one point), the power of ten that scales them to the mantissa, and whether a nonzero
    /// digit was cut.
    private static func firstNineteenDigits(
      _ p: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> (w: UInt64, scale: Int, isTruncated: Bool) {
      var w: UInt64 = 0
      var scale = 0
      var isTruncated = false
      var digits = 0  // significant digits in w
      var inFraction = false
      for i in start..<end {
        let d = p[i] &- UInt8(ascii: "0")
        guard d < 10 else {
          inFraction = true  // the point
          continue
        }
        if digits < 19 {
          // Leading zeros are skipped; each fraction digit kept divides by ten.
          if w != 0 || d != 0 {
            w = w &* 10 &+ UInt64(d)
            digits += 1
          }
          if inFraction { scale -= 1 }
        } else {
          // Past 19 digits: an integer digit scales by ten, a fraction digit is dropped.
          if !inFraction { scale += 1 }
          if d != 0 { isTruncated = true }
        }
      }
      return (w, scale, isTruncated)
    }

    /// The nonnegative double nearest the decimal's absolute value.
    func magnitude(of bytes: UnsafeBufferPointer<UInt8>) -> Double {
      guard w != 0 else { return 0 }
      // Clinger: w and 10^|q| are both exact doubles, so one multiplication or division,
      // rounded once, gives the nearest double.
      if !isTruncated && w <= 1 << 53 && q >= -22 && q <= 22 {
        let x = Double(w)
        return q < 0
          ? x / DecimalParser.exactPowersOfTen[-q] : x * DecimalParser.exactPowersOfTen[q]
      }
      // Beyond the table: 10^19 × 10^-343 is below half the least subnormal, and
      // 10^309 is above the greatest double.
      if q < -342 { return 0 }
      if q > 308 { return .infinity }
      if let bits = DecimalParser.nearestBits(w, q) {
        // A cut number lies strictly between w × 10^q and (w + 1) × 10^q; when both ends
        // round to one double, so does everything between them.
        if !isTruncated || DecimalParser.nearestBits(w + 1, q) == bits {
          return Double(bitPattern: bits)
        }
      }
      return DecimalParser.exactly(bytes, writtenExponent: writtenExponent)
    }
  }
}

extension DecimalParser {
  /// 10^0 ... 10^22, each exact in a double (5^22 < 2^53).
  static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]
}
