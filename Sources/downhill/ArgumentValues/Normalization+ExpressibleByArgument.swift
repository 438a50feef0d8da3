import ArgumentParser
import Descent

/// `--normalize`'s value, parsed from the command line in any case; `--help` lists the choices.
extension Normalization: NamedChoice {}
