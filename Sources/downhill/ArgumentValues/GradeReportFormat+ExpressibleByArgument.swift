import ArgumentParser
import Tutor

/// `check --format`'s value, parsed from the command line in any case; `--help` lists the choices.
extension GradeReport.Format: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
