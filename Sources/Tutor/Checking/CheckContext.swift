/// What an answer to one block is checked with beyond the workspace: the names the
/// lesson's earlier exercises defined, each re-run on every checked state.
///
/// Variables at the prompt are values, as in Python: `D_m` worked out at m = 0 keeps its
/// value when m moves. A later exercise that reads `D_m` (`m = m - L*D_m`) is checked on
/// states where m differs, so the definitions are run again there: the student's own lines
/// for the answer when they passed that exercise, the lesson's reference otherwise (and
/// always for the reference).
public struct CheckContext: Sendable {
  /// An earlier exercise's assignments.
  public struct Definition: Sendable {
    /// The exercise's id.
    public var block: String
    /// The names it assigns.
    public var names: [String]
    /// The lines run for the student's answer: their own if passed, else the reference's.
    var student: [Statement]
    /// The lesson's reference lines.
    var reference: [Statement]
  }

  /// The definitions, in lesson order.
  public var definitions: [Definition] = []

  /// No earlier definitions: a block checked on its own.
  public init() {}

  /// The definitions of the exercises before `block` in `lesson`; `passedAnswer` gives the
  /// student's answer to an exercise they passed (nil for one revealed, skipped or open).
  public init(
    before block: CheckedBlock, in lesson: Lesson, passedAnswer: (String) -> String?
  ) {
    for earlier in lesson.checkedBlocks {
      if earlier.id == block.id { break }
      guard case .exercise(let exercise) = earlier.kind,
        let reference = try? exercise.reference.map({ line throws(ExpressionError) in
          try Statement.parse(line)
        })
      else { continue }
      let names = reference.compactMap(\.assignedName)
      guard !names.isEmpty else { continue }
      var student = reference
      if let answer = passedAnswer(earlier.id),
        let own = try? Statement.split(answer).map({ line throws(ExpressionError) in
          try Statement.parse(line)
        }), !own.isEmpty
      {
        student = own
      }
      definitions.append(
        Definition(block: earlier.id, names: names, student: student, reference: reference))
    }
  }

  /// Every name an earlier exercise defined.
  var definedNames: Set<String> { Set(definitions.flatMap(\.names)) }

  /// The definitions that `statements` need, in order, as the lines to run first: the
  /// student's or the reference's. Only definitions of the student's own variables are
  /// run (an exercise that moved the parameters is an action, not a definition).
  func prelude(
    for statements: [Statement], student: Bool, in workspace: Workspace
  ) -> [Statement] {
    var needed = statements.reduce(into: Set<String>()) { $0.formUnion($1.referencedNames) }
    var chosen: [[Statement]] = []
    for definition in definitions.reversed() {
      guard !needed.isDisjoint(with: definition.names),
        definition.names.allSatisfy({ !workspace.isRunName($0) })
      else { continue }
      let lines = student ? definition.student : definition.reference
      chosen.append(lines)
      for line in lines { needed.formUnion(line.referencedNames) }
    }
    return chosen.reversed().flatMap { $0 }
  }
}

extension Workspace {
  /// Whether the run, not the student, owns `name`: the data, the parameters, the values
  /// computed from them and the settings.
  func isRunName(_ name: String) -> Bool {
    RunVariables.readOnly[name] != nil || parameterNames.contains(name)
      || run.trainer.model.layout.entry(named: name) != nil
      || ((try? value(of: name)) != nil && scratchpad.variables[name] == nil)
  }
}
