import Interchange
import Testing

/// Reading bytes, counting lines and columns.
@Suite struct ByteCursorTests {
  @Test func aByteOrderMarkIsSkipped() {
    let cursor = ByteCursor("\u{FEFF}ab")
    #expect(cursor.position == 3)
    #expect(cursor.current == UInt8(ascii: "a"))
    #expect(
      cursor.location(of: cursor.mark, in: "f") == SourceLocation(file: "f", line: 1, column: 1))
  }

  @Test func lineBreaksOfEveryKindStartOneLineEach() {
    // "ab" CRLF "cd" CR "e" LF LF "f": CR LF is one break, the lone CR another.
    var cursor = ByteCursor("ab\r\ncd\re\n\nf")
    var lines: [Int] = []
    while !cursor.isAtEnd {
      if !cursor.skipLineBreak() { cursor.position += 1 }
      lines.append(cursor.line)
    }
    #expect(cursor.line == 5)
    #expect(lines == [1, 1, 2, 2, 2, 3, 3, 4, 5, 5])
  }

  @Test func aColumnAfterCRLFCountsFromTheNewLine() {
    var cursor = ByteCursor("x\r\nab")
    cursor.position = 1
    let didBreak = cursor.skipLineBreak()
    #expect(didBreak)
    #expect(cursor.position == 3)
    cursor.position += 1
    #expect(
      cursor.location(of: cursor.mark, in: "t.csv")
        == SourceLocation(file: "t.csv", line: 2, column: 2))
  }

  @Test func columnsCountCharactersNotBytes() {
    var cursor = ByteCursor("é😀e\u{301}x")
    cursor.skip { $0 != UInt8(ascii: "x") }
    // é, 😀 and e with a combining accent are three characters: x is in column 4.
    #expect(cursor.location(of: cursor.mark, in: "t").column == 4)
    #expect(cursor.location(of: cursor.mark(at: 2), in: "t").column == 2)
  }

  @Test func whitespaceIsSkippedCountingLines() {
    var cursor = ByteCursor(" \t\r\n \n\r  x")
    cursor.skipWhitespace()
    #expect(cursor.current == UInt8(ascii: "x"))
    #expect(
      cursor.location(of: cursor.mark, in: "j") == SourceLocation(file: "j", line: 4, column: 3))
  }

  @Test func consumeAndPeekStopAtTheEnd() {
    var cursor = ByteCursor("ab")
    #expect(cursor.peek(1) == UInt8(ascii: "b"))
    #expect(cursor.peek(2) == nil)
    let b = UInt8(ascii: "b")
    let consumed = [cursor.consume(b), cursor.consume(UInt8(ascii: "a")), cursor.consume(b)]
    #expect(consumed == [false, true, true])
    #expect(cursor.isAtEnd)
    #expect(cursor.current == nil)
    let pastTheEnd = [cursor.consume(b), cursor.skipLineBreak()]
    #expect(pastTheEnd == [false, false])
  }

  @Test func theCharacterAtAnOffsetIsWhole() {
    let cursor = ByteCursor("a👩‍💻b")
    #expect(cursor.character(at: 1) == "👩‍💻")
    #expect(cursor.character(at: 0) == "a")
  }
}
