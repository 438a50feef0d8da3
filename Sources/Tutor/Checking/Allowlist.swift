/// What an answer may read: the names a block allows, so that an answer computes its
/// target instead of copying a value the session already holds (`grad`, `loss`,
/// `Y_pred`) or a variable worked out at the prompt.
///
/// A lesson lists them with `uses:`; by default they are the names the reference reads,
/// the data (`X`, `Y`, `n`), the rate and the model's parameters. Names the lesson's
/// earlier exercises defined are always allowed (they are re-run on every state), and so
/// is anything the answer assigns before it reads it.
struct Allowlist {
  /// The names allowed.
  var names: Set<String>
  /// The functions allowed; nil allows every function.
  var functions: Set<String>?
  /// The parameters as the student knows them, for suggestions (a line's m and c).
  private var shownParameters: [String] = []
  /// Other names of those parameters, allowed but not suggested.
  private var aliases: Set<String> = []

  /// Names always readable: the data and the learning rate.
  static let data: Set<String> = ["X", "Y", "n", "L", "lr"]

  /// The allowlist of `block`, whose reference is `reference`, in `workspace`.
  init(
    _ block: CheckedBlock, reference: [Statement], context: CheckContext, in workspace: Workspace
  ) {
    if let uses = block.uses {
      let known = Set(ExpressionFunction.allCases.map(\.rawValue))
      names = Set(uses.filter { !known.contains($0) })
      let listed = Set(uses.filter { known.contains($0) })
      functions = listed.isEmpty ? nil : listed
    } else {
      names = reference.reduce(into: Self.data) { $0.formUnion($1.referencedNames) }
      names.formUnion(workspace.parameterNames)
      shownParameters = workspace.parameterNames
      // A line's parameters read as m and c, and under the layout's names (w, b) too.
      aliases = Set(workspace.run.trainer.model.layout.entries.map(\.name))
        .subtracting(shownParameters)
      names.formUnion(aliases)
      functions = nil
    }
    names.formUnion(context.definedNames)
  }

  /// The verdict on an answer that reads a name (or calls a function) not allowed, saying
  /// what it used and what to use instead; nil when the answer keeps to the list.
  func refusal(of statements: [Statement], workspace: Workspace) -> Verdict? {
    var assigned: Set<String> = []
    for statement in statements {
      let read = statement.referencedNames.subtracting(assigned)
      if let name = read.subtracting(names).sorted().first {
        return Verdict(
          passed: false, feedback: [sentence(for: name, workspace: workspace)],
          misconception: "used \(name)")
      }
      if let functions,
        let function = statement.calledFunctions.subtracting(functions).sorted().first
      {
        return Verdict(
          passed: false,
          feedback: [
            "this answer may not use \(function)(…); use "
              + functions.sorted().map { "\($0)(…)" }.joined(separator: ", ")
          ], misconception: "used \(function)")
      }
      if let name = statement.assignedName { assigned.insert(name) }
    }
    return nil
  }

  /// Why `name` may not be read, and what to read instead.
  private func sentence(for name: String, workspace: Workspace) -> String {
    let instead = "work it out from " + readable.joined(separator: ", ")
    if workspace.scratchpad.variables[name] != nil && !workspace.isRunName(name) {
      return
        "your answer reads \(name), a variable of yours from the prompt, whose value does not "
        + "follow the states the answer is checked on; write its definition in the answer "
        + "(\(name) = …; then the rest), or \(instead)"
    }
    return "your answer reads \(name), a value the session computes for you; \(instead)"
  }

  /// The allowed names worth suggesting, in a stable order: data first.
  private var readable: [String] {
    let order = ["X", "Y", "n", "Y_pred"]
    let first = order.filter(names.contains)
    let parameters = shownParameters.filter { names.contains($0) && !order.contains($0) }
    let hidden = Set(order + parameters + ["L", "lr"]).union(aliases)
    return first + parameters + names.subtracting(hidden).sorted()
  }
}
