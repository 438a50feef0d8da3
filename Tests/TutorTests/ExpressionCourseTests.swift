import Testing
import Tutor

// The course's example 1, typed as the course writes it:
//
//     Y_pred = m*X + c
//     D_m = (-2/n) * sum(X * (Y - Y_pred))
//     D_c = (-2/n) * sum(Y - Y_pred)
//     m = m - L * D_m
//     c = c - L * D_c
//
// on X = 1…5, Y = 150·X, n = 5, L = 0.01.

@Suite struct ExpressionCourseTests {
  @Test func theGradientsAtHalfAndOneMatchAHandCalculation() throws {
    var table = courseTable(m: 0.5, c: 1)
    _ = try Evaluator.evaluate("Y_pred = m*X + c", in: &table)
    let dm = try Evaluator.evaluate("D_m = (-2/n) * sum(X * (Y - Y_pred))", in: &table)
    let dc = try Evaluator.evaluate("D_c = (-2/n) * sum(Y - Y_pred)", in: &table)

    // D_m = (−2/5) · Σ x (y − (0.5x + 1)), summed from 0 in order as Python's sum does:
    // 148.5 + 596 + 1342.5 + 2388 + 3732.5 = 8207.5, and −0.4 · 8207.5 = −3283.
    var xResiduals = 0.0
    var residuals = 0.0
    for k in 1...5 {
      let x = Double(k)
      let residual = 150 * x - (0.5 * x + 1)
      xResiduals += x * residual
      residuals += residual
    }
    #expect(xResiduals == 8207.5)
    #expect(dm == .number((-2.0 / 5.0) * xResiduals))
    #expect(dm == .number(-3283))
    // D_c = (−2/5) · (148.5 + 298 + 447.5 + 597 + 746.5) = −0.4 · 2237.5 = −895.
    #expect(residuals == 2237.5)
    #expect(dc == .number((-2.0 / 5.0) * residuals))
    #expect(dc == .number(-895))
    #expect(table.values["D_m"] == dm)
    #expect(table.values["D_c"] == dc)
  }

  @Test func oneDescentStepByHandMovesTheParameters() throws {
    var table = courseTable(m: 0, c: 0)
    for line in [
      "Y_pred = m*X + c", "D_m = (-2/n) * sum(X * (Y - Y_pred))", "D_c = (-2/n) * sum(Y - Y_pred)",
      "m = m - L * D_m", "c = c - L * D_c",
    ] {
      _ = try Evaluator.evaluate(line, in: &table)
    }
    // From m = c = 0: D_m = −0.4 · Σ x·150x = −0.4 · 8250 = −3300, D_c = −0.4 · 2250 = −900,
    // so m = 0 − 0.01 · (−3300) = 33 and c = 0 − 0.01 · (−900) = 9.
    #expect(table.values["D_m"] == .number(-3300))
    #expect(table.values["D_c"] == .number(-900))
    #expect(table.values["m"] == .number(0 - 0.01 * -3300.0))
    #expect(table.values["m"] == .number(33))
    #expect(table.values["c"] == .number(9))
  }

  @Test func theLossAtZeroIsTheCoursesFirstLoss() throws {
    // mean((150x)²) = 22500 · (1 + 4 + 9 + 16 + 25) / 5 = 247500
    let table = courseTable(m: 0, c: 0)
    let loss = try evaluated("mean((Y - (m*X + c))**2)", in: table)
    #expect(loss == .number(247_500))
    #expect(loss.formatted == "247500")
  }

  @Test func nIsTheFloatOfLenX() throws {
    #expect(try evaluated("n = float(len(X))", in: courseTable(m: 0, c: 0)) == .number(5))
  }

  @Test func aThousandEpochsReproduceTheCoursesLoopBitForBit() throws {
    let lines = [
      "Y_pred = m*X + c", "D_m = (-2/n) * sum(X * (Y - Y_pred))", "D_c = (-2/n) * sum(Y - Y_pred)",
      "m = m - L * D_m", "c = c - L * D_c",
    ]
    let statements = try lines.map { line throws(ExpressionError) in try Statement.parse(line) }
    var table = courseTable(m: 0, c: 0)
    for _ in 0..<1000 {
      for statement in statements { _ = try Evaluator.evaluate(statement, in: &table) }
    }

    // The same loop written out in Swift with numpy's operation order.
    let xs: [Double] = [1, 2, 3, 4, 5]
    let ys: [Double] = [150, 300, 450, 600, 750]
    let n = 5.0
    var m = 0.0
    var c = 0.0
    for _ in 0..<1000 {
      let predictions = xs.map { m * $0 + c }
      var xResiduals = 0.0
      var residuals = 0.0
      for i in 0..<5 {
        xResiduals += xs[i] * (ys[i] - predictions[i])
        residuals += ys[i] - predictions[i]
      }
      let dm = (-2 / n) * xResiduals
      let dc = (-2 / n) * residuals
      m = m - 0.01 * dm
      c = c - 0.01 * dc
    }
    #expect(table.values["m"] == .number(m))
    #expect(table.values["c"] == .number(c))
  }
}
