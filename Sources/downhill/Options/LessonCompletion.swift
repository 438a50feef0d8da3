import ArgumentParser
import Descent
import Foundation
import Tutor

/// Shell completion of a LESSON argument: the ids of the lessons the command would see,
/// the built-in ones and those of the lessons folder named on the line being completed
/// (`--lessons-folder DIR`), in `$DOWNHILL_LESSONS` or in `./Lessons`.
enum LessonCompletion {
  /// The completion a lesson argument or option declares.
  static let kind = CompletionKind.custom { words, _, prefix in
    candidates(words: words, prefix: prefix)
  }

  /// The lesson ids starting with `prefix`, for the command line `words`.
  static func candidates(words: [String], prefix: String) -> [String] {
    var folder: String?
    for (index, word) in words.enumerated() {
      if word == "--lessons-folder", index + 1 < words.count {
        folder = words[index + 1]
      } else if word.hasPrefix("--lessons-folder=") {
        folder = String(word.dropFirst("--lessons-folder=".count))
      }
    }
    let library = LessonLibrary(option: folder, environment: Environment.variables())
    return library.ids().filter { $0.hasPrefix(prefix) }
  }
}

/// Shell completion of a dataset: the built-in datasets' names and the CSV files (and
/// folders) that the word being completed starts.
enum DatasetCompletion {
  static func candidates(prefix: String) -> [String] {
    let builtIn = Dataset.builtInNames.filter { $0.hasPrefix(prefix) }
    let slash = prefix.lastIndex(of: "/")
    let folder = slash.map { String(prefix[...$0]) } ?? ""
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    let files = names.sorted().compactMap { name -> String? in
      let path = folder + name
      guard path.hasPrefix(prefix), !name.hasPrefix(".") else { return nil }
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      if isDirectory.boolValue { return path + "/" }
      return name.lowercased().hasSuffix(".csv") ? path : nil
    }
    return builtIn + files
  }
}
