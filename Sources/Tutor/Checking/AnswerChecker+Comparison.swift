import Descent

extension AnswerChecker {
  /// Compares the values an answer computes with the reference's, on the session and on
  /// random states: pass, or the first difference as a counterexample, naming a known
  /// mistake when the answer matches one.
  func compare(
    answer: String, reference: [String], states space: StateSpace, tolerance: Double,
    of block: CheckedBlock, in workspace: Workspace, context: CheckContext
  ) -> Verdict {
    let mistakes = block.mistakes
    let answerLines = Statement.split(answer)
    guard !answerLines.isEmpty else {
      return Verdict(
        passed: false, feedback: ["write your answer after answer"], isUnreadable: true)
    }
    var given: [Statement] = []
    for line in answerLines {
      do {
        given.append(try Statement.parse(line, limits: limits.forAnswers))
      } catch {
        return .unreadable(error, in: line)
      }
    }
    guard
      let expected = try? reference.map({ line throws(ExpressionError) in
        try Statement.parse(line)
      })
    else {
      return Verdict(
        passed: false, feedback: ["this exercise's reference does not parse"], isUnreadable: true)
    }
    var targets: [String] = []
    for name in expected.compactMap(\.assignedName) where !targets.contains(name) {
      targets.append(name)
    }
    let assignedByAnswer = Set(given.compactMap(\.assignedName))
    let single = targets.count <= 1 && given.count == 1 && given[0].assignedName == nil
    if !single, let missing = targets.first(where: { !assignedByAnswer.contains($0) }) {
      return Verdict(
        passed: false,
        feedback: ["your answer does not assign \(missing); write \(missing) = …"],
        isUnreadable: true)
    }
    let allowed = Allowlist(block, reference: expected, context: context, in: workspace)
    if let refusal = allowed.refusal(of: given, workspace: workspace) { return refusal }
    // The earlier exercises' definitions these lines read, run first on every state.
    let ownPrelude = context.prelude(for: given, student: true, in: workspace)
    let referencePrelude = context.prelude(for: expected, student: false, in: workspace)
    let read = (referencePrelude + expected).reduce(into: Set<String>()) {
      $0.formUnion($1.referencedNames)
    }
    let states = workspace.checkStates(space, reading: read, seed: seed)
    return judge(
      Comparison(
        states: states, targets: targets, single: single, tolerance: tolerance,
        mistakes: mistakes, reference: reference),
      in: workspace,
      reference: { state in
        Result { () throws(ExpressionError) in
          try Self.values(
            of: referencePrelude + expected, targets: targets, in: state.workspace,
            limits: .init())
        }.mapError { StateFailure($0.message) }
      },
      answer: { state in
        Result { () throws(ExpressionError) in
          try Self.values(
            of: ownPrelude + given, targets: targets, in: state.workspace, limits: limits,
            single: single)
        }.mapError { StateFailure($0.message) }
      },
      mistake: { mistake -> ((CheckState) -> [String: Value]?)? in
        guard
          let statements = try? Statement.split(mistake.answer).map({
            line throws(ExpressionError) in
            try Statement.parse(line)
          })
        else { return nil }
        let mistakeSingle = statements.count == 1 && statements[0].assignedName == nil
        // Which definitions a mistake reads does not change from state to state.
        let prelude = states.first.map {
          context.prelude(for: statements, student: false, in: $0.workspace)
        } ?? []
        return { state in
          try? Self.values(
            of: prelude + statements, targets: targets, in: state.workspace, limits: .init(),
            single: mistakeSingle)
        }
      })
  }

  /// Why an answer or a reference gave no values on a state.
  struct StateFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
  }

  /// What one comparison of an answer with its reference is over.
  struct Comparison {
    /// The states compared on, the session's own first.
    var states: [CheckState]
    /// The names compared, in the reference's order ("" alone for an expression's value).
    var targets: [String]
    /// Whether the answer is one expression standing for the single target.
    var single: Bool
    var tolerance: Double
    var mistakes: [KnownMistake]
    /// The reference's text, for naming a mistaken factor (a gradient from a square).
    var reference: [String]
  }

  /// Judges an answer against the reference state by state: pass, or the first
  /// difference as a counterexample, naming a known mistake (`mistake` gives a mistake's
  /// values on a state, nil when it has none there) or a constant factor the answer is
  /// off by. `reference` and `answer` give each state's values, or why they could not.
  func judge(
    _ comparison: Comparison, in workspace: Workspace,
    reference: (CheckState) -> Result<[String: Value], StateFailure>,
    answer: (CheckState) -> Result<[String: Value], StateFailure>,
    mistake: (KnownMistake) -> ((CheckState) -> [String: Value]?)?
  ) -> Verdict {
    let states = comparison.states
    let targets = comparison.targets
    let tolerance = comparison.tolerance
    func matching(_ results: [[String: Value]]) -> KnownMistake? {
      matchingMistake(
        comparison.mistakes, answers: results, states: Array(states.prefix(results.count)),
        tolerance: tolerance, values: mistake)
    }
    // Answer over reference, element by element, for each target: a constant factor in
    // the first wrong target names the mistake (a sign flip, a factor 2, a missing 1/n).
    var ratios: [String: [Double]] = [:]
    var wrongTarget: String?
    var firstDifference: Counterexample?
    var results: [[String: Value]] = []
    for state in states {
      let expected: [String: Value]
      let got: [String: Value]
      switch reference(state) {
      case .success(let values): expected = values
      case .failure(let failure):
        return Verdict(
          passed: false, feedback: ["this exercise's reference fails here: \(failure.message)"],
          isUnreadable: true)
      }
      switch answer(state) {
      case .success(let values): got = values
      case .failure(let failure):
        let place = state.description.place
        return .fail((place.isEmpty ? "" : place + ": ") + failure.message)
      }
      results.append(got)
      for name in expected.keys.sorted(by: { Self.order($0, $1, targets) }) {
        guard let want = expected[name], let given = got[name] else { continue }
        if want.shape != given.shape {
          let difference = Counterexample(
            state: state.description.parts, name: name.isEmpty ? "answer" : name,
            got: given.shapeDescription,
            expected: want.shapeDescription, place: state.description.place)
          // A known mistake of the same wrong shape (a mean for a vector) says more than
          // the shape alone.
          if let known = matching(results) {
            return Verdict(
              passed: false, feedback: [difference.sentence, known.feedback],
              misconception: known.name ?? "answered \(known.answer)",
              counterexample: difference)
          }
          return Verdict(
            passed: false,
            feedback: [difference.sentence + Self.shapeAdvice(got: given, expected: want)],
            counterexample: difference)
        }
        let scale = want.elements.reduce(0) { Swift.max($0, abs($1)) }
        for (index, (w, g)) in zip(want.elements, given.elements).enumerated() {
          if !Self.close(g, w, tolerance: tolerance, scale: scale), firstDifference == nil {
            firstDifference = Counterexample(
              state: state.description.parts, name: Self.component(name, index, of: want),
              got: Value.number(g).formatted, expected: Value.number(w).formatted,
              place: state.description.place)
            wrongTarget = name
          }
          if w != 0 && w.isFinite && g.isFinite { ratios[name, default: []].append(g / w) }
        }
      }
    }
    guard let difference = firstDifference else {
      return .pass(
        "right: it agrees with the reference on \(states.count) states of the session")
    }
    var feedback = [difference.sentence]
    var misconception: String?
    let kind = Misconception.target(named: wrongTarget ?? "", reference: comparison.reference)
    if let known = matching(results) {
      feedback.append(known.feedback)
      misconception =
        known.name ?? Self.factorName(ratios.values.flatMap { $0 }, workspace, kind)
        ?? "answered \(known.answer)"
    } else if let target = wrongTarget, let factor = Self.commonFactor(ratios[target] ?? []),
      let named = Misconception.named(
        factor: factor, rows: Self.rows(in: workspace), target: kind)
    {
      let whole = Self.commonFactor(ratios.values.flatMap { $0 }) != nil
      feedback.append(
        whole || targets.count <= 1
          ? named.feedback : named.feedback.replacing("your answer", with: "your \(target)"))
      misconception = whole || targets.count <= 1 ? named.name : "\(named.name) in \(target)"
    }
    return Verdict(
      passed: false, feedback: feedback, misconception: misconception,
      counterexample: difference)
  }

  /// The lesson's known mistake whose values the answer reproduces on every state.
  private func matchingMistake(
    _ mistakes: [KnownMistake], answers: [[String: Value]], states: [CheckState],
    tolerance: Double, values: (KnownMistake) -> ((CheckState) -> [String: Value]?)?
  ) -> KnownMistake? {
    mistakes.first { mistake in
      guard let valuesOn = values(mistake) else { return false }
      for (state, answer) in zip(states, answers) {
        guard let values = valuesOn(state) else { return false }
        for (name, value) in values {
          guard let got = answer[name], got.shape == value.shape else { return false }
          let scale = value.elements.reduce(0) { Swift.max($0, abs($1)) }
          for (a, b) in zip(got.elements, value.elements)
          where !Self.close(a, b, tolerance: tolerance, scale: scale) {
            return false
          }
        }
      }
      return true
    }
  }

  /// The targets' values after `statements` (or the last value, under the key "", for a
  /// plain expression; under the single target's name when `single`).
  static func values(
    of statements: [Statement], targets: [String], in workspace: Workspace,
    limits: ExpressionLimits, single: Bool = false
  ) throws(ExpressionError) -> [String: Value] {
    let result = try workspace.evaluating(statements, limits: limits)
    if targets.isEmpty { return ["": result.last] }
    if single, let name = targets.first { return [name: result.last] }
    var values: [String: Value] = [:]
    for name in targets { values[name] = result.assigned[name] }
    return values
  }

  /// Whether `got` is within `tolerance` of `want`, relative to the larger of the two and
  /// of the reference's largest element (so a 1e-17 where 0 is expected passes).
  static func close(_ got: Double, _ want: Double, tolerance: Double, scale: Double) -> Bool {
    if got == want || (got.isNaN && want.isNaN) { return true }
    guard got.isFinite, want.isFinite else { return false }
    let size = Swift.max(abs(got), abs(want), scale, 1e-300)
    return abs(got - want) <= tolerance * size
  }

  /// The name of the known factor all `ratios` share, if they share one.
  static func factorName(
    _ ratios: [Double], _ workspace: Workspace, _ kind: Misconception.Target
  ) -> String? {
    commonFactor(ratios).flatMap {
      Misconception.named(factor: $0, rows: rows(in: workspace), target: kind)?.name
    }
  }

  /// The same factor everywhere (within 1e-6), if every ratio agrees.
  static func commonFactor(_ ratios: [Double]) -> Double? {
    guard let first = ratios.first else { return nil }
    for ratio in ratios where abs(ratio - first) > 1e-6 * Swift.max(1, abs(first)) {
      return nil
    }
    return first
  }

  /// The session's number of training rows (for "missing 1/n").
  static func rows(in workspace: Workspace) -> Double {
    if case .number(let n)? = try? workspace.value(of: "n") { return n }
    return 0
  }

  /// `D_m`, `dw[1]` or `dW1[2][0]`: a component's name in a value of that shape.
  static func component(_ name: String, _ index: Int, of value: Value) -> String {
    let label = name.isEmpty ? "answer" : name
    switch value {
    case .number: return label
    case .vector: return "\(label)[\(index)]"
    case .matrix(_, let columns, _):
      return "\(label)[\(index / Swift.max(columns, 1))][\(index % Swift.max(columns, 1))]"
    }
  }

  /// A hint for a wrong shape.
  static func shapeAdvice(got: Value, expected: Value) -> String {
    if expected.shape.isEmpty && got.shape.count == 1 {
      return "; sum(…) or mean(…) adds up the rows"
    }
    if got.shape.count == 2 && expected.shape.count == 2 && got.shape == expected.shape.reversed() {
      return "; transpose it with .T"
    }
    return ""
  }

  /// Targets first in the reference's order, then anything else.
  static func order(_ a: String, _ b: String, _ targets: [String]) -> Bool {
    (targets.firstIndex(of: a) ?? Int.max, a) < (targets.firstIndex(of: b) ?? Int.max, b)
  }

}
