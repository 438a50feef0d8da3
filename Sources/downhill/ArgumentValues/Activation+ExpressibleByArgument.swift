import ArgumentParser
import Descent

/// `--activation`'s value (an MLP's hidden activation), parsed from the command line in any case; `--help` lists the choices.
extension Activation: NamedChoice {}
