import ArgumentParser
import Descent
import Tutor

/// `--progress FILE` for the commands that keep the student's progress (the tutorial,
/// `repl`, `progress`): the file named, else the student's own.
struct ProgressOption: ParsableArguments {
  @Option(
    name: .customLong("progress"),
    help: "The progress file (default: $XDG_DATA_HOME/downhill/progress.json).",
    completion: .file(extensions: ["json"]))
  var file: String?

  /// The store at the file named, else at the default place; nil when there is no default
  /// place (neither `XDG_DATA_HOME` nor `HOME` is set).
  var store: ProgressStore? {
    if let file { return ProgressStore(path: file) }
    return ProgressStore.defaultPath(environment: Environment.variables()).map {
      ProgressStore(path: $0)
    }
  }

  /// The store, or an error saying how to name one.
  func requiredStore() throws -> ProgressStore {
    guard let store else {
      throw DescentError("no progress file: set HOME or XDG_DATA_HOME, or give --progress FILE")
    }
    return store
  }

  /// The saved book, with any warning printed.
  func book() throws -> ProgressBook {
    let (book, warning) = try requiredStore().load()
    if let warning { printError("warning: \(warning)") }
    return book
  }
}
