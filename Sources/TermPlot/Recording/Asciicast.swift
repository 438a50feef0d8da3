import Interchange

/// The asciinema v2 recording format: a JSON header line, then one JSON array a line for
/// each output event, `[seconds, "o", text]`, so a teacher can publish a demo and a
/// student replay it (`asciinema play FILE.cast`).
///
///     {"version": 2, "width": 120, "height": 40, "timestamp": 1790000000}
///     [0.000000, "o", "\u001b[H…"]
public enum Asciicast {
  /// The header line for a `width` × `height` terminal, recorded from `timestamp`
  /// (seconds since 1970), with the terminal type and an optional title.
  public static func header(
    width: Int, height: Int, timestamp: Double, term: String?, title: String? = nil
  ) -> String {
    var fields = [
      "\"version\": 2", "\"width\": \(width)", "\"height\": \(height)",
      "\"timestamp\": \(Int(clamping: timestamp))",
    ]
    if let title { fields.append("\"title\": \(quoted(title))") }
    if let term { fields.append("\"env\": {\"TERM\": \(quoted(term))}") }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  /// One output event: `text` written `time` seconds after the recording started.
  public static func event(time: Double, output text: String) -> String {
    let seconds = Swift.max(0, time)
    let micros = Swift.max(0, Int(clamping: (seconds * 1_000_000).rounded()))
    let fraction = String(micros % 1_000_000)
    let padded = String(repeating: "0", count: 6 - fraction.count) + fraction
    return "[\(micros / 1_000_000).\(padded), \"o\", \(quoted(text))]"
  }

  /// What to write for one whole screen: home, clear, then each row of the frame as ANSI
  /// text after a move to its first column. No line break is written: after the last row a
  /// terminal of the recorded size would scroll by one line and lose the first.
  public static func screen(_ frame: Frame, depth: ColorDepth) -> String {
    var text = "\u{1B}[H\u{1B}[2J"
    let rows = frame.ansiText(depth: depth).split(separator: "\n", omittingEmptySubsequences: false)
    for (index, row) in rows.prefix(frame.height).enumerated() {
      text += "\u{1B}[\(index + 1);1H" + row
    }
    return text
  }

  /// `text` as a JSON string, in quotes and escaped by the JSON writer.
  private static func quoted(_ text: String) -> String {
    JSONValue.string(text).serialized()
  }
}
