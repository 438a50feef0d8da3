import ArgumentParser
import Foundation
import Tutor

/// `downhill manual`: the manual page, in roff, made from the commands' own help, so it
/// never says other than `--help` does. `docs/downhill.1` is its output, kept equal by a test;
/// `make install` installs it.
struct Manual: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual",
    abstract: "Print the manual page (roff), for man(1).",
    shouldDisplay: false)

  func run() throws {
    print(Self.page(), terminator: "")
  }

  /// The whole page.
  static func page() -> String {
    let root = Downhill.configuration
    var lines = [
      ".TH DOWNHILL 1 \"\" \"downhill \(root.version)\" \"User Commands\"",
      ".SH NAME",
      "downhill \\- " + escaped(root.abstract),
      ".SH SYNOPSIS",
      ".B downhill",
      ".RI [ command ]",
      ".RI [ options ]",
      ".SH DESCRIPTION",
    ]
    lines += paragraphs(root.discussion)
    lines += paragraphs(
      "With no command, downhill opens the full-screen tutorial. The eleven lessons are "
        + "built in; a lessons folder (--lessons-folder, $DOWNHILL_LESSONS, or ./Lessons when "
        + "it exists) adds lessons or replaces built-in ones by id.")
    lines.append(".SH COMMANDS")
    for (path, command) in commands(under: Downhill.self, path: []) {
      lines.append(".SS " + escaped(path.joined(separator: " ")))
      lines.append(".nf")
      let help = Downhill.helpMessage(for: command, columns: 80)
      lines += help.split(separator: "\n", omittingEmptySubsequences: false)
        .map { escapedLine(String($0)) }
      lines.append(".fi")
    }
    lines += [
      ".SH ENVIRONMENT",
      ".TP", ".B DOWNHILL_LESSONS",
      "A lessons folder, when --lessons-folder is not given.",
      ".TP", ".B XDG_DATA_HOME",
      "Where progress is kept: $XDG_DATA_HOME/downhill/progress.json (else "
        + "~/.local/share/downhill/progress.json).",
      ".TP", ".B NO_COLOR",
      "When set, no colours are drawn.",
      ".SH EXIT STATUS",
      "0 success; 1 a check that found problems (lint, check); 2 bad usage or bad input; "
        + "3 training diverged.",
      ".SH SEE ALSO",
      "The writing guide for lessons: downhill lessons export DIR writes it as DIR/README.md.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Every command below `command` that a user can run, depth first, with its words.
  static func commands(
    under command: any ParsableCommand.Type, path: [String]
  ) -> [(path: [String], command: any ParsableCommand.Type)] {
    var found: [(path: [String], command: any ParsableCommand.Type)] = []
    for sub in command.configuration.subcommands where sub.configuration.shouldDisplay {
      let name = sub.configuration.commandName ?? sub._commandName
      let words = path + [name]
      found.append((words, sub))
      found += commands(under: sub, path: words)
    }
    return found
  }

  /// Text as roff paragraphs, one a blank-line-separated block.
  static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").flatMap { block in
      [".PP", escaped(block.replacingOccurrences(of: "\n", with: " "))]
    }
  }

  /// Text with roff's escape character written as roff wants it.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
  }

  /// A line of preformatted text: escaped, and kept from being read as a request.
  static func escapedLine(_ line: String) -> String {
    let text = line.replacingOccurrences(of: "\\", with: "\\e")
    return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
  }
}
