import Descent
import Testing

@Suite struct LeastSquaresTests {
  // Design matrices are row-major: (rows × columns).

  /// The design matrix whose row i is `features(xs[i])`, flattened row-major.
  private func design(_ xs: [Double], _ features: (Double) -> [Double]) -> [Double] {
    xs.flatMap(features)
  }

  /// The error `body` throws, or nil if it returns.
  private func thrownError(_ body: () throws(DescentError) -> [Double]) -> DescentError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }

  @Test func recoversAQuadraticExactlyFromFivePoints() throws {
    // y = x² on x = 1…5 with columns [1, x, x²]: the residual can be 0, so x = (0, 0, 1).
    let xs: [Double] = [1, 2, 3, 4, 5]
    let fit = try LeastSquares.solve(
      design: design(xs) { [1, $0, $0 * $0] }, rows: 5, columns: 3,
      targets: xs.map { $0 * $0 })
    #expect(fit.count == 3)
    #expect(abs(fit[0]) <= 1e-12)
    #expect(abs(fit[1]) <= 1e-12)
    #expect(abs(fit[2] - 1) <= 1e-12)
  }

  @Test func recoversTheCourseHousePrices() throws {
    // The course's houses: y = 150·x on x = 1…5, columns [x, 1] → weight 150, bias 0.
    let xs: [Double] = [1, 2, 3, 4, 5]
    let fit = try LeastSquares.solve(
      design: design(xs) { [$0, 1] }, rows: 5, columns: 2, targets: xs.map { 150 * $0 })
    #expect(abs(fit[0] - 150) <= 1e-12 * 150)
    #expect(abs(fit[1]) <= 1e-12 * 150)
  }

  @Test func matchesSimpleLinearRegressionOnNoisyData() throws {
    // y = 2 + 0.5·x + noise. Independently: slope = cov(x, y) / var(x), and the intercept is
    // ȳ − slope·x̄ (numpy.polyfit agrees: 0.45952381, 2.14166667).
    let xs: [Double] = [0, 1, 2, 3, 4, 5, 6, 7]
    let noise: [Double] = [0.3, -0.2, 0.1, 0.4, -0.5, 0.0, 0.2, -0.3]
    let ys = zip(xs, noise).map { 2 + 0.5 * $0 + $1 }
    let meanX = xs.reduce(0, +) / 8
    let meanY = ys.reduce(0, +) / 8
    var covariance = 0.0
    var variance = 0.0
    for (x, y) in zip(xs, ys) {
      covariance += (x - meanX) * (y - meanY)
      variance += (x - meanX) * (x - meanX)
    }
    let slope = covariance / variance
    let intercept = meanY - slope * meanX

    let fit = try LeastSquares.solve(
      design: design(xs) { [$0, 1] }, rows: 8, columns: 2, targets: ys)
    #expect(abs(fit[0] - slope) <= 1e-13)
    #expect(abs(fit[1] - intercept) <= 1e-13)
    #expect(abs(slope - 0.459_523_809_523_809_5) <= 1e-15)
    #expect(abs(intercept - 2.141_666_666_666_666_7) <= 1e-14)
  }

  @Test func matchesTheNormalEquationsSolvedByCramersRule() throws {
    // Two features and a bias (columns [x₁, x₂, 1]); the bias column comes last and has the
    // longest norm, so pivoting reorders the columns and must put the answer back in order.
    let rows: [[Double]] = [
      [0.5, 2, 1], [1, -1, 1], [1.5, 0, 1], [2, 3, 1], [-1, 1, 1], [0, 0.5, 1], [3, -2, 1],
    ]
    let ys: [Double] = [3.1, -0.4, 1.9, 6.2, 0.3, 1.2, 1.1]
    // Normal equations (AᵀA)·x = Aᵀy, solved by Cramer's rule: xₖ = det(Mₖ) / det(M), where
    // Mₖ is AᵀA with column k replaced by Aᵀy. Fine for this well-conditioned 3 × 3.
    var ata = [[Double]](repeating: [0, 0, 0], count: 3)
    var aty: [Double] = [0, 0, 0]
    for (row, y) in zip(rows, ys) {
      for j in 0..<3 {
        aty[j] += row[j] * y
        for k in 0..<3 { ata[j][k] += row[j] * row[k] }
      }
    }
    func determinant(_ m: [[Double]]) -> Double {
      m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    }
    let expected = (0..<3).map { k in
      var mk = ata
      for j in 0..<3 { mk[j][k] = aty[j] }
      return determinant(mk) / determinant(ata)
    }

    let fit = try LeastSquares.solve(
      design: rows.flatMap { $0 }, rows: 7, columns: 3, targets: ys)
    for k in 0..<3 {
      #expect(abs(fit[k] - expected[k]) <= 1e-12, "parameter \(k)")
    }
  }

  @Test func solvesADegreeFivePolynomialOnOneToTen() throws {
    // Columns [1, x, …, x⁵] on x = 1…10: condition number about 1.5e6 (6.6e3 once the columns
    // are scaled). Dyadic coefficients make every y exact, so the true residual is 0.
    let coefficients: [Double] = [3, -2, 0.5, 0.25, -0.125, 0.0625]
    let xs = (1...10).map(Double.init)
    let powers = { (x: Double) in (0...5).map { k in (0..<k).reduce(1.0) { p, _ in p * x } } }
    let a = design(xs, powers)
    let ys = xs.map { x in zip(powers(x), coefficients).reduce(0) { $0 + $1.0 * $1.1 } }
    #expect(ys[9] == 5_283)  // 3 − 20 + 50 + 250 − 1250 + 6250

    let fit = try LeastSquares.solve(design: a, rows: 10, columns: 6, targets: ys)
    for k in 0..<6 {
      #expect(abs(fit[k] - coefficients[k]) <= 1e-9, "coefficient of x^\(k)")
    }
    for i in 0..<10 {
      let prediction = (0..<6).reduce(0.0) { $0 + a[i * 6 + $1] * fit[$1] }
      #expect(abs(prediction - ys[i]) <= 1e-9, "example \(i + 1)")
    }
  }

  @Test func solvesFeaturesOnVeryDifferentScales() throws {
    // y = 3·x + 1 with x given in millionths: the weight is 3e-6, yet nothing is ill-posed.
    let xs: [Double] = [1, 2, 3, 4, 5]
    let fit = try LeastSquares.solve(
      design: design(xs) { [$0 * 1e6, 1] }, rows: 5, columns: 2, targets: xs.map { 3 * $0 + 1 })
    #expect(abs(fit[0] - 3e-6) <= 1e-18)
    #expect(abs(fit[1] - 1) <= 1e-12)
  }

  @Test func rejectsADuplicatedFeature() {
    // Columns [x, 1, x]: feature 3 repeats feature 1, so w₁ + w₃ is fixed but not each one.
    // Pivoting takes the ones column (the longest once scaled) first, then feature 1.
    let xs: [Double] = [1, 2, 3, 4, 5]
    let error = thrownError { () throws(DescentError) in
      try LeastSquares.solve(
        design: design(xs) { [$0, 1, $0] }, rows: 5, columns: 3, targets: xs.map { 150 * $0 })
    }
    #expect(error?.location == nil)
    #expect(
      error?.message
        == "the features are linearly dependent: feature 3 is a combination of features 1 "
        + "and 2, so the least-squares solution is not unique; remove one of these features")
  }

  @Test func rejectsNearlyDependentFeatures() {
    // Feature 2 is feature 1 = (1, 2, 3, 4) plus δ = 2⁻⁴² in example 3. Feature 2 is longer,
    // so it is R's first column: |R₀₀| = ‖c₂‖ and |R₁₁| = ‖part of c₁ across c₂‖ ≈ δ·√(1 − 9/30)
    // (both over the common scale 4), so κ ≈ √30 / (δ·√0.7) ≈ 2.9e13 > 1e12.
    let error = thrownError { () throws(DescentError) in
      try LeastSquares.solve(
        design: [1, 1, 2, 2, 3, 3 + 0x1p-42, 4, 4], rows: 4, columns: 2, targets: [1, 2, 3, 4])
    }
    #expect(
      error?.message
        == "the features are nearly linearly dependent: feature 1 is almost a combination of "
        + "feature 2 (condition number about 3e13), so rounding errors would swamp the "
        + "least-squares solution; normalize the features or remove a redundant one")
  }

  @Test func acceptsDependenceJustInsideTheConditionLimit() throws {
    // As above with δ = 2⁻³²: κ ≈ √30 / (δ·√0.7) ≈ 2.8e10, below 1e12, so it is solved.
    // y = feature 1 exactly, so the answer is (1, 0) up to κ·ε ≈ 1e-5.
    let fit = try LeastSquares.solve(
      design: [1, 1, 2, 2, 3, 3 + 0x1p-32, 4, 4], rows: 4, columns: 2, targets: [1, 2, 3, 4])
    #expect(abs(fit[0] - 1) <= 1e-4)
    #expect(abs(fit[1]) <= 1e-4)
  }

  @Test func rejectsFewerExamplesThanParameters() {
    let error = thrownError { () throws(DescentError) in
      try LeastSquares.solve(design: [1, 2, 3, 4, 5, 6], rows: 2, columns: 3, targets: [1, 2])
    }
    #expect(
      error
        == DescentError(
          "least squares needs at least as many examples (2) as parameters (3); add examples "
            + "or use fewer features"))
  }

  @Test func rejectsNonFiniteFeaturesAndTargets() {
    let nanFeature = thrownError { () throws(DescentError) in
      try LeastSquares.solve(
        design: [1, 1, .nan, 1, 3, 1], rows: 3, columns: 2, targets: [1, 2, 3])
    }
    #expect(
      nanFeature?.message
        == "feature 1 of example 2 is nan; least squares needs finite numbers")

    let infiniteTarget = thrownError { () throws(DescentError) in
      try LeastSquares.solve(
        design: [1, 1, 2, 1, 3, 1], rows: 3, columns: 2, targets: [1, 2, -.infinity])
    }
    #expect(
      infiniteTarget?.message
        == "the target of example 3 is -inf; least squares needs finite numbers")
  }

  @Test func rejectsAFeatureThatIsZeroEverywhere() {
    let error = thrownError { () throws(DescentError) in
      try LeastSquares.solve(design: [1, 0, 2, 0, 3, 0], rows: 3, columns: 2, targets: [1, 2, 3])
    }
    #expect(
      error?.message
        == "feature 2 is 0 in every example, so its weight could be anything; remove it")
  }

  @Test func reportsAnOverflowingSolution() {
    // A tiny feature and a huge target: the weight, 1e300 / 1e-300, is past Double's range.
    let error = thrownError { () throws(DescentError) in
      try LeastSquares.solve(
        design: [1e-300, 2e-300], rows: 2, columns: 1, targets: [1e300, 2e300])
    }
    #expect(
      error?.message
        == "the least-squares solution is too large to represent as a number; rescale the "
        + "targets or normalize the features")
  }

  @Test func solvesZeroParametersAsEmpty() throws {
    #expect(try LeastSquares.solve(design: [], rows: 3, columns: 0, targets: [1, 2, 3]) == [])
  }
}
