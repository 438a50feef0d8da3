import Foundation
import Interchange
import Python
import Testing

/// The course's Python, checked against CPython with numpy: Fixtures/snippets.json holds
/// small programs and exactly what CPython 3.11 with numpy 2.4 printed for each (made by
/// Fixtures/make_snippets.py; Python is not needed to run these tests). Output must match
/// exactly, except that snippets whose numbers pass through exp, log or tanh may differ in
/// those numbers by 2 ulp (numpy's own vectorized routines are not the C library's: its
/// tanh differs from glibc's by up to 3 ulp), or, for the course's training loops, where
/// hundreds of epochs carry that difference on, by 1e-13 relative.
struct Snippet: Sendable, CustomTestStringConvertible {
  let name: String
  let group: String
  let code: String
  let stdout: String
  let isExact: Bool

  var testDescription: String { name }

  static let all: [Snippet] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/snippets.json")
    guard let text = try? String(contentsOf: url, encoding: .utf8),
      let json = try? JSONValue.parse(text, source: "snippets.json"),
      let items = json["snippets"]?.arrayValue
    else { return [] }
    return items.compactMap { item in
      guard let name = item["name"]?.stringValue, let group = item["group"]?.stringValue,
        let code = item["code"]?.stringValue, let stdout = item["stdout"]?.stringValue,
        let tolerance = item["tolerance"]?.stringValue
      else { return nil }
      return Snippet(name: name, group: group, code: code, stdout: stdout, isExact: tolerance == "exact")
    }
  }()
}

/// How far apart two doubles are in units in the last place.
private func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
  if a == b { return 0 }
  guard a.isFinite, b.isFinite, a.sign == b.sign else { return .max }
  let x = a.bitPattern
  let y = b.bitPattern
  return x > y ? x - y : y - x
}

/// Whether two outputs agree: the same text around their numbers, and numbers within
/// `ulps` of each other or, when `relative` is given, within that relative difference.
private func agree(_ expected: String, _ actual: String, ulps: UInt64, relative: Double? = nil) -> Bool {
  if expected == actual { return true }
  let pattern = /[-+]?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?)/
  let expectedNumbers = expected.matches(of: pattern).map { Double($0.output) }
  let actualNumbers = actual.matches(of: pattern).map { Double($0.output) }
  guard expected.replacing(pattern, with: "#").filter({ $0 != " " })
    == actual.replacing(pattern, with: "#").filter({ $0 != " " }),
    expectedNumbers.count == actualNumbers.count
  else { return false }
  for (e, a) in zip(expectedNumbers, actualNumbers) {
    guard let e, let a else { return false }
    if ulpDistance(e, a) <= ulps { continue }
    guard let relative, Swift.abs(e - a) <= relative * Swift.abs(e) else { return false }
  }
  return true
}

@Suite struct SnippetTests {
  @Test func theFixturesAreThere() {
    #expect(Snippet.all.count >= 200)
  }

  @Test(arguments: Snippet.all)
  func printsWhatCPythonPrints(_ snippet: Snippet) {
    let python = Interpreter()
    var output: String
    do {
      try python.run(snippet.code)
      output = python.output
    } catch {
      output = python.output + "\n[error] " + error.description
    }
    if snippet.isExact {
      #expect(output == snippet.stdout, "\(snippet.group): \(snippet.name)\n\(snippet.code)")
    } else {
      #expect(
        agree(snippet.stdout, output, ulps: 2, relative: snippet.group == "course" ? 1e-13 : nil),
        "\(snippet.group): \(snippet.name)\n\(snippet.code)\nexpected:\n\(snippet.stdout)\ngot:\n\(output)")
    }
  }
}
