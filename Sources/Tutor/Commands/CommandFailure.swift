import Python

/// Why a command did nothing: a sentence a student understands, and the column of the
/// typed line it concerns when the problem is in the line itself.
///
/// Code that needs to know whether a command worked (lesson set-up, `lint`, grading) reads
/// this, never the printed text.
public struct CommandFailure: Error, Sendable, Hashable {
  /// What went wrong and how to put it right.
  public var message: String
  /// The 1-based column of the typed line the problem starts at, if it is in the line.
  public var column: Int?
  /// The text the problem is in, shown with a caret under it.
  var excerpt: Excerpt?

  /// Text with a problem in it, for the caret line.
  enum Excerpt: Sendable, Hashable {
    /// A command's misuse in the line typed.
    case command(CommandError, line: String)
    /// An expression's error in `text` (the whole line, or the part given to a command).
    case expression(ExpressionError, text: String)
    /// The student's Python stopped with an error in `source`.
    case python(PythonError, source: String)
  }

  /// A failure saying `message`, at `column` of the line if given.
  public init(_ message: String, column: Int? = nil) {
    self.message = message
    self.column = column
  }

  /// A command misused in `line`.
  init(_ error: CommandError, in line: String) {
    self.init(error.message, column: error.column)
    excerpt = .command(error, line: line)
  }

  /// An expression's error in `text`; the column is the line's only when `text` is the
  /// whole line typed.
  init(_ error: ExpressionError, in text: String, isWholeLine: Bool = true) {
    self.init(error.message, column: isWholeLine ? error.column : nil)
    excerpt = .expression(error, text: text)
  }

  /// Python in `source` stopped with `error`: at its column when `source` is one line.
  init(_ error: PythonError, in source: String) {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.init(error.message, column: lines.count == 1 ? error.span?.column : nil)
    excerpt = .python(error, source: source)
  }

  /// What a student sees: the text with a caret under the problem and the sentence, or
  /// the sentence alone.
  public var rendered: String {
    switch excerpt {
    case .command(let error, let line): return error.rendered(line: line)
    case .expression(let error, let text): return error.rendered(line: text)
    case .python(let error, let source):
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      return error.rendered(lines: lines, numbered: lines.count > 1)
    case nil: return message
    }
  }
}
