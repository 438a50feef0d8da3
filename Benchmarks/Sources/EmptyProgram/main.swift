// The start-up baseline: a Swift program with downhill's imports that does nothing but
// print a version, as `downhill --version` does. Built static and dynamic beside downhill by
// Benchmarks/startup.sh; StartupBenchmarks times both.

import ArgumentParser
import Foundation
import Yams

struct Empty: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "empty", version: "0")
}

Empty.main()
