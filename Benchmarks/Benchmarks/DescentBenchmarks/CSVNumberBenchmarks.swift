import Benchmark
import Descent
import Interchange

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the numbers of a large CSV file: 2,000,000 cells of 17 significant digits (as
/// `"\(x)"` writes doubles, from 0.000123… to 12345.6…), by `DecimalParser` beside C's
/// `strtod`, its baseline. Both read the same bytes; each cell is followed by a NUL that
/// `strtod` needs and `DecimalParser` does not count.
func csvNumberBenchmarks() {
  let cells = NumberCells(count: 2_000_000)

  Benchmark("Cells: strtod", configuration: .init(maxIterations: 50)) { benchmark in
    for _ in benchmark.scaledIterations {
      var sum = 0.0
      cells.bytes.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
          for start in cells.starts { sum += strtod(text + start, nil) }
        }
      }
      blackHole(sum)
    }
  }

  Benchmark("Cells: DecimalParser", configuration: .init(maxIterations: 50)) { benchmark in
    for _ in benchmark.scaledIterations {
      var sum = 0.0
      cells.bytes.withUnsafeBufferPointer { bytes in
        for (start, end) in zip(cells.starts, cells.ends) {
          sum += DecimalParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<end])) ?? .nan
        }
      }
      blackHole(sum)
    }
  }
}

/// Decimal cells laid end to end in one buffer, each closed by a NUL.
private struct NumberCells {
  /// Every cell's text and its NUL.
  var bytes: [UInt8] = []
  /// Where each cell starts in `bytes`.
  var starts: [Int] = []
  /// Where each cell's text ends (at its NUL).
  var ends: [Int] = []

  /// `count` cells of 17 significant digits with the point in varied places, a quarter of
  /// them negative, drawn from a fixed seed.
  init(count: Int) {
    var random = SeededGenerator(seed: 17)
    starts.reserveCapacity(count)
    ends.reserveCapacity(count)
    for k in 0..<count {
      let digits = String(
        UInt64.random(in: 10_000_000_000_000_000..<100_000_000_000_000_000, using: &random))
      // Digits before the point: -3 (0.000ddd) to 5 (ddddd.ddd).
      let before = Int.random(in: -3...5, using: &random)
      let text =
        before <= 0
        ? "0." + String(repeating: "0", count: -before) + digits
        : String(digits.prefix(before)) + "." + String(digits.dropFirst(before))
      starts.append(bytes.count)
      if k % 4 == 0 { bytes.append(UInt8(ascii: "-")) }
      bytes.append(contentsOf: text.utf8)
      ends.append(bytes.count)
      bytes.append(0)
    }
  }
}
