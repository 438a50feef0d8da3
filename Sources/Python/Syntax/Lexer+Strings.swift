extension Lexer {
  /// Reads a string literal whose prefix (possibly empty) starts at `prefixStart` and
  /// whose opening quote is at `index`: `'…'`, `"…"`, or triple-quoted `'''…'''` and
  /// `"""…"""`, which may span lines.
  ///
  /// A backslash always takes the next character with it while looking for the closing
  /// quote, raw or not, as in Python (`r'\''` is two characters). A plain string's escapes
  /// are applied here; an f-string's text is kept as written for the parser.
  mutating func readString(prefixStart: Int, isFormatted: Bool, isRaw: Bool) throws(Failure) {
    let quote = characters[index]
    let isTriple = peek(1) == quote && peek(2) == quote
    let quoteLength = isTriple ? 3 : 1
    let startLine = line
    let opening = span(prefixStart, index - prefixStart + quoteLength)
    index += quoteLength
    var body: [Character] = []
    var locations: [SourceSpan] = []
    while true {
      guard index < characters.count else {
        throw unterminated(isTriple: isTriple, opening: opening)
      }
      let character = characters[index]
      if character == quote && (!isTriple || (peek(1) == quote && peek(2) == quote)) {
        index += quoteLength
        break
      }
      if Self.isLineEnd(character) && !isTriple {
        throw unterminated(isTriple: false, opening: opening)
      }
      take(into: &body, &locations)
      if character == "\\", index < characters.count {
        // The escaped character, even a quote or a line end, belongs to the string.
        take(into: &body, &locations)
      }
    }
    let end = span(index, 0)
    let tokenSpan =
      line == startLine
      ? opening.covering(through: end)
      : SourceSpan(line: startLine, column: opening.column, length: Int(Int16.max))
    var literal = StringLiteral(
      isFormatted: isFormatted, isRaw: isRaw, value: "", body: [], locations: [])
    if isFormatted {
      literal.body = body
      literal.locations = locations
    } else {
      do {
        literal.value = try EscapeSequence.decode(body, locations: locations, isRaw: isRaw)
      } catch {
        throw Failure(error: error, reason: .other)
      }
    }
    tokens.append(Token(kind: .string(literal), span: tokenSpan))
  }

  /// Appends the character at `index` and where it is, and steps over it (and over a line).
  private mutating func take(into body: inout [Character], _ locations: inout [SourceSpan]) {
    let character = characters[index]
    body.append(character)
    locations.append(span(index, 1))
    if Self.isLineEnd(character) {
      startNextLine()
    } else {
      index += 1
    }
  }

  private func unterminated(isTriple: Bool, opening: SourceSpan) -> Failure {
    let kind =
      isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal"
    return Failure(
      error: PythonError(.syntax, kind + " (detected at line \(line))", at: opening),
      reason: isTriple ? .unterminatedTripleQuote : .other)
  }
}

extension Lexer {
  /// The letters before a string's opening quote.
  struct StringPrefix {
    var isRaw = false
    var isFormatted = false
    var isBytes = false

    /// The prefix `text` spells (`r`, `f`, `rf`, `u`, `b`, `br`, … in any case), or nil.
    init?(_ text: String) {
      guard text.utf8.count <= 2 else { return nil }
      let lowered = text.lowercased()
      switch lowered {
      case "r", "u", "f", "b", "rf", "fr", "rb", "br": break
      default: return nil
      }
      isRaw = lowered.contains("r")
      isFormatted = lowered.contains("f")
      isBytes = lowered.contains("b")
    }
  }
}

extension SourceSpan {
  /// From this span's start to `end`'s start, on this span's line.
  fileprivate func covering(through end: SourceSpan) -> SourceSpan {
    SourceSpan(line: line, column: column, length: end.column - column)
  }
}
