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

  /// The longest punctuation that the ASCII values `first`, `second`, `third` begin with
  /// (0 stands for a character that is not ASCII, or for the end).
  static func longest(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Punctuation? {
    let three = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    if third != 0, let found = bySpelling[three] { return found }
    if second != 0, let found = bySpelling[three >> 8] { return found }
    return bySpelling[three >> 16]
  }

  /// Every punctuation by its ASCII bytes packed into an integer, first byte highest.
  private static let bySpelling: [UInt32: Punctuation] = Dictionary(
    uniqueKeysWithValues: allCases.map { punctuation in
      (punctuation.rawValue.utf8.reduce(0) { $0 << 8 | UInt32($1) }, punctuation)
    })

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
