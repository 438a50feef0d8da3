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

  var kind: Kind
  var span: SourceSpan

  /// Whether the token is the keyword `keyword`.
  func isKeyword(_ keyword: Keyword) -> Bool {
    if case .keyword(let own) = kind { return own == keyword }
    return false
  }

  /// Whether the token is the operator or delimiter `punctuation`.
  func isPunctuation(_ punctuation: Punctuation) -> Bool {
    if case .punctuation(let own) = kind { return own == punctuation }
    return false
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

/// A string literal as the lexer read it.
///
/// A plain string's escapes are applied here; an f-string keeps its text as written,
/// with where each character is, because its replacement fields are parsed later and
/// their expressions' spans must point into the line.
struct StringLiteral: Sendable {
  /// `f` or `F` among the prefixes.
  var isFormatted: Bool
  /// `r` or `R` among the prefixes: backslashes are kept as written.
  var isRaw: Bool
  /// A plain string's value, escapes applied and line ends as `\n`; empty for an f-string.
  var value: String
  /// An f-string's characters between the quotes, as written; empty for a plain string.
  var body: [Character]
  /// Where each of `body`'s characters is (length 1 each).
  var locations: [SourceSpan]
}

/// Python's keywords. `match`, `case` and `_` are soft keywords, read as names.
enum Keyword: String, Sendable, CaseIterable {
  case falseLiteral = "False"
  case noneLiteral = "None"
  case trueLiteral = "True"
  case and
  case `as`
  case assert
  case async
  case await
  case `break`
  case `class`
  case `continue`
  case def
  case del
  case elif
  case `else`
  case except
  case finally
  case `for`
  case from
  case global
  case `if`
  case `import`
  case `in`
  case `is`
  case lambda
  case nonlocal
  case not
  case or
  case pass
  case raise
  case `return`
  case `try`
  case `while`
  case with
  case yield

  /// The keyword spelled `text`, if it is one.
  static func named(_ text: String) -> Keyword? {
    byName[text]
  }

  private static let byName: [String: Keyword] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}

/// Every operator and delimiter the lexer knows, spelled as in Python.
enum Punctuation: String, Sendable, CaseIterable {
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case doubleSlash = "//"
  case percent = "%"
  case doubleStar = "**"
  case at = "@"
  case ampersand = "&"
  case pipe = "|"
  case caret = "^"
  case tilde = "~"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case less = "<"
  case greater = ">"
  case lessEqual = "<="
  case greaterEqual = ">="
  case equalEqual = "=="
  case notEqual = "!="
  case assign = "="
  case plusAssign = "+="
  case minusAssign = "-="
  case starAssign = "*="
  case slashAssign = "/="
  case doubleSlashAssign = "//="
  case percentAssign = "%="
  case doubleStarAssign = "**="
  case atAssign = "@="
  case ampersandAssign = "&="
  case pipeAssign = "|="
  case caretAssign = "^="
  case shiftLeftAssign = "<<="
  case shiftRightAssign = ">>="
  case walrus = ":="
  case arrow = "->"
  case ellipsis = "..."
  case leftParenthesis = "("
  case rightParenthesis = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case comma = ","
  case colon = ":"
  case dot = "."
  case semicolon = ";"

  /// The punctuation spelled `text`, if any.
  static func spelled(_ text: String) -> Punctuation? {
    bySpelling[text]
  }

  private static let bySpelling: [String: Punctuation] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

  /// The operator of an augmented assignment (`+=` is `+`), or nil for anything else.
  var augmentedOperator: BinaryOperator? {
    switch self {
    case .plusAssign: return .add
    case .minusAssign: return .subtract
    case .starAssign: return .multiply
    case .slashAssign: return .divide
    case .doubleSlashAssign: return .floorDivide
    case .percentAssign: return .remainder
    case .doubleStarAssign: return .power
    case .atAssign: return .matrixMultiply
    case .ampersandAssign: return .bitAnd
    case .pipeAssign: return .bitOr
    case .caretAssign: return .bitXor
    case .shiftLeftAssign: return .shiftLeft
    case .shiftRightAssign: return .shiftRight
    default: return nil
    }
  }

  /// The closing bracket for an opening one.
  var closingBracket: Punctuation? {
    switch self {
    case .leftParenthesis: return .rightParenthesis
    case .leftBracket: return .rightBracket
    case .leftBrace: return .rightBrace
    default: return nil
    }
  }
}
