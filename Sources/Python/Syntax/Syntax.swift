/// Where a piece of a program is: a 1-based line, a 1-based column counted in characters,
/// and a length in characters (at least 1 for anything an error points at).
public struct SourceSpan: Sendable, Hashable {
  /// The line, from 1.
  public var line: Int
  /// The first column, from 1.
  public var column: Int
  /// How many characters, on `line`.
  public var length: Int

  public init(line: Int, column: Int, length: Int) {
    self.line = line
    self.column = column
    self.length = Swift.max(length, 1)
  }

  /// The column just after the span.
  public var end: Int { column + length }

  /// From the start of `first` to the end of `last`; on `first`'s line only, when `last`
  /// ends on a later line (the caret then runs to the end of `first`'s line).
  public static func covering(_ first: SourceSpan, _ last: SourceSpan) -> SourceSpan {
    guard last.line == first.line else {
      return SourceSpan(line: first.line, column: first.column, length: Int(Int16.max))
    }
    return SourceSpan(line: first.line, column: first.column, length: last.end - first.column)
  }
}

/// An operator between two operands, as Python spells and ranks it.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case floorDivide = "//"
  case remainder = "%"
  case power = "**"
  case matrixMultiply = "@"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
  case shiftLeft = "<<"
  case shiftRight = ">>"
}

/// An operator before one operand.
public enum UnaryOperator: String, Sendable, Hashable {
  case negate = "-"
  case plus = "+"
  case invert = "~"
  case not = "not"
}

/// A comparison; Python chains them (`0 < x < 1`).
public enum ComparisonOperator: String, Sendable, Hashable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case isIdentical = "is"
  case isNotIdentical = "is not"
  case contains = "in"
  case notContains = "not in"
}

/// One piece of an f-string: literal text, or a replacement field.
public enum FStringPart: Sendable {
  /// Text as written, escapes already applied (`{{` is `{`).
  case literal(String)
  /// `{value!conversion:spec}`: the expression, `r`, `s` or `a` if given, and the format
  /// spec, which may itself hold fields (`{x:{width}.2f}`).
  case field(Expression, conversion: Character?, spec: [FStringPart]?)
}

/// One `for … in … if …` clause of a list comprehension.
public struct ComprehensionClause: Sendable {
  /// What each item is assigned to: a name or a tuple of targets.
  public var target: Expression
  public var iterable: Expression
  /// The `if` filters, in order.
  public var conditions: [Expression]

  public init(target: Expression, iterable: Expression, conditions: [Expression]) {
    self.target = target
    self.iterable = iterable
    self.conditions = conditions
  }
}

/// A keyword argument, `name=value`.
public struct KeywordArgument: Sendable {
  public var name: String
  public var value: Expression
  /// Where `name=` is, for "unexpected keyword" errors.
  public var span: SourceSpan

  public init(name: String, value: Expression, span: SourceSpan) {
    self.name = name
    self.value = value
    self.span = span
  }
}

/// An expression and where it is.
public struct Expression: Sendable {
  public indirect enum Kind: Sendable {
    case name(String)
    case none
    case bool(Bool)
    /// An integer literal (`1_000`, `0x1F` read as their value); one too large for 64 bits
    /// is a parse error.
    case int(Int)
    case float(Double)
    /// A string literal, adjacent literals already joined, escapes applied.
    case string(String)
    case formattedString([FStringPart])
    case list([Expression])
    case tuple([Expression])
    case listComprehension(element: Expression, clauses: [ComprehensionClause])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `a and b and c`: `isAnd` false for `or`.
    case logical(isAnd: Bool, [Expression])
    /// `first op₁ e₁ op₂ e₂ …`.
    case comparison(Expression, [(ComparisonOperator, Expression)])
    /// `then if condition else otherwise`.
    case conditional(condition: Expression, then: Expression, otherwise: Expression)
    case call(Expression, arguments: [Expression], keywords: [KeywordArgument])
    case attribute(Expression, name: String)
    /// `value[index]`; several indices are a `.tuple`, and `a:b:c` is a `.slice`.
    case `subscript`(Expression, index: Expression)
    /// `lower:upper:step`, only inside a subscript.
    case slice(lower: Expression?, upper: Expression?, step: Expression?)
  }

  public var kind: Kind
  public var span: SourceSpan

  public init(_ kind: Kind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }
}

/// A parameter of a `def`: its name and default, if any.
public struct Parameter: Sendable {
  public var name: String
  public var defaultValue: Expression?
  public var span: SourceSpan

  public init(name: String, defaultValue: Expression?, span: SourceSpan) {
    self.name = name
    self.defaultValue = defaultValue
    self.span = span
  }
}

/// A statement and where it is (its first line; a compound statement's span is its header).
public struct Statement: Sendable {
  public indirect enum Kind: Sendable {
    case expression(Expression)
    /// `a = b = value`: every target, left to right, then the value.
    case assign(targets: [Expression], value: Expression)
    /// `target op= value`.
    case augmentedAssign(target: Expression, BinaryOperator, value: Expression)
    /// `if`, then any `elif`s, as (condition, body) pairs, and the `else` body.
    case `if`(branches: [(Expression, [Statement])], otherwise: [Statement])
    case `while`(condition: Expression, body: [Statement])
    case `for`(target: Expression, iterable: Expression, body: [Statement])
    case `break`
    case `continue`
    case pass
    case function(name: String, parameters: [Parameter], body: [Statement])
    case `return`(Expression?)
    case delete([Expression])
    /// `import module as alias` (`alias` nil when none): `numpy`, `matplotlib.pyplot`.
    case `import`(module: String, alias: String?)
    /// `from module import name as alias, …`.
    case importFrom(module: String, names: [(name: String, alias: String?)])
  }

  public var kind: Kind
  public var span: SourceSpan

  public init(_ kind: Kind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }
}

/// A whole program: its statements in order and its text, for showing errors.
public struct Program: Sendable {
  public var statements: [Statement]
  /// The source, split into lines (without their line ends).
  public var lines: [String]

  public init(statements: [Statement], lines: [String]) {
    self.statements = statements
    self.lines = lines
  }
}

extension Program {
  /// Whether a loop runs outside any function: only such loops tell an `InterpreterHost`
  /// of their passes, so only a program with one can be paused between passes.
  public var hasModuleLevelLoop: Bool { Self.holdsLoop(statements) }

  private static func holdsLoop(_ statements: [Statement]) -> Bool {
    statements.contains { statement in
      switch statement.kind {
      case .for, .while: true
      case .if(let branches, let otherwise):
        branches.contains { holdsLoop($0.1) } || holdsLoop(otherwise)
      default: false
      }
    }
  }
}
