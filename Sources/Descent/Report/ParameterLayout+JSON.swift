import Interchange

extension ParameterLayout {
  /// The parameters as a JSON object in PyTorch shapes: `{"w": [149.6], "b": 1.3}` or
  /// `{"W1": [[…], …], "b1": […], …}`. Non-finite values become null.
  public func json(_ values: [Double]) -> JSONValue {
    precondition(values.count == count, "ParameterLayout.json: wrong value count")
    var members: [JSONMember] = []
    for entry in entries {
      let slice = Array(values[entry.range])
      let value: JSONValue
      switch entry.shape.count {
      case 0:
        value = .number(slice[0])
      case 1:
        value = .array(slice.map { .number($0) })
      default:
        let columns = entry.shape[1]
        value = .array(
          (0..<entry.shape[0]).map { r in
            .array(slice[(r * columns)..<((r + 1) * columns)].map { .number($0) })
          })
      }
      members.append(JSONMember(key: entry.name, value: value))
    }
    return .object(members)
  }

  /// Reads parameters given as a JSON object in the shape `json(_:)` writes, checking every
  /// name and shape; `source` names the input in errors (such as the `--init` file).
  ///
  /// Throws naming the parameter at fault: a missing or unknown name, a wrong shape, a
  /// value that is not a finite number.
  public func values(from json: JSONValue, source: String) throws(DescentError) -> [Double] {
    let at = SourceLocation(file: source)
    guard let members = json.objectMembers else {
      throw DescentError(
        "starting parameters must be a JSON object such as \(example); found "
          + json.kindDescription, at: at)
    }
    var values = [Double](repeating: 0, count: count)
    var seen: Set<String> = []
    for member in members {
      guard let entry = entry(named: member.key) else {
        throw DescentError(
          "this model has no parameter \(member.key.quotedForMessage); its parameters are "
            + "\(parameterList)", at: at)
      }
      guard seen.insert(member.key).inserted else {
        throw DescentError("'\(entry.name)' is given twice", at: at)
      }
      let flat = try Self.flatten(member.value, as: entry, at: at)
      for (k, value) in flat.enumerated() { values[entry.offset + k] = value }
    }
    for entry in entries where !seen.contains(entry.name) {
      throw DescentError(
        "'\(entry.name)' is missing; this model's parameters are \(parameterList)", at: at)
    }
    return values
  }

  /// `w (an array of 1) and b (a number)`.
  private var parameterList: String {
    let parts = entries.map { "\($0.name) (\($0.shapeDescription))" }
    guard parts.count > 1 else { return parts.first ?? "none" }
    return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
  }

  /// An example object of this layout, all zeros.
  private var example: String {
    json(Array(repeating: 0, count: count)).serialized()
  }

  private static func flatten(
    _ value: JSONValue, as entry: Entry, at: SourceLocation
  ) throws(DescentError) -> [Double] {
    func number(_ value: JSONValue, _ place: String) throws(DescentError) -> Double {
      guard let x = value.numberValue, x.isFinite else {
        throw DescentError(
          "\(place) must be a finite number, not \(value.kindDescription)", at: at)
      }
      return x
    }
    let wrongShape = DescentError(
      "'\(entry.name)' must be \(entry.shapeDescription), but it is \(value.shapeSummary)",
      at: at)
    switch entry.shape.count {
    case 0:
      guard value.numberValue != nil || value == .null else { throw wrongShape }
      return [try number(value, "'\(entry.name)'")]
    case 1:
      guard let items = value.arrayValue, items.count == entry.shape[0] else { throw wrongShape }
      var out: [Double] = []
      for (k, item) in items.enumerated() {
        out.append(try number(item, "'\(entry.name)[\(k)]'"))
      }
      return out
    default:
      guard let rows = value.arrayValue, rows.count == entry.shape[0] else { throw wrongShape }
      var out: [Double] = []
      for (r, row) in rows.enumerated() {
        guard let items = row.arrayValue, items.count == entry.shape[1] else {
          throw wrongShape
        }
        for (k, item) in items.enumerated() {
          out.append(try number(item, "'\(entry.name)[\(r)][\(k)]'"))
        }
      }
      return out
    }
  }
}

extension JSONValue {
  /// What kind of value this is, for messages: `a string`, `null`, `an object`.
  var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let x): return x.shortDescription
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The shape of a value, for messages: `a number`, `an array of 3`, `3 rows of 2`.
  var shapeSummary: String {
    switch self {
    case .number: return "a number"
    case .array(let items):
      func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
      }
      if let first = items.first?.arrayValue,
        items.allSatisfy({ $0.arrayValue?.count == first.count })
      {
        return "\(counted(items.count, "row")) of \(counted(first.count, "number"))"
      }
      if items.contains(where: { $0.arrayValue != nil }) {
        return "\(counted(items.count, "row")) of different lengths"
      }
      return "an array of \(counted(items.count, "number"))"
    default: return kindDescription
    }
  }
}
