#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension DecimalParser {
  /// The nonnegative double nearest the plain decimal `bytes` spell (its sign ignored; its
  /// exponent after `e` is `writtenExponent`), by C's `strtod`, which reads every digit and
  /// rounds exactly. The slow path, for the few numbers the fast ones cannot settle.
  ///
  /// `strtod` is given the digits without the point, `digits e exponent`, because its
  /// decimal point is the process locale's: `downhill` adopts the user's locale, in which
  /// the point may be a comma. The copy is NUL-terminated in temporary storage (on the stack
  /// for short numbers).
  static func exactly(_ bytes: UnsafeBufferPointer<UInt8>, writtenExponent: Int) -> Double {
    // The digits, "e", a sign and an exponent of at most 20 digits, and the NUL.
    let capacity = bytes.count &+ 24
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
      var count = 0
      var fractionDigits = 0
      var inFraction = false
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte &- UInt8(ascii: "0") < 10 {
          buffer[count] = CChar(bitPattern: byte)
          count &+= 1
          if inFraction { fractionDigits &+= 1 }
        } else if byte == UInt8(ascii: ".") {
          inFraction = true
        } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
          break
        }
        i &+= 1
      }
      var exponent = writtenExponent &- fractionDigits
      buffer[count] = CChar(bitPattern: UInt8(ascii: "e"))
      count &+= 1
      if exponent < 0 {
        buffer[count] = CChar(bitPattern: UInt8(ascii: "-"))
        count &+= 1
        exponent = 0 &- exponent
      }
      // The exponent's digits, written backwards and then reversed in place.
      let start = count
      repeat {
        buffer[count] = CChar(bitPattern: UInt8(ascii: "0") &+ UInt8(exponent % 10))
        count &+= 1
        exponent /= 10
      } while exponent > 0
      var (a, b) = (start, count &- 1)
      while a < b {
        buffer.swapAt(a, b)
        a &+= 1
        b &-= 1
      }
      buffer[count] = 0
      guard let base = buffer.baseAddress else { return .nan }
      return strtod(base, nil)
    }
  }
}
