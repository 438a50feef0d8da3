import Interchange

/// One piece of a program as the lexer reads it: a name, a keyword, a number, a string, an
/// operator or delimiter, or one of the layout tokens Python's grammar is written in
/// (`newline` ending a logical line, `indent` and `dedent` opening and closing a block).
struct Token: Sendable {
  enum Kind: Sendable {
    case name(String)
    case keyword(Keyword)
    case int(Int)
    case float(Double)
    case string(StringLiteral)
    case punctuation(Punctuation)
    /// The end of a logical line.
    case newline
    /// A line indented further than the block around it.
    case indent
    /// A line indented less: one `dedent` for each block it closes.
    case dedent
    /// The end of the text; after a lexer error, the place the lexer stopped.
    case end
  }

  /// A kind without its payload: two bytes, cheap to copy and compare, which is what the
  /// parser looks ahead at.
  enum Tag: Sendable, Equatable {
    case name
    case keyword(Keyword)
    case int
    case float
    case string
    case punctuation(Punctuation)
    case newline
    case indent
    case dedent
    case end
  }

  var kind: Kind
  var span: SourceSpan

  /// The kind without its payload.
  var tag: Tag {
    switch kind {
    case .name: return .name
    case .keyword(let keyword): return .keyword(keyword)
    case .int: return .int
    case .float: return .float
    case .string: return .string
    case .punctuation(let punctuation): return .punctuation(punctuation)
    case .newline: return .newline
    case .indent: return .indent
    case .dedent: return .dedent
    case .end: return .end
    }
  }

  /// The token as a message quotes it: `'('`, `'if'`, `'x'`, or a word for layout tokens.
  var quoted: String {
    switch kind {
    case .name(let name): return name.quotedForMessage
    case .keyword(let keyword): return "'\(keyword.rawValue)'"
    case .int(let value): return "'\(value)'"
    case .float: return "number"
    case .string: return "string"
    case .punctuation(let punctuation): return "'\(punctuation.rawValue)'"
    case .newline: return "end of line"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .end: return "end of input"
    }
  }
}
