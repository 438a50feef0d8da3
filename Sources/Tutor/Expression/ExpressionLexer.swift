import Interchange

/// Splits a line into tokens: numbers, names, keywords, operators and brackets.
///
/// Numbers are `2`, `0.5`, `.5`, `2.`, `1e-3`; names are ASCII letters, digits and `_`,
/// not starting with a digit; `#` starts a comment that runs to the end of the line, so
/// the course's commented code can be pasted. Characters the language does not use are
/// errors, with a hint for look-alikes (`−`, `×`, `÷`, `&&`, `!`).
struct ExpressionLexer {
  private let characters: [Character]
  private let refusesCaret: Bool
  private var index = 0
  private var tokens: [ExpressionToken] = []

  private init(characters: [Character], refusesCaret: Bool) {
    self.characters = characters
    self.refusesCaret = refusesCaret
  }

  /// The tokens of a line, ending with an `end` token; `^` is a power unless
  /// `refusesCaret`, when it is refused as Python's XOR.
  static func tokens(in characters: [Character], refusesCaret: Bool = false)
    throws(ExpressionError) -> [ExpressionToken]
  {
    var lexer = ExpressionLexer(characters: characters, refusesCaret: refusesCaret)
    try lexer.run()
    return lexer.tokens
  }

  private mutating func run() throws(ExpressionError) {
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
      } else if character == "#" {
        break
      } else if Self.isDigit(character) || (character == "." && Self.isDigit(peek(1))) {
        try readNumber()
      } else if Self.isNameStart(character) {
        readName()
      } else {
        try readSymbol(character)
      }
    }
    tokens.append(ExpressionToken(kind: .end, span: span(index, 1), text: ""))
  }

  // MARK: - Numbers and names

  /// digits [`.` digits] [(`e`|`E`) [`+`|`-`] digits], or `.` digits …
  private mutating func readNumber() throws(ExpressionError) {
    let start = index
    skipDigits()
    if peek(0) == "." {
      index += 1
      skipDigits()
    }
    if peek(0) == "e" || peek(0) == "E" {
      var next = index + 1
      if character(at: next) == "+" || character(at: next) == "-" { next += 1 }
      if Self.isDigit(character(at: next)) {
        index = next
        skipDigits()
      } else if !Self.isNamePart(character(at: next)) {
        // `1e`, `1e+`: an exponent was begun but has no digits.
        throw ExpressionError(
          "\(text(start, next).quotedForMessage) is not a complete number; "
            + "an exponent needs digits, as in 1e-3",
          at: span(start, next - start))
      }
    }
    // `1.2.3`, `1e3.5`: a point after a finished number.
    if peek(0) == "." {
      var end = index
      while end < characters.count,
        Self.isDigit(characters[end]) || characters[end] == "." || Self.isNameStart(characters[end])
      {
        end += 1
      }
      throw ExpressionError(
        "\(text(start, end).quotedForMessage) is not a number",
        at: span(start, end - start))
    }
    let typed = text(start, index)
    guard let value = Double(typed) else {
      throw ExpressionError(
        "\(typed.quotedForMessage) is not a number", at: span(start, index - start))
    }
    tokens.append(
      ExpressionToken(kind: .number(value), span: span(start, index - start), text: typed))
  }

  private mutating func readName() {
    let start = index
    while index < characters.count, Self.isNamePart(characters[index]) { index += 1 }
    let name = text(start, index)
    let kind: ExpressionToken.Kind
    switch name {
    case "and": kind = .and
    case "or": kind = .or
    case "not": kind = .not
    default: kind = .name(name)
    }
    tokens.append(ExpressionToken(kind: kind, span: span(start, index - start), text: name))
  }

  // MARK: - Operators and punctuation

  private mutating func readSymbol(_ character: Character) throws(ExpressionError) {
    let next = peek(1)
    switch character {
    case "+": add(.plus, length: 1)
    case "-": add(.minus, length: 1)
    case "*": next == "*" ? add(.power, length: 2) : add(.star, length: 1)
    case "/":
      if next == "/" { throw problem(length: 2, "'//' (floor division) isn't supported; use '/'") }
      add(.slash, length: 1)
    case "^":
      if refusesCaret { throw problem(length: 1, "in Python ^ is XOR; write ** for a power") }
      add(.power, length: 1)
    case "@": add(.at, length: 1)
    case "<": next == "=" ? add(.lessEqual, length: 2) : add(.less, length: 1)
    case ">": next == "=" ? add(.greaterEqual, length: 2) : add(.greater, length: 1)
    case "=": next == "=" ? add(.equalEqual, length: 2) : add(.assign, length: 1)
    case "!":
      if next == "=" {
        add(.notEqual, length: 2)
      } else {
        throw problem(
          length: 1, "unexpected '!'; write 'not x' for logical not, or '!=' for 'not equal'")
      }
    case "(": add(.leftParenthesis, length: 1)
    case ")": add(.rightParenthesis, length: 1)
    case "[": add(.leftBracket, length: 1)
    case "]": add(.rightBracket, length: 1)
    case ",": add(.comma, length: 1)
    case ".": add(.dot, length: 1)
    case "&":
      throw problem(length: next == "&" ? 2 : 1, "unexpected '\(character)'; write 'and'")
    case "|":
      throw problem(length: next == "|" ? 2 : 1, "unexpected '\(character)'; write 'or'")
    case "%": throw problem(length: 1, "'%' (remainder) isn't supported")
    case ":":
      throw problem(
        length: 1,
        "slices such as 'X[1:3]' aren't supported; index one element at a time, as in X[1]")
    case ";": throw problem(length: 1, "unexpected ';'; write one statement a line")
    case "'", "\"":
      throw problem(length: 1, "text in quotes isn't supported; the language works on numbers")
    default:
      throw problem(length: 1, Self.unexpectedMessage(for: character))
    }
  }

  /// "unexpected character '×'; type '*' to multiply", with hints for look-alikes.
  private static func unexpectedMessage(for character: Character) -> String {
    if character.sanitizedForDisplay != character, let scalar = character.unicodeScalars.first {
      let kind = scalar.properties.generalCategory == .control ? "control" : "invisible"
      return "unexpected \(kind) character \(scalar.codePoint)"
    }
    let head = "unexpected character '\(character)'"
    switch character {
    case "−", "–", "—": return head + "; type '-' for minus"
    case "×", "·", "⋅", "∗": return head + "; type '*' to multiply"
    case "÷", "∕": return head + "; type '/' to divide"
    case "²": return head + "; type '**2' for a square"
    case "³": return head + "; type '**3' for a cube"
    case "≤": return head + "; type '<='"
    case "≥": return head + "; type '>='"
    case "≠": return head + "; type '!='"
    default:
      if character.isLetter { return head + "; names use the letters a-z and A-Z, digits and '_'" }
      return head
    }
  }

  // MARK: - Helpers

  private mutating func add(_ kind: ExpressionToken.Kind, length: Int) {
    tokens.append(
      ExpressionToken(kind: kind, span: span(index, length), text: text(index, index + length)))
    index += length
  }

  private func problem(length: Int, _ message: String) -> ExpressionError {
    ExpressionError(message, at: span(index, length))
  }

  private mutating func skipDigits() {
    while index < characters.count, Self.isDigit(characters[index]) { index += 1 }
  }

  /// The character `offset` places after the current one, or a space past the end.
  private func peek(_ offset: Int) -> Character {
    character(at: index + offset)
  }

  /// The character at a 0-based position, or a space past the end.
  private func character(at position: Int) -> Character {
    position < characters.count ? characters[position] : " "
  }

  private func text(_ start: Int, _ end: Int) -> String {
    String(characters[start..<min(end, characters.count)])
  }

  /// The span of `length` characters from the 0-based `start`.
  private func span(_ start: Int, _ length: Int) -> ExpressionSpan {
    ExpressionSpan(column: start + 1, length: length)
  }

  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isWholeNumber
  }

  private static func isNameStart(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character == "_")
  }

  private static func isNamePart(_ character: Character) -> Bool {
    isNameStart(character) || isDigit(character)
  }
}
