import TermPlot

extension Layout {
  /// Fills `frame`, a screen below the minimum size, with a short centred note asking for
  /// a larger window and giving its size and the size needed; each line takes the longest
  /// wording that fits whole.
  func drawTooSmall(into frame: inout Frame) {
    let have = "\(frame.width)\(times)\(frame.height)"
    let need = "\(Self.minimumWidth)\(times)\(Self.minimumHeight)"
    let wordings: [[String]] = [
      [
        "Please make the window larger.", "Make the window larger.", "Enlarge the window.",
        "Too small.", "Too small",
      ],
      [
        "It is \(have); Downhill needs \(need).", "It is \(have), needs \(need).",
        "\(have), needs \(need)", "needs \(need)", need,
      ],
    ]
    let lines = wordings.compactMap { options in
      options.first { $0.terminalWidth <= frame.width }
    }
    let shown = lines.prefix(frame.height)
    let top = (frame.height - shown.count) / 2
    let noteStyle = style.theme.style(.title)
    for (k, line) in shown.enumerated() {
      let x = (frame.width - line.terminalWidth) / 2
      frame.draw(line, x: x, y: top + k, style: k == 0 ? noteStyle : .plain)
    }
  }
}
