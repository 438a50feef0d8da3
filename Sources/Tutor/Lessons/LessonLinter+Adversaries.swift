import Descent

// Answers that must fail: lint tries them on every block, so a lesson cannot pass an
// answer that copies a value the session holds, a constant that is right only for this
// data, or a goal reached with `solve` or by setting the parameters by hand.

extension LessonLinter {
  /// Problems with one block under answers that must fail, tried on copies of `session`.
  static func adversaryProblems(
    _ block: CheckedBlock, in session: Session, checker: AnswerChecker, lesson: Lesson
  ) -> [LessonProblem] {
    var problems: [LessonProblem] = []
    func problem(_ message: String) {
      problems.append(LessonProblem(message, file: lesson.source, line: block.line))
    }
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .choice, .text: return []
      case .number, .expression: break
      }
      fallthrough
    case .exercise:
      let context = session.lesson?.context(for: block) ?? CheckContext()
      let targets = assignedTargets(of: block)
      var tried = copyingAnswers(
        targets: targets, in: session.workspace, except: context.definedNames)
      if case .ask(let question) = block.kind, case .number = question.answer {
        // A number question's right answer is a constant by nature.
      } else if let constant = constantAnswer(block, targets: targets, in: session, context) {
        tried.append(constant)
      }
      for answer in tried {
        let verdict = checker.check(block, answer: answer, in: session.workspace, context: context)
        if verdict.passed {
          problem(
            "the \(block.directive) '\(block.id)' accepts '\(answer)', which does not compute "
              + "its answer; list what an answer may use with uses:, or vary what it depends on")
        }
      }
    case .task(let task):
      guard task.means == .training else { return [] }
      for (answer, commands) in shortcuts(to: task, in: session) {
        var copy = session
        for command in commands { _ = copy.apply(line: command) }
        if checker.isMet(task, in: copy.workspace) {
          problem(
            "the task '\(block.id)' counts its goal reached by \(answer); a goal by training "
              + "must not")
        }
      }
    case .predict:
      break
    }
    return problems
  }

  /// The names a block's answer assigns (empty for an expression).
  private static func assignedTargets(of block: CheckedBlock) -> [String] {
    guard case .exercise(let exercise) = block.kind else { return [] }
    if exercise.program != nil { return exercise.compared }
    return exercise.reference.compactMap { try? Statement.parse($0).assignedName }
  }

  /// Answers that copy a value the session computes: each such name whole, and each of a
  /// vector's first elements (`D_m = grad[0]; D_c = grad[1]`).
  /// Names the lesson's earlier exercises defined are the student's own work, not copies.
  private static func copyingAnswers(
    targets: [String], in workspace: Workspace, except defined: Set<String>
  ) -> [String] {
    let revealing = (["grad", "loss", "Y_pred", "val_loss", "last_loss", "f"]
      + workspace.scratchpad.variables.keys.sorted()
      + (1...4).map { "h\($0)" }).filter { !defined.contains($0) }
    var answers: [String] = []
    for name in revealing {
      guard let value = try? workspace.value(of: name) else { continue }
      var sources = [name]
      if case .vector(let elements) = value {
        sources += elements.indices.prefix(4).map { "\(name)[\($0)]" }
      }
      if targets.isEmpty {
        answers += sources
      } else if case .vector(let elements) = value, elements.count == targets.count,
        targets.count > 1
      {
        answers.append(
          zip(targets, elements.indices).map { "\($0) = \(name)[\($1)]" }
            .joined(separator: "; "))
      } else {
        for source in sources {
          answers.append(targets.map { "\($0) = \(source)" }.joined(separator: "; "))
        }
      }
    }
    return answers
  }

  /// The reference's values in the session's own state, written as constants.
  private static func constantAnswer(
    _ block: CheckedBlock, targets: [String], in session: Session, _ context: CheckContext
  ) -> String? {
    let reference: [String]
    switch block.kind {
    case .exercise(let exercise) where exercise.program != nil:
      // The program's values where it ends on the session, written as assignments.
      guard let program = exercise.program,
        case .success(let values) = AnswerChecker.programValues(
          program, targets: targets, on: session.workspace)
      else { return nil }
      let parts = targets.compactMap { name in
        values[name].flatMap(literal).map { "\(name) = \($0)" }
      }
      return parts.count == targets.count ? parts.joined(separator: "\n") : nil
    case .exercise(let exercise): reference = exercise.reference
    case .ask(let question):
      guard case .expression(let expression, _) = question.answer else { return nil }
      reference = [expression]
    default: return nil
    }
    guard
      let statements = try? reference.map({ line throws(ExpressionError) in
        try Statement.parse(line)
      })
    else { return nil }
    let workspace = session.workspace
    let prelude = context.prelude(for: statements, student: false, in: workspace)
    guard let result = try? workspace.evaluating(prelude + statements) else { return nil }
    if targets.isEmpty { return literal(result.last) }
    let parts = targets.compactMap { name in
      result.assigned[name].flatMap(literal).map { "\(name) = \($0)" }
    }
    return parts.count == targets.count ? parts.joined(separator: "; ") : nil
  }

  /// A value as a literal with every digit: `12.5`, `[1, 2]`, `[[1, 2], [3, 4]]`.
  private static func literal(_ value: Value) -> String? {
    func number(_ x: Double) -> String? { x.isFinite ? "\(x)" : nil }
    switch value {
    case .number(let x): return number(x)
    case .vector(let xs):
      let parts = xs.compactMap(number)
      return parts.count == xs.count ? "[" + parts.joined(separator: ", ") + "]" : nil
    case .matrix(let rows, let columns, let xs):
      let parts = xs.compactMap(number)
      guard parts.count == xs.count, columns > 0 else { return nil }
      let lines = (0..<rows).map {
        "[" + parts[($0 * columns)..<(($0 + 1) * columns)].joined(separator: ", ") + "]"
      }
      return "[" + lines.joined(separator: ", ") + "]"
    }
  }

  /// Ways to a training goal that are not training, each with its commands: `solve`
  /// (after the solution's settings), and setting the parameters by hand to where the
  /// solution ends.
  private static func shortcuts(to task: LessonTask, in session: Session)
    -> [(String, [String])]
  {
    let settings = task.solution.filter { line in
      switch try? Command.parse(line) {
      case .step?, .play?, .rewind?: return false
      default: return true
      }
    }
    var ways: [(String, [String])] = []
    if session.workspace.run.function == nil {
      ways.append(("solve", settings + ["solve"]))
    }
    var solved = session
    for command in task.solution { _ = solved.apply(line: command) }
    if solved.isPlaying { solved.playBurst() }
    let run = solved.workspace.run
    let assignments: [String]
    if let function = run.function {
      assignments = zip(function.variables, function.point).map { "\($0) = \($1)" }
    } else {
      let raw = run.trainer.rawParameters
      assignments = run.trainer.model.layout.entries.compactMap { entry in
        literal(Value(raw, entry)).map { "\(entry.name) = \($0)" }
      }
    }
    ways.append(("setting the parameters by hand", settings + assignments))
    return ways
  }
}
