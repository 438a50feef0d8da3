import ArgumentParser
import Descent

/// `--loss`'s value, parsed from the command line in any case; `--help` lists the choices.
extension Loss: NamedChoice {}
