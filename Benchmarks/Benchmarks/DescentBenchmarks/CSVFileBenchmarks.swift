import Benchmark
import Descent

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole CSV file into a dataset: 1,000,000 rows of two columns of 17 significant
/// digits (as `%.17g` writes doubles, like `Benchmarks/peers.sh`'s big.csv), beside two
/// floors over the same bytes: `strtod` reading every cell and nothing else (the budget
/// the reader must beat twice over), and `memchr` finding every line break (the cost of
/// touching the bytes at all).
func csvFileBenchmarks() {
  let text = CSVText(rows: 1_000_000).text

  Benchmark("CSV: 1e6 rows × 2 columns read into a dataset", configuration: .init(maxIterations: 20)) {
    benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try Dataset(csv: text, source: "big.csv"))
    }
  }

  Benchmark("CSV baseline: strtod over the same cells", configuration: .init(maxIterations: 20)) {
    benchmark in
    var bytes = Array(text.utf8CString)
    for _ in benchmark.scaledIterations {
      var sum = 0.0
      bytes.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        // Past the header, then strtod from cell to cell, stepping over each delimiter.
        var p = UnsafeMutablePointer(mutating: strchr(base, 0x0A) ?? base) + 1
        let end = base + buffer.count - 1
        var next: UnsafeMutablePointer<CChar>?
        while p < end {
          sum += strtod(p, &next)
          p = (next ?? end) + 1
        }
      }
      blackHole(sum)
    }
  }

  Benchmark("CSV baseline: memchr over the same bytes", configuration: .init(maxIterations: 20)) {
    benchmark in
    let bytes = Array(text.utf8)
    for _ in benchmark.scaledIterations {
      var lines = 0
      bytes.withUnsafeBytes { buffer in
        guard var p = buffer.baseAddress else { return }
        let end = p + buffer.count
        while let found = memchr(p, 0x0A, end - p) {
          lines += 1
          p = UnsafeRawPointer(found) + 1
        }
      }
      blackHole(lines)
    }
  }
}

/// The text of a CSV file `x,y` with y = 3x + 7 + noise, from a fixed seed.
private struct CSVText {
  var text: String

  init(rows: Int) {
    var random = SeededGenerator(seed: 20251127)
    var text = "x,y\n"
    text.reserveCapacity(rows * 40)
    for _ in 0..<rows {
      let x = Double.random(in: 0..<1000, using: &random)
      let y = 3 * x + 7 + Double.random(in: -10...10, using: &random)
      text += Self.g17(x) + "," + Self.g17(y) + "\n"
    }
    self.text = text
  }

  /// `value` as C's `%.17g` writes it.
  private static func g17(_ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 32)
    _ = withVaList([value]) { vsnprintf(&buffer, 32, "%.17g", $0) }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
