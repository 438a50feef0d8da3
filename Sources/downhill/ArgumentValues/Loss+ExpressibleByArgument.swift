import ArgumentParser
import Descent

/// `--loss`'s value, parsed from the command line in any case; `--help` lists the choices.
extension Loss: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
