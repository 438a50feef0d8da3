import Foundation
import Testing

@testable import Python

// Every case in Fixtures/format_cases.json, written by make_format_cases.py beside it from
// CPython 3.11 and numpy 2.4 themselves: float reprs (every power of ten and of two, random
// bit patterns), numpy scalars, round() and np.round, format specs × values (errors
// included), and random arrays of every dtype and rank up to 3 (NaN, infinities, -0.0,
// empty, 0-d, wrapped and summarized).

/// The fixture's groups; every case is strings so no JSON number loses a digit.
struct FormatCases: Decodable, Sendable {
  /// `[hex bit pattern, repr]`.
  var repr: [[String]]
  /// `[dtype, value, str, repr]` of numpy scalars.
  var scalars: [[String]]
  /// `[value, ndigits, round(value, ndigits)]`.
  var round: [[String]]
  /// `[dtype, value, decimals, np.round(value, decimals)]`.
  var numpyRound: [[String]]
  /// `[type, value, spec, format(value, spec)]`; errors as `!ValueError: message`.
  var format: [[String]]
  var arrays: [ArrayCase]

  /// An array and how numpy prints it.
  struct ArrayCase: Decodable, Sendable {
    var dtype: String
    var shape: [Int]
    var elements: [String]
    var str: String
    var repr: String
  }

  /// Reads the fixture from the test bundle; nil if it is missing or malformed.
  static let shared: FormatCases? = {
    guard
      let url = Bundle.module.url(
        forResource: "format_cases", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(FormatCases.self, from: data)
  }()
}

/// Checks `cases`, naming the first few that differ.
private func expectAll(
  _ cases: [[String]], _ name: String, sourceLocation: SourceLocation = #_sourceLocation,
  _ actual: ([String]) -> (expected: String, actual: String)?
) {
  var failures: [String] = []
  var malformed = 0
  for fields in cases {
    guard let (expected, got) = actual(fields) else {
      malformed += 1
      continue
    }
    if expected != got { failures.append("\(fields.dropLast()): expected \(expected), got \(got)") }
  }
  #expect(malformed == 0, "\(malformed) malformed \(name) cases", sourceLocation: sourceLocation)
  #expect(
    failures.isEmpty,
    Comment(
      rawValue: "\(failures.count) of \(cases.count) \(name) cases differ:\n"
        + failures.prefix(12).joined(separator: "\n")), sourceLocation: sourceLocation)
}

@Test func floatReprMatchesCPythonForEveryFixtureDouble() throws {
  let cases = try #require(FormatCases.shared)
  #expect(cases.repr.count > 5000)
  expectAll(cases.repr, "repr") { fields in
    guard fields.count == 2, let bits = UInt64(fields[0], radix: 16) else { return nil }
    return (fields[1], PythonFormatting.repr(Double(bitPattern: bits)))
  }
}

@Test func numpyScalarsPrintAsNumpyDoes() throws {
  let cases = try #require(FormatCases.shared)
  expectAll(cases.scalars, "scalar") { fields in
    guard fields.count == 4 else { return nil }
    let printed: (String, String)
    switch fields[0] {
    case "float":
      guard let x = Double(fields[1]) else { return nil }
      printed = (NumpyArrayFormatting.scalarStr(x), NumpyArrayFormatting.scalarRepr(x))
    case "int":
      guard let n = Int(fields[1]) else { return nil }
      printed = (NumpyArrayFormatting.scalarStr(n), NumpyArrayFormatting.scalarRepr(n))
    default:
      let b = fields[1] == "True"
      printed = (NumpyArrayFormatting.scalarStr(b), NumpyArrayFormatting.scalarRepr(b))
    }
    return (fields[2] + " " + fields[3], printed.0 + " " + printed.1)
  }
}

@Test func roundMatchesCPythonsCorrectlyRoundedRound() throws {
  let cases = try #require(FormatCases.shared)
  expectAll(cases.round, "round") { fields in
    guard fields.count == 3, let x = Double(fields[0]), let n = Int(fields[1]) else {
      return nil
    }
    let rounded = PythonFormatting.round(x, ndigits: n).map(PythonFormatting.repr)
    return (fields[2], rounded ?? "!OverflowError: rounded value too large to represent")
  }
}

@Test func numpyRoundMatchesNumpysScaleAndRint() throws {
  let cases = try #require(FormatCases.shared)
  expectAll(cases.numpyRound, "np.round") { fields in
    guard fields.count == 4, let decimals = Int(fields[2]) else { return nil }
    if fields[0] == "int" {
      guard let n = Int(fields[1]) else { return nil }
      return (fields[3], String(PythonFormatting.numpyRound(n, decimals: decimals)))
    }
    guard let x = Double(fields[1]) else { return nil }
    return (fields[3], PythonFormatting.repr(PythonFormatting.numpyRound(x, decimals: decimals)))
  }
}

@Test func formatSpecsFormatEveryTypeAsCPythonDoes() throws {
  let cases = try #require(FormatCases.shared)
  #expect(cases.format.count > 7000)
  expectAll(cases.format, "format") { fields in
    guard fields.count == 4 else { return nil }
    let (type, value, spec) = (fields[0], fields[1], fields[2])
    do throws(FormatSpecError) {
      let format = try FormatSpec(parsing: spec)
      switch type {
      case "float":
        guard let x = Double(value) else { return nil }
        return (fields[3], try format.format(x))
      case "int":
        guard let n = Int(value) else { return nil }
        return (fields[3], try format.format(n))
      case "bool":
        return (fields[3], try format.format(value == "True"))
      default:
        return (fields[3], try format.format(value))
      }
    } catch {
      return (fields[3], "!" + error.description)
    }
  }
}

@Test func arraysPrintAsNumpyStrAndRepr() throws {
  let cases = try #require(FormatCases.shared)
  #expect(cases.arrays.count > 1000)
  var failures: [String] = []
  for array in cases.arrays {
    let elements: NumpyElements
    switch array.dtype {
    case "float": elements = .float(array.elements.compactMap(Double.init))
    case "int": elements = .int(array.elements.compactMap { Int($0) })
    default: elements = .bool(array.elements.map { $0 == "True" })
    }
    guard elements.count == array.elements.count else {
      failures.append("malformed elements for shape \(array.shape)")
      continue
    }
    let str = NumpyArrayFormatting.str(shape: array.shape, elements: elements)
    let repr = NumpyArrayFormatting.repr(shape: array.shape, elements: elements)
    if str != array.str { failures.append("str \(array.shape):\n\(array.str)\ngot\n\(str)") }
    if repr != array.repr { failures.append("repr \(array.shape):\n\(array.repr)\ngot\n\(repr)") }
  }
  #expect(
    failures.isEmpty,
    Comment(
      rawValue: "\(failures.count) array cases differ:\n"
        + failures.prefix(6).joined(separator: "\n")))
}
