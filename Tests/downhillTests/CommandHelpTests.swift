import ArgumentParser
import Testing

@testable import downhill

/// Every command's help, asked of the parser, so a subcommand added later is covered
/// without being listed: it reads as prose, with no backslash left by a line continuation.
@Suite struct CommandHelpTests {
  /// Every command under `downhill` with its name as typed (`progress reset`), depth first.
  static func commands(
    under command: any ParsableCommand.Type = Downhill.self, path: [String] = []
  ) -> [(name: String, type: any ParsableCommand.Type)] {
    command.configuration.subcommands.flatMap { subcommand in
      let name = path + [subcommand._commandName]
      return [(name.joined(separator: " "), subcommand)]
        + commands(under: subcommand, path: name)
    }
  }

  @Test func everyCommandIsFound() {
    let names = Self.commands().map(\.name)
    for name in [
      "tutorial", "present", "train", "plot", "repl", "play", "lint", "check", "progress",
      "progress list", "progress export", "progress reset",
    ] {
      #expect(names.contains(name), "no \(name) in \(names)")
    }
  }

  /// At a narrow and a wide width, since wrapping moves where a stray `\` would show.
  @Test(arguments: [60, 200])
  func everyHelpReadsAsProse(columns: Int) {
    for (name, command) in Self.commands() {
      let help = Downhill.helpMessage(for: command, columns: columns)
      #expect(help.hasPrefix("OVERVIEW: "), "\(name):\n\(help)")
      #expect(help.contains("USAGE: downhill \(name)"), "\(name):\n\(help)")
      #expect(!help.contains("\\\n"), "a backslash ends a line in \(name):\n\(help)")
      #expect(!help.contains("\\ "), "a backslash before a space in \(name):\n\(help)")
      #expect(!help.contains("\\"), "a backslash in \(name):\n\(help)")
    }
  }

  /// The help of an option whose value parses itself lists the values it takes.
  @Test func choicesAreListed() {
    let train = Downhill.helpMessage(for: Train.self, columns: 200)
    #expect(train.contains("(values: gd, sgd, momentum, nesterov, rmsprop, adam; default: gd)"))
    #expect(train.contains("(values: mse, mae, bce)"))
    #expect(train.contains("(values: identity, sigmoid; default: identity)"))
    #expect(train.contains("(values: descent, closed-form; default: descent)"))
    let present = Downhill.helpMessage(for: Present.self, columns: 200)
    #expect(present.contains("(values: default, high-contrast, monochrome; default: default)"))
    let check = Downhill.helpMessage(for: Check.self, columns: 200)
    #expect(
      check.contains(
        "(values: text, json, junit, tap, csv, gradescope, prairielearn, canvas-csv; "
          + "default: text)"))
  }
}
