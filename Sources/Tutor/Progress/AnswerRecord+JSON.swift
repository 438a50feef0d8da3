import Descent
import Interchange

extension AnswerRecord {
  /// The record as it is written in the progress file:
  /// `{"answer": "0.5", "verdict": "passed", "attempts": 2, "updated": 1700000000.25}`.
  /// `captured` is written only when it holds values, as `{"lr": "0.05"}`.
  public var json: JSONValue {
    var members = [
      JSONMember(key: "answer", value: .string(answer)),
      JSONMember(key: "verdict", value: .string(verdict.rawValue)),
      JSONMember(key: "attempts", value: .number(Double(attempts))),
      JSONMember(key: "updated", value: .number(updated)),
    ]
    if !captured.isEmpty {
      let values = captured.sorted { $0.key < $1.key }.map {
        JSONMember(key: $0.key, value: .string($0.value))
      }
      members.append(JSONMember(key: "captured", value: .object(values)))
    }
    return .object(members)
  }

  /// Reads a record written by `json`; `reader` names its place in errors.
  init(reading reader: ProgressJSONReader) throws(DescentError) {
    let verdictText = try reader.string("verdict")
    guard let verdict = Verdict(rawValue: verdictText) else {
      let names = Verdict.allCases.map(\.rawValue).joined(separator: ", ")
      throw reader.error(
        "\"verdict\" must be one of \(names), not \(verdictText.quotedForMessage)")
    }
    var captured: [String: String] = [:]
    if reader.has("captured") {
      let values = try reader.object("captured")
      for member in values.members {
        captured[member.key] = try values.string(member.key)
      }
    }
    self.init(
      answer: try reader.string("answer"), verdict: verdict,
      attempts: try reader.count("attempts"), updated: try reader.number("updated"),
      captured: captured)
  }
}
