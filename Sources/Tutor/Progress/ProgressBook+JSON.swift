import Descent
import Interchange

extension ProgressBook {
  /// The whole file as JSON: the layout's version, then every lesson by id, in id order.
  ///
  /// ```json
  /// {
  ///   "format": 1,
  ///   "lessons": {
  ///     "01-linear": {"step": "the-gradient", "visited": [...], "answers": {...}, ...}
  ///   }
  /// }
  /// ```
  public var json: JSONValue {
    let entries = lessons.keys.sorted().map { id in
      JSONMember(key: id, value: lessons[id]?.json ?? .null)
    }
    var members = [JSONMember(key: "format", value: .number(Double(Self.formatVersion)))]
    if let student { members.append(JSONMember(key: "student", value: .string(student))) }
    members.append(JSONMember(key: "lessons", value: .object(entries)))
    return .object(members)
  }

  /// Reads a book from the file's JSON, as `json` writes it.
  ///
  /// Anything malformed throws an error located in `source` that names the place, such as
  /// `progress.json: lesson '01-linear', answer 'q1': "verdict" must be one of passed,
  /// failed, revealed, skipped, not 'ok'`. Members this version does not know are ignored;
  /// a `"format"` other than `formatVersion` is refused.
  public init(json: JSONValue, source: String) throws(DescentError) {
    let reader = try ProgressJSONReader(json, source: source, place: "")
    let format = try reader.number("format")
    guard format == Double(Self.formatVersion) else {
      throw reader.error(
        "\"format\" is \(JSONValue.number(format).serialized()), but this version of Downhill "
          + "reads format \(Self.formatVersion) only")
    }
    let entries = try reader.object("lessons")
    var lessons: [String: LessonProgress] = [:]
    for member in entries.members {
      let place = "lesson " + member.key.quotedForMessage
      let lesson = try ProgressJSONReader(member.value, source: source, place: place)
      lessons[member.key] = try LessonProgress(lessonID: member.key, reading: lesson)
    }
    let student =
      reader.has("student") ? try reader.optionalString("student")?.sanitizedForDisplay : nil
    self.init(lessons: lessons, student: student.flatMap { $0.isEmpty ? nil : $0 })
  }

  /// Reads a book from the file's text; errors in the JSON itself give `file:line:column`.
  public init(parsing text: String, source: String) throws(DescentError) {
    let json: JSONValue
    do {
      json = try JSONValue.parse(text, source: source)
    } catch {
      throw DescentError(error)
    }
    try self.init(json: json, source: source)
  }

  /// The file's text: the pretty JSON with a final newline.
  public var text: String {
    json.serialized(pretty: true) + "\n"
  }
}
