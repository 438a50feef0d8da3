import CursesShim
import CursesUI
import TermPlot
import Testing

/// Styles become attribute bits and colour pairs at the terminal's colour depth, each pair
/// defined once.
@Suite struct ColorPaletteTests {
  /// Records every pair definition.
  final class Definitions {
    var pairs: [(pair: Int32, foreground: Int32, background: Int32)] = []
    var fails = false

    func define(_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool {
      pairs.append((pair, foreground, background))
      return !fails
    }
  }

  @Test func withoutColourOnlyAttributesRemain() {
    var palette = ColorPalette(depth: .none, defaultColors: true, pairCount: 256)
    let definitions = Definitions()
    let style = Style(foreground: .red, background: .blue, bold: true, reverse: true)
    let attributes = palette.attributes(for: style, define: definitions.define)
    #expect(attributes.bits == UInt32(DOWNHILL_BOLD | DOWNHILL_REVERSE))
    #expect(attributes.pair == 0)
    #expect(definitions.pairs.isEmpty)
  }

  @Test func everyAttributeHasItsBit() {
    var palette = ColorPalette(depth: .indexed256, defaultColors: true, pairCount: 256)
    let definitions = Definitions()
    let style = Style(bold: true, dim: true, reverse: true, underline: true)
    let attributes = palette.attributes(for: style, define: definitions.define)
    #expect(
      attributes.bits
        == UInt32(DOWNHILL_BOLD | DOWNHILL_DIM | DOWNHILL_REVERSE | DOWNHILL_UNDERLINE))
    #expect(attributes.pair == 0, "the default colours need no pair")
  }

  @Test func aColourCombinationIsDefinedOnce() {
    var palette = ColorPalette(depth: .indexed256, defaultColors: true, pairCount: 256)
    let definitions = Definitions()
    let plain = palette.attributes(
      for: Style(foreground: .indexed(214)), define: definitions.define)
    let bold = palette.attributes(
      for: Style(foreground: .indexed(214), bold: true), define: definitions.define)
    let other = palette.attributes(
      for: Style(foreground: .indexed(117)), define: definitions.define)
    #expect(plain.pair == 1)
    #expect(bold.pair == 1)
    #expect(other.pair == 2)
    #expect(definitions.pairs.map(\.pair) == [1, 2])
    #expect(definitions.pairs.first?.foreground == 214)
    #expect(definitions.pairs.first?.background == -1)
  }

  @Test func sixteenColoursTakeTheNearestANSIColour() {
    let palette = ColorPalette(depth: .ansi16, defaultColors: true, pairCount: 64)
    for index in [UInt8(16), 117, 196, 214, 250] {
      let expected: Int32
      switch Color.indexed(index).nearestANSI {
      case .ansi(let n): expected = Int32(n)
      default: expected = -2
      }
      #expect(palette.index(of: .indexed(index), isBackground: false) == expected)
    }
    #expect(palette.index(of: .brightCyan, isBackground: false) == 14)
  }

  @Test func eightColoursLoseBrightness() {
    let palette = ColorPalette(depth: .basic, defaultColors: true, pairCount: 64)
    #expect(palette.index(of: .brightCyan, isBackground: false) == 6)
    #expect(palette.index(of: .red, isBackground: true) == 1)
  }

  @Test func eightColoursShowGreysInTheDefaultColourNotBlack() {
    let palette = ColorPalette(depth: .basic, defaultColors: true, pairCount: 64)
    #expect(palette.index(of: .indexed(238), isBackground: false) == -1)
    #expect(palette.index(of: .brightBlack, isBackground: false) == -1)
    #expect(palette.index(of: .black, isBackground: false) == 0)
  }

  @Test func withoutDefaultColoursDefaultIsWhiteOnBlack() {
    let palette = ColorPalette(depth: .ansi16, defaultColors: false, pairCount: 64)
    #expect(palette.index(of: .default, isBackground: false) == 7)
    #expect(palette.index(of: .default, isBackground: true) == 0)
  }

  @Test func whenPairsRunOutTheDefaultColoursAreUsed() {
    var palette = ColorPalette(depth: .indexed256, defaultColors: true, pairCount: 2)
    let definitions = Definitions()
    let first = palette.attributes(for: Style(foreground: .red), define: definitions.define)
    let second = palette.attributes(for: Style(foreground: .green), define: definitions.define)
    #expect(first.pair == 1)
    #expect(second.pair == 0)
  }

  @Test func aPairNcursesRefusesFallsBackToTheDefaultColours() {
    var palette = ColorPalette(depth: .indexed256, defaultColors: true, pairCount: 256)
    let definitions = Definitions()
    definitions.fails = true
    let attributes = palette.attributes(for: Style(foreground: .red), define: definitions.define)
    #expect(attributes.pair == 0)
  }
}
