import ArgumentParser
import TermPlot

/// `plot --color`'s value, parsed from the command line in any case; `--help` lists the choices.
extension TerminalCapabilities.ColorChoice: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
