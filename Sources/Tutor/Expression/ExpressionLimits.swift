/// Limits that keep evaluation a sandbox: line length, nesting, array size and work.
///
/// Parsing enforces `maximumLength` and `maximumDepth`; evaluation enforces
/// `maximumElements` (checked before an array is allocated) and `stepBudget` (element
/// operations, counted as evaluation goes, so it also bounds time and memory). Hitting
/// any limit throws an `ExpressionError` with a sentence; nothing traps or overflows the
/// stack.
public struct ExpressionLimits: Sendable, Hashable {
  /// The most characters a line may have.
  public var maximumLength: Int
  /// How deeply a line may nest: each open parenthesis, bracket and call, each unary
  /// operator and each binary operator still waiting for its right side counts one level
  /// (a flat chain like `1 + 2 + 3` never holds more than one). The parser keeps these on
  /// a heap-allocated stack, so a large limit costs memory, not call-stack depth.
  public var maximumDepth: Int
  /// The most elements one vector or matrix may have.
  public var maximumElements: Int
  /// The most element operations one evaluation may do: an element-wise operation costs
  /// one step per element of its result, `@` one per multiplication, a reduction one per
  /// element read, and anything else at least one.
  public var stepBudget: Int
  /// Whether `^` is refused as Python's XOR rather than read as a power: so for what a
  /// student writes (answers are Python), while a lesson's own formulas may keep it.
  public var refusesCaret = false

  /// Creates limits; the defaults suit a student's REPL.
  public init(
    maximumLength: Int = 10_000,
    maximumDepth: Int = 200,
    maximumElements: Int = 1_000_000,
    stepBudget: Int = 10_000_000
  ) {
    self.maximumLength = maximumLength
    self.maximumDepth = maximumDepth
    self.maximumElements = maximumElements
    self.stepBudget = stepBudget
  }
}

extension ExpressionLimits {
  /// These limits for a student's answer: `^` is refused, as Python reads it as XOR.
  var forAnswers: ExpressionLimits {
    var limits = self
    limits.refusesCaret = true
    return limits
  }
}
