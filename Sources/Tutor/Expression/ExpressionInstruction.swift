/// One step of a compiled line: the parser turns a line into a list of these in postfix
/// order, and the evaluator runs them on a stack of values, with no recursion.
///
/// `2 * (x + 1)` becomes `constant 2, load x, constant 1, binary +, binary *`.
enum ExpressionInstruction: Sendable {
  /// Pushes a number typed in the line.
  case constant(Value)
  /// Pushes a variable's value.
  case load(name: String, span: ExpressionSpan)
  /// Pops the elements of a `[…]` literal and pushes the vector or matrix.
  case array(elements: [ExpressionSpan], opener: ExpressionSpan)
  /// Negates the top value (unary minus).
  case negate(ExpressionSpan)
  /// Replaces the top number with 1 if it is 0, otherwise 0.
  case not(ExpressionSpan)
  /// Pops two values and pushes `left op right`; `symbol` is the operator as typed.
  case binary(ExpressionOperator, symbol: String, span: ExpressionSpan)
  /// Transposes the top value (`.T`).
  case transpose(ExpressionSpan)
  /// Pops a value and its indices and pushes the element or row.
  case index(base: ExpressionSpan, indices: [ExpressionSpan])
  /// Pops the arguments and pushes the function's result.
  case call(ExpressionFunction, arguments: [ExpressionSpan], name: ExpressionSpan)
  /// Pops the left side of `and` / `or`; if it decides the result, pushes 0 or 1 and jumps
  /// to `target`.
  case shortCircuit(ExpressionOperator, target: Int, span: ExpressionSpan)
  /// Replaces the right side of `and` / `or` with its truth value, 1 or 0.
  case truth(ExpressionOperator, span: ExpressionSpan)
}
