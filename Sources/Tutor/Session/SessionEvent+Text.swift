import Descent

// The one place events become the sentences the transcript and the REPL print.

extension SessionEvent {
  /// The lines of `events`, in order.
  public static func lines(_ events: [SessionEvent]) -> [String] {
    events.flatMap(\.lines)
  }

  /// What a student reads for this event.
  public var lines: [String] {
    switch self {
    case .trained(let epochs, let from, let to):
      if epochs.count == 1 {
        return [
          "epoch \(epochs.lowerBound): loss \(from.formatted(significantDigits: 6)) before the update"
        ]
      }
      return [
        "epochs \(epochs.lowerBound)–\(epochs.upperBound): loss "
          + "\(from.formatted(significantDigits: 6)) → \(to.formatted(significantDigits: 6))"
      ]
    case .diverged(let divergence):
      return [
        "diverged at epoch \(divergence.epoch): \(divergence.message)",
        "the update was not applied; rewind to go back, or change the rate",
      ]
    case .stopped(let divergence):
      return [
        "training stopped at epoch \(divergence.epoch): \(divergence.message)",
        "rewind to go back, or reset to start over",
      ]
    case .cannotPlay(let epoch):
      return ["training stopped at epoch \(epoch); rewind or reset first"]
    case .parameters(let snapshot): return [snapshot.text]
    case .stepped(let steps, let from, let to):
      if steps.count == 1 {
        return [
          "step \(steps.lowerBound): f = \(from.formatted(significantDigits: 7)) before the step"
        ]
      }
      return [
        "steps \(steps.lowerBound)–\(steps.upperBound): f = "
          + "\(from.formatted(significantDigits: 7)) → \(to.formatted(significantDigits: 7))"
      ]
    case .stalled(let snapshot): return [Self.stalled(snapshot)]
    case .rewound(let epoch, let snapshot):
      let unit = snapshot.isPoint ? "step" : "epoch"
      return ["back at \(unit) \(epoch): " + snapshot.text]
    case .stayed(let epoch, let snapshot): return ["at epoch \(epoch): " + snapshot.text]
    case .reset(let snapshot): return ["back to epoch 0: " + snapshot.text]
    case .solved(let snapshot, let loss):
      return ["least squares: " + snapshot.text + "; loss " + loss.formatted(significantDigits: 6)]
    case .settingChanged(let setting, let start):
      switch start {
      case nil: return [setting.text]
      case .over: return [setting.text + "; the run starts over at epoch 0"]
      case .continuing(let epoch):
        return [
          setting.text + "; continuing from the parameters of epoch \(epoch) "
            + "(the old curve is kept)"
        ]
      }
    case .setting(let setting): return [setting.text]
    case .minimizing(let source, let snapshot):
      let names = snapshot.variables.joined(separator: ", ")
      return ["minimizing f(\(names)) = \(source) by gradient descent from " + snapshot.text]
    case .movedStart(let name, let value, let snapshot):
      return ["\(name) = \(value.formatted)", "starting over from " + snapshot.text]
    case .compared(let comparison): return comparison.summary
    case .branched(let epoch):
      return [
        "branching at epoch \(epoch): the next change of settings continues from here, "
          + "with this run's loss curve kept for comparison"
      ]
    case .value(let value): return [value.formatted]
    case .assigned(let name, let value): return ["\(name) = \(value.formatted)"]
    case .modelMoved(let snapshot, let loss):
      return [
        "the model moved: " + snapshot.text + "; loss " + loss.formatted(significantDigits: 6)
      ]
    case .printed(let lines): return lines
    case .showedFigure(let figure):
      return [figure.title.map { "figure: \($0)" } ?? "figure"]
    case .hidesSessionName(let name):
      return [
        "\(name) is now your own variable, hiding the one the session computes; del \(name) brings that back"
      ]
    case .trainedByLoop(let passes, let epochs, let from, let to):
      let count = passes == 1 ? "1 pass" : "\(passes) passes"
      let span = epochs.count == 1 ? "epoch \(epochs.lowerBound)" : "epochs \(epochs.lowerBound)–\(epochs.upperBound)"
      return [
        "\(count) of your loop trained the model (\(span)): loss "
          + from.formatted(significantDigits: 6) + " → " + to.formatted(significantDigits: 6)
      ]
    case .loopPaused(let passes):
      return [
        "your loop paused after pass \(passes): space or step runs the next pass, step N the next N, ^P plays, ^R goes back"
      ]
    case .continuing: return []
    case .playing(let speed):
      return ["playing at \(speed.shortDescription) epochs a second; pause to stop"]
    case .paused(let reason): return [Self.paused(reason)]
    case .played(let from, let to): return ["played epochs \(from)–\(to)"]
    case .speedChanged(let speed): return ["speed \(speed.shortDescription) epochs a second"]
    case .viewChanged(let view): return ["view \(view.rawValue)"]
    case .backstepped(let output, let node, let gradient, let inputs):
      return [
        "∂\(output)/∂(\(node)) = \(gradient.formatted(significantDigits: 6))"
          + (inputs.isEmpty ? "" : ", passed on to " + inputs.joined(separator: " and "))
      ]
    case .backwardFinished:
      return [
        "the backward pass is finished; every node holds its gradient (reset starts it again)"
      ]
    case .noGraph: return ["there is no graph to step through"]
    case .finished: return ["bye"]
    case .report(let lines): return lines
    case .lessonNotice(let notice): return notice.lines
    case .checking(let definitions): return ["checking " + definitions.joined(separator: "; ")]
    case .predicted(let answer): return ["you predict \(answer); running it:"]
    case .ran(_, let events, let failure):
      return Response(events, failure: failure).lines.map { "  " + $0 }
    case .stepRan: return []
    case .unreadable(_, let feedback): return feedback
    case .closed(_, let verdict, let explanation, let next):
      return Self.marked(verdict, passed: verdict.passed) + (explanation.map { [$0] } ?? [])
        + next.lines
    case .missed(_, let verdict, let advice):
      return Self.marked(verdict, passed: false) + [advice.text]
    case .hint(let index, let count, let text, let wasLast):
      return ["hint \(index + 1) of \(count): \(text)"]
        + (wasLast ? ["that was the last hint"] : [])
    case .revealed(_, let answers, let skipped, let explanation, let next):
      return answers.map { "the answer: " + $0 } + (skipped ? ["skipped"] : [])
        + (explanation.map { [$0] } ?? []) + next.lines
    case .presented(_, let outcome, let measured, let answers, let explanation):
      var lines: [String] = []
      if let outcome { lines.append("what happened: \(outcome)") }
      if let measured { lines.append("it came out at \(Value.number(measured).formatted)") }
      return lines + answers.map { "the answer: " + $0 } + (explanation.map { [$0] } ?? [])
    case .stepOpened(let index, let count, let title, let forwards):
      return [
        forwards
          ? "step \(index + 1) of \(count): \(title)" : "back to step \(index + 1) of \(count)"
      ]
    case .lessonFinished(let title): return ["you finished \(title)! lessons lists the others"]
    case .lessonList(let catalog):
      let width = catalog.map(\.id.count).max() ?? 0
      return catalog.map { listing in
        listing.id + String(repeating: " ", count: width - listing.id.count + 2) + listing.title
          + " — " + listing.status
      }
    case .progressNotSaved(let problem): return ["(progress not saved: \(problem))"]
    }
  }

  /// The sentence for a function that cannot step.
  static func stalled(_ snapshot: ParameterSnapshot) -> String {
    "f or its gradient is not a finite number at " + snapshot.text
      + "; the learning rate may be too high (rewind, or lr with a smaller rate)"
  }

  static func paused(_ reason: PauseReason) -> String {
    switch reason {
    case .stopped(let epoch): return "paused at epoch \(epoch)"
    case .diverged(let epoch): return "paused: diverged at epoch \(epoch)"
    case .stalled(let snapshot): return "paused: " + stalled(snapshot)
    case .steady: return "the loss stopped changing; paused"
    }
  }

  /// A verdict's feedback, its first line marked ✓ or ✗.
  static func marked(_ verdict: Verdict, passed: Bool) -> [String] {
    verdict.feedback.enumerated().map {
      ($0.offset == 0 ? (passed ? "✓ " : "✗ ") : "  ") + $0.element
    }
  }
}

extension Setting {
  /// `learning rate 0.05`, `batches of 8`, `training on every row`…
  public var text: String {
    switch self {
    case .learningRate(let rate): return "learning rate \(rate.shortDescription)"
    case .optimizer(let kind): return "optimizer \(kind.name)"
    case .batchSize(let size): return "batches of \(size == 0 ? "every row" : String(size))"
    case .batches(let size, let rows): return "batches of \(size) of \(rows) rows"
    case .model(let architecture): return "model \(architecture.name)"
    case .data(let name, let rows, let features, let target):
      return "data \(name): \(rows) rows, features " + features.joined(separator: ", ")
        + ", target \(target)"
    case .trainingFraction(let fraction):
      return fraction.map { "training on \($0.shortDescription) of the rows" }
        ?? "training on every row"
    case .rows(let training, let validation):
      return validation.map { "training on \(training) rows, validating on \($0)" }
        ?? "training on every row"
    case .normalization(let normalization): return "features \(normalization.rawValue)"
    case .loss(let loss): return "loss \(loss.name)"
    }
  }
}

extension ParameterSnapshot {
  /// `m = 33, c = 9` for a line named by the course, `w = [0.848], b = -0.204` for one named
  /// by its layout, `w = [..], b = ..` otherwise, `x = 2.7, f = 0.09` for a function.
  public var text: String {
    switch self {
    case .line(let slope, let intercept, let names):
      let m = slope.formatted(significantDigits: 7)
      let c = intercept.formatted(significantDigits: 7)
      return names == .course
        ? "m = \(m), c = \(c)" : "\(names.slope) = [\(m)], \(names.intercept) = \(c)"
    case .layers(let parameters):
      return parameters.prefix(4).map { parameter in
        let values = parameter.values.prefix(6).map { $0.formatted(significantDigits: 4) }
        let more = parameter.values.count > 6 ? ", …" : ""
        return parameter.shape.isEmpty
          ? "\(parameter.name) = \(values.first ?? "")"
          : "\(parameter.name) = [\(values.joined(separator: ", "))\(more)]"
      }.joined(separator: ", ")
    case .point(let variables, let point, let f):
      let coordinates = zip(variables, point).map {
        "\($0) = \($1.formatted(significantDigits: 7))"
      }
      return (coordinates + ["f = \(f.formatted(significantDigits: 7))"]).joined(separator: ", ")
    }
  }

  /// Whether this is a function's point (its descent counts steps, not epochs).
  var isPoint: Bool {
    if case .point = self { return true }
    return false
  }

  /// A function's variables; none for a model.
  var variables: [String] {
    if case .point(let variables, _, _) = self { return variables }
    return []
  }
}

extension NextStep {
  var lines: [String] {
    switch self {
    case .block(let prompt): return ["next: " + prompt]
    case .nextStep: return ["type next to continue"]
    case .lastStep: return ["that was the last step: type next to finish the lesson"]
    }
  }
}

extension MissAdvice {
  var text: String {
    switch self {
    case .tryAgain(let hasHints): return hasHints ? "try again, or type hint" : "try again"
    case .revealOpen: return "type hint for a hint, reveal to see the answer, or skip to move on"
    case .keepExperimenting(let hasHints, let revealOpen):
      let hint = hasHints ? "; hint gives a hint" : ""
      return revealOpen
        ? "keep experimenting\(hint), or reveal to see a way there" : "keep experimenting\(hint)"
    }
  }
}

extension LessonNotice {
  var lines: [String] {
    switch self {
    case .noLesson(let listing):
      return [
        listing
          ? "no lessons are open here; try downhill play"
          : "there is no lesson open; start one with downhill play LESSON or "
            + "downhill repl --lesson FILE"
      ]
    case .onlyThisLesson: return ["only this lesson is open here"]
    case .nothingOpen(.answer): return ["nothing to answer in this step; type next to continue"]
    case .nothingOpen(.check): return ["nothing to check in this step; type next to continue"]
    case .nothingOpen(.revealOrSkip): return ["nothing is open in this step; type next to continue"]
    case .taskIsReached(let goal):
      return [
        "this is a task: reach the goal by experimenting (\(goal)); check says where you stand"
      ]
    case .goalReachedOtherwise(let reason): return [reason]
    case .answerWith(let example): return ["answer it with answer …, such as " + example]
    case .predictionProblem(let problem): return [problem]
    case .nothingToReveal:
      return ["a prediction has no answer to reveal: make one, or skip to just run it"]
    case .revealLocked(let word, let misses, let hasHints):
      let tries = misses == 1 ? "1 try" : "\(misses) tries"
      return [
        "\(word) is open after \(LessonRunner.missesBeforeReveal) tries (\(tries) so far); "
          + (hasHints ? "hint gives a hint" : "have a go")
      ]
    case .noHints: return ["this step has no hints"]
    case .firstStep: return ["this is the first step"]
    case .finishFirst(let directive, let prompt):
      return [
        "first finish this step's \(directive): \(prompt)",
        "(after \(LessonRunner.missesBeforeReveal) tries you may reveal or skip it)",
      ]
    }
  }
}
