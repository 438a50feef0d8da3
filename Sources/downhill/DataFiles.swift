import Descent
import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the files a command names: the only file input of the commands.
enum DataFiles {
  /// A built-in dataset, or the CSV file at `name` with `target` (nil: the last column) to
  /// predict. A built-in has its target already: commands refuse a `target` for one before
  /// they get here.
  static func dataset(named name: String, target: String?, seed: UInt64) throws -> Dataset {
    if Dataset.builtInNames.contains(name.lowercased()) {
      return try Dataset.builtIn(named: name, seed: seed)
    }
    guard name.contains(".") || name.contains("/") else {
      // Neither a built-in nor anything that looks like a file: say what exists.
      return try Dataset.builtIn(named: name, seed: seed)
    }
    return try CSVFile.dataset(at: name, target: target)
  }

  /// The whole UTF-8 text of the file at `path`: a regular file of at most 16 MiB.
  static func readText(_ path: String) throws -> String {
    try TextFile.read(path, limit: TextFile.documentLimit)
  }
}
