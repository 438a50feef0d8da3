import Foundation
import Interchange
import Testing
import Tutor

// numpy's spellings: `np.sum(x)`, `axis=`, methods such as `x.sum(axis=0)` and `a.dot(b)`,
// and `np.maximum(a, b)`. The values in Fixtures/Numpy/reductions.json come from numpy
// itself (reductions.py beside it says how it was run); the rest are worked by hand in the
// comments. Columns are counted by hand from 1.

/// The numpy fixture: its variables, and each line with numpy's value for it.
struct NumpyFixture {
  /// One line of the language and numpy's result for the code it stands for.
  struct Case: Sendable, CustomTestStringConvertible {
    var line: String
    var numpy: String
    var value: Value
    var testDescription: String { line }
  }

  var variables: VariableTable
  var cases: [Case]

  /// Reads Fixtures/Numpy/reductions.json; nil if it is missing or malformed.
  static let shared: NumpyFixture? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Numpy/reductions.json")
    guard let text = try? String(contentsOf: url, encoding: .utf8),
      let json = try? JSONValue.parse(text, source: "reductions.json"),
      let variables = json["variables"]?.objectMembers,
      let cases = json["cases"]?.arrayValue
    else { return nil }
    var table: VariableTable = [:]
    for member in variables {
      guard let value = value(member.value) else { return nil }
      table.values[member.key] = value
    }
    var read: [Case] = []
    for item in cases {
      guard let line = item["line"]?.stringValue, let numpy = item["numpy"]?.stringValue,
        let value = item["value"].flatMap(value)
      else { return nil }
      read.append(Case(line: line, numpy: numpy, value: value))
    }
    return NumpyFixture(variables: table, cases: read)
  }()

  /// `{"shape": [2, 3], "elements": […]}` as a value.
  private static func value(_ json: JSONValue) -> Value? {
    guard let shape = json["shape"]?.arrayValue?.compactMap(\.numberValue).map({ Int($0) }),
      let elements = json["elements"]?.arrayValue?.compactMap(\.numberValue)
    else { return nil }
    switch shape.count {
    case 0: return elements.first.map(Value.number)
    case 1: return .vector(elements)
    case 2: return .matrix(rows: shape[0], columns: shape[1], elements)
    default: return nil
    }
  }
}

@Suite struct ExpressionNumpyTests {
  /// A 3×2 matrix, a 2×3 matrix, a vector and a number to reduce.
  let table: VariableTable = [
    "W": .matrix(rows: 3, columns: 2, [1, 2, 3, 4, 5, 6]),
    "M": .matrix(rows: 2, columns: 3, [2, -1, 7, 0.5, 3, -4]),
    "v": .vector([3, -1, 4, 1, 5]),
    "s": .number(2.5),
  ]

  // MARK: - Against numpy

  @Test func theFixtureHoldsEveryCase() throws {
    let fixture = try #require(NumpyFixture.shared)
    #expect(fixture.cases.count == 64)
    #expect(fixture.variables.values.count == 9)
  }

  @Test(arguments: NumpyFixture.shared?.cases ?? [])
  func everySpellingGivesNumpysValue(_ item: NumpyFixture.Case) throws {
    let fixture = try #require(NumpyFixture.shared)
    #expect(try evaluated(item.line, in: fixture.variables) == item.value, "numpy: \(item.numpy)")
  }

  // MARK: - The course's gradient

  @Test func npSumIsSumOnTheCoursesData() throws {
    // At m = 0.5, c = 1: Σ x (y − (0.5x + 1)) = 8207.5, so D_m = −0.4 · 8207.5 = −3283 (as
    // ExpressionCourseTests works out by hand).
    var table = courseTable(m: 0.5, c: 1)
    _ = try Evaluator.evaluate("Y_pred = m*X + c", in: &table)
    let bare = try evaluated("sum(X*(Y - Y_pred))", in: table)
    #expect(bare == .number(8207.5))
    for line in [
      "np.sum(X*(Y - Y_pred))", "numpy.sum(X*(Y - Y_pred))", "(X*(Y - Y_pred)).sum()",
      "np.sum(X*(Y - Y_pred), axis=0)", "(X*(Y - Y_pred)).sum(axis=-1)",
    ] {
      #expect(try evaluated(line, in: table) == bare, "\(line)")
    }
    #expect(try evaluated("(-2/n) * np.sum(X*(Y - Y_pred))", in: table) == .number(-3283))
    #expect(try evaluated("X.dot(Y - Y_pred)", in: table) == bare)
  }

  @Test func aThousandEpochsSpelledWithNpSumMatchTheBareLoopBitForBit() throws {
    let bare = [
      "Y_pred = m*X + c", "D_m = (-2/n) * sum(X * (Y - Y_pred))", "D_c = (-2/n) * sum(Y - Y_pred)",
      "m = m - L * D_m", "c = c - L * D_c",
    ]
    let numpy = [
      "Y_pred = m*X + c", "D_m = (-2/n) * np.sum(X * (Y - Y_pred))",
      "D_c = (-2/n) * (Y - Y_pred).sum()", "m = m - L * D_m", "c = c - L * D_c",
    ]
    var plain = courseTable(m: 0, c: 0)
    var spelled = courseTable(m: 0, c: 0)
    for _ in 0..<1000 {
      for line in bare { _ = try Evaluator.evaluate(line, in: &plain) }
      for line in numpy { _ = try Evaluator.evaluate(line, in: &spelled) }
    }
    #expect(spelled.values["m"] == plain.values["m"])
    #expect(spelled.values["c"] == plain.values["c"])
    #expect(spelled.values["D_m"] == plain.values["D_m"])
  }

  // MARK: - Axes by hand

  @Test func axisZeroOfAMatrixGivesEachColumnsResult() throws {
    // W = [[1, 2], [3, 4], [5, 6]]: columns 1 + 3 + 5 = 9 and 2 + 4 + 6 = 12.
    #expect(try evaluated("sum(W, axis=0)", in: table) == .vector([9, 12]))
    #expect(try evaluated("W.mean(axis=0)", in: table) == .vector([3, 4]))
    #expect(try evaluated("W.max(axis=0)", in: table) == .vector([5, 6]))
    #expect(try evaluated("np.min(W, axis=-2)", in: table) == .vector([1, 2]))
  }

  @Test func axisOneOfAMatrixGivesEachRowsResult() throws {
    // Rows of W: 1 + 2 = 3, 3 + 4 = 7, 5 + 6 = 11.
    #expect(try evaluated("sum(W, axis=1)", in: table) == .vector([3, 7, 11]))
    #expect(try evaluated("W.mean(axis=1)", in: table) == .vector([1.5, 3.5, 5.5]))
    #expect(try evaluated("np.max(W, axis=-1)", in: table) == .vector([2, 4, 6]))
    // M = [[2, -1, 7], [0.5, 3, -4]]: row sums 8 and -0.5, each over 3 for the mean.
    #expect(try evaluated("M.mean(1)", in: table) == .vector([8.0 / 3, -0.5 / 3]))
    #expect(try evaluated("M.min(axis=1)", in: table) == .vector([-1, -4]))
  }

  @Test func aVectorsOneAxisReducesItWhole() throws {
    // v = [3, -1, 4, 1, 5]: sum 12, mean 2.4, max 5, min -1.
    for line in ["sum(v)", "sum(v, axis=0)", "v.sum(0)", "np.sum(v, -1)", "v.sum()"] {
      #expect(try evaluated(line, in: table) == .number(12), "\(line)")
    }
    #expect(try evaluated("v.mean(axis=0)", in: table) == .number(12.0 / 5))
    #expect(try evaluated("v.max(axis=-1)", in: table) == .number(5))
    #expect(try evaluated("min(v, axis=0)", in: table) == .number(-1))
  }

  @Test func aNumberTakesAxisZeroOrMinusOneAsNumpyAllows() throws {
    #expect(try evaluated("np.sum(s, axis=0)", in: table) == .number(2.5))
    #expect(try evaluated("s.max(-1)", in: table) == .number(2.5))
  }

  @Test func withoutAnAxisEverythingReducesToANumber() throws {
    #expect(try evaluated("W.sum()", in: table) == .number(21))
    #expect(try evaluated("np.sum(W)", in: table) == .number(21))
    #expect(try evaluated("M.max()", in: table) == .number(7))
    #expect(try evaluated("M.min()", in: table) == .number(-4))
    // (2 − 1 + 7 + 0.5 + 3 − 4) / 6 = 7.5 / 6 = 1.25
    #expect(try evaluated("M.mean()", in: table) == .number(1.25))
  }

  @Test func emptyLanesFollowNumpy() throws {
    // [[]] is 1×0: no columns along axis 0, one empty row along axis 1.
    #expect(try evaluated("np.sum([[]], axis=0)") == .vector([]))
    #expect(try evaluated("np.sum([[]], axis=1)") == .vector([0]))
    #expect(isAllNaN(try evaluated("np.mean([[]], axis=1)")))
    #expect(try evaluated("np.max([[]], axis=0)") == .vector([]))
    #expect(
      renderedError("np.max([[]], axis=1)") == """
        np.max([[]], axis=1)
        ^~~~~~ max along axis 1 of a 1×0 matrix has no value: there are no elements to compare
        """)
  }

  @Test func sumsAlongAnAxisAddInOrderFromZero() throws {
    // Down each column: 0 + 1e16 + 1 loses the 1, 0 + 1e16 − 1e16 + 1 keeps it.
    #expect(
      try evaluated("np.sum([[1e16, 1e16], [1, -1e16], [-1e16, 1]], axis=0)")
        == .vector([0, 1]))
  }

  @Test func methodsApplyToAnyExpressionAndChain() throws {
    // (W·2).sum(axis=0) = [18, 24]; its max is 24; −W.sum() is −(21), as the method binds
    // tighter than the minus.
    #expect(try evaluated("(W*2).sum(axis=0)", in: table) == .vector([18, 24]))
    #expect(try evaluated("(W*2).sum(axis=0).max()", in: table) == .number(24))
    #expect(try evaluated("-W.sum()", in: table) == .number(-21))
    #expect(try evaluated("W.T.sum(axis=1)", in: table) == .vector([9, 12]))
    #expect(try evaluated("sum(W, axis=0).T", in: table) == .vector([9, 12]))
    #expect(try evaluated("[1, 2, 3].sum()") == .number(6))
  }

  @Test func theAxisCanBeAnyExpressionThatIsAWholeNumber() throws {
    var table = table
    table.values["k"] = .number(1)
    #expect(try evaluated("W.sum(axis=k)", in: table) == .vector([3, 7, 11]))
    #expect(try evaluated("np.sum(W, k - 1)", in: table) == .vector([9, 12]))
  }

  // MARK: - dot, maximum, minimum

  @Test func theDotMethodIsDot() throws {
    // W·[1, −1] = [1 − 2, 3 − 4, 5 − 6] = [−1, −1, −1]; v·v = 9 + 1 + 16 + 1 + 25 = 52.
    #expect(try evaluated("W.dot([1, -1])", in: table) == .vector([-1, -1, -1]))
    #expect(try evaluated("v.dot(v)", in: table) == .number(52))
    #expect(try evaluated("v.dot(v)", in: table) == evaluated("dot(v, v)", in: table))
    #expect(try evaluated("np.dot(W.T, W)", in: table) == evaluated("W.T.dot(W)", in: table))
  }

  @Test func maximumAndMinimumAreElementWise() throws {
    #expect(try evaluated("np.maximum(v, 2)", in: table) == .vector([3, 2, 4, 2, 5]))
    #expect(try evaluated("np.minimum(v, 2)", in: table) == .vector([2, -1, 2, 1, 2]))
    #expect(try evaluated("max(v, 2)", in: table) == .vector([3, 2, 4, 2, 5]))
    #expect(try evaluated("np.maximum(0, [-1, 1])") == .vector([0, 1]))
  }

  @Test func theOtherFunctionsTakeThePrefix() throws {
    #expect(try evaluated("np.abs(v)", in: table) == .vector([3, 1, 4, 1, 5]))
    #expect(try evaluated("np.sqrt([4, 9])") == .vector([2, 3]))
    #expect(try evaluated("numpy.exp(0) + np.log(1) + np.tanh(0)") == .number(1))
    #expect(
      try evaluated("np.outer([1, 2], [3, 4])") == .matrix(rows: 2, columns: 2, [3, 4, 6, 8]))
  }

  @Test func bareSumIsUnchanged() throws {
    #expect(try evaluated("sum(W)", in: table) == .number(21))
    #expect(try evaluated("sum([1e16, 1, -1e16])") == .number(0))
    #expect(
      renderedError("sum(W, 0)", in: table) == """
        sum(W, 0)
        ^~~ sum takes one argument, as in sum(x), but this call has 2
        """)
  }

  @Test func bothPowerSpellingsStillWork() throws {
    #expect(try evaluated("2 ** 3") == .number(8))
    #expect(try evaluated("2 ^ 3") == .number(8))
    #expect(try evaluated("np.sum([1, 2] ** 2) ^ 0.5") == evaluated("5 ** 0.5"))
  }

  // MARK: - Names

  @Test func calledFunctionsHoldsBareNamesForEverySpelling() throws {
    let gradient = try Statement.parse("D_m = (-2/n) * np.sum(X*(Y - Y_pred))")
    #expect(gradient.calledFunctions == ["sum"])
    #expect(gradient.referencedNames == ["n", "X", "Y", "Y_pred"])

    let methods = try Statement.parse("d1.sum(axis=0) + a.dot(b) + W.T.max()")
    #expect(methods.calledFunctions == ["sum", "dot", "max"])
    #expect(methods.referencedNames == ["d1", "a", "b", "W"])

    let mixed = try Statement.parse("np.maximum(0, z) + min(a, b) + mean(exp(w), axis=1)")
    #expect(mixed.calledFunctions == ["max", "min", "mean", "exp"])
    #expect(mixed.referencedNames == ["z", "a", "b", "w"])

    #expect(try Statement.parse("sum(x) + numpy.sum(y) + z.sum()").calledFunctions == ["sum"])
    #expect(try Statement.parse("2 * x.T").calledFunctions.isEmpty)
  }

  @Test func theAxisKeywordIsNotAReferencedName() throws {
    #expect(try Statement.parse("sum(W, axis=0)").referencedNames == ["W"])
    #expect(try Statement.parse("W.mean(axis=-1)").referencedNames == ["W"])
    // A variable called axis, read as the value, is a name like any other.
    #expect(try Statement.parse("np.sum(W, axis=axis)").referencedNames == ["W", "axis"])
  }

  // MARK: - Errors

  @Test func anAxisOutOfRangeIsNamedAtTheAxis() {
    #expect(
      renderedError("np.sum(W, axis=2)", in: table) == """
        np.sum(W, axis=2)
                  ^~~~~~ axis 2 is out of range for a matrix; its axes are 0 and 1, or -2 and -1
        """)
    #expect(
      renderedError("W.sum(-3)", in: table) == """
        W.sum(-3)
              ^~ axis -3 is out of range for a matrix; its axes are 0 and 1, or -2 and -1
        """)
    #expect(
      renderedError("v.mean(axis=1)", in: table) == """
        v.mean(axis=1)
               ^~~~~~ axis 1 is out of range for a vector; its one axis is 0, or -1
        """)
    #expect(
      renderedError("sum(s, axis=1)", in: table) == """
        sum(s, axis=1)
               ^~~~~~ axis 1 is out of range for a number; it takes only axis 0 or -1, which \
        change nothing
        """)
  }

  @Test func anAxisMustBeAWholeNumber() {
    #expect(
      renderedError("W.sum(axis=0.5)", in: table) == """
        W.sum(axis=0.5)
              ^~~~~~~~ the axis must be a whole number, such as 0 or 1, not 0.5
        """)
    #expect(
      renderedError("np.max(v, [1, 2])", in: table) == """
        np.max(v, [1, 2])
                  ^~~~~~ the axis must be a single whole number, such as 0 or 1, not a vector \
        of 2; to compare two arrays element by element, write np.maximum(a, b)
        """)
  }

  @Test func keywordsOtherThanAxisAreRefused() {
    #expect(
      renderedError("sum(W, keepdims=1)", in: table) == """
        sum(W, keepdims=1)
               ^~~~~~~~~ sum takes axis= only, as in sum(x, axis=0); 'keepdims=…' isn't supported
        """)
    #expect(
      renderedError("exp(W, axis=0)", in: table) == """
        exp(W, axis=0)
               ^~~~~ exp takes no keyword arguments such as 'axis=…'; call it as exp(x)
        """)
    #expect(
      renderedError("np.maximum(v, 2, axis=0)", in: table) == """
        np.maximum(v, 2, axis=0)
                         ^~~~~ np.maximum takes no keyword arguments such as 'axis=…'; call it \
        as np.maximum(a, b)
        """)
    #expect(
      renderedError("W.sum(axis=None)", in: table) == """
        W.sum(axis=None)
              ^~~~~~~~~ axis=None is the default: leave axis out to reduce every element, as \
        in x.sum()
        """)
  }

  @Test func anAxisGivenTwiceOrInTheWrongPlaceIsAnError() {
    #expect(
      renderedError("sum(W, axis=0, axis=1)", in: table) == """
        sum(W, axis=0, axis=1)
                       ^~~~~ axis is given twice; keep one
        """)
    #expect(
      renderedError("np.sum(W, 0, axis=1)", in: table) == """
        np.sum(W, 0, axis=1)
                     ^~~~~~ the axis is given twice: as an argument and as axis=…; keep one
        """)
    #expect(
      renderedError("sum(axis=0, W)", in: table) == """
        sum(axis=0, W)
                    ^ arguments go before axis=…, as in sum(x, axis=0)
        """)
    #expect(
      renderedError("max(v, 2, axis=0)", in: table) == """
        max(v, 2, axis=0)
                  ^~~~~~ max(a, b) compares two values element by element and takes no axis; \
        for one array along an axis, write max(x, axis=0)
        """)
  }

  @Test func argumentCountsAreCheckedForEachSpelling() {
    #expect(
      renderedError("np.sum(W, 1, 2)", in: table) == """
        np.sum(W, 1, 2)
        ^~~~~~ np.sum takes one or two arguments, as in np.sum(x) or np.sum(x, axis=0), but \
        this call has 3
        """)
    #expect(
      renderedError("W.sum(0, 1)", in: table) == """
        W.sum(0, 1)
         ^~~~ .sum() takes at most one argument, as in x.sum() or x.sum(axis=0), but this \
        call has 2
        """)
    #expect(
      renderedError("v.dot()", in: table) == """
        v.dot()
         ^~~~ .dot() takes one argument, as in a.dot(b), but this call has none
        """)
    #expect(
      renderedError("np.maximum(v)", in: table) == """
        np.maximum(v)
        ^~~~~~~~~~ np.maximum takes two arguments, as in np.maximum(a, b), but this call has 1
        """)
    #expect(
      renderedError("sum(axis=0)", in: table) == """
        sum(axis=0)
        ^~~ sum takes one argument, as in sum(x), but this call has none
        """)
  }

  @Test func anUnknownMethodListsTheMethods() {
    #expect(
      renderedError("W.shape", in: table) == """
        W.shape
         ^~~~~~ '.shape' isn't supported; arrays here have .sum, .mean, .max, .min, .dot and .T
        """)
    #expect(
      renderedError("W.exp()", in: table) == """
        W.exp()
         ^~~~ '.exp' isn't a method here; call exp(x) instead. Arrays here have .sum, .mean, \
        .max, .min, .dot and .T
        """)
    #expect(
      renderedError("W.sum + 1", in: table) == """
        W.sum + 1
         ^~~~ '.sum' is a method; call it, as in x.sum() or x.sum(axis=0)
        """)
  }

  @Test func npBeforeSomethingUnsupportedSaysWhatIsAvailable() {
    #expect(
      renderedError("np.sigmoid(v)", in: table) == """
        np.sigmoid(v)
        ^~~~~~~~~~ numpy has no 'np.sigmoid'; it is built in here: write sigmoid(x)
        """)
    #expect(
      renderedError("np.linspace(0, 1)") == """
        np.linspace(0, 1)
        ^~~~~~~~~~~ 'np.linspace' isn't available; np. can come before sum, mean, exp, log, \
        sqrt, abs, tanh, dot, min, max, maximum, minimum and outer
        """)
    #expect(
      renderedError("np.summ(v)", in: table) == """
        np.summ(v)
        ^~~~~~~ 'np.summ' isn't available; did you mean 'np.sum'? np. can come before sum, \
        mean, exp, log, sqrt, abs, tanh, dot, min, max, maximum, minimum and outer
        """)
    #expect(
      renderedError("np.sum + 1") == """
        np.sum + 1
        ^~~~~~ 'np.sum' is a function; call it as np.sum(x) or np.sum(x, axis=0)
        """)
    #expect(
      renderedError("np.(v)", in: table) == """
        np.(v)
           ^ expected a function after 'np.', as in np.sum(x)
        """)
  }
}
