import Descent
import Foundation
import TestSupport
import Testing

@testable import Tutor

/// Lessons that vary between students: `variant:` names drawn from a seed of the lesson id
/// and the student, `derive:` values worked out from them, `{{name}}` substituted through
/// the whole file, and choices shown (and graded) in each student's order.
@Suite struct LessonVariantTests {
  /// A bowl whose bottom and start vary; one value is derived in closed form, one by
  /// running two steps.
  static let bowl = """
    ---
    format: 1
    id: bowl
    title: A bowl
    summary: A valley whose bottom and start vary.
    model: function (x - {{low}})**2
    learning-rate: 0.1
    parameters:
      x: {{start}}
    variant:
      low: [3, 1, -2]
      start: [6, 10]
    derive:
      first: start - 0.2*(start - low)
      after:
        run: |
          step 2
        value: x
    views: [fit, loss]
    ---

    ## Start
    <!-- id: start -->

    The bottom is at {{low}}; one step lands at {{first}}, two at {{after}}.

    ```ask
    id: where
    question: Where does one step from x = {{start}} land?
    number: {{first}}
    tolerance: 0.001
    ```

    ```ask
    id: pick
    question: Which is the bottom?
    choices:
      a: x = {{low}}
      b: x = {{start}}
      c: nowhere
    answer: a
    mistakes:
      - answer: b
        say: That is where we stand.
    ```
    """

  static func parse(
    _ text: String = bowl, student: String? = nil, draw: LessonVariants.Draw? = nil
  ) throws -> Lesson {
    let (lesson, problems) = LessonParser.parseReportingProblems(
      text, file: "bowl.md", student: student, draw: draw)
    #expect(problems == [])
    return try #require(lesson)
  }

  @Test func theDefaultDrawIsTheCoursesNumbersInTheFilesOrder() throws {
    let lesson = try Self.parse()
    // x = 6 - 0.1 * 2*(6 - 3) = 5.4; two steps keep 0.8² of the distance: 3 + 0.64*3 = 4.92.
    #expect(lesson.steps[0].paragraphs == ["The bottom is at 3; one step lands at 5.4, two at 4.92."])
    #expect(lesson.block(id: "where")?.prompt == "Where does one step from x = 6 land?")
    guard case .ask(let question)? = lesson.block(id: "where")?.kind,
      case .number(let reference, _) = question.answer
    else { throw Failure("'where' is a number question") }
    #expect(reference == "5.4")
    #expect(lesson.setup.settings.map(\.command).contains("model function (x - 3)**2"))
    #expect(lesson.setup.parameters.map(\.expression) == ["6"])
    #expect(lesson.drawnDescription == "low = 3, start = 6")
    #expect(lesson.drawn.filter(\.isDerived).map(\.value) == ["5.4", "4.92"])
    #expect(lesson.student == nil)
    guard case .ask(let pick)? = lesson.block(id: "pick")?.kind,
      case .choice(let choices, _) = pick.answer
    else { throw Failure("'pick' is a choice") }
    #expect(choices.displayed.map(\.label) == ["a", "b", "c"])
    #expect(choices.displayed.map(\.text) == ["x = 3", "x = 6", "nowhere"])
  }

  @Test(arguments: 0..<6) func everyDrawSubstitutesItsOwnNumbers(number: Int) throws {
    let variants = LessonVariants.read(Self.bowl, file: "bowl.md").0
    let draw = variants.draw(number: number)
    let lesson = try Self.parse(draw: draw)
    let low = [3.0, 1, -2][draw.indices[0]]
    let start = [6.0, 10][draw.indices[1]]
    // Closed forms: one step keeps 0.8 of the distance to the bottom, two keep 0.64.
    let first = (low + 0.8 * (start - low)).formatted(significantDigits: 6)
    let after = (low + 0.64 * (start - low)).formatted(significantDigits: 6)
    #expect(
      lesson.steps[0].paragraphs == [
        "The bottom is at \(low.formatted(significantDigits: 6)); one step lands at \(first), "
          + "two at \(after)."
      ])
    #expect(lesson.setup.parameters.map(\.expression) == [start.formatted(significantDigits: 6)])
  }

  @Test func aDrawIsEnumeratedWithTheLastNameFastest() {
    let variants = LessonVariants.read(Self.bowl, file: "bowl.md").0
    #expect(variants.combinations == 6)
    #expect((0..<6).map { variants.draw(number: $0).indices } == [
      [0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1],
    ])
    #expect(variants.drawsToCheck(limit: 12).count == 6)
    let few = variants.drawsToCheck(limit: 3)
    #expect(few.count == 3)
    #expect(few[0] == variants.defaultDraw)
    // Past the limit, every value of every name is still walked once.
    #expect(Set(few.map { $0.indices[0] }) == [0, 1, 2])
    #expect(Set(few.map { $0.indices[1] }) == [0, 1])
  }

  @Test func theSeedIsFNV1aOfTheLessonAndTheIdentityAsTyped() {
    // Independently computed: FNV-1a 64 over "the-valley\u{1F}alice".
    #expect(LessonVariants.seed(lesson: "the-valley", student: "alice") == 2_929_046_131_249_877_155)
    #expect(LessonVariants.seed(lesson: "the-valley", student: "bob") == 119_694_122_429_640_408)
    #expect(LessonVariants.hash("") == 14_695_981_039_346_656_037)
    // Case and surrounding spaces are the same student.
    #expect(
      LessonVariants.seed(lesson: "the-valley", student: " Alice ")
        == LessonVariants.seed(lesson: "the-valley", student: "alice"))
  }

  @Test func theSameStudentAlwaysGetsTheSameLesson() throws {
    let first = try Self.parse(student: "ada@school.edu")
    let again = try Self.parse(student: "ADA@school.edu ")
    #expect(first.steps == again.steps)
    #expect(first.drawnDescription == again.drawnDescription)
  }

  @Test func choicesAreShownInTheStudentsOrderAndGradedAgainstIt() throws {
    var seen: Set<[String]> = []
    for student in ["ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal"] {
      let lesson = try Self.parse(student: student)
      guard case .ask(let pick)? = lesson.block(id: "pick")?.kind,
        case .choice(let choices, let correct) = pick.answer
      else { throw Failure("'pick' is a choice") }
      // The file's order and keys are kept; what is shown is relabelled a, b, c.
      #expect(choices.map(\.key) == ["a", "b", "c"])
      #expect(choices.displayed.map(\.label) == ["a", "b", "c"])
      #expect(correct == "a")
      seen.insert(choices.displayed.map(\.text).map { $0 == "nowhere" ? $0 : String($0.prefix(2)) })
      let label = choices.label(ofKey: "a")
      let checker = AnswerChecker()
      let session = try Session.opening(lesson, loader: .builtInOnly)
      let block = try #require(lesson.block(id: "pick"))
      #expect(checker.check(block, answer: label, in: session.workspace).passed)
      // The file's key is not what this student saw, unless the shuffle kept it in place.
      let wrongLabel = choices.label(ofKey: "b")
      let wrong = checker.check(block, answer: wrongLabel, in: session.workspace)
      #expect(!wrong.passed)
      #expect(wrong.misconception == "chose b")
      #expect(wrong.sentences.joined(separator: " ") == "not \(wrongLabel): That is where we stand.")
    }
    #expect(seen.count > 1, "eight students see more than one order")
  }

  @Test func namedKeysKeepTheirNamesAndPredictionsKeepTheFilesOrderOfOutcomes() throws {
    let text = """
      ---
      format: 1
      id: rates
      title: Rates
      summary: A prediction with named choices.
      dataset: houses
      model: linear
      ---

      ## Go

      ```predict
      id: go
      question: What happens at rate 0.1?
      choices:
        grow: the loss grows
        fall: the loss falls
      outcomes:
        grow: diverged
        fall: otherwise
      run: |
        lr 0.1
        step 30
      ```
      """
    for student in ["ada", "bob", "cy", "dee"] {
      let lesson = try Self.parse(text, student: student)
      guard case .predict(let prediction)? = lesson.block(id: "go")?.kind,
        case .choice(let choices, _) = prediction.outcome
      else { throw Failure("'go' is a choice prediction") }
      #expect(Set(choices.map(\.label)) == ["fall", "grow"])
      #expect(choices.map(\.key) == ["grow", "fall"])
      var session = try Session.opening(lesson, loader: .builtInOnly)
      LessonRunner.runQuietly(prediction.run, on: &session.workspace)
      // The course's data at rate 0.1 diverges, whatever order the choices are shown in.
      #expect(AnswerChecker().outcome(of: prediction, after: session.workspace).choice?.key == "grow")
    }
  }

  @Test func problemsInSubstitutedLinesAreReportedAtTheFilesColumns() {
    let text = Self.bowl + "\n\n```plot\n{{start}} loss bogus\n```\n"
    let (_, problems) = LessonParser.parseReportingProblems(text, file: "bowl.md")
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).count - 2
    // "{{start}} loss bogus": the value 6 stands where "{{start}}" starts, and "bogus"
    // starts at column 16 of the file's line (column 8 once 6 is in).
    #expect(
      problems.map(\.description) == [
        "bowl.md:\(line):1: there is no view '6'; the views are "
          + View.allCases.map(\.rawValue).joined(separator: ", "),
        "bowl.md:\(line):16: there is no view 'bogus'; the views are "
          + View.allCases.map(\.rawValue).joined(separator: ", "),
      ])
  }

  @Test func aDerivedRunInALessonWithoutStepsIsAProblemNotATrap() {
    let text = "---\nformat: 1\nid: none\ntitle: None\nsummary: No steps.\ndataset: houses\n"
      + "model: linear\nderive:\n  after:\n    run: |\n      step 3\n    value: loss\n---\n"
    let (lesson, problems) = LessonParser.parseReportingProblems(text, file: "none.md")
    #expect(lesson?.steps == [])
    #expect(
      problems.map(\.description) == [
        "none.md:13:1: the lesson has no steps; each step starts with a '## ' heading"
      ])
  }

  @Test func badDeclarationsAreLocated() {
    let text = """
      ---
      format: 1
      id: bad
      title: Bad
      summary: Bad variants.
      model: function (x - 3)**2
      variant:
        low: 3
        2nd: [1, 2]
        ok: [1, [2]]
      derive:
        low: 4
        broken: 1 +
        empty:
          run: step 1
      ---

      ## Only

      Text.
      """
    let (_, problems) = LessonParser.parseReportingProblems(text, file: "bad.md")
    #expect(
      problems.map(\.description) == [
        "bad.md:8:8: variant 'low' lists its values, the course's first, such as [3, 1, 5]",
        "bad.md:9:3: '2nd' cannot name a variant: use letters, digits and '_', starting with a "
          + "letter",
        "bad.md:10:11: each value of variant 'ok' is one number or word",
        "bad.md:12:3: 'low' is declared twice",
        "bad.md:15:5: derived 'empty' needs value: the expression read after its run",
        "bad.md:13:1: derived 'broken': '1 +': \(Self.message(of: "1 +"))",
      ].sorted(by: Self.fileOrder))
  }

  static func message(of expression: String) -> String {
    let workspace = Session(loader: .builtInOnly).workspace
    do throws(ExpressionError) {
      _ = try workspace.value(of: expression)
      return ""
    } catch {
      return error.message
    }
  }

  static func fileOrder(_ a: String, _ b: String) -> Bool {
    func key(_ text: String) -> (Int, Int) {
      let parts = text.split(separator: ":")
      return (Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
    }
    return key(a) < key(b)
  }

  // MARK: - Lint

  @Test func lintWalksEveryDrawAndNamesTheValuesOfOneThatFails() {
    // A mistake typed by hand is the right answer when the bottom is at 1.
    let text = Self.bowl.replacing(
      "tolerance: 0.001\n```", with: "tolerance: 0.001\n```\n\n```ask\nid: low\nquestion: "
        + "Where is the bottom?\nnumber: {{low}}\nmistakes:\n  - answer: 1\n    say: No.\n```")
    let problems = LessonLinter.problems(in: text, file: "bowl.md", loader: .builtInOnly)
      .map(\.message)
    #expect(
      problems == [
        "with low = 1, start = 6: the ask 'low' accepts its known mistake '1' as right"
      ])
  }

  @Test func lintRefusesAVariantNamedAsTheSessionNamesSomething() {
    let text = Self.bowl.replacing("  start: [6, 10]\n", with: "  start: [6, 10]\n  lr: [1, 2]\n")
    let problems = LessonLinter.problems(in: text, file: "bowl.md", loader: .builtInOnly)
    #expect(
      problems.map(\.description) == [
        "bowl.md:2:1: 'lr' is a name the session already has; give the variant another name"
      ])
  }

  @Test func theBowlLintsCleanAtEveryDraw() {
    #expect(LessonLinter.problems(in: Self.bowl, file: "bowl.md", loader: .builtInOnly) == [])
  }

  // MARK: - Grading

  /// A lessons folder holding the bowl, and a class folder.
  static func classroom() throws -> (library: LessonLibrary, folder: String) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("variants-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: root + "/Lessons", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: root + "/class", withIntermediateDirectories: true)
    try bowl.write(toFile: root + "/Lessons/01-bowl.md", atomically: true, encoding: .utf8)
    return (LessonLibrary(directory: root + "/Lessons"), root)
  }

  /// The right answers for `student`'s draw of the bowl, as the tutorial showed it.
  static func rightAnswers(for student: String?) throws -> (where: String, pick: String) {
    let lesson = try parse(student: student)
    guard case .ask(let question)? = lesson.block(id: "where")?.kind,
      case .number(let reference, _) = question.answer,
      case .ask(let pick)? = lesson.block(id: "pick")?.kind,
      case .choice(let choices, let correct) = pick.answer
    else { throw Failure("the bowl's blocks") }
    return (reference, choices.label(ofKey: correct))
  }

  static func submission(id: String?, answers: (where: String, pick: String)) -> String {
    "---\nlesson: bowl\nstudent: S\n" + (id.map { "id: \($0)\n" } ?? "") + "---\n\n"
      + "## where\n\n```\n\(answers.where)\n```\n\n## pick\n\n```\n\(answers.pick)\n```\n"
  }

  @Test func eachStudentsRightAnswersPassForThemAndFailForAnother() throws {
    // Ada, and the first classmate whose numbers and order of choices both differ.
    let ada = try Self.parse(student: "ada")
    let adaAnswers = try Self.rightAnswers(for: "ada")
    let classmates = ["bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kit"]
    let bob = try #require(
      classmates.first { name in
        guard let lesson = try? Self.parse(student: name),
          let answers = try? Self.rightAnswers(for: name)
        else { return false }
        return lesson.drawnDescription != ada.drawnDescription && answers.pick != adaAnswers.pick
      })
    let bobLesson = try Self.parse(student: bob)
    // Each student's reference is the closed form of their own draw: start - 0.2*(start - low).
    for lesson in [ada, bobLesson] {
      let values = Dictionary(uniqueKeysWithValues: lesson.drawn.map { ($0.name, $0.value) })
      let low = try #require(values["low"].flatMap(Double.init))
      let start = try #require(values["start"].flatMap(Double.init))
      guard case .ask(let question)? = lesson.block(id: "where")?.kind,
        case .number(let reference, _) = question.answer
      else { throw Failure("'where' is a number question") }
      #expect(reference == (start - 0.2 * (start - low)).formatted(significantDigits: 6))
    }
    let (library, folder) = try Self.classroom()
    try Self.submission(id: "ada", answers: adaAnswers)
      .write(toFile: folder + "/class/ada.md", atomically: true, encoding: .utf8)
    try Self.submission(id: bob, answers: adaAnswers)
      .write(toFile: folder + "/class/bob.md", atomically: true, encoding: .utf8)
    try Self.submission(id: nil, answers: adaAnswers)
      .write(toFile: folder + "/class/nobody.md", atomically: true, encoding: .utf8)
    var grading = try ClassGrader(library: library, lessonArguments: [], seed: 1)
    grading.variants = true
    let report = grading.report(for: try ClassGrader.files(in: [folder + "/class"]))
    let grades = Dictionary(
      uniqueKeysWithValues: report.submissions.map { (Submission.fileName($0.source), $0) })
    #expect(grades["ada"]?.grades.map(\.status) == [.passed, .passed])
    #expect(grades["ada"]?.variant == ada.drawnDescription)
    #expect(grades["bob"]?.grades.map(\.status) == [.failed, .failed])
    #expect(grades["bob"]?.variant == bobLesson.drawnDescription)
    #expect(grades["nobody"]?.grades == [])
    #expect(grades["nobody"]?.problem?.hasPrefix("not gradable with variants on: nothing says who made it") == true)

    // Without variants, everyone is graded against the course's numbers.
    var plain = try ClassGrader(library: library, lessonArguments: [], seed: 1)
    plain.variants = false
    let course = plain.report(for: [folder + "/class/nobody.md"])
    let courseStatus: [BlockGrade.Status] = [
      adaAnswers.where == "5.4" ? .passed : .failed, adaAnswers.pick == "a" ? .passed : .failed,
    ]
    #expect(course.submissions[0].grades.map(\.status) == courseStatus)
    #expect(course.submissions[0].variant == nil)
  }

  @Test func thePlatformsIdentityDecidesTheDrawOverAForgedID() throws {
    let (library, folder) = try Self.classroom()
    // Bob submits Ada's right answers under Ada's id; Gradescope knows it came from Bob.
    try Self.submission(id: "ada", answers: try Self.rightAnswers(for: "ada"))
      .write(toFile: folder + "/class/forged.md", atomically: true, encoding: .utf8)
    var grading = try ClassGrader(library: library, lessonArguments: [], seed: 1)
    grading.variants = true
    grading.platform = PlatformIdentity(
      platform: "Gradescope", users: [.init(email: "bob", id: "7", name: "Bob")])
    var report = grading.report(for: [folder + "/class/forged.md"])
    report.settleIdentities(platform: grading.platform)
    // Graded as Bob's draw: Ada's answers pass only where Bob's coincide with them.
    let ada = try Self.rightAnswers(for: "ada")
    let bob = try Self.rightAnswers(for: "bob")
    #expect(report.submissions[0].variant == (try Self.parse(student: "bob")).drawnDescription)
    #expect(report.submissions[0].variant != (try Self.parse(student: "ada")).drawnDescription)
    let expected: [BlockGrade.Status] = [
      ada.where == bob.where ? .passed : .failed, ada.pick == bob.pick ? .passed : .failed,
    ]
    #expect(report.submissions[0].grades.map(\.status) == expected)
    #expect(expected.first == .failed)
    #expect(report.submissions[0].identity == "bob")
    #expect(
      report.submissions[0].identityNote
        == "the file says id: ada, but Gradescope received it from bob: graded as bob")
  }
}

/// The data files the normalization lesson's variants read: each `-z.csv` holds the
/// z-scores of its flats' sizes (population standard deviation, 4 decimals), and the same
/// prices.
@Suite struct VariantDataTests {
  static func columns(_ name: String) throws -> (x: [Double], y: [Double]) {
    let text = try String(
      contentsOfFile: RepositoryPaths.lessons + "/data/\(name).csv", encoding: .utf8)
    let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    return (rows.compactMap { Double($0[0]) }, rows.compactMap { Double($0[1]) })
  }

  @Test(arguments: [
    "flats", "normalization-flats-b", "normalization-flats-c", "normalization-flats-d",
  ])
  func theZScoreFileIsTheZScoresOfTheFlats(name: String) throws {
    let raw = try Self.columns(name)
    let z = try Self.columns(name + "-z")
    let n = Double(raw.x.count)
    let mean = raw.x.reduce(0, +) / n
    let sd = (raw.x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
    #expect(z.x.count == raw.x.count)
    for (size, score) in zip(raw.x, z.x) {
      #expect(abs((size - mean) / sd - score) <= 0.00005, "\(name): size \(size)")
    }
    #expect(z.y == raw.y)
  }
}

/// A test's own failure, for guards that need a message.
private struct Failure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
