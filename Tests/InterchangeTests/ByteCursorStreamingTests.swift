import Interchange
import Testing

/// A cursor over a streamed source: windows, refills, the byte order mark and UTF-8.
@Suite struct ByteCursorStreamingTests {
  /// Every byte of `text` read through a window of 16 bytes from a source that gives
  /// `chunk` bytes a read, keeping nothing but the current line.
  private func streamed(_ bytes: [UInt8], chunk: Int) throws -> [UInt8] {
    var cursor = ByteCursor(streaming: ChunkedByteSource(bytes, chunk: chunk), windowSize: 16)
    var read: [UInt8] = []
    while true {
      if cursor.isAtEnd {
        if cursor.isExhausted { return read }
        try cursor.refill(keepingFrom: cursor.position)
        continue
      }
      if let byte = cursor.current, !cursor.skipLineBreak() {
        read.append(byte)
        cursor.position += 1
      }
    }
  }

  @Test(arguments: [1, 2, 3, 7, 64])
  func everyByteIsReadOnceWhateverTheChunks(chunk: Int) throws {
    let text = "\u{FEFF}size,price\n50,150\r\n80,240\rend é😀\n"
    let expected = Array("size,price50,15080,240end é😀".utf8)
    #expect(try streamed(Array(text.utf8), chunk: chunk) == expected)
  }

  @Test func aByteOrderMarkSplitAcrossReadsIsStillSkipped() throws {
    var cursor = ByteCursor(
      streaming: ChunkedByteSource([0xEF, 0xBB, 0xBF, 0x61], chunk: 1), windowSize: 16)
    try cursor.refill(keepingFrom: 0)
    #expect(cursor.current == UInt8(ascii: "a"))
    #expect(cursor.offsetInText == 3)
  }

  @Test func keptBytesMoveToTheFrontAndTheShiftIsReported() throws {
    let text = Array("abcdefghij\nklmnopqrstuvwxyz\n".utf8)
    var cursor = ByteCursor(streaming: ChunkedByteSource(text, chunk: 100), windowSize: 16)
    try cursor.refill(keepingFrom: 0)
    #expect(cursor.bytes.count == 16)
    cursor.skip { $0 != 0x0A }
    let didBreak = cursor.skipLineBreak()
    #expect(didBreak)
    cursor.skip { $0 != 0x0A }
    #expect(cursor.isAtEnd)
    // Keep line 2 ("klmno" so far): it moves down 11 bytes, and 11 more are read after it.
    let shift = try cursor.refill(keepingFrom: 11)
    #expect(shift == 11)
    #expect(cursor.position == 5)
    #expect(cursor.offsetInText == 16)
    #expect(Array(cursor.bytes.prefix(5)) == Array("klmno".utf8))
    #expect(cursor.location(of: cursor.mark, in: "t") == SourceLocation(file: "t", line: 2, column: 6))
    #expect(cursor.bytes == Array("klmnopqrstuvwxyz".utf8))
    #expect(!cursor.isExhausted)
    try cursor.refill(keepingFrom: 11)
    #expect(cursor.bytes == Array("klmnopqrstuvwxyz\n".utf8))
    #expect(cursor.isExhausted)
  }

  @Test func aLineLongerThanTheWindowGrowsIt() throws {
    let line = Array(repeating: UInt8(ascii: "x"), count: 1000) + [0x0A]
    var cursor = ByteCursor(streaming: ChunkedByteSource(line, chunk: 5), windowSize: 16)
    try cursor.refill(keepingFrom: 0)
    while true {
      cursor.skip { $0 != 0x0A }
      if !cursor.isAtEnd || cursor.isExhausted { break }
      cursor.restore(cursor.mark(at: 0))
      try cursor.refill(keepingFrom: 0)
    }
    #expect(cursor.position == 1000)
    let didBreak = cursor.skipLineBreak()
    #expect(didBreak)
  }

  @Test func bytesThatAreNotUTF8AreLocatedByLineAndColumn() throws {
    // Line 3 has "ab" and then a Latin-1 "ö" (0xF6), which arrives in the second window.
    let bytes = Array("x,y\n1,2\nab".utf8) + [0xF6] + Array("\n".utf8)
    var cursor = ByteCursor(streaming: ChunkedByteSource(bytes, chunk: 3), windowSize: 16)
    do {
      try cursor.refill(keepingFrom: 0)
      Issue.record("the window was accepted")
    } catch {
      guard case .notUTF8(let mark) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(mark.offset == 10)
      #expect(cursor.location(of: mark, in: "t.csv") == SourceLocation(file: "t.csv", line: 3, column: 3))
    }
  }

  @Test func aFailingSourceSaysItsSentence() {
    struct Failing: ByteSource {
      mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int {
        throw ByteSourceError("cannot read 'a.csv': input/output error")
      }
    }
    var cursor = ByteCursor(streaming: Failing(), windowSize: 16)
    do {
      try cursor.refill(keepingFrom: 0)
      Issue.record("the failure was not reported")
    } catch {
      #expect(error == .source(ByteSourceError("cannot read 'a.csv': input/output error")))
    }
  }
}
