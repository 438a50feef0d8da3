import ArgumentParser
import Tutor

/// `--progress FILE` for demonstrations and scripted runs (`present`, `play`): progress is
/// saved only to a file named, so they leave the student's own progress alone.
struct OptInProgressOption: ParsableArguments {
  @Option(
    name: .customLong("progress"),
    help: "Save and resume progress in this file (default: progress is not saved).",
    completion: .file(extensions: ["json"]))
  var file: String?

  /// The store at the file named, or nil.
  var store: ProgressStore? {
    file.map { ProgressStore(path: $0) }
  }
}
