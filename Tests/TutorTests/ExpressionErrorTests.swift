import Testing
import Tutor

// Every error as the student sees it: the line, a caret line under the culprit, the
// sentence. Columns are counted by hand from 1.

@Suite struct ExpressionErrorTests {
  let course: VariableTable = [
    "X": .vector([1, 2, 3, 4, 5]),
    "Y": .vector([150, 300, 450, 600, 750]),
    "Y_pred": .vector([1, 2, 3, 4, 5]),
    "n": .number(5),
    "W": .matrix(rows: 3, columns: 2, [1, 2, 3, 4, 5, 6]),
  ]

  // MARK: - Characters and numbers

  @Test func anUnexpectedCharacterIsShown() {
    #expect(
      renderedError("2 $ 3") == """
        2 $ 3
          ^ unexpected character '$'
        """)
  }

  @Test func lookAlikeCharactersSuggestTheRightOne() {
    #expect(
      renderedError("2 − 1") == """
        2 − 1
          ^ unexpected character '−'; type '-' for minus
        """)
    #expect(
      renderedError("2 × 3") == """
        2 × 3
          ^ unexpected character '×'; type '*' to multiply
        """)
    #expect(
      renderedError("x²") == """
        x²
         ^ unexpected character '²'; type '**2' for a square
        """)
  }

  @Test func aControlCharacterIsNamedAndNotEchoed() {
    #expect(
      renderedError("1 + \u{1B}[31m") == """
        1 + �[31m
            ^ unexpected control character U+001B
        """)
  }

  @Test func anInvisibleCharacterIsNamedAndNotEchoed() {
    #expect(
      renderedError("1 +\u{202E} 2") == """
        1 +� 2
           ^ unexpected invisible character U+202E
        """)
  }

  @Test func pythonOperatorsThatAreNotHereSayWhatToWrite() {
    #expect(
      renderedError("a && b") == """
        a && b
          ^~ unexpected '&'; write 'and'
        """)
    #expect(
      renderedError("!a") == """
        !a
        ^ unexpected '!'; write 'not x' for logical not, or '!=' for 'not equal'
        """)
    #expect(
      renderedError("7 // 2") == """
        7 // 2
          ^~ '//' (floor division) isn't supported; use '/'
        """)
    #expect(
      renderedError("7 % 2") == """
        7 % 2
          ^ '%' (remainder) isn't supported
        """)
    #expect(
      renderedError("X[1:3]", in: course) == """
        X[1:3]
           ^ slices such as 'X[1:3]' aren't supported; index one element at a time, as in X[1]
        """)
  }

  @Test func aMalformedNumberIsNamed() {
    #expect(
      renderedError("2 * 1e") == """
        2 * 1e
            ^~ '1e' is not a complete number; an exponent needs digits, as in 1e-3
        """)
    #expect(
      renderedError("1.2.3 + 1") == """
        1.2.3 + 1
        ^~~~~ '1.2.3' is not a number
        """)
  }

  // MARK: - Structure

  @Test func anEmptyLineAsksForAnExpression() {
    #expect(
      renderedError("") == """

        ^ the line is empty; type an expression such as 2 * x
        """)
    #expect(
      renderedError("   # just a comment") == """
           # just a comment
           ^ the line is empty; type an expression such as 2 * x
        """)
  }

  @Test func anUnexpectedEndPointsJustAfterTheLastToken() {
    #expect(
      renderedError("2 *") == """
        2 *
           ^ the expression ends after '*'; something is missing
        """)
    #expect(
      renderedError("m =  ")
        == "m =  \n   ^ the expression ends after '='; something is missing")
  }

  @Test func aMissingOperandNamesWhatWasFound() {
    #expect(
      renderedError("2 * )") == """
        2 * )
            ^ expected a number, a name, '(' or '[' after '*', but found ')'
        """)
    #expect(
      renderedError("* 2") == """
        * 2
        ^ the expression can't start with '*'
        """)
    #expect(
      renderedError("()") == """
        ()
        ^~ empty parentheses '()'; put an expression inside
        """)
  }

  @Test func anUnclosedBracketPointsAtItsOpener() {
    #expect(
      renderedError("sum(X * (Y - Y_pred)", in: course) == """
        sum(X * (Y - Y_pred)
           ^ this '(' is never closed
        """)
    #expect(
      renderedError("(1 + 2") == """
        (1 + 2
        ^ this '(' is never closed
        """)
    #expect(
      renderedError("[1, [2, 3]") == """
        [1, [2, 3]
        ^ this '[' is never closed
        """)
  }

  @Test func anUnmatchedCloserPointsAtItself() {
    #expect(
      renderedError("1 + 2)") == """
        1 + 2)
             ^ this ')' has no matching '('
        """)
    #expect(
      renderedError("(1 + 2]") == """
        (1 + 2]
              ^ this ']' doesn't match the '(' at column 1
        """)
  }

  @Test func aMissingOperatorIsSuspected() {
    #expect(
      renderedError("2x") == """
        2x
         ^ unexpected 'x' after '2'; is an operator such as '*' missing?
        """)
    #expect(
      renderedError("sum(X Y)", in: course) == """
        sum(X Y)
              ^ unexpected 'Y' after 'X'; is a ',' or an operator missing?
        """)
  }

  @Test func equalsOnlyAssignsAtTheStart() {
    #expect(
      renderedError("x + 1 = 3") == """
        x + 1 = 3
              ^ '=' can only follow a name at the start of the line, as in 'm = 0.5'; to compare, \
        write '=='
        """)
  }

  @Test func comparisonsDoNotChain() {
    #expect(
      renderedError("1 < 2 < 3") == """
        1 < 2 < 3
              ^ comparisons can't be chained; write 'a < b and b < c'
        """)
  }

  @Test func tuplesAreNotVectors() {
    #expect(
      renderedError("(1, 2)") == """
        (1, 2)
          ^ tuples such as '(1, 2)' aren't supported; write a vector in brackets: [1, 2]
        """)
    #expect(
      renderedError("1, 2") == """
        1, 2
         ^ unexpected ','; a vector needs brackets, as in [1, 2]
        """)
  }

  // MARK: - Names and functions

  @Test func anUnknownNameSuggestsTheClosestVariable() {
    #expect(
      renderedError("D_m = (-2/n) * sum(X * (Y - Ypred))", in: course) == """
        D_m = (-2/n) * sum(X * (Y - Ypred))
                                    ^~~~~ unknown name 'Ypred'; did you mean 'Y_pred'?
        """)
  }

  @Test func anUnknownNameInTheWrongCaseSuggestsTheRightCase() {
    #expect(
      renderedError("x + 1", in: course) == """
        x + 1
        ^ unknown name 'x'; did you mean 'X'?
        """)
  }

  @Test func swappedLettersCountAsOneEdit() {
    #expect(
      renderedError("mena(X)", in: course) == """
        mena(X)
        ^~~~ unknown function 'mena'; did you mean 'mean'? The functions are sum, mean, len, \
        exp, log, sqrt, abs, tanh, sigmoid, relu, dot, min, max, outer, float and round
        """)
    #expect(
      expressionError("Y_rped", in: course)?.message
        == "unknown name 'Y_rped'; did you mean 'Y_pred'?")
  }

  @Test func anUnknownNameFarFromAnyVariableListsThem() {
    #expect(
      renderedError("q + 1", in: course) == """
        q + 1
        ^ unknown name 'q'; the variables are W, X, Y, Y_pred, n
        """)
    #expect(
      renderedError("q + 1") == """
        q + 1
        ^ unknown name 'q'; no variables are defined yet
        """)
  }

  @Test func anUnknownFunctionListsTheFunctions() {
    #expect(
      renderedError("sigmod(X)", in: course) == """
        sigmod(X)
        ^~~~~~ unknown function 'sigmod'; did you mean 'sigmoid'? The functions are sum, mean, \
        len, exp, log, sqrt, abs, tanh, sigmoid, relu, dot, min, max, outer, float and round
        """)
    #expect(
      renderedError("softmax(X)", in: course) == """
        softmax(X)
        ^~~~~~~ unknown function 'softmax'; the functions are sum, mean, len, exp, log, sqrt, \
        abs, tanh, sigmoid, relu, dot, min, max, outer, float and round
        """)
  }

  @Test func aWrongArgumentCountNamesTheUsage() {
    #expect(
      renderedError("sum(X, Y)", in: course) == """
        sum(X, Y)
        ^~~ sum takes one argument, as in sum(x), but this call has 2
        """)
    #expect(
      renderedError("2 * outer(X)", in: course) == """
        2 * outer(X)
            ^~~~~ outer takes two arguments, as in outer(a, b), but this call has 1
        """)
    #expect(
      renderedError("min()") == """
        min()
        ^~~ min takes one or two arguments, as in min(x) or min(a, b), but this call has none
        """)
  }

  @Test func keywordArgumentsAreRefusedWhereThereIsNoAxis() {
    #expect(
      renderedError("len(X, axis=0)", in: course) == """
        len(X, axis=0)
               ^~~~~ len takes no keyword arguments such as 'axis=…'; call it as len(x)
        """)
  }

  @Test func aFunctionNameIsNotAValue() {
    #expect(
      renderedError("sum + 1") == """
        sum + 1
        ^~~ 'sum' is a function; call it as sum(x)
        """)
    #expect(
      renderedError("max = 3") == """
        max = 3
        ^~~ 'max' is a function, as in max(x) or max(a, b); choose another name for the variable
        """)
  }

  @Test func numpysArrayAndUnknownAttributesSayHowToWriteThem() {
    #expect(
      renderedError("np.array([1, 2])") == """
        np.array([1, 2])
        ^~~~~~~~ write the list itself, as in [1, 2, 3], instead of np.array(…)
        """)
    #expect(
      renderedError("X.shape", in: course) == """
        X.shape
         ^~~~~~ '.shape' isn't supported; arrays here have .sum, .mean, .max, .min, .dot and .T
        """)
  }

  // MARK: - Shapes

  @Test func aShapeMismatchNamesBothShapesAtTheOperator() {
    #expect(
      renderedError("X + [1, 2]", in: course) == """
        X + [1, 2]
          ^ '+' can't combine a vector of 5 with a vector of 2; element-wise operations need \
        vectors of the same length
        """)
    #expect(
      renderedError("W * [1, 2, 3]", in: course) == """
        W * [1, 2, 3]
          ^ '*' can't combine a 3×2 matrix with a vector of 3; a vector goes with each row of a \
        matrix, so it needs 2 numbers
        """)
    #expect(
      renderedError("W ** W.T", in: course) == """
        W ** W.T
          ^~ '**' can't combine a 3×2 matrix with a 2×3 matrix; element-wise operations need the \
        same shape, or a single row or column to repeat
        """)
  }

  @Test func aMatrixProductMismatchNamesTheInnerSizes() {
    #expect(
      renderedError("W @ X", in: course) == """
        W @ X
          ^ '@' can't multiply a 3×2 matrix by a vector of 5: the inner sizes 2 and 5 differ
        """)
    #expect(
      renderedError("n @ X", in: course) == """
        n @ X
          ^ '@' multiplies vectors and matrices, not a number; use '*' to multiply by a number
        """)
    #expect(
      renderedError("dot(W, W)", in: course) == """
        dot(W, W)
        ^~~ dot can't multiply a 3×2 matrix by a 3×2 matrix: the inner sizes 2 and 3 differ
        """)
  }

  @Test func raggedRowsPointAtTheOddRow() {
    #expect(
      renderedError("[[1, 2], [3]]") == """
        [[1, 2], [3]]
                 ^~~ the rows have different lengths: this one has 1 number, the first has 2 numbers
        """)
  }

  @Test func listsMustBeAllNumbersOrAllRows() {
    #expect(
      renderedError("[1, [2]]") == """
        [1, [2]]
            ^~~ this list mixes numbers and vectors; write all numbers, as in [1, 2], or all \
        rows, as in [[1, 2], [3, 4]]
        """)
    #expect(
      renderedError("[[[1]]]") == """
        [[[1]]]
         ^~~~~ only vectors and matrices are supported; this would need three levels of brackets
        """)
  }

  @Test func logicOnArraysIsRefused() {
    #expect(
      renderedError("X > 2 and 1", in: course) == """
        X > 2 and 1
              ^~~ 'and' needs single numbers, but its left side is a vector of 5; there is no \
        all/any here: min(x != 0) == 1 means all, max(x != 0) == 1 means any
        """)
    #expect(
      renderedError("not X", in: course) == """
        not X
        ^~~ 'not' needs single numbers, but it got a vector of 5; there is no all/any here: min(x \
        != 0) == 1 means all, max(x != 0) == 1 means any
        """)
  }

  @Test func functionArgumentsOfTheWrongShapeAreNamed() {
    #expect(
      renderedError("len(n)", in: course) == """
        len(n)
            ^ len needs a vector or a matrix, but its argument is a number
        """)
    #expect(
      renderedError("min([])") == """
        min([])
            ^~ min of a vector of 0 has no value: there are no elements
        """)
    #expect(
      renderedError("float(X)", in: course) == """
        float(X)
              ^ float needs a single number, but its argument is a vector of 5
        """)
  }

  // MARK: - Indexing

  @Test func anIndexOutOfRangeGivesTheValidRange() {
    #expect(
      renderedError("X[5]", in: course) == """
        X[5]
          ^ index 5 is out of range for a vector of 5; valid indices are 0 to 4, or -5 to -1
        """)
    #expect(
      renderedError("W[-4][0]", in: course) == """
        W[-4][0]
          ^~ row index -4 is out of range for a 3×2 matrix; valid rows are 0 to 2, or -3 to -1
        """)
    #expect(
      renderedError("W[0, 2]", in: course) == """
        W[0, 2]
             ^ column index 2 is out of range for a 3×2 matrix; valid columns are 0 to 1, or -2 \
        to -1
        """)
    #expect(
      renderedError("[][0]") == """
        [][0]
           ^ index 0 is out of range for a vector of 0; it has no elements
        """)
  }

  @Test func anIndexMustBeAWholeNumber() {
    #expect(
      renderedError("X[1.5]", in: course) == """
        X[1.5]
          ^~~ an index must be a whole number, not 1.5
        """)
    #expect(
      renderedError("X[[0, 1]]", in: course) == """
        X[[0, 1]]
          ^~~~~~ an index must be a single number, not a vector of 2
        """)
    #expect(
      renderedError("X[1e300]", in: course) == """
        X[1e300]
          ^~~~~ index 1e+300 is out of range for a vector of 5; valid indices are 0 to 4, or -5 \
        to -1
        """)
  }

  @Test func theNumberOfIndicesMustFitTheShape() {
    #expect(
      renderedError("n[0]", in: course) == """
        n[0]
        ^ a number has no elements to index
        """)
    #expect(
      renderedError("X[0, 1]", in: course) == """
        X[0, 1]
             ^ a vector takes one index, but this has two; W[i, j] is for matrices
        """)
    #expect(
      renderedError("W[0, 1, 0]", in: course) == """
        W[0, 1, 0]
                ^ too many indices: a matrix takes at most two, as in W[row, column]
        """)
    #expect(
      renderedError("X[]", in: course) == """
        X[]
         ^~ an index is missing between '[' and ']'
        """)
  }

  // MARK: - Rendering

  @Test func renderingAlignsTheCaretUnderTabs() {
    let error = ExpressionError("unknown name 'q'", column: 3, length: 1)
    #expect(
      error.rendered(line: "\t\tq") == """
          q
          ^ unknown name 'q'
        """)
  }

  @Test func theDescriptionGivesTheColumnAndTheMessage() {
    #expect(expressionError("2 $ 3")?.description == "column 3: unexpected character '$'")
  }

  @Test func aColumnPastTheEndOfTheLinePointsJustAfterIt() {
    let error = ExpressionError("something is missing", column: .max, length: .max)
    #expect(error.rendered(line: "2 *") == "2 *\n   ^ something is missing")
  }

  @Test func aLongTypedNameIsShortenedInTheMessage() {
    let name = String(repeating: "a", count: 40)
    #expect(
      expressionError(name)?.message
        == "unknown name '\(String(repeating: "a", count: 29))…'; no variables are defined yet")
  }
}
