import ArgumentParser
import Descent
import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `downhill` command: a terminal tutorial for gradient descent and backpropagation.
@main
struct Downhill: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "downhill",
    abstract: "Learn gradient descent and backpropagation in the terminal.",
    discussion: """
      Downhill trains the course's models one epoch at a time and shows what happens.
      Run a subcommand with --help for its options, for example: downhill train --help
      """,
    version: "0.2.0 (lesson format \(Lesson.formatVersion))",
    subcommands: [
      Tutorial.self, Present.self, Train.self, Plot.self, Repl.self, Play.self, Lint.self,
      Check.self, Autograder.self, ProgressCommand.self, LessonsCommand.self, Manual.self,
    ],
    defaultSubcommand: Tutorial.self
  )

  /// Runs the command, turning every error into a message and an exit status in one place:
  /// 0 success, 1 a check that found problems (lint), 2 bad usage or bad input, 3 training
  /// diverged.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as DescentError {
      printError("Error: \(error)")
      terminate(ExitStatus.badInput)
    } catch let error as LessonLoadError {
      printError(error.description)
      terminate(ExitStatus.badInput)
    } catch let error as ProgressError {
      printError("Error: \(error)")
      terminate(ExitStatus.badInput)
    } catch let error as OptionError {
      printError("Error: \(error)")
      terminate(ExitStatus.badInput)
    } catch let diverged as TrainingDiverged {
      if let message = diverged.message { printError("training diverged at \(message)") }
      terminate(ExitStatus.diverged)
    } catch let code as ExitCode {
      terminate(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        // --help and --version: the text is the output.
        if !message.isEmpty { print(message) }
        terminate(0)
      }
      if !message.isEmpty { printError(printable(message)) }
      terminate(ExitStatus.badInput)
    }
  }

  /// `message` with every control character but the line feed (C0, DEL, C1) replaced by a
  /// space: usage errors repeat what was typed, which must not move the terminal's cursor
  /// or change its colours.
  private static func printable(_ message: String) -> String {
    String(
      String.UnicodeScalarView(
        message.unicodeScalars.map { scalar in
          let v = scalar.value
          let isControl = (v < 0x20 && scalar != "\n") || (v >= 0x7F && v < 0xA0)
          return isControl ? " " : scalar
        }))
  }
}

/// The exit statuses every subcommand shares.
enum ExitStatus {
  static let badInput: Int32 = 2
  static let diverged: Int32 = 3
}

/// Thrown by a command whose training diverged, after it printed its report.
struct TrainingDiverged: Error {
  /// What to print on standard error, if the report did not say it already.
  let message: String?
}

/// Writes a line to standard error.
func printError(_ text: String) {
  var standardError = StandardError()
  print(text, to: &standardError)
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    var text = string
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = writeToStandardError(
          bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}

/// The C library's `write` to file descriptor 2.
private func writeToStandardError(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(2, bytes, count)
  #else
    return Darwin.write(2, bytes, count)
  #endif
}

/// Ends the process with `status`, flushing standard output first.
func terminate(_ status: Int32) -> Never {
  fflush(nil)
  exit(status)
}
