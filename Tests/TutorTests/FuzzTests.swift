import Descent
import Foundation
import Interchange
import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// Seeded fuzzing of every reader of outside input: lessons (parser and linter), CSV files
/// (as `train` and as `plot` with every chart kind), submissions (parsed and graded) and the
/// progress file. Each input is a valid one mutated; none may trap, and none may take more
/// than the bound, which catches quadratic behaviour on the large inputs the mutations
/// make. Each test prints how many inputs it ran and how long they took.
@Suite struct FuzzTests {
  static let library = LessonLibrary(directory: RepositoryPaths.lessons)

  static func lessonTexts() throws -> [(file: String, text: String)] {
    try library.files().map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
  }

  // MARK: - Lessons

  @Test func mutatedLessonsParseAndLintWithoutATrap() async throws {
    let lessons = try Self.lessonTexts()
    var mutator = Mutator(
      corpus: lessons.map(\.text),
      tokens: [
        "---\n", "\n## ", "<!-- id: x -->", "```ask\n", "```task\n", "```exercise\n",
        "```run\n", "```predict\n", "```hint\n", "```plot\n", "```\n", "{{", "}}",
        "{{answer x}}", "{{loss}}", "answer: ", "tolerance: ", "choices:\n", "  a: ",
        "goal: ", "solution:\n", "  - ", "mistakes:\n", "reference: ", "&a ", "*a", "!!",
        "dataset: data/flats.csv\n", "model: mlp:1-99-1\n", "lr: 1e308\n", "views: [", "]",
        "step 100000\n", "data ../../etc/passwd\n", "\t", "\r\n", "\u{FEFF}",
      ],
      seed: 0x1E55_0125)
    let loader = Self.library.loader(forLessonAt: lessons[0].file)
    var run = FuzzRun("lessons", bound: 5)
    for index in 0..<1500 {
      if index % 16 == 0 { await Task.yield() }
      let text = mutator.nextText()
      run.run(text) {
        // Two draws a lesson: the fuzz is after traps, not after every variant.
        _ = LessonLinter.problems(in: text, file: "fuzz.md", loader: loader, variants: 2)
      }
    }
    run.report()
    #expect(run.count == 1500)
  }

  // MARK: - CSV

  static let csvCorpus = [
    "size,price\n1,150\n2,300\n3,450\n4,600\n5,750\n",
    "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n",
    "\"a, quoted\",b\n1e3,-2.5\n  7 , 8 \n\n9,10\n",
    "t,loss\r\n1,247500\r\n2,1e-300\r\n3,5e-324\r\n4,1e308\r\n5,-1e308\r\n",
    "only\n1\n2\n3\n",
    "a,b,c,d,e,f\n1,2,3,4,5,6\n-1,-2,-3,-4,-5,-6\n0,0,0,0,0,0\n",
  ]

  static let csvTokens = [
    ",", "\"", "\"\"", "\n", "\r", "\r\n", "nan", "inf", "-inf", "1e999", "0x10", "1_000",
    "+", "-", ".", "e", "\u{1B}[31m", "\u{0}", ",,,,", "\"a\nb\"", "#", " ",
  ]

  @Test func mutatedCSVFilesReadAndPlotWithoutATrap() async {
    var mutator = Mutator(corpus: Self.csvCorpus, tokens: Self.csvTokens, seed: 0xC5_7F11E5)
    var run = FuzzRun("CSV (train and plot)", bound: 3)
    for index in 0..<3000 {
      if index % 16 == 0 { await Task.yield() }
      let text = mutator.nextText()
      run.run(text) {
        _ = try? Dataset(csv: text, source: "fuzz.csv")
        guard let table = try? CSVTable(csv: text, source: "fuzz.csv"), !table.names.isEmpty
        else { return }
        let columns = zip(table.names, table.columns).map { ColumnPlot.Column($0, $1) }
        let x = columns.count > 1 ? columns[0] : nil
        let ys = Array(columns.dropFirst(columns.count > 1 ? 1 : 0))
        let style = ChartStyle(theme: .standard, tier: index % 2 == 0 ? .braille : .ascii)
        for kind in ColumnPlot.Kind.allCases {
          for logarithmic in [false, true] {
            let chart = ColumnPlot.chart(
              kind: kind, x: x, ys: kind == .bar ? Array(ys.prefix(1)) : ys,
              logarithmicY: logarithmic, style: style)
            var frame = Frame(width: 80, height: 24)
            frame.draw(chart, in: frame.bounds)
            var small = Frame(width: 13, height: 5)
            small.draw(chart, in: small.bounds)
          }
        }
        // A histogram of every column, as the weights view would draw it.
        for column in table.columns {
          var frame = Frame(width: 60, height: 12)
          frame.draw(BarChart.histogram(column, bins: 7, style: style), in: frame.bounds)
        }
      }
    }
    run.report()
  }

  /// The timings the sweep found quadratic, each bounded: a header of control characters
  /// or of quoted spaces, and a bad cell, at 1 MB.
  @Test(arguments: [
    String(repeating: "\u{1}", count: 1 << 20) + ",y\n1,2\n",
    "\"" + String(repeating: " ", count: 1 << 20) + "\",y\n1,2\n",
    "x,y\n1," + String(repeating: "\u{7}", count: 1 << 20) + "\n",
    "x,y\n" + String(repeating: "1,2\n", count: 1 << 18),
  ])
  func largeHostileCSVFilesReadInLinearTime(text: String) {
    var run = FuzzRun("1 MB hostile CSV", bound: 6)
    run.run(text) {
      _ = try? Dataset(csv: text, source: "big.csv")
      _ = try? CSVTable(csv: text, source: "big.csv")
    }
    run.report()
  }

  @Test func sanitizingIsLinear() {
    var run = FuzzRun("sanitizing 2 MB", bound: 2)
    let text =
      String(repeating: "\u{1}", count: 1 << 21) + "a" + String(repeating: " ", count: 1 << 20)
    let expected =
      String(repeating: "\u{FFFD}", count: 1 << 21) + "a" + String(repeating: " ", count: 1 << 20)
    run.run(text) { #expect(text.sanitizedForDisplay == expected) }
    let spaced = " \u{1}a\u{7F}\u{85}b \u{0}"
    #expect(spaced.sanitizedForDisplay == " \u{FFFD}a\u{FFFD} b \u{FFFD}")
    run.report()
  }

  // MARK: - Submissions

  /// A submission answering every checked block of `lesson` with its own answer.
  static func submission(for lesson: Lesson) -> String {
    var text = "---\nlesson: \(lesson.id)\nstudent: Ada\n---\n"
    for block in lesson.checkedBlocks {
      let answer: String
      switch block.kind {
      case .task(let task): answer = task.solution.joined(separator: "\n")
      default: answer = LessonLinter.ownAnswer(block).replacingOccurrences(of: "; ", with: "\n")
      }
      text += "\n## \(block.id)\n\n```\n\(answer)\n```\n"
    }
    return text
  }

  @Test func mutatedSubmissionsParseAndGradeWithoutATrap() async throws {
    let files = try Self.library.files()
    let lessons = try files.map { try Self.library.load($0) }
    var graders: [String: Grader] = [:]
    for (lesson, file) in zip(lessons, files) {
      graders[lesson.id] = Grader(lesson: lesson, loader: Self.library.loader(forLessonAt: file))
    }
    var mutator = Mutator(
      corpus: lessons.map(Self.submission(for:)),
      tokens: [
        "## ", "```\n", "---\n", "lesson: ", "student: ", "\"\u{1B}[31mRed\u{1B}[0m\"",
        "step 100000\n", "lr 1e308\n", "model poly:2\n", "backstep\n", "view graph\n",
        "data /dev/zero\n", "m = 1e308\n", "answer ", "; ", "\n\n", "X @ X\n",
      ],
      seed: 0x5B_3155)
    var run = FuzzRun("submissions", bound: 5)
    for index in 0..<1500 {
      if index % 16 == 0 { await Task.yield() }
      let text = mutator.nextText()
      run.run(text) {
        guard let submission = try? Submission.parse(text, file: "fuzz.md") else { return }
        let grader = submission.lessonID.flatMap { graders[$0] } ?? graders.values.first
        _ = grader?.grade(submission)
      }
    }
    run.report()
  }

  // MARK: - Expressions

  /// The lines of the course's example 1 and of the lessons' exercises, mutated, typed at
  /// the prompt of a linear, an MLP and a function session.
  @Test func mutatedExpressionsEvaluateWithoutATrap() async {
    var mutator = Mutator(
      corpus: [
        "D_m = (-2/n) * sum(X * (Y - Y_pred))", "D_c = (-2/n) * sum(Y - Y_pred)",
        "m = m - L*D_m", "c = c - L*D_c", "mean((Y - Y_pred)^2)", "W1 @ [[1], [2]] + b1",
        "sigmoid(X @ w + b)", "grad[0]", "X.T @ X", "outer([1, 2], [3, 4])", "W1[0, 1]",
        "max(abs(grad))", "-sum(Y*log(Y_pred) + (1 - Y)*log(1 - Y_pred))/n",
        "[[1, 2], [3, 4]] ** 2", "not (loss < 1) or epoch >= 3", "x = 2.5e3",
      ],
      tokens: [
        "(", ")", "[", "]", ",", "@", "**", "^", ".T", "1e308", "-1e308", "5e-324", "nan",
        "sum(", "exp(", "log(", "sqrt(", "relu(", "tanh(", "dot(", "outer(", "len(", "X",
        "Y", "W1", "h1", "grad", "=", "==", "and ", "not ", "[0]", "[-1]", "[1:2]", "'",
        String(repeating: "(", count: 300), String(repeating: "[", count: 300),
      ],
      seed: 0xE7_9E55)
    var sessions = [Session(), Session(), Session()]
    sessions[1].apply(line: "data xor")
    sessions[1].apply(line: "model mlp:2-3-1 relu")
    sessions[2].apply(line: "model function (1 - x)^2 + 100*(y - x^2)^2")
    var run = FuzzRun("expressions", bound: 3)
    for index in 0..<3000 {
      if index % 16 == 0 { await Task.yield() }
      let line = mutator.nextText()
      run.run(line) {
        var session = sessions[index % sessions.count]
        session.apply(line: line)
        // Drawn now and then: the landscape of a function is sampled afresh each time.
        if index % 10 == 0 { _ = Pictures(session.workspace).render(width: 40, height: 12) }
      }
    }
    run.report()
  }

  // MARK: - Progress

  @Test func mutatedProgressFilesLoadWithoutATrap() async throws {
    var book = ProgressBook()
    for lesson in try Self.library.files().map({ try Self.library.load($0) }) {
      var progress = LessonProgress(lessonID: lesson.id, started: 1_800_000_000)
      progress.stepID = lesson.steps.last?.id
      progress.visitedSteps = lesson.steps.map(\.id)
      for block in lesson.checkedBlocks {
        progress.answers[block.id] = AnswerRecord(
          answer: LessonLinter.ownAnswer(block), verdict: .passed, attempts: 2,
          updated: 1_800_000_100)
      }
      book.lessons[lesson.id] = progress
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "downhill-fuzz-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("progress.json").path
    var mutator = Mutator(
      corpus: [book.text, "{}", "{\"version\": 1, \"lessons\": {}}"],
      tokens: [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999", "-0", "\\u0000",
        "\\ud800", "\"lessons\"", "\"version\"", "\"answers\"", "\"step\"", "9999999999999999999",
      ],
      seed: 0x9A_0C0E55)
    var run = FuzzRun("progress files", bound: 3)
    for index in 0..<3000 {
      if index % 16 == 0 { await Task.yield() }
      let bytes = mutator.nextBytes()
      let text = String(decoding: bytes, as: UTF8.self)
      run.run(text) {
        _ = try? ProgressBook(parsing: text, source: "progress.json")
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        let store = ProgressStore(path: path, clock: { 1_800_000_000 })
        _ = try? store.load()
        // A corrupt file is moved aside; start each input afresh.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
          try? FileManager.default.removeItem(atPath: folder.appendingPathComponent(name).path)
        }
      }
    }
    run.report()
  }
}
