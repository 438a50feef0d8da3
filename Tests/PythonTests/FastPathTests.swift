import Python
import Testing

/// The interpreter's quick ways through common work (arithmetic of an array with a number
/// or an array of its shape, `sum` of a vector, the module's name table) give what the
/// general paths and CPython with numpy give.
@Suite struct FastPathTests {
  private func output(_ source: String) throws -> String {
    let python = Interpreter()
    try python.run(source)
    return python.output
  }

  @Test func sumOfVectorsAddsLeftToRightFromZero() throws {
    let source = """
      import numpy as np
      X = np.array([1, 2, 3, 4, 5])
      F = np.array([0.1, 0.2, 0.3])
      B = np.array([True, False, True])
      E = np.array([])
      print(repr(sum(X)), repr(sum(F)), repr(sum(B)), repr(sum(E)), repr(sum(X[::2])), repr(sum(F, 1)))
      M = np.array([[1, 2], [3, 4]])
      print(repr(sum(M)), repr(sum(M.T[0])))
      """
    // As CPython 3.11 with numpy prints them.
    #expect(
      try output(source) == """
        np.int64(15) np.float64(0.6000000000000001) np.int64(2) 0 np.int64(9) np.float64(1.6)
        array([4, 6]) np.int64(4)

        """)
  }

  @Test func arraysWithNumbersAndArraysOfOneShape() throws {
    let source = """
      import numpy as np
      X = np.array([1, 2, 3, 4, 5])
      F = np.array([0.1, 0.2, 0.3])
      B = np.array([True, False, True])
      print(repr(2 * X), repr(X * 0.5), repr(1 / X), repr(X - True), repr(B + 1), repr(X // 2))
      print(repr(X + X), repr(X * F[0]), repr(X[1:4] - F), repr(np.float64(2.5) * X), repr(-X + np.int64(3)))
      """
    // As CPython 3.11 with numpy prints them.
    #expect(
      try output(source) == """
        array([ 2,  4,  6,  8, 10]) array([0.5, 1. , 1.5, 2. , 2.5]) array([1.        , 0.5       , 0.33333333, 0.25      , 0.2       ]) array([0, 1, 2, 3, 4]) array([2, 1, 2]) array([0, 1, 1, 2, 2])
        array([ 2,  4,  6,  8, 10]) array([0.1, 0.2, 0.3, 0.4, 0.5]) array([1.9, 2.8, 3.7]) array([ 2.5,  5. ,  7.5, 10. , 12.5]) array([ 2,  1,  0, -1, -2])

        """)
  }

  @Test func exampleOneEndsWithCPythonsParameters() throws {
    let source = """
      import numpy as np
      X = np.array([1, 2, 3, 4, 5])
      Y = np.array([150, 300, 450, 600, 750])
      m = 0
      c = 0
      L = 0.01
      epochs = 1000
      n = float(len(X))
      for i in range(epochs):
          Y_pred = m*X + c
          D_m = (-2/n) * sum(X * (Y - Y_pred))
          D_c = (-2/n) * sum(Y - Y_pred)
          m = m - L * D_m
          c = c - L * D_c
      print(repr(m), repr(c))
      """
    #expect(try output(source) == "np.float64(149.63852630039835) np.float64(1.3050347505457929)\n")
  }

  /// Many names, some deleted and bound again, as the table grows and moves entries.
  @Test func manyGlobalsSurviveGrowthAndDeletion() throws {
    let python = Interpreter()
    var source = ""
    for k in 0..<200 { source += "v\(k) = \(k)\n" }
    for k in stride(from: 0, to: 200, by: 3) { source += "del v\(k)\n" }
    for k in stride(from: 0, to: 200, by: 9) { source += "v\(k) = \(k * 2)\n" }
    try python.run(source)
    let globals = python.globals
    for k in 0..<200 {
      let expected: Int?
      if k % 9 == 0 {
        expected = k * 2
      } else if k % 3 == 0 {
        expected = nil
      } else {
        expected = k
      }
      let value: Int?
      if case .int(let i)? = globals["v\(k)"] { value = i } else { value = nil }
      #expect(value == expected, "v\(k)")
    }
    #expect(throws: PythonError.self) { try python.run("print(v3)\n") }
    try python.run("print(v1 + v9 + v199)\n")
    #expect(python.output == "218\n")
  }
}
