/// Mistakes so common in writing gradients and losses that every exercise recognises
/// them: the answer is the reference times a constant factor.
///
/// Each is described only in the words that fit the target: "differentiating the square
/// brings down a factor 2" is said of a gradient whose reference has that 2, never of a
/// loss; "its gradient divides by n" of a gradient, never of a mean error.
enum Misconception {
  /// What kind of value the factor is off in, for the wording.
  enum Target {
    /// A derivative (`D_m`, `dw`, `dW1`); `fromSquare` when the reference carries the 2
    /// that differentiating a square brings down.
    case gradient(fromSquare: Bool)
    /// Anything else: a loss, a prediction, a formula.
    case value
  }

  /// The factor's name and what to tell the student, for an answer that is the reference
  /// times `factor` everywhere; nil when the factor is not a known one.
  static func named(factor: Double, rows n: Double, target: Target = .value)
    -> (name: String, feedback: String)?
  {
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * Swift.max(1, abs(b)) }
    var isGradient = false
    var fromSquare = false
    if case .gradient(let square) = target {
      isGradient = true
      fromSquare = square
    }
    let size = abs(factor)
    var parts: [String] = []
    var names: [String] = []
    if factor < 0 {
      names.append("sign flip")
      parts.append(
        isGradient
          ? "it has the wrong sign: the gradient points uphill, and descent moves against it"
          : "it has the wrong sign")
    }
    if near(size, 1) {
      // sign alone
    } else if near(size, 2) || near(size, 0.5) {
      names.append("factor 2")
      if near(size, 2) {
        parts.append("it is twice too big: is there an extra factor 2?")
      } else {
        parts.append(
          fromSquare
            ? "it is half the right size: differentiating the square brings down a factor 2"
            : "it is half the right size: is there a stray division by 2?")
      }
    } else if n > 1 && (near(size, n) || near(size, 1 / n)) {
      names.append("missing 1/n")
      if near(size, n) {
        parts.append(
          isGradient
            ? "it is n times too big: the loss is a mean, so its gradient divides by n"
            : "it is n times too big: a mean divides the sum by n")
      } else {
        parts.append("it is n times too small: divide by n once, not twice")
      }
    } else if isGradient && fromSquare && n > 1 && (near(size, 2 * n) || near(size, 1 / (2 * n)))
    {
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

  /// The kind of `target` (a name the reference assigns, or "" for an expression) given
  /// the reference's text: a name like `D_m`, `dw`, `dW1` or `grad_b` is a gradient.
  static func target(named name: String, reference: [String]) -> Target {
    let isGradient =
      name.hasPrefix("D_") || name.hasPrefix("grad")
      || (name.count >= 2 && name.first == "d" && name.dropFirst().first.map {
        $0.isUppercase || $0 == "w" || $0 == "b" || $0 == "_"
      } == true)
    guard isGradient else { return .value }
    return .gradient(fromSquare: reference.contains(where: hasNumberTwo))
  }

  /// Whether a line has the number 2 in it (`-2/n`, `2*x`), not a digit of a name (`W2`).
  private static func hasNumberTwo(_ line: String) -> Bool {
    var inName = false
    var number = ""
    for character in line + " " {
      if character.isLetter || character == "_" {
        inName = true
        number = ""
      } else if character.isNumber || character == "." {
        if !inName { number.append(character) }
      } else {
        if ["2", "2.", "2.0"].contains(number) { return true }
        inName = false
        number = ""
      }
    }
    return false
  }
}
