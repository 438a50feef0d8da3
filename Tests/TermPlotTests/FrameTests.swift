import Testing

@testable import TermPlot

@Suite struct FrameTests {
  @Test func textIsClippedToTheFrame() {
    var frame = Frame(width: 5, height: 1)
    let drawn = frame.draw("abcdefg", x: 2, y: 0)
    #expect(drawn == 3)
    #expect(frame.plainText == "  abc\n")
  }

  @Test func textStartingLeftOfTheClipShowsOnlyTheVisiblePart() {
    var frame = Frame(width: 6, height: 1)
    frame.draw("abcdef", x: -2, y: 0)
    #expect(frame.plainText == "cdef\n")
  }

  @Test func controlCharactersNeverReachACell() {
    var frame = Frame(width: 12, height: 1)
    frame.draw("a\u{1B}[31mb\tc\u{7}\u{9B}d", x: 0, y: 0)
    #expect(frame.plainText == "a\u{FFFD}[31mb c\u{FFFD}\u{FFFD}d\n")
    #expect(!frame.cells.contains { $0.character.unicodeScalars.contains { $0.value == 0x1B } })
    // Put one directly: it is replaced too.
    frame.put("\u{1B}", x: 0, y: 0, style: .plain)
    #expect(frame[0, 0].character == "\u{FFFD}")
  }

  @Test func wideCharactersTakeTwoCellsAndAreNeverCutInHalf() {
    var frame = Frame(width: 5, height: 2)
    #expect(frame.draw("日本語", x: 0, y: 0) == 4)  // the third does not fit whole
    #expect(frame.plainText == "日本\n\n")
    #expect(frame[1, 0].isContinuation)
    frame.draw("😀x", x: 3, y: 1)
    #expect(frame.plainText == "日本\n   😀\n")
    // Overwriting the right half of a wide character blanks its left half.
    frame.put("z", x: 1, y: 0, style: .plain)
    #expect(frame.plainText == " z本\n   😀\n")
  }

  @Test func combiningMarksStayWithTheirLetter() {
    var frame = Frame(width: 4, height: 1)
    frame.draw("e\u{301}a", x: 0, y: 0)
    #expect(frame.plainText == "e\u{301}a\n")
    #expect(frame[0, 0].character == "e\u{301}")
  }

  @Test func wrappingBreaksAtSpacesAndSplitsLongWords() {
    #expect(Frame.wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
    #expect(Frame.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(Frame.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    var frame = Frame(width: 6, height: 2)
    #expect(frame.drawWrapped("gradient descent steps", in: frame.bounds) == 2)
    #expect(frame.plainText == "gradie\nnt\n")
  }

  @Test func boxesHaveCornersEdgesAndATitle() {
    var frame = Frame(width: 10, height: 3)
    frame.drawBox(frame.bounds, title: "loss")
    #expect(frame.plainText == "┌ loss ──┐\n│        │\n└────────┘\n")
    var ascii = Frame(width: 6, height: 3)
    ascii.drawBox(ascii.bounds, ascii: true)
    #expect(ascii.plainText == "+----+\n|    |\n+----+\n")
  }

  @Test func ansiRenderingWritesStylesOncePerRunAndResetsEachRow() {
    var frame = Frame(width: 4, height: 1)
    frame.draw("ab", x: 0, y: 0, style: Style(foreground: .red, bold: true))
    frame.draw("c", x: 2, y: 0, style: Style(foreground: .indexed(208)))
    #expect(frame.ansiText(depth: .indexed256) == "\u{1B}[0;1;31mab\u{1B}[0;38;5;208mc\u{1B}[0m \n")
    // 16 colours: 208 (orange, RGB 255 135 0) becomes the nearest ANSI colour, yellow.
    #expect(frame.ansiText(depth: .ansi16) == "\u{1B}[0;1;31mab\u{1B}[0;33mc\u{1B}[0m \n")
    // No colour: attributes only.
    #expect(frame.ansiText(depth: .none) == "\u{1B}[0;1mab\u{1B}[0mc \n")
  }

  @Test func pasteCopiesAFrameIntoAnotherClipped() {
    var small = Frame(width: 2, height: 2, fill: Cell("#"))
    small[0, 0] = Cell("@")
    var frame = Frame(width: 3, height: 2)
    frame.paste(small, x: 2, y: 1)
    #expect(frame.plainText == "\n  @\n")
  }

  @Test func zeroSizedFramesDrawNothing() {
    var frame = Frame(width: 0, height: -3)
    #expect(frame.width == 0 && frame.height == 0)
    frame.draw("x", x: 0, y: 0)
    frame.drawBox(frame.bounds, title: "t")
    #expect(frame.plainText == "")
  }

  @Test func rectanglesSplitAndIntersect() {
    let r = Rect(x: 2, y: 3, width: 10, height: 6)
    #expect(r.splitTop(2).top == Rect(x: 2, y: 3, width: 10, height: 2))
    #expect(r.splitLeft(4).rest == Rect(x: 6, y: 3, width: 6, height: 6))
    #expect(
      r.intersection(Rect(x: 10, y: 0, width: 10, height: 5))
        == Rect(x: 10, y: 3, width: 2, height: 2))
    #expect(r.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
    #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 4))
  }

  @Test func indexedColoursDegradeToTheirNearestANSIColour() {
    #expect(Color.indexed(196).nearestANSI == .ansi(9))  // pure red → bright red
    #expect(Color.indexed(21).nearestANSI == .ansi(4))  // pure blue → xterm's blue (0 0 238)
    #expect(Color.indexed(232).nearestANSI == .ansi(0))  // near black
    #expect(Color.indexed(208).nearestBasic == .ansi(3))  // orange → yellow on 8 colours
    #expect(Color.cube(5, 5, 0) == .indexed(226))
  }
}
