/// Where a streamed `ByteCursor` gets its bytes: a file read at the edge of the program, or
/// anything else that hands out bytes in order.
///
/// Readers that stream (the CSV reader) hold one fixed-size window of a source's bytes at a
/// time, so a file far larger than memory reads in constant space and each byte is read once.
package protocol ByteSource: Sendable {
  /// Copies up to `buffer.count` next bytes into `buffer` and returns how many; 0 only at
  /// the end. Throws, with a sentence naming the source, when reading fails.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int

  /// How many bytes the source holds in all, when that is known (a file's size): readers
  /// use it to reserve room for what they build, never to decide what they read.
  var byteCountHint: Int? { get }
}

extension ByteSource {
  package var byteCountHint: Int? { nil }
}

/// Why a `ByteSource` could not give its bytes, as a sentence for the person who named it.
package struct ByteSourceError: Error, Sendable, Hashable {
  /// The sentence, naming the source, such as "cannot read 'a.csv': input/output error".
  package var message: String

  package init(_ message: String) {
    self.message = message
  }
}

/// Bytes given in chunks of at most `chunk`, for tests of readers at window boundaries.
package struct ChunkedByteSource: ByteSource {
  private let bytes: [UInt8]
  private let chunk: Int
  private var offset = 0

  /// A source of `bytes` that hands out at most `chunk` bytes a read.
  package init(_ bytes: [UInt8], chunk: Int) {
    self.bytes = bytes
    self.chunk = max(1, chunk)
  }

  package mutating func read(
    into buffer: UnsafeMutableRawBufferPointer
  ) throws(ByteSourceError) -> Int {
    let count = min(buffer.count, chunk, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { all in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<(offset + count)]))
    }
    offset += count
    return count
  }

  package var byteCountHint: Int? { bytes.count }
}
