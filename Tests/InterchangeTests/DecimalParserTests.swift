import Glibc
import Interchange
import Testing

/// The fast decimal reader gives glibc `strtod`'s double bit for bit (the sign of zero
/// included) on plain decimals, and `Double(String)`'s answer on everything else.
@Suite struct DecimalParserTests {
  // MARK: - Random decimals

  @Test func randomMantissasAtEveryExponentMatchStrtod() {
    var random = SplitMix64(seed: 0x00D0_4B11)
    var mismatches: [String] = []
    for k in 0..<150_000 {
      // A mantissa of 1 to 19 digits, or a full random word (up to 20 digits).
      let digits = Int.random(in: 1...20, using: &random)
      let w = digits == 20 ? random.next() : random.next() % power(ofTen: digits)
      let e = Int.random(in: -350...350, using: &random)
      let mantissa = String(w)
      let negative = k % 3 == 0 ? "-" : ""
      var forms = [
        "\(negative)\(mantissa)e\(e)",
        "\(negative)\(withPoint(mantissa, at: Int.random(in: 0...mantissa.count, using: &random)))E\(e < 0 ? "" : "+")\(e)",
      ]
      // Plain forms for the exponents a CSV holds: "0.000123", "12300000".
      let small = e % 40
      if small < 0 {
        forms.append(
          "\(negative)\(withPoint(String(repeating: "0", count: -small) + mantissa, at: 0))")
      } else {
        forms.append("\(negative)\(mantissa)\(String(repeating: "0", count: small))")
      }
      for text in forms where !agreesWithStrtod(text) { mismatches.append(text) }
    }
    #expect(mismatches.count == 0, "\(mismatches.prefix(10))")
  }

  @Test func randomManyDigitMantissasMatchStrtod() {
    var random = SplitMix64(seed: 0x0019_DE61)
    var mismatches: [String] = []
    for _ in 0..<100_000 {
      // 20 to 60 digits: past the 19 that fit a word, so the cut-off ones decide.
      var mantissa = String(random.next() % 9 + 1)
      let length = Int.random(in: 20...60, using: &random)
      while mantissa.count < length { mantissa += String(random.next()) }
      mantissa = String(mantissa.prefix(length))
      let e = Int.random(in: -350...320, using: &random)
      let pointed = withPoint(mantissa, at: Int.random(in: 0...length, using: &random))
      for text in ["\(mantissa)e\(e)", "-\(pointed)e\(e)"] where !agreesWithStrtod(text) {
        mismatches.append(text)
      }
    }
    #expect(mismatches.count == 0, "\(mismatches.prefix(10))")
  }

  // MARK: - Doubles written back

  @Test func shortestAndSeventeenDigitFormsOfRandomDoublesMatchStrtod() {
    var random = SplitMix64(seed: 0x5107_7E57)
    var mismatches: [String] = []
    for k in 0..<150_000 {
      // Every bit pattern alike (so all exponents, subnormals too), or values near 1.
      let d =
        k % 2 == 0
        ? Double(bitPattern: random.next())
        : Double.random(in: -1000...1000, using: &random)
      guard d.isFinite else { continue }
      for text in ["\(d)", formatted(d, "%.17g"), formatted(d, "%.16e"), formatted(d, "%.25e")]
      where !agreesWithStrtod(text) {
        mismatches.append(text)
      }
    }
    #expect(mismatches.count == 0, "\(mismatches.prefix(10))")
  }

  @Test func halfwayPointsBetweenRandomDoublesRoundToEven() {
    var random = SplitMix64(seed: 0x00BA_1F00)
    var mismatches: [String] = []
    for k in 0..<4_000 {
      // Mostly normals; every eighth a subnormal, whose halfway points run to 770 digits.
      let bits = random.next() & (k % 8 == 0 ? 0x000F_FFFF_FFFF_FFFF : 0x7FFF_FFFF_FFFF_FFFF)
      for text in halfwayTexts(between: Double(bitPattern: bits)) where !agreesWithStrtod(text) {
        mismatches.append(text)
      }
    }
    #expect(mismatches.count == 0, "\(mismatches.prefix(3))")
  }

  @Test func halfwayPointsWithShortMantissasRoundToEven() {
    // Ties that fit a word: a double D in [2^(52 + scale), 2^(53 + scale)) has neighbours
    // 2^scale apart, so D + 2^(scale − 1) is a tie; written also with trailing zeros after
    // a point, which makes the decimal exponent negative.
    var random = SplitMix64(seed: 0x7135)
    var mismatches: [String] = []
    for _ in 0..<100_000 {
      let scale = UInt64.random(in: 1...11, using: &random)
      let d = (1 << 52 | random.next() >> 12) << scale
      let tie = d + 1 << (scale - 1)
      let places = Int.random(in: 1...4, using: &random)
      let pointed = String(tie) + "." + String(repeating: "0", count: places)
      for text in [String(tie), pointed, String(tie) + "e0", String(tie) + "0e-1"]
      where !agreesWithStrtod(text) {
        mismatches.append(text)
      }
    }
    #expect(mismatches.count == 0, "\(mismatches.prefix(10))")
  }

  @Test func eiselLemireDecidesAlmostEveryNumberItselfAndDecidesItRight() {
    // The fast path on its own, so that the exact fallback cannot hide a mistake in it: it
    // may decline, but rarely, and never where 5^q is exact in the table.
    var random = SplitMix64(seed: 0xE15E)
    var mismatches: [String] = []
    var declined = 0
    let count = 200_000
    for k in 0..<count {
      let w = k % 2 == 0 ? random.next() : random.next() >> (random.next() % 64)
      guard w != 0 else { continue }
      let q =
        k % 4 == 1
        ? Int.random(in: 0...55, using: &random) : Int.random(in: -342...308, using: &random)
      let text = "\(w)e\(q)"
      let expected = text.withCString { strtod($0, nil) }.bitPattern
      guard let bits = DecimalParser.nearestBits(w, q) else {
        declined += 1
        if q >= 0 && q <= 55 { mismatches.append(text + " declined") }
        continue
      }
      if bits != expected { mismatches.append(text) }
    }
    #expect(mismatches.count == 0, "\(mismatches.prefix(10))")
    #expect(declined < count / 10_000, "declined \(declined) of \(count)")
  }

  // MARK: - Known hard cases

  @Test func knownHardCasesMatchStrtod() {
    let zeros = String(repeating: "0", count: 400)
    let nines = String(repeating: "9", count: 400)
    var cases = [
      "9007199254740993", "9007199254740992", "9007199254740994", "9007199254740995",
      "9007199254740993.0000000000000000000000000001", "9007199254740992.9999999999999999999",
      "18014398509481985", "18014398509481987", "295147905179352825856",
      "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
      "2.225073858507201136057409796709131975934819546351645648e-308",
      "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
      "2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255e-324",
      "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
      "179769313486231580793728971405301e276", "1e400", "-1e400", "1e-400", "-1e-400",
      "0", "-0", "+0", "-0.0e5", "0e-999999999999999", "-0e999999999999999", "00000.00000e0",
      "000123.4500000", "0.1", "0.2", "0.3", "1.5", "123.45678901234567",
      "0.012345678901234567", "1e22", "1e23", "9007199254740991e22", "9007199254740993e-22",
      "1234567890123456789", "12345678901234567890", "1234567890123456789012345",
      "1234567890123456789012345678901234567890", "9999999999999999999", "99999999999999999999",
      "10000000000000000000", "18446744073709551615", "18446744073709551616",
      "0." + zeros + "1", "0." + zeros + "1e400", "1" + zeros + "e-400", "0." + nines,
      nines, nines + "e-400", "1." + nines + "e308", "9." + nines + "e-325",
      "1" + zeros + zeros, "1e" + String(repeating: "9", count: 30),
      "1e-" + String(repeating: "9", count: 30), "1.0e0000000000000000000000000000023",
      ".5", "5.", "+.5e+1", "-5.e-1", "1E5", "7e-10", "7e-22", "7e+22", "12e-23",
      "4503599627370496.5", "4503599627370497.5", "1.00000000000000011102230246251565404",
      "1.00000000000000011102230246251565405",
      "0.500000000000000166533453693773481063544750213623046875",
      "3.518437208883201171875e13", "62.5364939768271845828", "8.10109172351e-10",
      "1.448997445238699", "144115188075855877", "2.4414062499999996e-4",
      "5e-324", "4e-324", "3e-324", "2e-324", "1e-323", "2.4703282292062329e-324",
    ]
    // 800 digits that start like the smallest normal.
    cases.append("2." + String(repeating: "2250738585072011", count: 50) + "e-308")
    cases.append("-" + String(repeating: "7", count: 800) + "e-500")
    cases.append("0." + String(repeating: "0", count: 330) + String(repeating: "4", count: 800))
    for negative in [false, true] {
      for text in cases {
        let signed = negative && !text.hasPrefix("-") && !text.hasPrefix("+") ? "-" + text : text
        #expect(agreesWithStrtod(signed), "\(signed.prefix(80))")
        #expect(agreesWithDoubleInit(signed), "\(signed.prefix(80))")
      }
    }
  }

  // MARK: - Not plain decimals

  @Test func textThatIsNotANumberIsRefusedAsDoubleInitRefusesIt() {
    let refused = [
      "", "+", "-", ".", "+.", "-.e1", "e5", "E5", "1e", "1e+", "1e-", "1E", "--1", "+-1", "-+1",
      "1.2.3", "1..2", " 1", "1 ", "\t1", "1\n", "1_0", "1,5", "1e5.0", "1e+-5", "0x", "1f",
      "1d", "١", "１", "1\u{0}", "\u{0}1", "1e\u{0}", "∞", "1e٣",
    ]
    for text in refused {
      #expect(parsed(text) == nil, "\(text.debugDescription)")
      if !text.utf8.contains(0) {
        #expect(Double(text) == nil, "\(text.debugDescription)")
      }
    }
  }

  @Test func infinitiesNaNsAndHexadecimalAreReadAsDoubleInitReadsThem() {
    let others = [
      "inf", "-inf", "+inf", "INF", "Infinity", "-infinity", "infinit", "nan", "-nan", "NaN",
      "nan(123)", "nan(0x7)", "snan", "0x1p3", "-0x1.8p-1", "0X1P+3", "0x10", "0x.8", "0x1p",
      "0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1075", "1e5x", "inf ", "nanx",
    ]
    for text in others {
      let expected = Double(text)
      let actual = parsed(text)
      #expect(
        actual?.bitPattern == expected?.bitPattern
          || (actual?.isNaN == true && expected?.isNaN == true),
        "\(text): \(String(describing: actual)) against \(String(describing: expected))")
    }
  }

  @Test func bytesThatAreNotUTF8OrNoBytesAreRefused() {
    let bytes: [UInt8] = [0x31, 0xFF, 0x32]
    #expect(bytes.withUnsafeBufferPointer(DecimalParser.parse) == nil)
    #expect([UInt8]().withUnsafeBufferPointer(DecimalParser.parse) == nil)
    // An empty slice of a buffer has an address but no bytes.
    let empty = Array("12".utf8).withUnsafeBufferPointer { buffer in
      DecimalParser.parse(UnsafeBufferPointer(rebasing: buffer[1..<1]))
    }
    #expect(empty == nil)
  }

  // MARK: - The table

  @Test func powersOfFiveTableHoldsEachPowerToWithinOneUnit() throws {
    let table = DecimalParser.powersOfFive
    try #require(table.count == 2 * (308 + 342 + 1))
    for q in -342...308 {
      let index = 2 * (q + 342)
      let value = ExactInteger(high: table[index], low: table[index + 1])
      #expect(value.bitWidth == 128, "5^\(q)")
      var power = ExactInteger(1)
      power.multiply(byPowerOfFive: abs(q))
      if q >= 0 {
        // The top 128 bits of 5^q, truncated.
        let shift = power.bitWidth - 128
        let matches = (0..<128).allSatisfy { value.bit($0) == power.bit($0 + shift) }
        #expect(matches, "5^\(q)")
      } else {
        // ⌈2^k / 5^n⌉ for k = 127 + bit width of 5^n: T × 5^n > 2^k > (T − 1) × 5^n.
        let k = 127 + power.bitWidth
        var above = value
        above.multiply(byPowerOfFive: -q)
        var belowT = value
        belowT.decrement()
        belowT.multiply(byPowerOfFive: -q)
        #expect(above.bitWidth == k + 1 && belowT.bitWidth <= k, "5^\(q)")
      }
      // ⌊q log2 10⌋ as the parser computes it: the bit width of 10^q less one (for q ≥ 0),
      // or −(bit width of 5^n) + q for q = −n < 0.
      let floorLog2 = q >= 0 ? power.bitWidth - 1 + q : q - power.bitWidth
      #expect((q * 217706) >> 16 == floorLog2, "⌊\(q) log2 10⌋")
    }
  }

  // MARK: - Helpers

  /// Whether the parser gives strtod's bits for `text`.
  private func agreesWithStrtod(_ text: String) -> Bool {
    let expected = text.withCString { strtod($0, nil) }
    return parsed(text)?.bitPattern == expected.bitPattern
  }

  /// Whether the parser gives `Double(String)`'s bits for `text`.
  private func agreesWithDoubleInit(_ text: String) -> Bool {
    parsed(text)?.bitPattern == Double(text)?.bitPattern
  }

  private func parsed(_ text: String) -> Double? {
    Array(text.utf8).withUnsafeBufferPointer(DecimalParser.parse)
  }

  private func power(ofTen n: Int) -> UInt64 {
    (0..<n).reduce(UInt64(1)) { product, _ in product * 10 }
  }

  /// `digits` with a point `at` places from the start (negative: from the end).
  private func withPoint(_ digits: String, at place: Int) -> String {
    let offset = place < 0 ? digits.count + place : place
    let index = digits.index(digits.startIndex, offsetBy: offset)
    return String(digits[..<index]) + "." + String(digits[index...])
  }

  /// `d` written by C's `snprintf` with `format`.
  private func formatted(_ d: Double, _ format: String) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([d]) { arguments in vsnprintf(&buffer, buffer.count, format, arguments) }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The exact halfway point between a nonnegative finite `d` and the next double up, and
  /// numbers a millionth of its last digit above and below it, written out in full.
  private func halfwayTexts(between d: Double) -> [String] {
    // d = s × 2^(e − 1075 + 1) with s the significand including the hidden bit; the halfway
    // point is (2s + 1) × 2^(e − 1075).
    let bits = d.bitPattern
    let exponentField = Int(bits >> 52)
    let fraction = bits & (1 << 52 - 1)
    let s = exponentField == 0 ? fraction : fraction | 1 << 52
    let e = (exponentField == 0 ? 1 : exponentField) - 1075
    var n = ExactInteger(2 * s + 1)
    var places = 0
    if e >= 0 {
      n.shiftLeft(by: e)
    } else {
      // (2s + 1) / 2^k = (2s + 1) × 5^k / 10^k.
      n.multiply(byPowerOfFive: -e)
      places = -e
    }
    var scaled = n
    scaled.multiply(by: 1_000_000)
    var above = scaled
    above.add(1)
    var below = scaled
    below.decrement()
    return [
      decimal(n, places: places), decimal(above, places: places + 6),
      decimal(below, places: places + 6),
    ]
  }

  /// `n / 10^places` written with a point.
  private func decimal(_ n: ExactInteger, places: Int) -> String {
    let digits = n.decimalDigits
    guard places > 0 else { return digits }
    let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
    return withPoint(padded, at: -places)
  }

}
