import ArgumentParser
import TermPlot

/// `plot --kind`'s value, parsed from the command line in any case; `--help` lists the choices.
extension ColumnPlot.Kind: NamedChoice {}
