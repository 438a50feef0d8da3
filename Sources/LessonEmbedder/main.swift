// The build-time tool of the EmbedLessons plugin: writes the files of a lessons folder as
// Swift string literals.
//
// Usage: LessonEmbedder FOLDER OUTPUT FILE…
// Each FILE lies inside FOLDER and is kept under its path relative to FOLDER, with '/'
// separators. A file that is not UTF-8 stops the build with its name.

import Foundation

/// `text` as a Swift string literal: quotes, backslashes and every control character
/// escaped, so any UTF-8 text survives exactly (carriage returns included).
func literal(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": result += "\\\\"
    case "\"": result += "\\\""
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result + "\""
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: LessonEmbedder FOLDER OUTPUT FILE…\n".utf8))
  exit(2)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let output = arguments[2]
var entries: [String] = []
for path in arguments.dropFirst(3).sorted() {
  let full = URL(fileURLWithPath: path).standardizedFileURL.path
  guard full.hasPrefix(folder + "/") else {
    FileHandle.standardError.write(Data("error: \(path) is outside \(folder)\n".utf8))
    exit(1)
  }
  let relative = String(full.dropFirst(folder.count + 1))
  guard let data = FileManager.default.contents(atPath: full),
    let text = String(data: data, encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("error: \(path): not readable UTF-8 text\n".utf8))
    exit(1)
  }
  entries.append("    (\(literal(relative)), \(literal(text))),")
}
let source = """
  // Generated at build time from the package's Lessons/ folder by the EmbedLessons plugin.
  // Do not edit: edit Lessons/ and build again.

  /// The files of the built-in lessons folder, by path relative to it, in path order.
  enum BuiltInLessonFiles {
    static let files: [(path: String, text: String)] = [
  \(entries.joined(separator: "\n"))
    ]
  }

  """
do {
  try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
  FileHandle.standardError.write(Data("error: cannot write \(output): \(error)\n".utf8))
  exit(1)
}
