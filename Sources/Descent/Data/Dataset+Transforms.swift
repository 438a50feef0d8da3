extension Dataset {
  /// One feature expanded to its powers x, x², …, xᵏ (as scikit-learn's
  /// `PolynomialFeatures(degree: k, include_bias: false)`), named `x`, `x**2`, …
  ///
  /// Powers are formed by repeated multiplication, x^(p+1) = x^p · x.
  public func polynomialFeatures(degree: Int) throws(DescentError) -> Dataset {
    guard featureCount == 1 else {
      throw DescentError(
        "a polynomial model fits one feature, but '\(name)' has \(featureCount) "
          + "(\(featureNames.map { "'\($0)'" }.joined(separator: ", "))); use a linear model or "
          + "one column")
    }
    precondition(degree >= 1, "polynomialFeatures: degree must be at least 1")
    let base = featureNames[0]
    let names = (1...degree).map { $0 == 1 ? base : "\(base)**\($0)" }
    var expanded: [Double] = []
    expanded.reserveCapacity(count * degree)
    for x in features {
      var power = x
      expanded.append(power)
      for _ in 1..<degree {
        power *= x
        expanded.append(power)
      }
    }
    return replacingFeatures(expanded, names: names)
  }

  /// Splits the rows at random into a training part holding `fraction` of them (rounded,
  /// at least two rows) and a validation part holding the rest (at least one row).
  public func split(
    trainingFraction fraction: Double, using generator: inout SeededGenerator
  ) throws(DescentError) -> (training: Dataset, validation: Dataset) {
    guard fraction > 0, fraction < 1 else {
      throw DescentError(
        "the split is the fraction of rows to train on, a number between 0 and 1 such as "
          + "0.8; \(fraction) is not")
    }
    guard count >= 3 else {
      throw DescentError(
        "'\(name)' has \(count) rows, too few to split into training and validation; "
          + "train on all of them")
    }
    var indices = Array(0..<count)
    generator.shuffle(&indices)
    let trainingCount = Swift.min(
      count - 1, Swift.max(2, Int((fraction * Double(count)).rounded())))
    let training = Array(indices[..<trainingCount]).sorted()
    let validation = Array(indices[trainingCount...]).sorted()
    return (rows(training), rows(validation))
  }
}
