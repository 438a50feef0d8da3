/// String literals: adjacent ones joined, and f-strings split into literal text and
/// replacement fields, `{expression!conversion:spec}`, as Python 3.11 reads them.
///
/// A field's expression runs to the first `}`, `!`, `:` or `=` outside brackets and
/// strings (`!=`, `==`, `<=`, `>=` do not end it); it may not hold a backslash or a `#`.
/// Its text is lexed again from where it sits in the line, so its spans point into the
/// line. A spec may hold fields of its own (`{x:{width}.2f}`), one level deep.
extension Parser {
  /// One or more adjacent string literals: a `.string` when all are plain, else one
  /// `.formattedString` holding them all.
  mutating func parseStrings() throws(ParseError) -> Node {
    let start = currentSpan
    var parts: [FStringPart] = []
    var heights: [Int] = []
    var pending = ""
    var isFormatted = false
    while case .string(let literal) = current.kind {
      advance()
      guard literal.isFormatted else {
        pending += literal.value
        continue
      }
      isFormatted = true
      var index = 0
      for part in try parseFStringParts(literal, from: &index, inSpec: false, heights: &heights) {
        if case .literal(let text) = part {
          pending += text
        } else {
          if !pending.isEmpty { parts.append(.literal(pending)) }
          pending = ""
          parts.append(part)
        }
      }
    }
    guard isFormatted else { return leaf(.string(pending), spanFrom(start)) }
    if !pending.isEmpty { parts.append(.literal(pending)) }
    return try node(.formattedString(parts), spanFrom(start), over: heights)
  }

  /// The parts of an f-string's body from `index`: to its end, or, in a spec, to the `}`
  /// that closes the field (left for the caller).
  private mutating func parseFStringParts(
    _ literal: StringLiteral, from index: inout Int, inSpec: Bool, heights: inout [Int]
  ) throws(ParseError) -> [FStringPart] {
    let body = literal.body
    var parts: [FStringPart] = []
    var text = ""
    while index < body.count {
      let character = body[index]
      let next: Character? = index + 1 < body.count ? body[index + 1] : nil
      if character == "{" {
        if !inSpec && next == "{" {
          text.append("{")
          index += 2
          continue
        }
        if !text.isEmpty { parts.append(.literal(text)) }
        text = ""
        parts.append(try parseField(literal, at: &index, inSpec: inSpec, heights: &heights))
      } else if character == "}" {
        if inSpec { break }
        guard next == "}" else {
          throw syntaxError(
            "f-string: single '}' is not allowed", at: literal.locations[index])
        }
        text.append("}")
        index += 2
      } else if character == "\\" && !literal.isRaw {
        do {
          index = try EscapeSequence.decodeEscape(
            body, at: index, end: body.count, literal.locations, into: &text)
        } catch {
          throw ParseError(error)
        }
      } else {
        text.append(Lexer.isLineEnd(character) ? "\n" : character)
        index += 1
      }
    }
    if !text.isEmpty { parts.append(.literal(text)) }
    return parts
  }

  /// The field whose `{` is at `index`; leaves `index` after its `}`.
  private mutating func parseField(
    _ literal: StringLiteral, at index: inout Int, inSpec: Bool, heights: inout [Int]
  ) throws(ParseError) -> FStringPart {
    let body = literal.body
    let open = index
    let openSpan = literal.locations[open]
    try descend(at: openSpan)
    defer { ascend() }
    index += 1
    let expressionStart = index
    try scanFieldExpression(literal, index: &index, openSpan: openSpan)
    let expressionEnd = index
    let terminator = body[index]
    let expressionText = body[expressionStart..<expressionEnd]
    if expressionText.allSatisfy({ Lexer.isBlank($0) || Lexer.isLineEnd($0) }) {
      throw syntaxError(
        "f-string: empty expression not allowed",
        at: .covering(openSpan, literal.locations[index]))
    }
    if terminator == "=" {
      throw unsupported(
        "self-documenting f-string fields ('{x=}') are not supported here; "
          + "write the name out, as in f'x={x}'",
        at: literal.locations[index])
    }
    let expression = try parseFieldExpression(
      Array(expressionText), origin: literal.locations[expressionStart])
    heights.append(expression.height)
    var conversion: Character?
    if terminator == "!" {
      index += 1
      guard index < body.count else {
        throw syntaxError("f-string: expecting '}'", at: openSpan)
      }
      guard ["r", "s", "a"].contains(body[index]) else {
        throw syntaxError(
          "f-string: invalid conversion character: expected 's', 'r', or 'a'",
          at: literal.locations[index - 1])
      }
      conversion = body[index]
      index += 1
      guard index < body.count, body[index] == ":" || body[index] == "}" else {
        throw syntaxError("f-string: expecting '}'", at: openSpan)
      }
    }
    var spec: [FStringPart]?
    if body[index] == ":" {
      if inSpec {
        throw syntaxError("f-string: expressions nested too deeply", at: literal.locations[index])
      }
      index += 1
      let parts = try parseFStringParts(literal, from: &index, inSpec: true, heights: &heights)
      spec = parts.isEmpty ? nil : parts
    }
    guard index < body.count, body[index] == "}" else {
      throw syntaxError("f-string: expecting '}'", at: openSpan)
    }
    index += 1
    return .field(expression.expression, conversion: conversion, spec: spec)
  }

  /// Moves `index` to the character that ends a field's expression (`}`, `!`, `:` or
  /// `=` outside brackets and strings), or throws when there is none.
  private func scanFieldExpression(
    _ literal: StringLiteral, index: inout Int, openSpan: SourceSpan
  ) throws(ParseError) {
    let body = literal.body
    var quote: Character?
    var brackets = 0
    while index < body.count {
      let character = body[index]
      let next: Character? = index + 1 < body.count ? body[index + 1] : nil
      if let open = quote {
        if character == open { quote = nil }
        index += 1
        continue
      }
      if character == "\\" {
        throw syntaxError(
          "f-string expression part cannot include a backslash", at: literal.locations[index])
      } else if character == "#" {
        throw syntaxError(
          "f-string expression part cannot include '#'", at: literal.locations[index])
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == "(" || character == "[" || character == "{" {
        brackets += 1
      } else if character == ")" || character == "]" {
        brackets = Swift.max(brackets - 1, 0)
      } else if character == "}" {
        if brackets == 0 { return }
        brackets -= 1
      } else if "!=<>".contains(character) && next == "=" {
        // `!=`, `==`, `<=`, `>=` are operators, not the field's end.
        index += 1
      } else if brackets == 0 && (character == "!" || character == ":" || character == "=") {
        return
      }
      index += 1
    }
    throw syntaxError("f-string: expecting '}'", at: openSpan)
  }

  /// A field's expression, lexed from its place in the line and parsed as if in
  /// parentheses (so `{a, b}` is a tuple and lines may break inside it).
  private mutating func parseFieldExpression(_ characters: [Character], origin: SourceSpan)
    throws(ParseError) -> Node
  {
    let lexed = Lexer.tokenizeExpression(characters, origin: origin)
    var parser = Parser(tokens: lexed.tokens, depth: depth)
    do throws(ParseError) {
      let expression = try parser.parseExpressionList()
      guard parser.tag == .end else { throw parser.unexpected() }
      if let failure = lexed.failure { throw ParseError(failure.error) }
      return expression
    } catch {
      throw ParseError(
        Self.resolve(
          error.error, atLastToken: parser.isAtLastToken, lexerFailure: lexed.failure))
    }
  }
}
