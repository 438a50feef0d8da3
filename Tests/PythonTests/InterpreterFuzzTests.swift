import Foundation
import Python
import Testing

/// The course's snippets, mutated at random (numbers swapped for extreme ones, lines
/// dropped or doubled, operators and brackets inserted, characters swapped), run with small
/// limits: each runs or stops with a `PythonError`, within its budget. A trap would end the
/// test process.
@Suite struct InterpreterFuzzTests {
  /// A small seeded generator (SplitMix64), so every run mutates the same way.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let extremes = [
    "0", "-1", "2**62", "-2**63", "1e308", "-0.0", "10**6", "3.5", "True", "None", "[]", "()",
    "np.nan", "np.inf", "'a'", "[[1, 2], [3]]", "np.zeros((0, 3))", "np.array(5)",
  ]
  static let insertions = [
    "+", "*", "**", "/", "//", "%", "@", "[", "]", "(", ")", ":", ",", ".T", "[0]", "[::-1]",
    "[1:]", "[:, 0]", " if ", " for x in ", "\n", "\n    ", ".sum(axis=1)", ".reshape(-1, 2)", "-",
  ]

  static func mutate(_ code: String, using generator: inout Seeded) -> String {
    var text = code
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      var characters = Array(text)
      guard !characters.isEmpty else { break }
      switch Int.random(in: 0..<5, using: &generator) {
      case 0:
        // A number replaced by an extreme value.
        let digits = characters.indices.filter { characters[$0].isNumber }
        guard let at = digits.randomElement(using: &generator) else { continue }
        var end = at
        while end < characters.count && (characters[end].isNumber || characters[end] == ".") { end += 1 }
        let replacement = Array(extremes.randomElement(using: &generator) ?? "0")
        characters.replaceSubrange(at..<end, with: replacement)
      case 1:
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = Int.random(in: 0..<lines.count, using: &generator)
        if Bool.random(using: &generator) { lines.remove(at: k) } else { lines.insert(lines[k], at: k) }
        characters = Array(lines.joined(separator: "\n"))
      case 2, 3:
        let at = Int.random(in: 0...characters.count, using: &generator)
        characters.insert(contentsOf: insertions.randomElement(using: &generator) ?? "+", at: at)
      default:
        let at = Int.random(in: 0..<characters.count, using: &generator)
        let other = Swift.min(at + 1, characters.count - 1)
        characters.swapAt(at, other)
      }
      text = String(characters)
    }
    return text
  }

  @Test func mutatedSnippetsRunOrStopCleanly() throws {
    let snippets = Snippet.all
    try #require(!snippets.isEmpty)
    var generator = Seeded(state: 20_261_206)
    var stopped = 0
    var slowest = 0.0
    for _ in 0..<3_000 {
      let snippet = snippets[Int.random(in: 0..<snippets.count, using: &generator)]
      let source = Self.mutate(snippet.code, using: &generator)
      let python = Interpreter(limits: .init(steps: 20_000, elements: 100_000, recursion: 30))
      let start = Date()
      do {
        try python.run(source)
      } catch {
        stopped += 1
        // Every error it names a place for is inside the program.
        if let span = error.span {
          let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
          #expect(span.line >= 1 && span.line <= lines.count + 1, "\(source)\n\(error)")
        }
      }
      let elapsed = Date().timeIntervalSince(start)
      slowest = Swift.max(slowest, elapsed)
      #expect(elapsed < 3, "took \(elapsed) s:\n\(source)")
    }
    // Most mutations break the program; some still run.
    #expect(stopped > 500 && stopped < 3_000)
    print("mutated snippets: 3000 run, \(stopped) stopped with an error, slowest \(slowest) s")
  }
}
