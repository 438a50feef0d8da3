import Foundation
import Testing

@testable import TermPlot

@Test func anAsciicastHeaderIsVersionTwoJSON() throws {
  let header = Asciicast.header(
    width: 120, height: 40, timestamp: 1_790_000_000.7, term: "xterm-256color",
    title: "Downhill \"demo\"")
  let json = try #require(
    try JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any])
  #expect(json["version"] as? Int == 2)
  #expect(json["width"] as? Int == 120)
  #expect(json["height"] as? Int == 40)
  #expect(json["timestamp"] as? Int == 1_790_000_000)
  #expect(json["title"] as? String == "Downhill \"demo\"")
  #expect((json["env"] as? [String: String])?["TERM"] == "xterm-256color")
}

@Test func anAsciicastEventIsATimedOutputArray() throws {
  var frame = Frame(width: 4, height: 2)
  frame.draw("a\u{1B}b", x: 0, y: 0)
  let event = Asciicast.event(
    time: 1.25, output: Asciicast.screen(frame, depth: .none))
  #expect(event.hasPrefix("[1.250000, \"o\", \"\\u001b[H\\u001b[2J"))
  let array = try #require(
    try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [Any])
  #expect(array.count == 3)
  #expect(array[0] as? Double == 1.25)
  #expect(array[1] as? String == "o")
  // The text is the screen, each row placed by a cursor move and none ended by a line
  // break; the escape in the cell made harmless.
  #expect(array[2] as? String == "\u{1B}[H\u{1B}[2J\u{1B}[1;1Ha\u{FFFD}b \u{1B}[2;1H    ")
  #expect(Asciicast.event(time: 0.000001, output: "").hasPrefix("[0.000001,"))
  #expect(Asciicast.event(time: -3, output: "").hasPrefix("[0.000000,"))
}
