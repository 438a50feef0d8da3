import ArgumentParser
import Descent

/// `--optimizer`'s value, parsed from the command line in any case; `--help` lists the choices.
extension OptimizerKind: NamedChoice {}
