import Foundation

/// The process environment, read at the edge and passed in to what decides from it.
enum Environment {
  /// Every environment variable.
  static func variables() -> [String: String] {
    ProcessInfo.processInfo.environment
  }

  /// The locale's character set: `nl_langinfo(CODESET)` after adopting the user's locale,
  /// such as `UTF-8` or `ANSI_X3.4-1968`.
  static func codeset() -> String {
    setlocale(LC_ALL, "")
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: codeset)
  }
}
