import Interchange
import TermPlot

extension Layout {
  /// One row of the transcript: its pieces of text, each with its style.
  typealias TranscriptRow = [(text: String, style: Style)]

  /// How many rows of history the transcript scrolls back through at most.
  static let transcriptScrollback = 1000

  /// Draws the transcript in `rect` below a rule on its top row: each input after the
  /// prompt's `label`, then what it printed. Long lines are broken, at a space where one is
  /// near, keeping the spacing of aligned output and an error's caret under its column.
  ///
  /// Unscrolled (`scroll` 0) the newest rows show, except that a long output (from
  /// `longOutputRows` rows) longer than the transcript shows from its first line (a table
  /// keeps its header), with a marker counting the lines below. Each step of `scroll` moves to the next place in a cycle: the end of
  /// such an output, then a page further back at a time to the oldest, then round again.
  func drawTranscript(
    _ transcript: [TranscriptEntry], label: String, scroll: Int = 0, into frame: inout Frame,
    in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    let text = rect.inset(top: 1)
    let room = text.height
    let limit = scroll == 0 ? room : Self.transcriptScrollback
    let (rows, newestOutput) = transcriptRows(
      transcript, label: label, width: text.width, atLeast: limit)
    // A short output shows its end like the rest; a long one from its top.
    let offsets = Self.transcriptOffsets(
      total: rows.count, newestOutput: newestOutput >= Self.longOutputRows ? newestOutput : 0,
      room: room)
    let position = Swift.max(0, scroll) % offsets.count
    let offset = offsets[position]
    let key = KeyBinding.scrollTranscript.keyLabel
    let title = position == 0 ? nil : "scrolled back · \(key) further · any other key returns"
    drawRule(title, into: &frame, in: rect, titleStyle: style.theme.style(.label))
    guard !text.isEmpty else { return }
    let end = rows.count - offset
    var shown = Array(rows[Swift.max(0, end - room)..<end])
    if offset > 0, room > 1 {
      // The last row says how much is below instead.
      let hidden = offset + 1
      let more = "\(ellipsis) \(hidden) more line\(hidden == 1 ? "" : "s") (\(key))"
      shown[shown.count - 1] = [(more, style.theme.style(.label))]
    }
    var y = text.maxY - shown.count
    for segments in shown {
      var x = text.x
      for segment in segments {
        x += frame.draw(segment.text, x: x, y: y, style: segment.style, clip: text)
      }
      y += 1
    }
  }

  /// The scroll positions of a transcript of `total` rows shown `room` at a time, as rows
  /// hidden below the window, in the order a scroll key visits them: first the newest
  /// entry's `newestOutput` output rows from their top (or simply the newest rows when they
  /// fit), then the newest rows, then a page further back at a time to the oldest.
  static func transcriptOffsets(total: Int, newestOutput: Int, room: Int) -> [Int] {
    guard room > 0, total > room else { return [0] }
    let top = total - room
    let first = Swift.min(top, Swift.max(0, newestOutput - room))
    var offsets = [first]
    if first > 0 { offsets.append(0) }
    let page = Swift.max(1, room - 1)
    var offset = first
    while offset < top {
      offset = Swift.min(top, offset + page)
      offsets.append(offset)
    }
    return offsets
  }

  /// The rows of the newest entries of `transcript`, oldest first: whole entries, until
  /// there are at least `count` rows (or no more entries); and how many output rows the
  /// newest entry has.
  func transcriptRows(
    _ transcript: [TranscriptEntry], label: String, width: Int, atLeast count: Int
  ) -> (rows: [TranscriptRow], newestOutput: Int) {
    var entries: [[TranscriptRow]] = []
    var total = 0
    var newestOutput = 0
    for entry in transcript.reversed() {
      let (input, output) = transcriptRows(of: entry, label: label, width: width)
      if entries.isEmpty { newestOutput = output.count }
      entries.append(input + output)
      total += input.count + output.count
      if total >= count { break }
    }
    return (entries.reversed().flatMap { $0 }, newestOutput)
  }

  /// The label of a block's later lines: `...` padded to the prompt's width.
  static func continuationLabel(width: Int) -> String {
    "..." + String(repeating: " ", count: Swift.max(1, width - 3))
  }

  /// The rows of one transcript entry at `width` columns: its input after `label` (none
  /// for a note the session added itself), then its output, a line at a time (an error's
  /// line and its caret line each on their own).
  func transcriptRows(
    of entry: TranscriptEntry, label: String, width: Int
  ) -> (input: [TranscriptRow], output: [TranscriptRow]) {
    var input: [TranscriptRow] = []
    // Notes the session added itself (play stopping) have no input line.
    if !(entry.input.isEmpty && !entry.output.isEmpty) {
      let labelStyle = style.theme.style(.label)
      let inputStyle = style.theme.style(.title)
      // A block's later lines follow Python's `...`, as they were typed.
      let blockLines = entry.input.split(
        omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      for (index, typed) in blockLines.enumerated() {
        let lineLabel = index == 0 ? label : Self.continuationLabel(width: label.count)
        let safeLabel = lineLabel.sanitizedForDisplay
        for (k, row) in Self.broken(lineLabel + typed, width: width).enumerated() {
          if k == 0, row.hasPrefix(safeLabel) {
            input.append([
              (safeLabel, labelStyle), (String(row.dropFirst(safeLabel.count)), inputStyle),
            ])
          } else {
            input.append([(row, inputStyle)])
          }
        }
      }
    }
    var output: [TranscriptRow] = []
    for text in entry.output {
      // Any line break splits (`\r\n` is one character, and not "\n").
      for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        for row in Self.broken(String(line), width: width) {
          output.append([(row, .plain)])
        }
      }
    }
    return (input, output)
  }

  /// The fewest output rows that make a long output (a table, a history), which may grow
  /// the transcript beyond its share.
  static let longOutputRows = 6

  /// How many rows the transcript would like to show at `width` columns: the newest entry
  /// whole, input and output, when its output is long; 0 for a short one (a verdict, an
  /// error), which the transcript's share shows without taking rows from the lesson.
  func transcriptRowsWanted(_ transcript: [TranscriptEntry], label: String, width: Int) -> Int {
    guard let newest = transcript.last else { return 0 }
    let (input, output) = transcriptRows(of: newest, label: label, width: width)
    guard output.count >= Self.longOutputRows else { return 0 }
    return input.count + output.count
  }

  /// `line` (sanitized) in rows of at most `width` columns: broken at the last space in
  /// the second half of a row when there is one, else at the width. Spaces inside a row
  /// are kept, so aligned columns stay aligned; a line's leading spaces are never a place
  /// to break (a caret keeps its column), and its continuation rows are indented like it
  /// when that leaves at least half of the row.
  static func broken(_ line: String, width: Int) -> [String] {
    let line = line.sanitizedForDisplay
    guard width > 0 else { return [] }
    guard line.terminalWidth > width else { return [line] }
    let indent = line.prefix { $0 == " " }.count
    let hanging = indent <= width / 2 ? String(repeating: " ", count: indent) : ""
    var rows: [String] = []
    var rest = Substring(line)
    var prefix = ""
    // Columns left in `rest`, kept as it shrinks, so a long line costs linear time.
    var remaining = line.terminalWidth
    while remaining > width - prefix.count, !rest.isEmpty {
      let room = width - prefix.count
      // The characters that fit, and where the last space after some text is.
      var end = rest.startIndex
      var used = 0
      var seenText = false
      var lastSpace: String.Index?
      var usedBeforeSpace = 0
      while end < rest.endIndex {
        let columns = rest[end].terminalWidth
        if used + columns > room { break }
        if rest[end] == " " {
          if seenText, used >= room / 2 {
            lastSpace = end
            usedBeforeSpace = used
          }
        } else {
          seenText = true
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
      rows.append(prefix + String(rest[..<cut]))
      rest = rest[cut...]
      remaining -= lastSpace == nil ? used : usedBeforeSpace
      if lastSpace != nil {
        remaining -= rest.first?.terminalWidth ?? 0
        rest = rest.dropFirst()
      }
      prefix = hanging
    }
    rows.append(prefix + String(rest))
    return rows
  }
}
