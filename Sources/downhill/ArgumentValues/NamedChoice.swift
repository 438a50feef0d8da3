import ArgumentParser

/// An option value that is one of a fixed set of names: parsed in any case, and described,
/// listed and completed by those names.
///
/// ArgumentParser's defaults describe a value through `String(describing:)` and key paths,
/// runtime lookups that cost a self-contained binary noticeable start-up time for every
/// option type; naming the raw values directly avoids them.
public protocol NamedChoice: ExpressibleByArgument, CaseIterable, RawRepresentable
where RawValue == String {}

extension NamedChoice {
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }

  public var defaultValueDescription: String { rawValue }

  public static var allValueStrings: [String] { allCases.map { $0.rawValue } }

  public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
