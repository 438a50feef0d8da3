import Interchange
import Testing

/// Parses `text` as `init.json`, expecting success.
private func parse(_ text: String) throws -> JSONValue {
  try JSONValue.parse(text, source: "init.json")
}

/// The error that parsing `text` as `init.json` throws, as printed, or `nil` if it parses.
private func jsonError(_ text: String) -> String? {
  do {
    _ = try JSONValue.parse(text, source: "init.json")
    return nil
  } catch {
    return error.description
  }
}

/// A small report with every kind of value, nested.
private let report: JSONValue = [
  "model": "linear",
  "epochs": 3,
  "loss": [1.5, 0.75, .number(.nan)],
  "parameters": ["w": [0.5, -2], "b": 0.1],
  "names": ["size", "rooms"],
  "history": [["epoch": 1], ["epoch": 2]],
  "empty": [],
  "none": [:],
  "converged": false,
  "note": nil,
]

/// Building, writing and reading JSON values, and every parse error.
@Suite struct JSONValueTests {
  // MARK: - Values

  @Test func literalsBuildValuesInWrittenOrder() {
    let value: JSONValue = ["b": 1, "a": [true, nil, 2.5, "x"], "c": [:]]
    let expected = JSONValue.object([
      JSONMember(key: "b", value: .number(1)),
      JSONMember(
        key: "a", value: .array([.bool(true), .null, .number(2.5), .string("x")])),
      JSONMember(key: "c", value: .object([])),
    ])
    #expect(value == expected)
  }

  @Test func accessorsReadOnlyTheirOwnCase() {
    let value: JSONValue = ["w": [0.5, -1], "b": 0.25, "name": "linear", "b": 9]
    #expect(value["b"] == .number(0.25))
    #expect(value["b"]?.numberValue == 0.25)
    #expect(value["missing"] == nil)
    #expect(value["w"]?.arrayValue == [.number(0.5), .number(-1)])
    #expect(value["name"]?.stringValue == "linear")
    #expect(value.objectMembers?.map(\.key) == ["w", "b", "name", "b"])
    #expect(value["name"]?.numberValue == nil)
    #expect(value["b"]?.stringValue == nil)
    #expect(value["b"]?.arrayValue == nil)
    #expect(value["w"]?.objectMembers == nil)
    #expect(JSONValue.array([])["b"] == nil)
  }

  // MARK: - Serialization

  @Test func compactFormHasNoSpaces() {
    #expect(
      report.serialized()
        == #"{"model":"linear","epochs":3,"loss":[1.5,0.75,null],"parameters":{"w":[0.5,-2],"#
        + #""b":0.1},"names":["size","rooms"],"history":[{"epoch":1},{"epoch":2}],"empty":[],"#
        + #""none":{},"converged":false,"note":null}"#)
  }

  @Test func prettyFormIndentsAndKeepsNumberArraysOnOneLine() {
    let expected = """
      {
        "model": "linear",
        "epochs": 3,
        "loss": [1.5, 0.75, null],
        "parameters": {
          "w": [0.5, -2],
          "b": 0.1
        },
        "names": [
          "size",
          "rooms"
        ],
        "history": [
          {
            "epoch": 1
          },
          {
            "epoch": 2
          }
        ],
        "empty": [],
        "none": {},
        "converged": false,
        "note": null
      }
      """
    #expect(report.serialized(pretty: true) == expected)
  }

  @Test func prettyScalarsAndEmptyContainersHaveNoNewline() {
    #expect(JSONValue.number(1).serialized(pretty: true) == "1")
    #expect(JSONValue.array([]).serialized(pretty: true) == "[]")
    #expect(JSONValue.object([]).serialized(pretty: true) == "{}")
    #expect(JSONValue.array([true, nil, 1]).serialized(pretty: true) == "[true, null, 1]")
    #expect(JSONValue.array([[]]).serialized(pretty: true) == "[\n  []\n]")
  }

  @Test func integralNumbersPrintWithoutAFraction() {
    #expect(JSONValue.number(150).serialized() == "150")
    #expect(JSONValue.number(-3).serialized() == "-3")
    #expect(JSONValue.number(0).serialized() == "0")
    #expect(JSONValue.number(-0.0).serialized() == "-0")
    #expect(JSONValue.number(0x1p53 - 1).serialized() == "9007199254740991")
    #expect(JSONValue.number(-(0x1p53 - 1)).serialized() == "-9007199254740991")
  }

  @Test func otherNumbersPrintInShortestRoundTripForm() {
    #expect(JSONValue.number(0.1).serialized() == "0.1")
    #expect(JSONValue.number(-2.5).serialized() == "-2.5")
    #expect(JSONValue.number(1e-5).serialized() == "1e-05")
    #expect(JSONValue.number(0x1p53).serialized() == "9007199254740992.0")
    #expect(JSONValue.number(1e20).serialized() == "1e+20")
    #expect(JSONValue.number(.greatestFiniteMagnitude).serialized() == "1.7976931348623157e+308")
    #expect(JSONValue.number(.leastNonzeroMagnitude).serialized() == "5e-324")
  }

  @Test func nonFiniteNumbersSerializeAsNull() {
    let value: JSONValue = [.number(.nan), .number(.infinity), .number(-.infinity), 1]
    #expect(value.serialized() == "[null,null,null,1]")
    #expect(value.serialized(pretty: true) == "[null, null, null, 1]")
    #expect(JSONValue.number(.signalingNaN).serialized() == "null")
  }

  @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
    let value = JSONValue.string("\"\\\n\t\r\u{08}\u{0C}\u{01}\u{1F}\u{7F}é😀/")
    #expect(value.serialized() == #""\"\\\n\t\r\b\f\u0001\u001f"# + "\u{7F}é😀/\"")
    let key: JSONValue = ["a\"b\n": "plain"]
    #expect(key.serialized() == #"{"a\"b\n":"plain"}"#)
  }

  @Test func everyControlCharacterIsEscapedAndReadsBack() throws {
    let named: [UInt32: String] = [
      0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#,
    ]
    for value in UInt32(0)..<0x20 {
      let scalar = try #require(Unicode.Scalar(value))
      let hex = String(value, radix: 16)
      let escape = named[value] ?? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      let text = "a" + String(scalar) + "b"
      let written = JSONValue.string(text).serialized()
      #expect(written == "\"a" + escape + "b\"", "U+\(hex)")
      #expect(try parse(written) == .string(text), "U+\(hex)")
    }
    // DEL and the C1 controls are valid in JSON strings and are written as they are.
    for value in UInt32(0x7F)..<0xA0 {
      let text = String(try #require(Unicode.Scalar(value)))
      #expect(JSONValue.string(text).serialized() == "\"" + text + "\"")
      #expect(try parse(JSONValue.string(text).serialized()) == .string(text))
    }
  }

  // MARK: - Round trips

  @Test func representativeValuesRoundTrip() throws {
    let values: [JSONValue] = [
      report["parameters"] ?? .null, ["text": "a\"b\\c\n\u{0}é😀\u{1F}"],
      [
        0.1, 1e-300, .number(.leastNonzeroMagnitude), 2.2250738585072014e-308, 0x1p53,
        .number(0x1p53 + 2), 1e22, 123456789012345.67,
      ],
      [.number(9_007_199_254_740_991), .number(-9_007_199_254_740_991), 1e300, -1e-7],
      [[[[]]], [:], ["": [nil, false, true]]], "", nil, true, 0,
    ]
    for value in values {
      #expect(try parse(value.serialized()) == value)
      #expect(try parse(value.serialized(pretty: true)) == value)
    }
  }

  @Test func negativeZeroKeepsItsSign() throws {
    let parsed = try parse(JSONValue.number(-0.0).serialized())
    #expect(parsed.numberValue?.sign == .minus)
  }

  @Test func finiteNumbersRoundTripBitForBit() throws {
    // SplitMix64 (Steele, Lea & Flood 2014), seeded: random bit patterns, every exponent.
    var state: UInt64 = 2024
    var checked = 0
    while checked < 20_000 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      let x = Double(bitPattern: z ^ (z >> 31))
      guard x.isFinite else { continue }
      let parsed = try parse(JSONValue.number(x).serialized()).numberValue
      #expect(parsed?.bitPattern == x.bitPattern, "\(x)")
      checked += 1
    }
  }

  // MARK: - Parsing

  @Test func parsesEveryKindOfValueWithWhitespace() throws {
    let text =
      "\u{FEFF} {\r\n \"a\" : [ 1 , -2.5e+3, 0.1E-1 ] ,\t\"b\":{\"c\":null},\n"
      + "\"d\": [true,false], \"e\": \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u0000\" }\n\n"
    let expected: JSONValue = [
      "a": [1, -2500, 0.01], "b": ["c": nil], "d": [true, false],
      "e": .string("x\"\\/\u{08}\u{0C}\n\r\tAé\u{0}"),
    ]
    #expect(try parse(text) == expected)
  }

  @Test func parsesTopLevelScalars() throws {
    #expect(try parse("42") == 42)
    #expect(try parse(" \"hi\" ") == "hi")
    #expect(try parse("null") == nil)
    #expect(try parse("-0") == .number(-0.0))
    #expect(try parse("123456789012345678901234") == .number(123456789012345678901234.0))
    #expect(try parse("1E-400") == 0)
  }

  @Test func surrogatePairEscapesDecodeToOneCharacter() throws {
    #expect(try parse(#""\ud83d\ude00 \uD834\uDD1E""#) == "😀 𝄞")
  }

  @Test func unicodeEscapesDecodeInEitherCase() throws {
    #expect(try parse(#""\u00e9\u00C9\u0041\u20ac""#) == "éÉA€")
    #expect(try parse(#"{"caf\u00e9": "\u00e9t\u00e9"}"#) == ["café": "été"])
  }

  @Test func duplicateKeysAreKeptInOrderAndLookupTakesTheFirst() throws {
    let value = try parse(#"{"b": 1, "a": 2, "b": 3}"#)
    #expect(value.objectMembers?.map(\.key) == ["b", "a", "b"])
    #expect(value["b"] == 1)
  }

  @Test func nestingUpToTheLimitParses() throws {
    let depth = JSONValue.maximumNestingDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let value = try parse(text)
    #expect(value.serialized() == text)
  }

  @Test func nestingBeyondTheLimitIsRefused() {
    let depth = JSONValue.maximumNestingDepth + 1
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(jsonError(text) == "init.json:1:513: arrays and objects are nested more than 512 deep")
    #expect(
      jsonError(String(repeating: "{\"a\":", count: 600))
        == "init.json:1:2561: arrays and objects are nested more than 512 deep")
  }

  @Test func largeDocumentsParse() throws {
    let count = 200_000
    let text = "[" + (0..<count).map { "\($0).5" }.joined(separator: ",") + "]"
    let value = try parse(text)
    #expect(value.arrayValue?.count == count)
    #expect(value.arrayValue?.last == .number(199_999.5))
    let long = String(repeating: "ab\\n", count: 100_000)
    #expect(try parse("\"" + long + "\"").stringValue?.count == 300_000)
  }

  // MARK: - Errors

  @Test func emptyTextSaysSoWithoutALine() {
    #expect(jsonError("") == "init.json: the file is empty; expected a JSON value")
    #expect(jsonError(" \n\t\r\n") == "init.json: the file is empty; expected a JSON value")
    #expect(jsonError("\u{FEFF}") == "init.json: the file is empty; expected a JSON value")
  }

  @Test func endOfFileNamesWhatIsOpen() {
    #expect(jsonError("[1, 2") == "init.json:1:6: unexpected end of the file inside an array")
    #expect(jsonError("[1,\n") == "init.json:2:1: unexpected end of the file inside an array")
    #expect(jsonError("[") == "init.json:1:2: unexpected end of the file inside an array")
    #expect(jsonError("{\"a\": 1") == "init.json:1:8: unexpected end of the file inside an object")
    #expect(jsonError("{\"a\"") == "init.json:1:5: unexpected end of the file inside an object")
    #expect(jsonError("{\"a\": ") == "init.json:1:7: unexpected end of the file inside an object")
    #expect(jsonError("{") == "init.json:1:2: unexpected end of the file inside an object")
    #expect(
      jsonError("[{\"a\": [1],") == "init.json:1:12: unexpected end of the file inside an object")
    #expect(jsonError("\"abc") == "init.json:1:5: unexpected end of the file inside a string")
    #expect(jsonError("\"abc\\") == "init.json:1:6: unexpected end of the file inside a string")
    #expect(jsonError("\"\\u12") == "init.json:1:6: unexpected end of the file inside a string")
  }

  @Test func missingSeparatorsSayWhatWasExpected() {
    #expect(
      jsonError("{\"a\": 1 \"b\": 2}")
        == "init.json:1:9: expected ',' or '}' after an object member")
    #expect(jsonError("[1 2]") == "init.json:1:4: expected ',' or ']' after an array element")
    #expect(jsonError("[1}") == "init.json:1:3: expected ',' or ']' after an array element")
    #expect(jsonError("{\"a\" 1}") == "init.json:1:6: expected ':' after the member name")
    #expect(jsonError("{a: 1}") == "init.json:1:2: expected a member name in double quotes or '}'")
    #expect(
      jsonError("{\"a\": 1, b: 2}")
        == "init.json:1:10: expected a member name in double quotes after ','")
  }

  @Test func trailingCommasAreRefused() {
    #expect(
      jsonError("[1, ]")
        == "init.json:1:5: expected a value after ','; JSON does not allow a trailing comma")
    #expect(
      jsonError("{\"a\": 1,\n}")
        == "init.json:2:1: expected a member name in double quotes after ','; JSON does not "
        + "allow a trailing comma")
  }

  @Test func misplacedCharactersAreNamed() {
    #expect(jsonError("[,1]") == "init.json:1:2: expected a JSON value but found ','")
    #expect(jsonError("{\"a\": ]") == "init.json:1:7: expected a JSON value but found ']'")
    #expect(jsonError("]") == "init.json:1:1: expected a JSON value but found ']'")
    #expect(jsonError("[@]") == "init.json:1:2: expected a JSON value but found '@'")
    #expect(jsonError("[\u{A0}1]") == "init.json:1:2: expected a JSON value but found U+00A0")
    #expect(jsonError("[😀]") == "init.json:1:2: expected a JSON value but found '😀'")
    #expect(
      jsonError("['a']") == "init.json:1:2: JSON strings use double quotes, not single quotes")
    #expect(jsonError("// note\n1") == "init.json:1:1: JSON does not allow comments")
    #expect(jsonError("[1, /* x */ 2]") == "init.json:1:5: JSON does not allow comments")
  }

  @Test func trailingTextIsRefused() {
    #expect(jsonError("[1] x") == "init.json:1:5: trailing text after the JSON value")
    #expect(jsonError("{}\n{}") == "init.json:2:1: trailing text after the JSON value")
    #expect(jsonError("1 2") == "init.json:1:3: trailing text after the JSON value")
  }

  @Test func invalidNumbersShowTheirText() {
    for text in ["01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "1.5.2", "0x10", "1x", "2-1"] {
      #expect(jsonError("[\(text)]") == "init.json:1:2: a number here is not valid JSON: '\(text)'")
    }
    #expect(
      jsonError("[1.000000000000000000000000000000x]")
        == "init.json:1:2: a number here is not valid JSON: '1.000000000000000000000000000…'")
  }

  @Test func numbersTooLargeForADoubleAreRefused() {
    #expect(jsonError("[1e999]") == "init.json:1:2: '1e999' is too large to be a finite number")
    #expect(jsonError("-1e309") == "init.json:1:1: '-1e309' is too large to be a finite number")
  }

  @Test func nanAndInfinityAreRefused() {
    for text in ["NaN", "nan", "Infinity", "-Infinity", "inf"] {
      #expect(
        jsonError("[\(text)]")
          == "init.json:1:2: '\(text)' is not valid JSON; write a missing or non-finite number "
          + "as null")
    }
  }

  @Test func bareWordsAreRefused() {
    #expect(
      jsonError("True")
        == "init.json:1:1: 'True' is not a JSON value; write true, false, null, a number or a "
        + "\"string\"")
    #expect(
      jsonError("{\"a\": linear}")
        == "init.json:1:7: 'linear' is not a JSON value; write true, false, null, a number or a "
        + "\"string\"")
  }

  @Test func invalidEscapesAreShownAsWritten() {
    #expect(jsonError(#"["a\qb"]"#) == #"init.json:1:4: invalid escape '\q' in a string"#)
    #expect(jsonError(#"["\é"]"#) == #"init.json:1:3: invalid escape '\é' in a string"#)
    #expect(
      jsonError(#""\u12G4""#)
        == #"init.json:1:2: invalid escape '\u12G4' in a string; \u needs four hexadecimal digits"#)
    #expect(
      jsonError(#""\u12""#)
        == #"init.json:1:2: invalid escape '\u12' in a string; \u needs four hexadecimal digits"#)
  }

  @Test func loneSurrogatesAreRefused() {
    let rest = "in a string; a character above U+FFFF is written as a pair such as \\ud83d\\ude00"
    #expect(jsonError(#""\ud83d""#) == #"init.json:1:2: unpaired surrogate '\ud83d' "# + rest)
    #expect(jsonError(#""ab\uDE00""#) == #"init.json:1:4: unpaired surrogate '\uDE00' "# + rest)
    #expect(
      jsonError(#""\ud83d\u0041""#) == #"init.json:1:2: unpaired surrogate '\ud83d' "# + rest)
    #expect(jsonError(#""\ud83dx""#) == #"init.json:1:2: unpaired surrogate '\ud83d' "# + rest)
    #expect(
      jsonError(#""\ud83d\uZZZZ""#)
        == #"init.json:1:8: invalid escape '\uZZZZ' in a string; \u needs four hexadecimal digits"#
    )
  }

  @Test func rawControlCharactersInStringsAreRefused() {
    #expect(
      jsonError("[\"a\nb\"]")
        == #"init.json:1:4: a string cannot contain a line break; write it as \n"#)
    #expect(
      jsonError("\"a\tb\"")
        == #"init.json:1:3: a string cannot contain the control character U+0009; write it as \t"#)
    #expect(
      jsonError("\"\u{1}\"")
        == "init.json:1:2: a string cannot contain the control character U+0001; write it as "
        + #"\u0001"#)
  }

  @Test func locationsCountLinesAndCharacters() {
    #expect(
      jsonError("[\n  1,\n  2\n  3\n]")
        == "init.json:4:3: expected ',' or ']' after an array element")
    #expect(
      jsonError("{\r\n\"größe\": 1 x}")
        == "init.json:2:12: expected ',' or '}' after an object member")
    #expect(
      jsonError("{\r\"a\":\r\r1,]") == "init.json:4:3: expected a member name in "
        + "double quotes after ','")
    #expect(
      jsonError("\u{FEFF}[1,]")
        == "init.json:1:4: expected a value after ','; JSON does not allow a trailing comma")
    #expect(
      jsonError("[\"e\u{301}👍🏽\", x]")
        == "init.json:1:8: 'x' is not a JSON value; write true, false, null, a number or a "
        + "\"string\"")
  }
}
