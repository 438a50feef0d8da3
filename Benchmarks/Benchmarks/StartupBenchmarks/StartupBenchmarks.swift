import Benchmark
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Process start-up: how long from spawning a binary until it has printed and exited, for
// the downhill release binary (self-contained and dynamic) and for an empty Swift program
// with the same imports (EmptyProgram), built the same two ways. The binaries are named
// by environment variables, which Benchmarks/startup.sh sets after building them:
//
//     DOWNHILL_STATIC  DOWNHILL_DYNAMIC  EMPTY_STATIC  EMPTY_DYNAMIC
//
// A benchmark whose binary is not given is left out. Compare each downhill figure with the
// empty program built the same way, in the same run: the ratio is the cost of downhill's
// own start-up.

/// Nanoseconds on the monotonic clock.
func now() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Spawns `path arguments…` with its output thrown away and waits for it to exit.
func spawnAndWait(_ path: String, _ arguments: [String]) -> Int32 {
  var pid: pid_t = 0
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  return status
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock], warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 20)
  let environment = ProcessInfo.processInfo.environment
  let runs: [(name: String, variable: String, arguments: [String])] = [
    ("Empty program, static: --version", "EMPTY_STATIC", ["--version"]),
    ("downhill, static: --version", "DOWNHILL_STATIC", ["--version"]),
    ("downhill, static: train (1 epoch)", "DOWNHILL_STATIC", ["train", "--epochs", "1"]),
    ("Empty program, dynamic: --version", "EMPTY_DYNAMIC", ["--version"]),
    ("downhill, dynamic: --version", "DOWNHILL_DYNAMIC", ["--version"]),
    ("downhill, dynamic: train (1 epoch)", "DOWNHILL_DYNAMIC", ["train", "--epochs", "1"]),
  ]
  for run in runs {
    guard let path = environment[run.variable], !path.isEmpty else { continue }
    Benchmark(run.name) { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(spawnAndWait(path, run.arguments))
      }
    }
  }
  // The ratios themselves, measured interleaved: each iteration starts the empty program
  // and downhill one after the other (in turn first), so a machine that speeds up or slows
  // down during the run affects both alike. The metric is the ratio × 1000 (1500 = 1.5×).
  let ratios: [(name: String, empty: String, downhill: String, arguments: [String])] = [
    ("ratio, static: --version ÷ empty", "EMPTY_STATIC", "DOWNHILL_STATIC", ["--version"]),
    (
      "ratio, static: train (1 epoch) ÷ empty", "EMPTY_STATIC", "DOWNHILL_STATIC",
      ["train", "--epochs", "1"]
    ),
    ("ratio, dynamic: --version ÷ empty", "EMPTY_DYNAMIC", "DOWNHILL_DYNAMIC", ["--version"]),
    (
      "ratio, dynamic: train (1 epoch) ÷ empty", "EMPTY_DYNAMIC", "DOWNHILL_DYNAMIC",
      ["train", "--epochs", "1"]
    ),
  ]
  let ratio = BenchmarkMetric.custom("ratio ×1000", polarity: .prefersSmaller, useScalingFactor: false)
  for pair in ratios {
    guard let empty = environment[pair.empty], !empty.isEmpty,
      let downhill = environment[pair.downhill], !downhill.isEmpty
    else { continue }
    Benchmark(pair.name, configuration: .init(metrics: [ratio])) { benchmark in
      for iteration in benchmark.scaledIterations {
        var emptyTime: UInt64 = 0
        var downhillTime: UInt64 = 0
        for turn in 0..<2 {
          let start = now()
          if (iteration + turn) % 2 == 0 {
            blackHole(spawnAndWait(empty, ["--version"]))
            emptyTime = now() - start
          } else {
            blackHole(spawnAndWait(downhill, pair.arguments))
            downhillTime = now() - start
          }
        }
        benchmark.measurement(ratio, Int(1000 * Double(downhillTime) / Double(emptyTime)))
      }
    }
  }
}
