/// Mistakes so common in writing gradients that every exercise recognises them: the
/// answer is the reference times a constant factor.
enum Misconception {
  /// The factor's name and what to tell the student, for an answer that is the reference
  /// times `factor` everywhere; nil when the factor is not a known one.
  static func named(factor: Double, rows n: Double) -> (name: String, feedback: String)? {
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * Swift.max(1, abs(b)) }
    let signFlip = factor < 0
    let size = abs(factor)
    var parts: [String] = []
    var names: [String] = []
    if signFlip {
      names.append("sign flip")
      parts.append(
        "it has the wrong sign: the gradient points uphill, and descent moves against it")
    }
    if near(size, 1) {
      // sign alone
    } else if near(size, 2) || near(size, 0.5) {
      names.append("factor 2")
      parts.append(
        near(size, 2)
          ? "it is twice too big: is there an extra factor 2?"
          : "it is half the right size: differentiating the square brings down a factor 2")
    } else if n > 1 && (near(size, n) || near(size, 1 / n)) {
      names.append("missing 1/n")
      parts.append(
        near(size, n)
          ? "it is n times too big: the loss is a mean, so its gradient divides by n"
          : "it is n times too small: divide by n once, not twice")
    } else if n > 1 && (near(size, 2 * n) || near(size, 1 / (2 * n))) {
      names.append("factor 2n")
      parts.append("it is off by a factor 2n: check both the 2 from the square and the 1/n")
    } else {
      return nil
    }
    guard !names.isEmpty else { return nil }
    return (
      names.joined(separator: " and "),
      "your answer has the right shape but " + parts.joined(separator: "; ")
    )
  }
}
