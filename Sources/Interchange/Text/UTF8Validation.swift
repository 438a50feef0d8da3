/// Checking that bytes are well-formed UTF-8 (Unicode's table 3-7), a window at a time, so
/// that a streamed file is validated as it is read rather than held whole first.
package enum UTF8Validation {
  /// What `validate(_:isFinal:)` found.
  package enum Outcome: Equatable, Sendable {
    /// Every byte up to `end` is well-formed; bytes from `end` on start a sequence that the
    /// next window completes (only when the window is not final).
    case valid(end: Int)
    /// The byte at `offset` starts a malformed sequence.
    case invalid(offset: Int)
  }

  /// Checks `bytes`. When `isFinal` is false, an incomplete sequence at the very end is
  /// left for the next window (`.valid(end:)` stops before it); when true, it is an error.
  package static func validate(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> Outcome {
    let count = bytes.count
    var i = 0
    while i < count {
      // Eight ASCII bytes at a time: the common case of a CSV or lesson file.
      if i + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i)
          .loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
      }
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      // The allowed range of the second byte depends on the lead (no overlongs, no
      // surrogates, nothing past U+10FFFF); later bytes are always 0x80...0xBF.
      let secondLow: UInt8
      let secondHigh: UInt8
      switch lead {
      case 0xC2...0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
      case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
      case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
      case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
      case 0xF1...0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
      case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
      default: return .invalid(offset: i)
      }
      for k in 1..<length {
        guard i + k < count else {
          // The sequence so far is a valid start; the next window may finish it.
          return isFinal ? .invalid(offset: i) : .valid(end: i)
        }
        let byte = bytes[i + k]
        let (low, high) = k == 1 ? (secondLow, secondHigh) : (0x80, 0xBF)
        guard byte >= low && byte <= high else { return .invalid(offset: i) }
      }
      i += length
    }
    return .valid(end: count)
  }
}
