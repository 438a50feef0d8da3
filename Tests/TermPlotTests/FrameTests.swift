import Testing

@testable import TermPlot

@Suite struct FrameTests {
  @Test func textIsClippedToTheFrame() {
    var frame = Frame(width: 5, height: 1)
    let drawn = frame.draw("abcdefg", x: 2, y: 0)
    #expect(drawn == 3)
    #expect(frame.plainText == "  abc\n")
  }
}
