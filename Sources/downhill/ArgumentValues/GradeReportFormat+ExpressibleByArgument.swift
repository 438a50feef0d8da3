import ArgumentParser
import Tutor

/// `check --format`'s value, parsed from the command line in any case; `--help` lists the choices.
extension GradeReport.Format: NamedChoice {}
