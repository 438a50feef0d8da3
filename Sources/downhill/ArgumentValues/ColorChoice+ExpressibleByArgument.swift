import ArgumentParser
import TermPlot

/// `plot --color`'s value, parsed from the command line in any case; `--help` lists the choices.
extension TerminalCapabilities.ColorChoice: NamedChoice {}
