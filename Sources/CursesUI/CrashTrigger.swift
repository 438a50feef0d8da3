import CursesShim
import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A crash on purpose, for the tests of the crash guard: when the key `key` is pressed the
/// tutorial traps as a Swift runtime error would, or raises `signal`.
///
/// Only reachable through the environment variable `DOWNHILL_TEST_CRASH`, which no
/// student sets: `x` traps on the key x, `x:SEGV` raises SIGSEGV on it (any of ILL, TRAP,
/// ABRT, SEGV, BUS, FPE, QUIT).
package struct CrashTrigger: Sendable, Hashable {
  /// The key that crashes.
  package var key: Key
  /// The signal raised, or nil for a Swift trap.
  package var signal: Int32?

  /// The environment variable read.
  package static let variable = "DOWNHILL_TEST_CRASH"

  /// The trigger `environment` asks for, if any.
  package init?(environment: [String: String]) {
    guard let value = environment[Self.variable], let first = value.first else { return nil }
    key = .character(first)
    let name = value.split(separator: ":").dropFirst().first.map(String.init)
    guard let name else {
      signal = nil
      return
    }
    let signals: [String: Int32] = [
      "ILL": SIGILL, "TRAP": SIGTRAP, "ABRT": SIGABRT, "SEGV": SIGSEGV, "BUS": SIGBUS,
      "FPE": SIGFPE, "QUIT": SIGQUIT,
    ]
    guard let number = signals[name.uppercased()] else { return nil }
    signal = number
  }

  /// Crashes.
  package func fire() -> Never {
    if let signal { downhill_raise(signal) }
    fatalError("the crash \(Self.variable) asked for")
  }
}
