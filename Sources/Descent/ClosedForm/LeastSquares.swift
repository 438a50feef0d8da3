/// The closed-form answer gradient descent is heading for: the x that minimizes ‖A·x − y‖².
///
/// Solved by Householder QR with column pivoting, never by the normal equations AᵀA·x = Aᵀy,
/// which square the condition number and lose twice the digits. Lessons compare a trained
/// model's parameters with this answer.
///
/// ```swift
/// // y = 150·x on x = 1…5, with columns [x, 1]: the weight and the bias.
/// let fit = try LeastSquares.solve(
///   design: [1, 1, 2, 1, 3, 1, 4, 1, 5, 1], rows: 5, columns: 2,
///   targets: [150, 300, 450, 600, 750])  // [150, 0], up to rounding
/// ```
public enum LeastSquares {
  /// The largest condition number κ that `solve` accepts, for the design matrix with each
  /// column rescaled by a power of two to a largest entry in [1, 2).
  ///
  /// Rounding alone can move the answer by about κ·ε of its size (ε ≈ 2.2e-16): past 1e12,
  /// that is 0.02 % or more, and the fit says as much about rounding as about the data.
  public static let maximumConditionNumber = 1e12

  /// The x minimizing ‖A·x − y‖², for a design matrix A with full column rank.
  ///
  /// - Parameters:
  ///   - design: A, row-major, shape (rows × columns): example i's feature j is
  ///     `design[i * columns + j]`. Include a column of ones to fit a bias.
  ///   - rows: the number of examples, m.
  ///   - columns: the number of parameters, n.
  ///   - targets: y, one a row.
  /// - Returns: x, one parameter a column, in column order; empty when `columns` is 0.
  /// - Throws: `DescentError` (without a location) when there are fewer examples than
  ///   parameters, when a value is NaN or infinite, when a feature is 0 in every example,
  ///   when the features are linearly dependent (a duplicated feature), when they are
  ///   nearly so (the condition number estimated from R exceeds `maximumConditionNumber`),
  ///   and when the answer overflows.
  ///
  /// `design.count` must be `rows × columns` and `targets.count` must be `rows`; anything
  /// else is a programming mistake and stops the program.
  public static func solve(
    design: [Double], rows: Int, columns: Int, targets: [Double]
  ) throws(DescentError) -> [Double] {
    let (m, n) = (rows, columns)
    precondition(m >= 0 && n >= 0, "LeastSquares.solve: a (\(m) × \(n)) design matrix")
    precondition(
      design.count == m * n,
      "LeastSquares.solve: \(design.count) design values for \(m) rows of \(n) columns")
    precondition(
      targets.count == m, "LeastSquares.solve: \(targets.count) targets for \(m) rows")

    // Special values first.
    guard m >= n else {
      throw DescentError(
        "least squares needs at least as many examples (\(m)) as parameters (\(n)); add "
          + "examples or use fewer features")
    }
    for (k, value) in design.enumerated() where !value.isFinite {
      throw DescentError(
        "feature \(k % n + 1) of example \(k / n + 1) is \(value); least squares needs "
          + "finite numbers")
    }
    for (i, value) in targets.enumerated() where !value.isFinite {
      throw DescentError(
        "the target of example \(i + 1) is \(value); least squares needs finite numbers")
    }
    guard n > 0 else { return [] }

    // 1. Scale the columns: A·x = (A·D)·(D⁻¹·x), with D = diag(d) and dⱼ the power of two
    //    that brings column j's largest entry into [1, 2). A power of two scales exactly,
    //    and scaling keeps a feature measured in large units (square feet rather than
    //    thousands) from looking like a dependence. The condition number is that of A·D.
    var a = design  // A·D, then R on and above its diagonal: (m × n), row-major
    var d = [Double](repeating: 1, count: n)
    for j in 0..<n {
      var largest = 0.0
      for i in 0..<m { largest = max(largest, abs(a[i * n + j])) }
      guard largest > 0 else {
        throw DescentError(
          "feature \(j + 1) is 0 in every example, so its weight could be anything; remove "
            + "it")
      }
      d[j] = Double(sign: .plus, exponent: -largest.exponent, significand: 1)
      for i in 0..<m { a[i * n + j] *= d[j] }
    }

    // 2. Householder QR with column pivoting (Businger and Golub, 1965; Golub and Van Loan,
    //    "Matrix Computations", §5.4.2):  (A·D)·P = Q·R.
    //    At step k, swap into column k the remaining column whose rows k… are longest, then
    //    pick a reflection H = I − τ·v·vᵀ that maps x = (rows k… of column k) to β·e₁ with
    //    |β| = ‖x‖, as LAPACK's dlarfg does:
    //      β = −sign(x₀)·‖x‖   (opposite to x₀, so x₀ − β never cancels)
    //      v = (1, x₁/(x₀ − β), x₂/(x₀ − β), …),   τ = (β − x₀)/β
    //    and apply H to the columns right of k and to y. H is orthogonal, so ‖A·x − y‖ is
    //    unchanged; after n steps A·D·P = Q·R, with R upper triangular, and y holds Qᵀ·y.
    //    Pivoting makes |R₀₀| ≥ |R₁₁| ≥ … ≥ |Rₙ₋₁,ₙ₋₁|.
    var qty = targets  // y, then Qᵀ·y: (m)
    var permutation = Array(0..<n)  // column k of R is original column permutation[k]
    var v = [Double](repeating: 0, count: m)  // the reflection's vector, rows k…
    for k in 0..<n {
      var pivot = k
      var norm = -1.0
      for j in k..<n {
        let candidate = columnNorm(a, m, n, column: j, fromRow: k)
        if candidate > norm { (pivot, norm) = (j, candidate) }
      }
      if pivot != k {
        for i in 0..<m { a.swapAt(i * n + k, i * n + pivot) }
        permutation.swapAt(k, pivot)
      }
      // Every remaining column is 0 below row k: R's diagonal is 0 from here on.
      guard norm > 0 else { break }

      let x0 = a[k * n + k]
      let beta = x0 >= 0 ? -norm : norm
      let tau = (beta - x0) / beta
      let scale = 1 / (x0 - beta)
      v[k] = 1
      for i in (k + 1)..<m { v[i] = a[i * n + k] * scale }
      a[k * n + k] = beta
      for i in (k + 1)..<m { a[i * n + k] = 0 }

      // c ← H·c = c − τ·(vᵀc)·v, for each column c right of k, and for y.
      for j in (k + 1)..<n {
        var w = 0.0
        for i in k..<m { w += v[i] * a[i * n + j] }
        for i in k..<m { a[i * n + j] -= tau * w * v[i] }
      }
      var w = 0.0
      for i in k..<m { w += v[i] * qty[i] }
      for i in k..<m { qty[i] -= tau * w * v[i] }
    }

    // 3. Rank and conditioning, from R's diagonal, which pivoting sorts by size:
    //      κ ≈ |R₀₀| / |Rₙ₋₁,ₙ₋₁|   (the condition number of A·D, to within a modest factor)
    //    If |Rₖₖ| ≤ tolerance·|R₀₀|, column k of A·D·P is, to that accuracy, a combination
    //    of the columns before it, and every column after k is too.
    //    - tolerance = max(m, n)·ε (LAPACK's rank tolerance): dependent to working
    //      precision; min ‖A·x − y‖ has infinitely many minimizers.
    //    - tolerance = 1/maximumConditionNumber: nearly dependent; a unique minimizer, but
    //      one that rounding errors in the data would change beyond recognition.
    let r00 = abs(a[0])
    let diagonal = (0..<n).map { abs(a[$0 * n + $0]) }
    let roundingTolerance = Double(max(m, n)) * Double.ulpOfOne
    if let rank = diagonal.firstIndex(where: { $0 <= roundingTolerance * r00 }) {
      throw DescentError(
        "the features are linearly dependent: feature \(permutation[rank] + 1) is a "
          + "combination of \(featureList(permutation[..<rank].sorted())), so the "
          + "least-squares solution is not unique; remove one of these features")
    }
    if let rank = diagonal.firstIndex(where: { $0 * maximumConditionNumber <= r00 }) {
      // Every |Rₖₖ| > roundingTolerance·|R₀₀| > 0 here, so κ is finite.
      let condition = r00 / diagonal[n - 1]
      throw DescentError(
        "the features are nearly linearly dependent: feature \(permutation[rank] + 1) is "
          + "almost a combination of \(featureList(permutation[..<rank].sorted())) "
          + "(condition number about \(condition.formatted(significantDigits: 1))), so rounding "
          + "errors would swamp the least-squares solution; normalize the features or remove "
          + "a redundant one")
    }

    // 4. Back substitution. With z = Pᵀ·D⁻¹·x:
    //      ‖A·x − y‖² = ‖R·z − (Qᵀy)₀…ₙ₋₁‖² + ‖(Qᵀy)ₙ…ₘ₋₁‖²,
    //    least when R·z = (Qᵀy)₀…ₙ₋₁, solved from the last row up:
    //      zₖ = ((Qᵀy)ₖ − Σⱼ₌ₖ₊₁…ₙ₋₁ Rₖⱼ·zⱼ) / Rₖₖ
    //    and then x = D·P·z.
    var z = [Double](repeating: 0, count: n)
    for k in stride(from: n - 1, through: 0, by: -1) {
      var sum = qty[k]
      for j in (k + 1)..<n { sum -= a[k * n + j] * z[j] }
      z[k] = sum / a[k * n + k]
    }
    var solution = [Double](repeating: 0, count: n)
    for k in 0..<n { solution[permutation[k]] = z[k] * d[permutation[k]] }

    guard solution.allSatisfy(\.isFinite) else {
      throw DescentError(
        "the least-squares solution is too large to represent as a number; rescale the "
          + "targets or normalize the features")
    }
    return solution
  }

  /// ‖(rows `fromRow`… of column `column`)‖ of the (m × n) row-major matrix `a`, scaled by
  /// its largest entry so that squaring neither overflows nor underflows.
  private static func columnNorm(
    _ a: [Double], _ m: Int, _ n: Int, column j: Int, fromRow start: Int
  ) -> Double {
    var largest = 0.0
    for i in start..<m { largest = max(largest, abs(a[i * n + j])) }
    guard largest > 0 else { return 0 }
    // ‖c‖ = s·√(Σ (cᵢ/s)²) with s = maxᵢ |cᵢ|.
    var sum = 0.0
    for i in start..<m {
      let scaled = a[i * n + j] / largest
      sum += scaled * scaled
    }
    return largest * sum.squareRoot()
  }

  /// "feature 1", "features 1 and 3", "features 1, 3 and 4" for 0-based `columns`.
  private static func featureList(_ columns: [Int]) -> String {
    let names = columns.map { String($0 + 1) }
    guard let last = names.last else { return "no other feature" }
    if names.count == 1 { return "feature \(last)" }
    return "features " + names.dropLast().joined(separator: ", ") + " and \(last)"
  }
}
