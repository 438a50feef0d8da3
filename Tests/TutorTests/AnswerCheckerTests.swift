import Descent
import Testing

@testable import Tutor

/// The course's D_m as an exercise, checked on the session and four random lines.
private let gradientExercise = CheckedBlock(
  id: "dm",
  kind: .exercise(
    Exercise(
      prompt: "Write D_m.", reference: ["D_m = (-2/n) * sum(X * (Y - Y_pred))"],
      states: StateSpace(ranges: [("m", -5, 5), ("c", -5, 5)], count: 4))))

private let checker = AnswerChecker()

@Test(arguments: [
  "D_m = (-2/n) * sum(X * (Y - Y_pred))",
  "D_m = -2*mean(X*(Y-Y_pred))",
  "D_m = -2/n*sum(X*Y - X*Y_pred)",
  "D_m = (-2/n) * sum(X * (Y - (m*X + c))**1)",
  "D_m = -2 * dot(X, Y - Y_pred) / len(X)",
  "(-2/n) * sum(X * (Y - Y_pred))",
  "t = Y - Y_pred; D_m = -2 * mean(X * t)",
])
func equivalentGradientsPass(answer: String) {
  let verdict = checker.check(gradientExercise, answer: answer, in: Session().workspace)
  #expect(verdict.passed)
  #expect(verdict.feedback == ["right: it agrees with the reference on 5 states of the session"])
}

@Test func aSignFlipIsNamedWithACounterexample() {
  let verdict = checker.check(
    gradientExercise, answer: "D_m = (2/n) * sum(X * (Y - Y_pred))", in: Session().workspace)
  #expect(!verdict.passed)
  #expect(verdict.misconception == "sign flip")
  // At m = c = 0: sum(X*Y) = 150 * 55 = 8250, and -2/5 * 8250 = -3300.
  #expect(verdict.counterexample?.sentence == "at m = 0, c = 0 your D_m is 3300; expected -3300")
  #expect(
    verdict.feedback == [
      "at m = 0, c = 0 your D_m is 3300; expected -3300",
      "your answer has the right shape but it has the wrong sign: the gradient points uphill, "
        + "and descent moves against it",
    ])
}

@Test(arguments: [
  ("D_m = (-1/n) * sum(X * (Y - Y_pred))", "factor 2", "-1650"),
  ("D_m = (-4/n) * sum(X * (Y - Y_pred))", "factor 2", "-6600"),
  ("D_m = -2 * sum(X * (Y - Y_pred))", "missing 1/n", "-16500"),
  ("D_m = 2 * sum(X * (Y - Y_pred))", "sign flip and missing 1/n", "16500"),
])
func scalingMistakesAreNamed(answer: String, name: String, got: String) {
  let verdict = checker.check(gradientExercise, answer: answer, in: Session().workspace)
  #expect(!verdict.passed)
  #expect(verdict.misconception == name)
  #expect(verdict.counterexample?.got == got)
  #expect(verdict.counterexample?.expected == "-3300")
}

@Test func aLessonsOwnMistakeTakesPrecedence() {
  var block = gradientExercise
  block.mistakes = [
    KnownMistake(answer: "D_m = (2/n) * sum(X * (Y - Y_pred))", feedback: "Mind the sign.")
  ]
  let verdict = checker.check(block, answer: "D_m = 2*mean(X*(Y-Y_pred))", in: Session().workspace)
  #expect(verdict.feedback.last == "Mind the sign.")
  // Its name in a class summary: the lesson gave none, and the answer is the reference × −1.
  #expect(verdict.misconception == "sign flip")
}

@Test func aVectorWhereANumberIsExpectedSaysHowToReduceIt() {
  let verdict = checker.check(
    gradientExercise, answer: "D_m = (-2/n) * X * (Y - Y_pred)", in: Session().workspace)
  #expect(
    verdict.feedback == [
      "at m = 0, c = 0 your D_m is a vector of 5; expected a number; sum(…) or mean(…) adds up "
        + "the rows"
    ])
}

@Test func anAnswerThatDoesNotAssignTheTargetIsToldSo() {
  let verdict = checker.check(gradientExercise, answer: "D = 1; E = 2", in: Session().workspace)
  #expect(verdict.isUnreadable)
  #expect(verdict.feedback == ["your answer does not assign D_m; write D_m = …"])
}

@Test func anUnparsableAnswerGetsTheCaret() {
  let verdict = checker.check(gradientExercise, answer: "D_m = sum(X *", in: Session().workspace)
  #expect(verdict.isUnreadable)
  #expect(verdict.feedback.count == 1)
  #expect(verdict.feedback[0].hasPrefix("D_m = sum(X *\n"))
}

@Test func aWrongComponentOfAMatrixIsNamed() throws {
  var session = Session()
  session.apply(line: "data xor")
  session.apply(line: "model mlp:2-3-1")
  let block = CheckedBlock(
    id: "g",
    kind: .exercise(Exercise(prompt: "", reference: ["G = 2 * W1"])))
  let right = checker.check(block, answer: "G = W1 + W1", in: session.workspace)
  #expect(right.passed)
  // W1 is 3×2; the answer is wrong only in row 2, column 0.
  let wrong = checker.check(
    block, answer: "G = 2 * W1 + [[0, 0], [0, 0], [1, 0]]", in: session.workspace)
  #expect(!wrong.passed)
  #expect(wrong.counterexample?.name == "G[2][0]")
}

@Test func statesAreReproducibleFromTheSeed() {
  let wrong = "D_m = (-2/n) * sum(X * (Y - Y_pred)) + m * c"
  let session = Session()
  var space = StateSpace(ranges: [("m", -5, 5), ("c", -5, 5)], count: 4)
  // m * c is 0 on the session's own state, so the difference shows on a random one.
  let first = checker.check(gradientExercise, answer: wrong, in: session.workspace)
  let second = checker.check(gradientExercise, answer: wrong, in: session.workspace)
  #expect(first == second)
  #expect(first.counterexample?.state.count == 2)
  #expect(first.counterexample?.state != ["m = 0", "c = 0"])
  space.count = 0
  let onlyOwnState = CheckedBlock(
    id: "dm",
    kind: .exercise(
      Exercise(prompt: "", reference: ["D_m = (-2/n) * sum(X * (Y - Y_pred))"], states: space)))
  #expect(checker.check(onlyOwnState, answer: wrong, in: session.workspace).passed)
  let other = AnswerChecker(seed: 7).check(gradientExercise, answer: wrong, in: session.workspace)
  #expect(other.counterexample?.state != first.counterexample?.state)
}

@Test func hostileAnswersEndWithAMessage() {
  let session = Session()
  let deep =
    "D_m = " + String(repeating: "(", count: 100_000) + "1"
    + String(repeating: ")", count: 100_000)
  let nested = checker.check(gradientExercise, answer: deep, in: session.workspace)
  #expect(nested.isUnreadable)
  #expect(nested.feedback.count == 1)
  // A 625×3125 outer product is refused before it is allocated.
  let huge = checker.check(
    gradientExercise,
    answer: "A = outer(outer(X, X), outer(X, X)); D_m = sum(outer(A, outer(A, X)))",
    in: session.workspace)
  #expect(!huge.passed)
  #expect(
    huge.feedback == [
      "at m = 0, c = 0: the result would be a 625×3125 matrix, more than the limit of "
        + "1000000 elements"
    ])
  // Work past the step budget stops with a message too.
  let slow = checker.check(
    gradientExercise,
    answer: "A = outer(outer(X, X), outer(X, X)); B = outer(A, A); D_m = "
      + Array(repeating: "sum(B)", count: 30).joined(separator: " + "),
    in: session.workspace)
  #expect(!slow.passed)
  #expect(slow.feedback.first?.hasSuffix("use smaller arrays or fewer operations") == true)
}

// MARK: - Questions

private func ask(_ answer: Question.Answer, mistakes: [KnownMistake] = []) -> CheckedBlock {
  CheckedBlock(id: "q", kind: .ask(Question(prompt: "?", answer: answer)), mistakes: mistakes)
}

@Test func aNumberIsAcceptedWithinItsTolerance() {
  let block = ask(.number(reference: "247500", tolerance: .absolute(0.5)))
  let session = Session()
  #expect(checker.check(block, answer: "247500.4", in: session.workspace).passed)
  #expect(checker.check(block, answer: "mean(Y**2)", in: session.workspace).passed)
  #expect(
    checker.check(block, answer: "247501", in: session.workspace).feedback == [
      "not 247501; answers are accepted within ±0.5"
    ])
  let relative = ask(.number(reference: "200", tolerance: .relative(0.1)))
  #expect(checker.check(relative, answer: "219", in: session.workspace).passed)
  #expect(!checker.check(relative, answer: "221", in: session.workspace).passed)
  #expect(
    checker.check(block, answer: "[1, 2]", in: session.workspace).feedback == [
      "answer with a number; this is a vector of 2"
    ])
}

@Test func aChoiceIsAcceptedByKeyOrByText() {
  let block = ask(
    .choice(
      choices: [Choice(key: "a", text: "Too small"), Choice(key: "b", text: "Too large")],
      correct: "b"),
    mistakes: [KnownMistake(answer: "a", feedback: "Smaller steps never overshoot.")])
  let session = Session()
  #expect(checker.check(block, answer: "B)", in: session.workspace).passed)
  #expect(checker.check(block, answer: "too large.", in: session.workspace).passed)
  #expect(
    checker.check(block, answer: "a", in: session.workspace).feedback == [
      "not a: Smaller steps never overshoot."
    ])
  #expect(checker.check(block, answer: "c", in: session.workspace).isUnreadable)
}

@Test func textIsComparedWithoutCasePunctuationOrArticle() {
  let block = ask(.text(accepted: ["learning rate", "step size"]))
  let session = Session()
  #expect(checker.check(block, answer: "The Learning-Rate!", in: session.workspace).passed)
  #expect(checker.check(block, answer: "a step size", in: session.workspace).passed)
  #expect(!checker.check(block, answer: "epoch", in: session.workspace).passed)
}

/// A student's answer is Python, where `^` is XOR: it is refused where it stands, with the
/// power's spelling; a lesson's own formula (the reference here) may keep it.
@Test func aCaretInAnAnswerIsRefusedAsPythonsXOR() {
  let block = ask(.expression(reference: "mean((Y - Y_pred)^2)", states: StateSpace()))
  let verdict = checker.check(block, answer: "mean((Y - Y_pred)^2)", in: Session().workspace)
  #expect(verdict.isUnreadable)
  #expect(verdict.sentences == ["in Python ^ is XOR; write ** for a power"])
  #expect(verdict.feedback.first?.contains("\n                 ^") == true, "\(verdict.feedback)")
  let number = ask(.number(reference: "247500", tolerance: .absolute(0.5)))
  #expect(checker.check(number, answer: "mean(Y^2)", in: Session().workspace).isUnreadable)
  #expect(checker.check(gradientExercise, answer: "D_m = -2*mean(X*(Y-Y_pred))^1", in: Session().workspace).isUnreadable)
}

@Test func anExpressionQuestionAcceptsEquivalentForms() {
  let block = ask(.expression(reference: "mean((Y - Y_pred)^2)", states: StateSpace()))
  let session = Session()
  #expect(checker.check(block, answer: "sum((Y - m*X - c)**2) / n", in: session.workspace).passed)
  let wrong = checker.check(block, answer: "sum((Y - Y_pred)**2)", in: session.workspace)
  #expect(
    wrong.counterexample?.sentence == "at m = 0, c = 0 your answer is 1237500; expected 247500")
}
