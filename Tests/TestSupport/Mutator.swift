import Foundation
import Testing

/// Seeded mutations of valid inputs, for fuzz tests that look for traps, hangs and
/// quadratic behaviour in readers.
///
/// Each input is a valid one from `corpus` with one to four mutations: bytes flipped,
/// ranges deleted, duplicated (up to thousands of times, to grow inputs) or swapped, a
/// token from `tokens` (the format's own syntax) inserted, a long run of one hostile
/// character inserted, the input cut short, or spliced with another from the corpus. The
/// same seed gives the same inputs on every machine.
public struct Mutator {
  /// Valid inputs to start from.
  public let corpus: [[UInt8]]
  /// Fragments of the format's syntax worth inserting.
  public let tokens: [[UInt8]]
  private var generator: SplitMix64

  /// Characters that have broken readers before: controls, quotes, separators, brackets,
  /// line ends, a byte-order mark, invalid UTF-8, a combining mark, a wide character.
  static let hostile: [[UInt8]] = [
    [0x00], [0x01], [0x1B], [0x7F], [0x22], [0x27], [0x2C], [0x20], [0x09], [0x0A], [0x0D],
    [0x5B], [0x7B], [0x3A], [0x2D], [0x23], [0x60], [0xEF, 0xBB, 0xBF], [0xFF], [0xC3],
    [0xCC, 0x81], [0xE4, 0xB8, 0xAD], [0xC2, 0x9B],
  ]

  /// A mutator over `corpus` (strings, as UTF-8) inserting `tokens`, seeded with `seed`.
  public init(corpus: [String], tokens: [String], seed: UInt64) {
    self.corpus = corpus.map { Array($0.utf8) }
    self.tokens = tokens.map { Array($0.utf8) }
    generator = SplitMix64(seed: seed)
  }

  /// The next mutated input, as bytes.
  public mutating func nextBytes() -> [UInt8] {
    var bytes = corpus.randomElement(using: &generator) ?? []
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
      mutate(&bytes)
    }
    return bytes
  }

  /// The next mutated input, as text (invalid UTF-8 replaced, as a reader of text sees it).
  public mutating func nextText() -> String {
    String(decoding: nextBytes(), as: UTF8.self)
  }

  private mutating func position(in bytes: [UInt8]) -> Int {
    Int.random(in: 0...bytes.count, using: &generator)
  }

  private mutating func range(in bytes: [UInt8], upTo length: Int) -> Range<Int> {
    let start = position(in: bytes)
    let end = Swift.min(bytes.count, start + Int.random(in: 0...length, using: &generator))
    return start..<end
  }

  private mutating func mutate(_ bytes: inout [UInt8]) {
    switch Int.random(in: 0..<9, using: &generator) {
    case 0:
      // Flip bytes.
      for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
          in: 0...255, using: &generator)
      }
    case 1:
      bytes.removeSubrange(range(in: bytes, upTo: 64))
    case 2:
      // Duplicate a range, sometimes many times over: inputs that grow.
      let part = Array(bytes[range(in: bytes, upTo: 256)])
      let times = Bool.random(using: &generator) ? 1 : Int.random(in: 2...2000, using: &generator)
      let repeated = (0..<times).flatMap { _ in part }
      bytes.insert(contentsOf: repeated.prefix(200_000), at: position(in: bytes))
    case 3:
      let token = tokens.randomElement(using: &generator) ?? []
      bytes.insert(contentsOf: token, at: position(in: bytes))
    case 4:
      // A long run of one hostile character.
      let character = Self.hostile.randomElement(using: &generator) ?? [0]
      let count = [1, 10, 1000, 20_000].randomElement(using: &generator) ?? 1
      bytes.insert(
        contentsOf: (0..<count).flatMap { _ in character }, at: position(in: bytes))
    case 5:
      bytes.removeSubrange(position(in: bytes)..<bytes.count)
    case 6:
      // Swap two ranges.
      let first = range(in: bytes, upTo: 128)
      let second = range(in: bytes, upTo: 128)
      guard first.upperBound <= second.lowerBound else { return }
      let a = Array(bytes[first])
      let b = Array(bytes[second])
      bytes.replaceSubrange(second, with: a)
      bytes.replaceSubrange(first, with: b)
    case 7:
      // Splice: the start of this input and the end of another.
      let other = corpus.randomElement(using: &generator) ?? []
      let cut = position(in: bytes)
      let otherCut = Int.random(in: 0...other.count, using: &generator)
      bytes = Array(bytes[..<cut]) + other[otherCut...]
    default:
      let character = Self.hostile.randomElement(using: &generator) ?? [0]
      bytes.insert(contentsOf: character, at: position(in: bytes))
    }
  }
}

/// Runs fuzz inputs one at a time, timing each, and reports how many ran and how long they
/// took.
public struct FuzzRun {
  /// The most seconds one input may take: far more than a linear reader needs for the
  /// largest input made, far less than a quadratic one would.
  public let bound: Double
  public private(set) var count = 0
  public private(set) var slowest = 0.0
  private let start = Date()
  private let name: String

  public init(_ name: String, bound: Double) {
    self.name = name
    self.bound = bound
  }

  /// Runs `body` on one input, recording an issue if it takes longer than `bound`.
  ///
  /// The time is the CPU time of the thread running `body` (which runs synchronously, on
  /// one thread), not the wall clock: what an input costs, however busy the machine is
  /// with the other tests running beside it.
  public mutating func run(
    _ input: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () -> Void
  ) {
    let before = Self.threadCPUSeconds()
    body()
    let seconds = Self.threadCPUSeconds() - before
    count += 1
    slowest = Swift.max(slowest, seconds)
    if seconds > bound {
      let text = input()
      let message =
        "\(name): an input of \(text.utf8.count) bytes took \(seconds) s, over \(bound) s; "
        + "it starts \(String(reflecting: String(text.prefix(200))))"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  /// The CPU time this thread has used, in seconds.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// Prints the count, the total time and the slowest input.
  public func report() {
    print(
      "fuzz \(name): \(count) inputs in "
        + "\(String(format: "%.2f", Date().timeIntervalSince(start))) s, slowest "
        + "\(String(format: "%.3f", slowest)) s (bound \(bound) s)")
  }
}
