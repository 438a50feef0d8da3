import ArgumentParser
import TermPlot

/// `--theme`'s value: a theme by its name (or an alias, in any case); `--help` lists the
/// names.
extension Theme: ExpressibleByArgument {
  public init?(argument: String) {
    guard let theme = Theme.named(argument) else { return nil }
    self = theme
  }

  public var defaultValueDescription: String { name }

  public static var allValueStrings: [String] { names }

  public static var defaultCompletionKind: CompletionKind { .list(names) }
}
