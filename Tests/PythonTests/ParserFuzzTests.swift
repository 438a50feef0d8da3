import Testing

@testable import Python

/// Hostile and random input: whatever the text, parsing ends with a program or an error
/// whose place is in the text, never a trap.
@Suite struct ParserFuzzTests {
  @Test func randomBytesParseOrFailCleanly() {
    var random = SplitMix64(seed: 0x5EED)
    for _ in 0..<1_000 {
      let count = Int(random.next() % 120)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      check(String(decoding: bytes, as: UTF8.self))
    }
  }

  @Test func randomTokenSoupsParseOrFailCleanly() {
    var random = SplitMix64(seed: 42)
    for _ in 0..<1_000 {
      let count = Int(random.next() % 40)
      var source = ""
      for _ in 0..<count {
        source += Self.vocabulary[Int(random.next() % UInt64(Self.vocabulary.count))]
        source += Self.separators[Int(random.next() % UInt64(Self.separators.count))]
      }
      check(source)
    }
  }

  @Test func mutatedCourseLinesParseOrFailCleanly() {
    // Near-misses of real code: one character of a real line dropped, doubled or swapped.
    let base = """
      for i in range(epochs):
          Y_pred = m*X + c  # predicted
          D_m = (-2/n) * sum(X * (Y - Y_pred))
          print(f"{i:>4} {m:.3f} {[x for x in xs if x]}")
      W1 -= lr * X.T @ dZ[:, 0:2]; b = -b**2
      """
    let characters = Array(base)
    var random = SplitMix64(seed: 7)
    for _ in 0..<500 {
      var mutated = characters
      let position = Int(random.next() % UInt64(mutated.count))
      switch random.next() % 3 {
      case 0: mutated.remove(at: position)
      case 1: mutated.insert(mutated[position], at: position)
      default: mutated.swapAt(position, Int(random.next() % UInt64(mutated.count)))
      }
      check(String(mutated))
    }
  }

  // MARK: - Helpers

  /// Parses `source` and checks that an error points into the text and renders.
  private func check(_ source: String) {
    _ = PythonParser.needsMoreInput(source)
    do {
      let program = try PythonParser.parse(source)
      _ = SExpression.render(program)
    } catch {
      let lines = Self.lines(source)
      if let span = error.span {
        #expect(
          span.line >= 1 && span.line <= Swift.max(lines.count, 1),
          "\(error) in \(source.debugDescription)")
        #expect(span.column >= 1 && span.length >= 1)
      }
      #expect(!error.message.isEmpty)
      _ = error.rendered(lines: lines)
    }
  }

  private static func lines(_ source: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for character in source {
      if character == "\n" || character == "\r\n" || character == "\r" {
        lines.append(line)
        line = ""
      } else {
        line.append(character)
      }
    }
    lines.append(line)
    return lines
  }

  private static let vocabulary = [
    "x", "np", "array", "print", "if", "elif", "else", "for", "in", "while", "def", "return",
    "not", "and", "or", "is", "None", "True", "lambda", "class", "import", "from", "as",
    "del", "pass", "break", "continue", "yield", "match", "0", "1.5", "1e3", "0x1F", "1_0",
    "'s'", "\"t\"", "f'{x}'", "f'{x:{w}.2f}'", "'''a\nb'''", "rf'{y!r}'", "f'{'", "'",
    "+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "~", "<<", ">>", "<", ">",
    "<=", ">=", "==", "!=", "=", "+=", "**=", ":=", "->", "(", ")", "[", "]", "{", "}",
    ",", ":", ".", ";", "...", "\\", "#", "!", "$", "é", "\t",
  ]

  private static let separators = [" ", "", "\n", "\n    ", "\n  ", "\r\n", "\n\t"]
}

/// A small, seeded random number generator (SplitMix64, Steele et al. 2014): the same
/// inputs on every run.
private struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
