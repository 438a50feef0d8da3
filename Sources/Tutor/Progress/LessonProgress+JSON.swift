import Descent
import Interchange

extension LessonProgress {
  /// The progress as it is written in the progress file, under its lesson id:
  ///
  /// ```json
  /// {"step": "the-gradient", "visited": ["intro", "the-gradient"], "completed": false,
  ///  "started": 1700000000, "updated": 1700000100.5, "answers": {"q1": {…}}}
  /// ```
  ///
  /// Answers are written in order of their ids, so the same progress is the same text.
  public var json: JSONValue {
    let records = answers.keys.sorted().map { id in
      JSONMember(key: id, value: answers[id]?.json ?? .null)
    }
    return [
      "step": stepID.map(JSONValue.string) ?? .null,
      "visited": .array(visitedSteps.map(JSONValue.string)),
      "completed": .bool(isCompleted),
      "started": .number(started),
      "updated": .number(updated),
      "answers": .object(records),
    ]
  }

  /// Reads the progress of lesson `lessonID` written by `json`; `reader` names its place.
  init(lessonID: String, reading reader: ProgressJSONReader) throws(DescentError) {
    self.init(lessonID: lessonID, started: try reader.number("started"))
    updated = try reader.number("updated")
    stepID = try reader.optionalString("step")
    visitedSteps = try reader.strings("visited")
    isCompleted = try reader.bool("completed")
    let records = try reader.object("answers")
    for member in records.members {
      let place = reader.place + ", answer " + member.key.quotedForMessage
      let answer = try ProgressJSONReader(member.value, source: reader.source, place: place)
      answers[member.key] = try AnswerRecord(reading: answer)
    }
  }
}
