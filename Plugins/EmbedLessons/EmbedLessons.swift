import Foundation
import PackagePlugin

/// Compiles the package's `Lessons/` folder into the target that uses it: every file in it
/// (lessons, their data, the writing guide) becomes a string in generated Swift source, so
/// the built binary carries its lessons wherever it is copied. The command lists every file
/// as an input, so editing a lesson and building again changes the built-in lessons.
@main
struct EmbedLessons: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Lessons")
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInLessonFiles.swift")
    var inputs: [URL] = []
    if let walker = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: [.isRegularFileKey],
      options: [.skipsHiddenFiles])
    {
      for case let url as URL in walker
      where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        inputs.append(url)
      }
    }
    inputs.sort { $0.path < $1.path }
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) lesson files",
        executable: try context.tool(named: "LessonEmbedder").url,
        arguments: [folder.path, output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
