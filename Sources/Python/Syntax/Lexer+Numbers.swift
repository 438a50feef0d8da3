extension Lexer {
  /// Reads a number literal as Python writes them:
  ///
  ///     decimal  1  1_000  0  00
  ///     based    0x1F  0o17  0b1010  (with `_` between digits)
  ///     float    1.  .5  1.5  1e-3  1_000.5e2
  ///
  /// An `_` must sit between two digits. An integer must fit in 64 bits; an imaginary
  /// literal (`1j`) is Python's but not this sandbox's.
  mutating func readNumber() throws(Failure) {
    let start = index
    if characters[index] == "0", let radix = Self.radix(named: peek(1)) {
      try readBasedInteger(start: start, radix: radix)
      return
    }
    var digits = ""
    try readDigitPart(into: &digits, start: start)
    var isFloat = false
    if index < characters.count, characters[index] == "." {
      isFloat = true
      digits.append(".")
      index += 1
      if Self.isDigit(peek(0)) { try readDigitPart(into: &digits, start: start) }
    }
    if peek(0) == "e" || peek(0) == "E" {
      let sign = peek(1) == "+" || peek(1) == "-"
      if Self.isDigit(peek(sign ? 2 : 1)) {
        isFloat = true
        digits.append("e")
        if sign { digits.append(peek(1)) }
        index += sign ? 2 : 1
        try readDigitPart(into: &digits, start: start)
      }
    }
    if peek(0) == "j" || peek(0) == "J" {
      throw failure(
        "complex numbers are not supported here", at: span(start, index - start + 1),
        kind: .unsupported)
    }
    try checkEndOfNumber(start: start, kind: "decimal")
    let numberSpan = span(start, index - start)
    if isFloat {
      // `digits` is plain decimal text now (no `_`), which `Double` reads exactly as
      // Python's float() does, overflowing to infinity.
      guard let value = Double(digits) else {
        throw failure("invalid decimal literal", at: numberSpan)
      }
      tokens.append(Token(kind: .float(value), span: numberSpan))
      return
    }
    if digits.count > 1, digits.first == "0", digits.contains(where: { $0 != "0" }) {
      throw failure(
        "leading zeros in decimal integer literals are not permitted; "
          + "use an 0o prefix for octal integers",
        at: numberSpan)
    }
    guard let value = Int(digits) else { throw tooLarge(numberSpan) }
    tokens.append(Token(kind: .int(value), span: numberSpan))
  }

  /// Digits with single `_`s between them, appended to `digits` without the `_`s.
  private mutating func readDigitPart(into digits: inout String, start: Int) throws(Failure) {
    while index < characters.count {
      let character = characters[index]
      if Self.isDigit(character) {
        digits.append(character)
        index += 1
      } else if character == "_" {
        guard Self.isDigit(peek(1)) else {
          index += 1
          throw failure("invalid decimal literal", at: span(start, index - start))
        }
        index += 1
      } else {
        return
      }
    }
  }

  /// `0x…`, `0o…` or `0b…`: at least one digit, `_` allowed between digits (and after the
  /// prefix), accumulated with overflow checks.
  private mutating func readBasedInteger(start: Int, radix: Int) throws(Failure) {
    let kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
    index += 2
    var value = 0
    var digitCount = 0
    var overflowed = false
    while index < characters.count {
      let character = characters[index]
      if character == "_" {
        index += 1
        guard Self.digitValue(peek(0), radix: 16) != nil else {
          throw failure("invalid \(kind) literal", at: span(start, index - start))
        }
        continue
      }
      guard let digit = Self.digitValue(character, radix: 16) else { break }
      guard digit < radix else {
        if radix == 16 || !Self.isDigit(character) { break }
        throw failure(
          "invalid digit '\(character)' in \(kind) literal", at: span(index, 1))
      }
      let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
      let (sum, overflow2) = shifted.addingReportingOverflow(digit)
      overflowed = overflowed || overflow1 || overflow2
      value = sum
      digitCount += 1
      index += 1
    }
    guard digitCount > 0 else {
      throw failure("invalid \(kind) literal", at: span(start, index - start))
    }
    try checkEndOfNumber(start: start, kind: kind)
    let numberSpan = span(start, index - start)
    if overflowed { throw tooLarge(numberSpan) }
    tokens.append(Token(kind: .int(value), span: numberSpan))
  }

  /// A number may not run into a name (`1abc`), except into the keywords CPython still
  /// lets follow one directly (`1if x else 2`, `[0x1for x in y]`).
  private mutating func checkEndOfNumber(start: Int, kind: String) throws(Failure) {
    guard index < characters.count, Self.isNamePart(characters[index]) else { return }
    for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"]
    where follows(keyword) {
      return
    }
    var end = index
    while end < characters.count, Self.isNamePart(characters[end]) { end += 1 }
    throw failure("invalid \(kind) literal", at: span(start, end - start))
  }

  /// Whether the characters from `index` on spell `word`.
  private func follows(_ word: String) -> Bool {
    var position = index
    for character in word {
      guard position < characters.count, characters[position] == character else { return false }
      position += 1
    }
    return true
  }

  private func tooLarge(_ span: SourceSpan) -> Failure {
    failure("integers beyond 64 bits are not supported here", at: span)
  }

  /// 16, 8 or 2 for the letter after a leading `0` (`x`, `o`, `b`, either case).
  private static func radix(named character: Character) -> Int? {
    switch character {
    case "x", "X": return 16
    case "o", "O": return 8
    case "b", "B": return 2
    default: return nil
    }
  }

  /// The value of an ASCII digit or letter up to `radix`'s largest, else nil.
  static func digitValue(_ character: Character, radix: Int) -> Int? {
    guard character.isASCII, let value = character.hexDigitValue, value < radix else {
      return nil
    }
    return value
  }
}
