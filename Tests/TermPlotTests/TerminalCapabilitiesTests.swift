import Testing

@testable import TermPlot

@Suite struct TerminalCapabilitiesTests {
  @Test func utf8LocaleOnA256ColourTerminalGetsBrailleAndFullColour() {
    let caps = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: ["TERM": "xterm-256color"], isTerminal: true)
    #expect(caps == TerminalCapabilities(tier: .braille, colorDepth: .indexed256))
    #expect(caps.theme() == .standard)
  }

  @Test func asciiLocaleGetsAsciiCanvases() {
    let caps = TerminalCapabilities.detect(
      codeset: "ANSI_X3.4-1968", environment: ["TERM": "xterm"], isTerminal: true)
    #expect(caps.tier == .ascii)
    #expect(caps.colorDepth == .ansi16)
  }

  @Test func noColorAndDumbTerminalsAndPipesGetNoColour() {
    let noColor = TerminalCapabilities.detect(
      codeset: "utf8", environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], isTerminal: true)
    #expect(noColor.colorDepth == .none)
    #expect(noColor.theme() == .monochrome)
    // An empty NO_COLOR does not count (no-color.org).
    let empty = TerminalCapabilities.detect(
      codeset: "utf8", environment: ["TERM": "xterm-256color", "NO_COLOR": ""], isTerminal: true)
    #expect(empty.colorDepth == .indexed256)
    let dumb = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: ["TERM": "dumb"], isTerminal: true)
    #expect(dumb.colorDepth == .none)
    let pipe = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: ["TERM": "xterm-256color"], isTerminal: false)
    #expect(pipe.colorDepth == .none)
  }

  @Test func colourChoiceOverridesDetection() {
    let always = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: ["TERM": "xterm", "NO_COLOR": "1"], isTerminal: false,
      color: .always)
    #expect(always.colorDepth == .ansi16)
    let never = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: ["COLORTERM": "truecolor"], isTerminal: true, color: .never)
    #expect(never.colorDepth == .none)
    let forced = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: [:], isTerminal: true, forceASCII: true)
    #expect(forced.tier == .ascii)
  }

  @Test func linuxConsoleGetsEightColours() {
    let caps = TerminalCapabilities.detect(
      codeset: "UTF-8", environment: ["TERM": "linux"], isTerminal: true)
    #expect(caps.colorDepth == .basic)
    // Its console fonts have block elements but no braille.
    #expect(caps.tier == .halfBlock)
  }
}
