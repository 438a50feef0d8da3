import ArgumentParser
import Descent
import TermPlot
import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `downhill repl`: the tutorial's session in line mode, for pipes, screen readers and
/// terminals without curses.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Type commands and expressions at a prompt, one line at a time.",
    discussion: """
      The session starts on the course's example 1: the house prices, a line, learning rate \\
      0.01, m = c = 0. Type help for the commands; anything else is an expression, such as \\
      D_m = (-2/n) * sum(X * (Y - Y_pred)).

      Reads standard input to its end or to quit; exit status 0.
      """
  )

  @Option(help: "Columns of the plots printed by view (default 72).")
  var width = 72

  @Option(help: "Rows of the plots printed by view (default 20).")
  var height = 20

  @Flag(help: "Only ASCII characters in plots.")
  var ascii = false

  func run() throws {
    guard (20...400).contains(width), (6...200).contains(height) else {
      throw DescentError("--width is from 20 to 400 and --height from 6 to 200")
    }
    var session = Session(
      loader: DataLoader { path, target in
        try Dataset(csv: DataFiles.readText(path), source: path, target: target)
      })
    let capabilities = TerminalCapabilities.detect(
      codeset: Environment.codeset(), environment: Environment.variables(),
      isTerminal: false, color: .never, forceASCII: ascii)
    let style = ChartStyle(theme: .monochrome, tier: capabilities.tier)
    let interactive = isatty(0) != 0
    while !session.isFinished {
      if interactive { print("downhill> ", terminator: "") }
      guard let line = readLine() else { break }
      for output in session.apply(line: line) { print(output) }
      if line.split(separator: " ").first == "view" {
        print(session.render(width: width, height: height, style: style).plainText, terminator: "")
      }
      if session.isPlaying {
        for output in session.playBurst() { print(output) }
      }
    }
  }
}
