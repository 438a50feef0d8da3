import Interchange
import Testing

/// Checking UTF-8 a window at a time, against the standard library's own validation.
@Suite struct UTF8ValidationTests {
  private func validate(_ bytes: [UInt8], isFinal: Bool = true) -> UTF8Validation.Outcome {
    bytes.withUnsafeBufferPointer { UTF8Validation.validate($0, isFinal: isFinal) }
  }

  @Test(arguments: [
    ([0xC0, 0x80], 0),  // an overlong NUL
    ([0x61, 0xED, 0xA0, 0x80], 1),  // a surrogate, U+D800
    ([0xF4, 0x90, 0x80, 0x80], 0),  // past U+10FFFF
    ([0xE0, 0x80, 0x80], 0),  // an overlong three-byte form
    ([0xF0, 0x80, 0x80, 0x80], 0),  // an overlong four-byte form
    ([0x61, 0x62, 0x80], 2),  // a lone continuation byte
    ([0xC3, 0x28], 0),  // a lead without its continuation
    ([0xFF], 0), ([0xF5, 0x80, 0x80, 0x80], 0),
  ] as [([UInt8], Int)])
  func malformedSequencesAreFoundAtTheirFirstByte(bytes: [UInt8], offset: Int) {
    #expect(validate(bytes) == .invalid(offset: offset))
    // Eight ASCII bytes before it take the fast path and move the offset with them.
    #expect(validate(Array("abcdefgh".utf8) + bytes) == .invalid(offset: offset + 8))
  }

  @Test func anIncompleteSequenceAtTheEndWaitsForTheNextWindowUnlessItIsTheLast() {
    let euro: [UInt8] = [0xE2, 0x82, 0xAC]
    let cut = Array("price ".utf8) + euro.prefix(2)
    #expect(validate(cut, isFinal: false) == .valid(end: 6))
    #expect(validate(cut, isFinal: true) == .invalid(offset: 6))
    #expect(validate(Array("price ".utf8) + euro) == .valid(end: 9))
  }

  @Test func randomBytesAgreeWithTheStandardLibrary() {
    var generator = SplitMix64(seed: 0x5EED_0008)
    // Pieces that are valid, nearly valid and invalid, so that both outcomes are common.
    let pieces: [[UInt8]] = [
      Array("a,1.5\n".utf8), Array("abcdefghij".utf8), [0xC3, 0xA9], [0xE2, 0x82, 0xAC],
      [0xF0, 0x9F, 0x98, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
      [0xED, 0xA0, 0x80], [0xC1, 0xBF], [0xE2, 0x82], [0x80], [0xF8], [0xF0, 0x90],
    ]
    var valid = 0
    for _ in 0..<5_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        if Bool.random(using: &generator) {
          bytes += pieces.randomElement(using: &generator) ?? []
        } else {
          bytes.append(UInt8.random(in: 0...255, using: &generator))
        }
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let outcome = validate(bytes)
      #expect((outcome == .valid(end: bytes.count)) == expected, "\(bytes)")
      if expected { valid += 1 }
      // Split anywhere, the two windows agree with the whole.
      let cut = Int.random(in: 0...bytes.count, using: &generator)
      let first = validate(Array(bytes[..<cut]), isFinal: false)
      switch first {
      case .valid(let end):
        let rest = validate(Array(bytes[end...]), isFinal: true)
        #expect((rest == .valid(end: bytes.count - end)) == expected, "\(bytes) cut at \(cut)")
      case .invalid:
        #expect(!expected, "\(bytes) cut at \(cut)")
      }
    }
    // Both outcomes were exercised in earnest.
    #expect(valid > 500 && valid < 4_500)
  }
}
