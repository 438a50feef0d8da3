import Descent

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the files a command names: the only file input of the commands.
enum DataFiles {
  /// A built-in dataset, or the CSV file at `name`.
  static func dataset(named name: String, target: String?, seed: UInt64) throws -> Dataset {
    if Dataset.builtInNames.contains(name.lowercased()) {
      if target != nil {
        throw DescentError(
          "--target picks a column of a CSV file; the built-in dataset '\(name)' has its "
            + "target already")
      }
      return try Dataset.builtIn(named: name, seed: seed)
    }
    guard name.contains(".") || name.contains("/") else {
      // Neither a built-in nor anything that looks like a file: say what exists.
      return try Dataset.builtIn(named: name, seed: seed)
    }
    return try Dataset(csv: readText(name), source: name, target: target)
  }

  /// The whole UTF-8 text of the file at `path`.
  static func readText(_ path: String) throws -> String {
    guard let file = fopen(path, "rb") else {
      throw DescentError("cannot read '\(path)': \(errorText(errno))")
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
      if count < chunk.count {
        if ferror(file) != 0 {
          throw DescentError("cannot read '\(path)': \(errorText(errno))")
        }
        break
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw DescentError(
        "'\(path)' is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)")
    }
    return text
  }

  private static func errorText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text).lowercased()
  }
}
