import Interchange

/// A problem with a program a student wrote, found while reading or running it: where it
/// is, what kind it is, and a sentence naming it and, where possible, the fix.
///
/// Nothing a program contains traps: a typo, a shape mismatch, an unsupported feature and
/// a limit of the sandbox all end here. `rendered(lines:)` shows the line with a caret:
///
///     line 3: D_m = (-2/n) * sum(X * (Y - Ypred))
///                                         ^~~~~ name 'Ypred' is not defined; did you mean 'Y_pred'?
public struct PythonError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in Python's own terms where it has them.
  public enum Kind: String, Sendable, Hashable {
    /// The text is not Python, or not the part of Python that runs here.
    case syntax = "SyntaxError"
    case name = "NameError"
    case type = "TypeError"
    case value = "ValueError"
    case index = "IndexError"
    case key = "KeyError"
    case zeroDivision = "ZeroDivisionError"
    case attribute = "AttributeError"
    case overflow = "OverflowError"
    /// Something Python has that this sandbox does not (classes, files, other imports).
    case unsupported = "NotSupported"
    /// A sandbox limit: steps, memory or recursion.
    case limit = "LimitReached"
    /// The program was stopped from outside (^C).
    case interrupted = "KeyboardInterrupt"
  }

  public var kind: Kind
  public var message: String
  /// Where, when the problem is at a place in the program.
  public var span: SourceSpan?

  public init(_ kind: Kind, _ message: String, at span: SourceSpan? = nil) {
    self.kind = kind
    self.message = message
    self.span = span
  }

  /// `line 3, column 12: TypeError: message`.
  public var description: String {
    var place = ""
    if let span { place = "line \(span.line), column \(span.column): " }
    return place + kind.rawValue + ": " + message
  }

  /// The line the error is on, then a caret line under it and the message:
  ///
  ///     line 2: Y_pred = m*X + d
  ///                            ^ name 'd' is not defined
  ///
  /// With a `file` name, the place reads `name:3: ` instead; with `numbered` false and no
  /// file (one line typed at a prompt), the line stands alone. Without a place, the kind
  /// and message alone. Lines are shown sanitized (controls as `�`, whitespace as
  /// spaces), and cut around the caret when long.
  public func rendered(lines: [String], file: String? = nil, numbered: Bool = true) -> String {
    guard let span, span.line >= 1, span.line <= lines.count else {
      return (file.map { $0.sanitizedForDisplay + ": " } ?? "") + kind.rawValue + ": " + message
    }
    let prefix =
      file.map { "\($0.sanitizedForDisplay):\(span.line): " }
      ?? (numbered ? "line \(span.line): " : "")
    let line = Array(lines[span.line - 1])
    let width = 100
    let caretIndex = Swift.min(Swift.max(span.column - 1, 0), line.count)
    let start = Swift.max(0, Swift.min(caretIndex - 40, line.count - width))
    let end = Swift.min(line.count, start + width)
    var shown = start > 0 ? "…" : ""
    for character in line[start..<end] {
      shown.append(character.isWhitespace ? " " : character.sanitizedForDisplay)
    }
    if end < line.count { shown += "…" }
    let offset = prefix.count + caretIndex - start + (start > 0 ? 1 : 0)
    let caretLength = Swift.max(1, Swift.min(span.length, end - caretIndex))
    return prefix + shown + "\n" + String(repeating: " ", count: offset) + "^"
      + String(repeating: "~", count: caretLength - 1) + " " + message
  }
}
