/// A parsed line: an expression or an assignment.
///
/// Parsing checks everything that does not need the variables: characters, brackets,
/// operators, function names and argument counts, nesting depth and line length.
/// Names are looked up when the statement is evaluated.
///
///     let statement = try Statement.parse("D_m = (-2/n) * np.sum(X * (Y - Y_pred))")
///     statement.assignedName     // "D_m"
///     statement.referencedNames  // ["n", "X", "Y", "Y_pred"]
///     statement.calledFunctions  // ["sum"]
public struct Statement: Sendable {
  /// The line as it was given, for `ExpressionError.rendered(line:)`.
  public let text: String
  /// The variable that `name = expr` assigns, or `nil` for a plain expression.
  public let assignedName: String?
  /// The variables the line reads (not function names, and not the assigned name unless
  /// it is also read, as in `m = m - L*D_m`).
  public let referencedNames: Set<String>
  /// The functions and methods the line calls, each by its bare name: `np.sum(x)`,
  /// `x.sum(axis=0)` and `sum(x)` all give "sum", `a.dot(b)` gives "dot", and
  /// `np.maximum(a, b)` gives "max", as it is `max(a, b)`. `.T` and keywords such as
  /// `axis` are not in it, nor in `referencedNames`.
  public let calledFunctions: Set<String>
  /// Where the assigned name is, for errors from the environment.
  let assignedSpan: ExpressionSpan?
  /// The compiled right-hand side, in postfix order.
  let program: [ExpressionInstruction]

  /// Parses one line; `#` starts a comment.
  ///
  /// Throws an `ExpressionError` pointing at the problem for anything malformed, for a
  /// line longer than `limits.maximumLength` characters, and for nesting deeper than
  /// `limits.maximumDepth`.
  public static func parse(
    _ line: String, limits: ExpressionLimits = .init()
  ) throws(ExpressionError) -> Statement {
    // Count characters only as far as the limit, so a huge line costs little.
    if line.utf8.count > limits.maximumLength {
      var count = 0
      for _ in line {
        count += 1
        if count > limits.maximumLength {
          throw ExpressionError(
            "the line is longer than \(limits.maximumLength) characters; "
              + "split the work into shorter assignments",
            column: limits.maximumLength + 1)
        }
      }
    }
    let tokens = try ExpressionLexer.tokens(in: Array(line), refusesCaret: limits.refusesCaret)
    var parser = ExpressionParser(tokens: tokens, limits: limits)
    let assigned = try parser.parseStatement()
    return Statement(
      text: line, assignedName: assigned?.name, referencedNames: parser.referencedNames,
      calledFunctions: parser.calledFunctions, assignedSpan: assigned?.span,
      program: parser.program)
  }
}

extension Statement {
  /// The statements of a multi-line value, or of `;`-separated parts, trimmed, without
  /// blanks and `#` comments: how answers, solutions and runs are written.
  static func split(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "\n" || $0 == ";" }).map { String($0).trimmingSpaces }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
