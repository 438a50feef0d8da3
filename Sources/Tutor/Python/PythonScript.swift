import Interchange
import Python
import TermPlot

/// A Python program run whole, as `downhill repl script.py` does: its printed text and
/// its figures, drawn as charts, in the order the program made them.
package enum PythonScript {
  /// What running a program gave.
  package struct Result {
    /// Lines to print, figures drawn among them.
    package var lines: [String]
    /// The error that stopped it, shown under its line, if one did.
    package var error: String?
  }

  /// Runs `source` (named `name` in messages) and draws each shown figure at
  /// `width` × `height` in `style`.
  package static func run(
    _ source: String, name: String, width: Int, height: Int, style: ChartStyle
  ) -> Result {
    let python = Interpreter()
    var failure: String?
    do {
      try python.run(source)
    } catch {
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.hasSuffix("\r") ? $0.dropLast() : $0)
      }
      failure = error.rendered(lines: lines, file: name)
    }
    var lines: [String] = []
    var pending = ""
    for item in python.takeTranscript() {
      switch item {
      case .text(let text):
        pending += text
        var parts = pending.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        pending = parts.removeLast()
        lines += parts
      case .figure(let figure):
        if !pending.isEmpty {
          lines.append(pending)
          pending = ""
        }
        let frame = FigurePicture(figure).render(width: width, height: height, style: style)
        lines += frame.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          .dropLast(frame.plainText.hasSuffix("\n") ? 1 : 0)
      }
    }
    if !pending.isEmpty { lines.append(pending) }
    return Result(lines: lines, error: failure)
  }
}
