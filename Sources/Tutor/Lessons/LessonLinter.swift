import Descent

/// Checks a lesson beyond its syntax by walking it as a student would, with the lesson's
/// own answers: every set-up and `run` command must succeed, every placeholder must show,
/// every `ask` must accept its own answer and reject its known mistakes, every exercise
/// must accept its reference, every task's solution must meet its goal, and every
/// prediction must find an outcome.
public enum LessonLinter {
  /// How many of a lesson's variants lint walks: all of them up to this many, else this
  /// many chosen to take every value of every name.
  public static let variantsWalked = 12

  /// Every problem in the lesson `text` read from `file`, in file order.
  ///
  /// The lesson is walked with the course's numbers in the file's order, then, with its
  /// choices in a student's order, at each of up to `variants` of its variants (the names
  /// its front matter varies): a problem found only at a variant says which values it
  /// was found with.
  public static func problems(
    in text: String, file: String, loader: DataLoader,
    checker: AnswerChecker = AnswerChecker(), variants limit: Int = variantsWalked
  ) -> [LessonProblem] {
    let (parsed, problems) = LessonParser.parseReportingProblems(
      text, file: file, loader: loader)
    guard let lesson = parsed, problems.isEmpty else { return problems }
    var found = walk(lesson, loader: loader, checker: checker)
    found += nameClashes(lesson, loader: loader)
    guard found.isEmpty else { return found.sorted(by: LessonProblem.fileOrder) }
    let (variants, _) = LessonVariants.read(text, file: file)
    var seen: Set<String> = []
    for (number, draw) in variants.drawsToCheck(limit: limit).enumerated() {
      let (drawnLesson, drawProblems) = LessonParser.parseReportingProblems(
        text, file: file, student: "lint-\(number)", draw: draw, loader: loader)
      var problems = drawProblems
      if let drawnLesson, problems.isEmpty {
        problems = walk(drawnLesson, loader: loader, checker: checker)
      }
      let values = variants.values(of: draw).map { "\($0.name) = \($0.value)" }
      let context =
        values.isEmpty || draw == variants.defaultDraw
        ? "with the choices in a student's order: "
        : "with " + values.joined(separator: ", ") + ": "
      for problem in problems where seen.insert(problem.message).inserted {
        var located = problem
        located.message = context + problem.message
        found.append(located)
      }
    }
    return found.sorted(by: LessonProblem.fileOrder)
  }

  /// A variant or derived name that the session already has (`x`, `loss`, `lr`…) would
  /// mean two things in the lesson's expressions: each is a problem at the front matter.
  static func nameClashes(_ lesson: Lesson, loader: DataLoader) -> [LessonProblem] {
    guard !lesson.drawn.isEmpty,
      let session = try? LessonWalk(lesson, loader: loader, options: LessonOptions()).session
    else { return [] }
    return lesson.drawn.compactMap { value in
      guard (try? session.workspace.value(of: value.name)) != nil else { return nil }
      return LessonProblem(
        "'\(value.name)' is a name the session already has; give the variant another name",
        file: lesson.source, line: 2)
    }
  }

  /// The problems found by walking a parsed lesson.
  static func walk(_ lesson: Lesson, loader: DataLoader, checker: AnswerChecker)
    -> [LessonProblem]
  {
    var walk: LessonWalk
    do {
      walk = try LessonWalk(
        lesson, loader: loader, options: LessonOptions(checker: checker),
        progress: LessonProgress(lessonID: lesson.id, started: 0))
    } catch {
      // Each set-up problem is already one sentence, from the command's typed failure.
      return error.problems
    }
    var problems: [LessonProblem] = []
    let blockIDs = Set(lesson.checkedBlocks.map(\.id))
    var runOutput: [String] = []
    let metExpressions = Placeholders.metExpressions(in: lesson)
    walk.walk(
      lesson.steps.indices,
      failed: { command, line, failure in
        problems.append(
          LessonProblem(
            "'\(command)' fails: " + failure.message, file: lesson.source, line: line))
      },
      ran: { step, session, printed in
        for text in step.paragraphs + step.checks.map(\.prompt) {
          problems += placeholderProblems(
            text, workspace: session.workspace, blockIDs: blockIDs, lesson: lesson,
            line: step.line)
        }
        runOutput = printed
      },
      visit: { block, session in
        problems += leakProblems(block, in: session, runOutput: runOutput, lesson: lesson)
        problems += adversaryProblems(block, in: session, checker: checker, lesson: lesson)
        problems += check(block, in: &session, checker: checker, lesson: lesson)
        problems += captureProblems(
          block, capturing: metExpressions[block.id] ?? [], in: session.workspace, lesson: lesson)
      })
    return problems
  }

  /// Problems with `{{…}}` placeholders in `text` at this point of the lesson: each block
  /// named must exist, and each expression must show in the workspace here.
  static func placeholderProblems(
    _ text: String, workspace: Workspace, blockIDs: Set<String>, lesson: Lesson, line: Int
  ) -> [LessonProblem] {
    var problems: [LessonProblem] = []
    func problem(_ message: String) {
      problems.append(LessonProblem(message, file: lesson.source, line: line))
    }
    func evaluate(_ expression: String, shownAs inner: String) {
      do {
        _ = try workspace.value(of: expression)
      } catch {
        problem("{{\(inner)}} cannot be shown here: \(error.message)")
      }
    }
    for inner in Placeholders.inners(of: text) {
      guard let inner else {
        problem("a {{ placeholder is never closed with }}")
        break
      }
      switch Placeholders.Kind(inner) {
      case .answer(let id):
        if !blockIDs.contains(id) {
          problem("{{\(inner)}}: the lesson has no block with the id '\(id)'")
        }
      case .met(let id, let expression):
        if !blockIDs.contains(id) {
          problem("{{\(inner)}}: the lesson has no block with the id '\(id)'")
        } else if expression.isEmpty {
          problem("{{\(inner)}}: write what to show after the id, as in {{met \(id) lr}}")
        }
      case .live(let expression), .demonstration(let expression):
        evaluate(expression, shownAs: inner)
      }
    }
    return problems
  }

  /// Problems with what `{{met ID …}}` placeholders capture when `block` is finished (its
  /// `expressions`): each must show in the workspace the block leaves, whatever the step
  /// that quotes it holds by then.
  static func captureProblems(
    _ block: CheckedBlock, capturing expressions: [String], in workspace: Workspace,
    lesson: Lesson
  ) -> [LessonProblem] {
    var problems: [LessonProblem] = []
    for expression in expressions {
      do {
        _ = try workspace.value(of: expression)
      } catch {
        problems.append(
          LessonProblem(
            "{{met \(block.id) \(expression)}} cannot be captured when '\(block.id)' is "
              + "finished: \(error.message)", file: lesson.source, line: block.line))
      }
    }
    return problems
  }

  /// Problems with one checked block, leaving the session as if it were answered.
  static func check(
    _ block: CheckedBlock, in session: inout Session, checker: AnswerChecker, lesson: Lesson
  ) -> [LessonProblem] {
    var problems: [LessonProblem] = []
    func problem(_ message: String) {
      problems.append(LessonProblem(message, file: lesson.source, line: block.line))
    }
    let record: AnswerRecord
    switch block.kind {
    case .ask, .exercise:
      let answer = ownAnswer(block)
      let context = session.lesson?.context(for: block) ?? CheckContext()
      let verdict = checker.check(block, answer: answer, in: session.workspace, context: context)
      if !verdict.passed {
        problem(
          "the \(block.directive) '\(block.id)' rejects its own answer '\(answer)': "
            + verdict.sentences.joined(separator: " "))
      }
      for mistake in block.mistakes {
        let wrong = checker.check(
          block, answer: block.typed(mistake.answer), in: session.workspace, context: context)
        if wrong.passed {
          problem(
            "the \(block.directive) '\(block.id)' accepts its known mistake '\(mistake.answer)' "
              + "as right")
        } else if wrong.isUnreadable {
          problem(
            "the known mistake '\(mistake.answer)' of '\(block.id)' cannot be checked: "
              + wrong.sentences.joined(separator: " "))
        }
      }
      record = AnswerRecord(answer: answer, verdict: .passed, attempts: 1, updated: 0)
    case .task(let task):
      do {
        _ = try session.workspace.value(of: task.condition)
      } catch {
        problem("the task '\(block.id)' condition fails: \(error.message)")
      }
      if task.solution.isEmpty {
        problem(
          "the task '\(block.id)' needs solution: the commands that reach its goal, run by "
            + "reveal and skip")
      }
      record = AnswerRecord(answer: "", verdict: .revealed, attempts: 0, updated: 0)
      // Held to the work a graded answer may do: a solution the grader would refuse from
      // a student is reported, not run for hours.
      let budget = session.workspace.run.budget
      session.workspace.run.budget = WorkBudget()
      for command in task.solution {
        if let failure = session.apply(line: command).failure {
          problem("the task '\(block.id)' solution '\(command)' fails: " + failure.message)
        }
      }
      session.workspace.run.budget = budget
      if !task.solution.isEmpty && !checker.isMet(task, in: session.workspace) {
        problem("the task '\(block.id)' solution does not meet its goal (\(task.condition))")
      }
      session.lesson?.progress.answers[block.id] = record
      return problems
    case .predict(let prediction):
      let budget = session.workspace.run.budget
      session.workspace.run.budget = WorkBudget()
      for command in prediction.run {
        if let failure = session.apply(line: command).failure {
          problem("the prediction '\(block.id)' run '\(command)' fails: " + failure.message)
        }
      }
      session.workspace.run.budget = budget
      switch prediction.outcome {
      case .choice(let choices, let conditions):
        var anyHolds = false
        for choice in choices {
          guard let condition = conditions[choice.key] else { continue }
          if condition == "otherwise" {
            anyHolds = true
            continue
          }
          do {
            if try session.workspace.holds(condition) { anyHolds = true }
          } catch {
            problem("the outcome '\(choice.key)' of '\(block.id)' fails: \(error.message)")
          }
        }
        if !anyHolds {
          problem("after the run of '\(block.id)', none of its outcomes holds")
        }
      case .number(let measure, _):
        do {
          guard case .number = try session.workspace.value(of: measure) else {
            problem("the measure of '\(block.id)' is not a number")
            break
          }
        } catch {
          problem("the measure of '\(block.id)' fails: \(error.message)")
        }
      }
      session.lesson?.progress.answers[block.id] = AnswerRecord(
        answer: "", verdict: .passed, attempts: 1, updated: 0)
      return problems
    }
    session.lesson?.progress.answers[block.id] = record
    session.setUp(after: block, record: record)
    return problems
  }

  /// The answer a block's author gave, as a student would type it.
  static func ownAnswer(_ block: CheckedBlock) -> String {
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .number(let reference, _): return reference
      case .choice(let choices, let correct): return choices.label(ofKey: correct)
      case .text(let accepted): return accepted.first ?? ""
      case .expression(let reference, _): return reference
      }
    case .exercise(let exercise):
      return exercise.program ?? exercise.reference.joined(separator: "; ")
    case .task, .predict: return ""
    }
  }
}
