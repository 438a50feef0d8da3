import Testing

@testable import Tutor

/// The lesson pane's wrapping: formulas and code spans stay whole, list items hang, and no
/// row starts with what reads as a list marker.
@Suite struct ProseWrappingTests {
  @Test func aFormulaMovesWholeToTheNextRow() {
    let text =
      "Average that over the n houses: D_m = (-2/n) * sum(X * (Y - Y_pred)). D_c is "
      + "the same without the X."
    #expect(
      text.wrappedAsProse(width: 38) == [
        "Average that over the n houses:",
        "D_m = (-2/n) * sum(X * (Y - Y_pred)).",
        "D_c is the same without the X.",
      ])
  }

  @Test func aFunctionsBracketsAreNeverSplit() {
    let text = "The gradient for the mean squared error is sum(X * (Y - Y_pred)) times -2/n."
    #expect(
      text.wrappedAsProse(width: 40) == [
        "The gradient for the mean squared error",
        "is sum(X * (Y - Y_pred)) times -2/n.",
      ])
  }

  @Test func aCodeSpanMovesWhole() {
    let text = "Then type `compare lr 0.08 0.085 0.09` to see them side by side."
    #expect(
      text.wrappedAsProse(width: 30) == [
        "Then type",
        "`compare lr 0.08 0.085 0.09`",
        "to see them side by side.",
      ])
  }

  @Test func aParenthesisOfProseWrapsLikeTheSentence() {
    let text = "It goes up and down (type show history to see the last ten) at every epoch."
    #expect(
      text.wrappedAsProse(width: 30) == [
        "It goes up and down (type show",
        "history to see the last ten)",
        "at every epoch.",
      ])
  }

  @Test func aRowNeverStartsWithAMinusOrAStar() {
    let text = "then step against it with rate L = 0.01: m = m - L*D_m and c = c - L*D_c."
    let rows = text.wrappedAsProse(width: 38)
    #expect(
      rows == [
        "then step against it with rate",
        "L = 0.01: m = m - L*D_m and",
        "c = c - L*D_c.",
      ])
    for width in 8...60 {
      for row in text.wrappedAsProse(width: width).dropFirst() {
        #expect(!row.hasPrefix("- ") && !row.hasPrefix("* "), "width \(width): \(row)")
      }
    }
  }

  @Test func aNumberEndingASentenceStaysWithTheWordBefore() {
    let text = "The answer is a multiple of 2. Then check it again."
    #expect(
      text.wrappedAsProse(width: 28) == ["The answer is a multiple", "of 2. Then check it again."])
  }

  @Test func aListItemsContinuationRowsHangUnderItsText() {
    let text = "- The update: m = m - L*D_m, c = c - L*D_c, once an epoch."
    #expect(
      text.wrappedAsProse(width: 30) == [
        "- The update: m = m - L*D_m,",
        "  c = c - L*D_c, once an",
        "  epoch.",
      ])
    let numbered = "12. Rate 0.01 left the loss at 0.31 after 1000 epochs."
    #expect(
      numbered.wrappedAsProse(width: 30) == [
        "12. Rate 0.01 left the loss at",
        "    0.31 after 1000 epochs.",
      ])
  }

  @Test func aFormulaWiderThanTheRowBreaksAtItsShallowestOperator() {
    let text = "Write it in full: m = m - L * ((-2/n) * sum(X * (Y - Y_pred))), and the same for c."
    #expect(
      text.wrappedAsProse(width: 38) == [
        "Write it in full: m = m - L *",
        "((-2/n) * sum(X * (Y - Y_pred))), and",
        "the same for c.",
      ])
    // Narrower than the brackets themselves: inside them, after an operator.
    #expect(
      "sum(X * (Y - Y_pred))".wrappedAsProse(width: 13) == ["sum(X *", "(Y - Y_pred))"])
    #expect(
      "sum(X * (Y - Y_pred))".wrappedAsProse(width: 12) == ["sum(X *", "(Y -", "Y_pred))"])
  }

  @Test func aWordWiderThanTheRowIsCut() {
    #expect("abcdefghij xy".wrappedAsProse(width: 4) == ["abcd", "efgh", "ij", "xy"])
  }

  @Test func anErrorsCaretKeepsItsColumn() {
    let text = "D_m = xcheck\n      ^~~~~~ unknown name 'xcheck'"
    #expect(
      text.wrappedAsProse(width: 25) == [
        "D_m = xcheck",
        "      ^~~~~~ unknown name",
        "      'xcheck'",
      ])
  }

  @Test func blankLinesAndLineBreaksAreKept() {
    #expect("one\n\ntwo\r\nthree".wrappedAsProse(width: 10) == ["one", "", "two", "three"])
    #expect("".wrappedAsProse(width: 10) == [""])
    #expect("text".wrappedAsProse(width: 0) == [])
  }
}
