import Descent
import Interchange

extension AnswerRecord {
  /// The record as it is written in the progress file:
  /// `{"answer": "0.5", "verdict": "passed", "attempts": 2, "updated": 1700000000.25}`.
  public var json: JSONValue {
    [
      "answer": .string(answer), "verdict": .string(verdict.rawValue),
      "attempts": .number(Double(attempts)), "updated": .number(updated),
    ]
  }

  /// Reads a record written by `json`; `reader` names its place in errors.
  init(reading reader: ProgressJSONReader) throws(DescentError) {
    let verdictText = try reader.string("verdict")
    guard let verdict = Verdict(rawValue: verdictText) else {
      let names = Verdict.allCases.map(\.rawValue).joined(separator: ", ")
      throw reader.error(
        "\"verdict\" must be one of \(names), not \(verdictText.quotedForMessage)")
    }
    self.init(
      answer: try reader.string("answer"), verdict: verdict,
      attempts: try reader.count("attempts"), updated: try reader.number("updated"))
  }
}
