import Descent
import Foundation
import Testing

@testable import Tutor

/// Grading what a hostile class hands in: escape sequences in every string and every
/// format, answers that would train for a day, submissions that run past their time, and
/// answers written outside a fenced block.
@Suite struct GradeSafetyTests {
  /// `\e[31mRED\e]0;TITLE\a\e[2J` with each control character as `�`.
  static let cleanRed = "\u{FFFD}[31mRED\u{FFFD}]0;TITLE\u{FFFD}\u{FFFD}[2J"

  static func submission(_ text: String, file: String = "ada.md") throws -> Submission {
    try Submission.parse(text, file: file)
  }

  static func grade(
    _ answers: [(String, String)], student: String = "Ada",
    deadline: ContinuousClock.Instant? = nil,
    workLimit: Int = WorkBudget.gradingOperations
  ) throws -> SubmissionGrade {
    var text = "---\nlesson: grading\nstudent: \(student)\n---\n"
    for (id, answer) in answers { text += "\n## \(id)\n\n```\n\(answer)\n```\n" }
    return Grader(lesson: GraderTests.lesson, loader: .builtInOnly).grade(
      try submission(text), deadline: deadline, workLimit: workLimit)
  }

  /// The characters of `text` that could act on a terminal: C0 controls but line feed,
  /// DEL and C1.
  static func controls(in text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0A) || (0x7F..<0xA0).contains($0)
    }
  }

  // MARK: - Escapes

  @Test func escapesInANameAnswerAndFeedbackReachNoFormat() throws {
    // The name as a YAML escape, the answer with a raw escape and bell.
    let grade = try Self.grade(
      [("start-loss", "\u{1B}]0;pwned\u{07}12"), ("gradient", "D_m = \u{1B}[2J 1")],
      student: #""\e[31mRED\e]0;TITLE\a\e[2J""#)
    let report = GradeReport(submissions: [grade], seed: 1)
    for format in GradeReport.Format.allCases {
      let output = report.rendered(format)
      #expect(Self.controls(in: output) == [], "\(format): \(output)")
      #expect(output.contains(Self.cleanRed), "\(format): \(output)")
    }
    let blocks = report.submissions[0].grades
    #expect(blocks[0].answer == "\u{FFFD}]0;pwned\u{FFFD}12")
    #expect(blocks[1].answer == "D_m = \u{FFFD}[2J 1")
  }

  @Test func gradesStoredLaterAreSanitizedToo() {
    var report = GradeReport(submissions: [], seed: 1)
    report.submissions = [
      SubmissionGrade(
        student: "a\u{1B}[2Jb", source: "x\u{07}.md", lessonID: "l\u{9B}1m", grades: [],
        problem: "line one\u{1B}[0m\nline two")
    ]
    let stored = report.submissions[0]
    #expect(stored.student == "a\u{FFFD}[2Jb")
    #expect(stored.source == "x\u{FFFD}.md")
    #expect(stored.lessonID == "l\u{FFFD}1m")
    #expect(stored.problem == "line one\u{FFFD}[0m\nline two")
  }

  @Test func feedbackKeepsItsLinesAndLosesItsEscapes() {
    let block = BlockGrade(
      id: "g\u{1B}", directive: "exercise", status: .failed,
      feedback: ["D_m = \u{1B}[31m\n      ^ here\u{7F}"], answer: nil,
      counterexample: Counterexample(
        state: ["m = \u{1B}"], name: "D\u{08}_m", got: "1\u{1B}", expected: "2", place: "at \u{1B}"),
      misconception: "sign\u{1B} flip", isUnreadable: false)
    let clean = block.sanitized
    #expect(clean.id == "g\u{FFFD}")
    #expect(clean.feedback == ["D_m = \u{FFFD}[31m\n      ^ here\u{FFFD}"])
    #expect(clean.counterexample?.state == ["m = \u{FFFD}"])
    #expect(clean.counterexample?.name == "D\u{FFFD}_m")
    #expect(clean.counterexample?.got == "1\u{FFFD}")
    #expect(clean.counterexample?.place == "at \u{FFFD}")
    #expect(clean.misconception == "sign\u{FFFD} flip")
  }

  @Test func exportedSubmissionsCarryNoEscapes() {
    let text = Submission.text(
      lesson: "small\u{1B}[2J", student: "Ada\u{07}",
      answers: [(id: "dc\u{1B}", text: "D_c = 1\u{1B}]0:x\u{07}")])
    #expect(
      text == """
        ---
        lesson: small\u{FFFD}[2J
        student: Ada\u{FFFD}
        ---

        ## dc\u{FFFD}

        ```
        D_c = 1\u{FFFD}]0:x\u{FFFD}
        ```

        """)
  }

  // MARK: - TAP

  /// What a strict TAP consumer checks: a version line, a plan `1..N`, then exactly N test
  /// lines numbered 1…N in order, YAML blocks indented between `---` and `...`, and no
  /// description a `#` turns into a directive. Returns the problems found.
  static func tapProblems(_ tap: String) -> [String] {
    var lines = tap.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    guard lines.count >= 2, lines[0] == "TAP version 13" else { return ["no version line"] }
    guard lines[1].hasPrefix("1.."), let planned = Int(lines[1].dropFirst(3)) else {
      return ["no plan"]
    }
    var problems: [String] = []
    var expected = 1
    var inYAML = false
    for line in lines.dropFirst(2) {
      if inYAML {
        if line == "  ..." {
          inYAML = false
        } else if !line.hasPrefix("  ") {
          problems.append("unindented YAML: \(line)")
        }
        continue
      }
      if line == "  ---" {
        inYAML = true
        continue
      }
      // A comment (a student's score) is diagnostics, which consumers pass over.
      if line.hasPrefix("#") { continue }
      let rest: Substring
      if line.hasPrefix("ok ") {
        rest = line.dropFirst(3)
      } else if line.hasPrefix("not ok ") {
        rest = line.dropFirst(7)
      } else {
        problems.append("not a test line: \(line)")
        continue
      }
      let number = Int(rest.prefix { $0.isNumber })
      if number != expected { problems.append("test \(expected) numbered \(number ?? -1)") }
      // An unescaped "#" starts a directive (SKIP, TODO).
      let description = String(rest.drop { $0.isNumber })
      if description.replacing("\\#", with: "").contains("#") {
        problems.append("a directive in: \(line)")
      }
      expected += 1
    }
    if expected - 1 != planned { problems.append("planned \(planned), ran \(expected - 1)") }
    if inYAML { problems.append("an unclosed YAML block") }
    return problems
  }

  @Test func tapStaysInSequenceWhateverNamesAndProblemsHold() throws {
    // A name that would inject a test line, one that would skip its test, and unreadable
    // submissions between them.
    let injected = try Self.grade(
      [("start-loss", "1")], student: #""ann\nok 99 - forged\n  ---""#)
    let skipped = try Self.grade([("start-loss", "247500")], student: #""bob # SKIP""#)
    let report = GradeReport(
      submissions: [
        injected,
        SubmissionGrade(
          student: "cy", source: "cy.md", lessonID: "grading", grades: [],
          problem: "it is a pipe (FIFO), not a regular file\nnot ok 7"),
        skipped,
        SubmissionGrade(
          student: "dee", source: "dee.md", lessonID: "", grades: [], problem: "too large"),
      ], seed: 1)
    let tap = report.tap
    #expect(Self.tapProblems(tap) == [], "\(tap)")
    #expect(tap.contains("\nnot ok 1 - ann ok 99 - forged   ---: start-loss\n"), "\(tap)")
    #expect(tap.contains("\nnot ok 4 - cy: submission\n"))
    #expect(tap.contains("\nok 5 - bob \\# SKIP: start-loss\n"))
    #expect(tap.contains("\nnot ok 8 - dee: submission\n"))
    #expect(tap.hasPrefix("TAP version 13\n1..8\n"))
  }

  @Test func theTAPCheckCatchesABrokenStream() {
    #expect(
      Self.tapProblems("TAP version 13\n1..3\nok 1 - a\nnot ok 3 - b # SKIP\n")
        == ["test 2 numbered 3", "a directive in: not ok 3 - b # SKIP", "planned 3, ran 2"])
  }

  // MARK: - Unfenced answers

  @Test func anAnswerOutsideAFenceIsNamedNotSkipped() throws {
    let text = """
      ---
      lesson: grading
      ---

      ## start-loss

      247500

      ## gradient

      D_m = (-2/n) * sum(X * (Y - Y_pred))
      """
    let submission = try Self.submission(text)
    #expect(submission.answers.isEmpty)
    #expect(submission.unfenced == ["start-loss": 5, "gradient": 9])
    let grade = Grader(lesson: GraderTests.lesson, loader: .builtInOnly).grade(submission)
    let start = try #require(grade.grades.first)
    #expect(start.status == .failed)
    #expect(start.isUnreadable)
    #expect(
      start.feedback == [
        "the answer under '## start-loss' (line 5) is not in a fenced block: write each answer "
          + "in a fenced block under `## start-loss`, between lines of ```"
      ])
    #expect(grade.grades.map(\.status) == [.failed, .failed, .notAttempted])
  }

  @Test func textBesideAFencedAnswerIsNotCalledUnfenced() throws {
    let submission = try Self.submission(
      "---\nlesson: grading\n---\n\n## start-loss\n\nMy answer:\n\n```\n247500\n```\n")
    #expect(submission.answers["start-loss"]?.text == "247500")
    #expect(submission.unfenced == [:])
  }

  // MARK: - Work

  @Test func aModelTooLargeToGradeIsRefusedBeforeItIsBuilt() throws {
    let started = ContinuousClock.now
    let grade = try Self.grade([("loss-goal", "model mlp:1-3000-3000-1\nlr 0\nstep 100000")])
    let task = try #require(grade.grades.last)
    #expect(task.status == .failed)
    #expect(
      task.feedback == [
        "'model mlp:1-3000-3000-1' fails: a model of 9,012,001 parameters is over the "
          + "1,000,000 a graded answer may build"
      ])
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func stepsAreCountedInWorkNotEpochs() throws {
    // 91,201 parameters × 5 rows × 100,000 epochs: within the epoch limit, far past the work.
    let started = ContinuousClock.now
    let grade = try Self.grade([("loss-goal", "model mlp:1-300-300-1\nlr 0\nstep 100000")])
    #expect(
      grade.grades.last?.feedback == [
        "'step 100000' fails: this needs 45,600,500,000 operations (parameters × rows × "
          + "epochs) and a graded answer may use 2,000,000,000 in all"
      ])
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func comparisonsAreCountedTooAcrossLines() throws {
    // 141 parameters × 5 rows × 1000 epochs × 6 runs = 4,230,000 a line: two fit in ten
    // million, the third does not.
    let line = "compare lr 0 0 0 0 0 0"
    let grade = try Self.grade(
      [("loss-goal", "model mlp:1-10-10-1\n\(line)\n\(line)\n\(line)")], workLimit: 10_000_000)
    #expect(
      grade.grades.last?.feedback == [
        "'\(line)' fails: this needs 4,230,000 operations (parameters × rows × epochs) and a "
          + "graded answer may use 10,000,000 in all (1,540,000 left)"
      ])
  }

  @Test func theHostileComparisonIsRefusedAtOnce() throws {
    let started = ContinuousClock.now
    let line = "compare lr 0 0 0 0 0 0"
    let grade = try Self.grade([("loss-goal", "model mlp:1-300-300-1\n\(line)\n\(line)\n\(line)")])
    #expect(
      grade.grades.last?.feedback == [
        "'\(line)' fails: this needs 2,736,030,000 operations (parameters × rows × epochs) "
          + "and a graded answer may use 2,000,000,000 in all"
      ])
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func theLessonsOwnTaskFitsTheBudget() throws {
    let grade = try Self.grade([("loss-goal", "lr 0.05\nstep 200")])
    #expect(grade.grades.last?.status == .passed)
  }

  @Test func lintHoldsALessonsSolutionToTheSameBudget() {
    let text = """
      ---
      format: 1
      id: heavy
      title: Heavy
      summary: A task whose solution trains far too long.
      dataset: houses
      model: linear
      ---

      ## A goal

      ```task
      id: goal
      goal: Get the loss below 1.
      when: loss < 1
      solution: |
        model mlp:1-300-300-1
        step 100000
      ```
      """
    let started = ContinuousClock.now
    #expect(
      LessonLinter.problems(in: text, file: "heavy.md", loader: .builtInOnly).map(\.description)
        == [
          "heavy.md:12:1: the task 'goal' solution 'step 100000' fails: this needs "
            + "45,600,500,000 operations (parameters × rows × epochs) and a graded answer may "
            + "use 2,000,000,000 in all",
          "heavy.md:12:1: the task 'goal' solution does not meet its goal (loss < 1)",
        ])
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func theTutorialItselfHasNoBudget() {
    var session = Session(loader: .builtInOnly)
    #expect(session.run.budget == nil)
    #expect(session.apply(line: "model mlp:1-300-300-1").failure == nil)
  }

  // MARK: - Time

  @Test func aSubmissionOutOfTimeHasEveryBlockTimedOut() throws {
    let grade = try Self.grade([("start-loss", "247500")], deadline: .now)
    #expect(grade.grades.map(\.timedOut) == [true, true, true])
    #expect(grade.grades.map(\.status) == [.failed, .failed, .failed])
    #expect(
      grade.grades[0].feedback == [
        "not graded: the submission ran past its time limit (--time-limit)"
      ])
    let junit = GradeReport(submissions: [grade], seed: 1).junit
    #expect(junit.contains("<failure type=\"timed-out\""))
  }

  @Test func aLongStepStopsAtTheDeadline() throws {
    // 3,841 parameters × 5 rows × 100,000 epochs: within the work budget, but far longer
    // than the second allowed.
    let started = ContinuousClock.now
    let grade = try Self.grade(
      [("loss-goal", "model mlp:1-60-60-1\nlr 0\nstep 100000")], deadline: .now + .seconds(1))
    #expect(grade.grades.map(\.status) == [.notAttempted, .notAttempted, .failed])
    #expect(grade.grades.last?.timedOut == true)
    #expect(ContinuousClock.now - started < .seconds(4))
  }

  @Test func aLongFunctionDescentStopsAtTheDeadline() throws {
    // 100,000 steps, small enough to keep moving, of a function some 4,000 characters
    // long: within the work budget.
    let function = Array(repeating: "(x - 3)**2", count: 300).joined(separator: " + ")
    let started = ContinuousClock.now
    let grade = try Self.grade(
      [("loss-goal", "model function \(function)\nlr 0.0000001\nstep 100000")],
      deadline: .now + .seconds(1))
    #expect(grade.grades.last?.timedOut == true, "\(grade.grades)")
    #expect(ContinuousClock.now - started < .seconds(4))
  }

  @Test func aLongComparisonStopsAtTheDeadline() throws {
    // 63,501 parameters × 5 rows × 1000 epochs × 6 runs: within the work budget.
    let started = ContinuousClock.now
    let grade = try Self.grade(
      [("loss-goal", "model mlp:1-250-250-1\ncompare lr 0 0 0 0 0 0")],
      deadline: .now + .seconds(1))
    #expect(grade.grades.last?.timedOut == true)
    #expect(ContinuousClock.now - started < .seconds(4))
  }
}
