import Interchange
import TermPlot

extension Layout {
  /// Draws the most recent transcript lines that fit in `rect` below a rule on its top
  /// row: each input after the prompt's `label`, then what it printed. Long lines are
  /// broken, at a space where one is near, keeping the spacing of aligned output.
  func drawTranscript(
    _ transcript: [TranscriptEntry], label: String, into frame: inout Frame, in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    drawRule(nil, into: &frame, in: rect)
    let text = rect.inset(top: 1)
    guard !text.isEmpty else { return }
    let labelStyle = style.theme.style(.label)
    let inputStyle = style.theme.style(.title)
    let safeLabel = label.sanitizedForDisplay
    // Newest first, until the rows are filled: (segments of one row).
    var rows: [[(text: String, style: Style)]] = []
    for entry in transcript.reversed() {
      // An output may hold several lines (an error's line and its caret).
      let lines = entry.output.flatMap {
        $0.split(separator: "\n", omittingEmptySubsequences: false)
      }
      for line in lines.reversed() {
        for row in Self.broken(String(line), width: text.width).reversed() {
          rows.append([(row, .plain)])
        }
        if rows.count >= text.height { break }
      }
      if rows.count >= text.height { break }
      // Notes the session added itself (play stopping) have no input line.
      if entry.input.isEmpty && !entry.output.isEmpty { continue }
      let input = Self.broken(label + entry.input, width: text.width)
      for (k, row) in input.enumerated().reversed() {
        if k == 0, row.hasPrefix(safeLabel) {
          rows.append([
            (safeLabel, labelStyle), (String(row.dropFirst(safeLabel.count)), inputStyle),
          ])
        } else {
          rows.append([(row, inputStyle)])
        }
      }
      if rows.count >= text.height { break }
    }
    let shown = rows.prefix(text.height).reversed()
    var y = text.maxY - shown.count
    for segments in shown {
      var x = text.x
      for segment in segments {
        x += frame.draw(segment.text, x: x, y: y, style: segment.style, clip: text)
      }
      y += 1
    }
  }

  /// `line` (sanitized) in rows of at most `width` columns: broken at the last space in
  /// the second half of a row when there is one, else at the width. Spaces inside a row
  /// are kept, so aligned columns stay aligned.
  static func broken(_ line: String, width: Int) -> [String] {
    let line = line.sanitizedForDisplay
    guard width > 0 else { return [] }
    guard line.terminalWidth > width else { return [line] }
    var rows: [String] = []
    var rest = Substring(line)
    // Columns left in `rest`, kept as it shrinks, so a long line costs linear time.
    var remaining = line.terminalWidth
    while remaining > width, !rest.isEmpty {
      // The characters that fit, and where the last space among them is.
      var end = rest.startIndex
      var used = 0
      var lastSpace: String.Index?
      var usedBeforeSpace = 0
      while end < rest.endIndex {
        let columns = rest[end].terminalWidth
        if used + columns > width { break }
        if rest[end] == " ", used >= width / 2 {
          lastSpace = end
          usedBeforeSpace = used
        }
        used += columns
        end = rest.index(after: end)
      }
      if end == rest.startIndex {
        // A character wider than the row: it cannot be shown.
        remaining -= rest[end].terminalWidth
        rest = rest.dropFirst()
        continue
      }
      let cut = lastSpace ?? end
      rows.append(String(rest[..<cut]))
      rest = rest[cut...]
      remaining -= lastSpace == nil ? used : usedBeforeSpace
      if lastSpace != nil {
        remaining -= rest.first?.terminalWidth ?? 0
        rest = rest.dropFirst()
      }
    }
    rows.append(String(rest))
    return rows
  }
}
