import Foundation
import Testing

@testable import TermPlot

/// Charts that say what the numbers say: log loss axes from a ratio of 100, one label style
/// an axis, whole epochs, a zoom said on the chart, points on the rows of their ticks,
/// legends that wrap, landscapes framed on their minimum with readable paths.
@Suite struct HonestChartTests {
  // MARK: - Loss axes

  @Test func aLossFallingMoreThanAHundredfoldIsDrawnOnALogAxis() {
    // linear-regression at lr 0.05 by epoch 15: 247,500 down to 168.
    let falling = LossCurve.Curve("training", losses: [247_500, 40_000, 6_000, 900, 168])
    #expect(LossCurve([falling]).effectiveScale == .logarithmic)
    // 99-fold stays linear; a fixed scale wins either way.
    let ninetyNine = LossCurve.Curve("training", losses: [99, 50, 1])
    #expect(LossCurve([ninetyNine]).effectiveScale == .linear)
    #expect(LossCurve([falling], scale: .linear).effectiveScale == .linear)
  }

  @Test func anEpochAxisTicksOnWholeEpochsOnly() {
    // Three epochs over 60 columns would otherwise tick at 1.5 and 2.5.
    let curve = LossCurve.Curve("training", losses: [3, 2, 1.5])
    var frame = Frame(width: 60, height: 12)
    frame.draw(LossCurve([curve], style: ChartStyle(theme: .monochrome)), in: frame.bounds)
    let lines = ChartGoldenTests.lines(frame)
    #expect(lines[11] == "    1                           2                          3", "\(lines)")
    #expect(!frame.plainText.contains(".5 "))
  }

  @Test func aZoomedAxisSaysHowSmallItsSpanIs() {
    // loss-functions: a loss that barely moves, 0.948 to 0.942, is not a steep fall.
    let losses = (0..<100).map { 0.948 - 0.006 * (1 - pow(0.97, Double($0))) / (1 - pow(0.97, 99)) }
    let chart = LossCurve(
      [LossCurve.Curve("training", losses: losses)], style: ChartStyle(theme: .monochrome))
    var frame = Frame(width: 60, height: 14)
    frame.draw(chart, in: frame.bounds)
    let lines = ChartGoldenTests.lines(frame)
    // The axis spans 0.9417 … 0.9483 (5% padding): 0.0066 / 0.9483 = 0.70% of its values.
    #expect(lines[0].hasSuffix("zoomed: Δ 0.7%"), "\(lines.joined(separator: "\n"))")
    // A break mark on the axis where no tick is.
    #expect(lines.contains { $0.hasPrefix("     ≈") }, "\(lines)")
    // An axis from 0 is never a zoom, nor one spanning a tenth of its values or more.
    #expect(ChartFrame.zoom(of: 0...0.948, scale: .linear) == nil)
    #expect(ChartFrame.zoom(of: 90...100, scale: .linear) == nil)
    #expect(ChartFrame.zoom(of: 91...100, scale: .linear) == 0.09)
    #expect(ChartFrame.zoom(of: -100 ... -91, scale: .linear) == 0.09)
    #expect(ChartFrame.zoom(of: 91...100, scale: .logarithmic) == nil)
    #expect(ChartFrame.roundedPercent(0.6329) == 0.63)
    #expect(ChartFrame.roundedPercent(4.249) == 4.2)
  }

  // MARK: - Points on their rows

  @Test(arguments: [CanvasTier.braille, .ascii])
  func aPointOnATickValueSitsOnThatTicksRow(tier: CanvasTier) {
    // For many ranges and heights, a marker at each tick's value is on the tick's row: no
    // value on a cell boundary drawn a row off its tick.
    for height in [6, 9, 10, 13, 16, 23] {
      for top in [1.0, 7, 10, 150, 750, 999, 1234.5] {
        let style = ChartStyle(theme: .monochrome, tier: tier)
        guard
          let layout = ChartFrame(
            in: Rect(x: 0, y: 0, width: 40, height: height), style: style, xData: 0...1,
            yData: 0...top)
        else { continue }
        let canvas = layout.makeCanvas()
        for tick in layout.yAxis.ticks {
          guard let dy = layout.dotY(tick.value, in: canvas), let row = layout.cellRow(tick.value)
          else { continue }
          let markerRow = layout.plot.y + dy.dotIndex / tier.dotsPerCell.rows
          #expect(markerRow == row, "tick \(tick.value) of 0…\(top) on \(height) rows")
        }
      }
    }
  }

  @Test(arguments: [150.0, 300, 450, 600, 750])
  func eachHouseIsMarkedWithinHalfADotRowOfItsPrice(price: Double) {
    // The fit chart of linear-regression at 9 rows: the marker's dots are centred on the
    // price (vertically within half a dot row), so the line passes above or below a house
    // as the numbers say. The other houses frame the axes as on screen.
    let style = ChartStyle(theme: .monochrome)
    let others = [150.0, 300, 450, 600, 750].filter { $0 != price }
    let all = ScatterChart(
      [
        ScatterChart.Group("houses", x: [3], y: [price]),
        ScatterChart.Group("frame", x: [1, 5], y: [others.min()!, others.max()!]),
      ], style: style, xRange: 1...5, yRange: 0...800)
    var frame = Frame(width: 50, height: 9)
    frame.draw(all, in: frame.bounds)
    guard
      let layout = ChartFrame(
        in: frame.bounds, style: style, xData: 1...5, yData: 0...800, xFixed: 1...5,
        yFixed: 0...800, hasLegend: true)
    else {
      Issue.record("no layout")
      return
    }
    let canvas = layout.makeCanvas()
    guard let exact = layout.dotY(price, in: canvas), let column = layout.dotX(3, in: canvas)
    else {
      Issue.record("price off the axis")
      return
    }
    // The dots drawn in the columns around x = 3, read back from the braille cells.
    var rows: [Int] = []
    for cellRow in 0..<layout.plot.height {
      for dx in -1...1 {
        let dotColumn = column.dotIndex + dx
        let cell = frame[layout.plot.x + dotColumn / 2, layout.plot.y + cellRow]
        guard let scalar = cell.character.unicodeScalars.first,
          (0x2800...0x28FF).contains(scalar.value)
        else { continue }
        let mask = UInt8(scalar.value - 0x2800)
        for dy in 0..<4 where mask & CanvasTier.braille.bit(dx: dotColumn % 2, dy: dy) != 0 {
          rows.append(cellRow * 4 + dy)
        }
      }
    }
    guard let top = rows.min(), let bottom = rows.max() else {
      Issue.record("no marker drawn for \(price)")
      return
    }
    let centre = Double(top + bottom) / 2
    #expect(Swift.abs(centre - exact) <= 0.5, "\(price): centre \(centre), value at \(exact)")
  }

  // MARK: - Legends and labels

  @Test func aLegendOfManyRunsWrapsInsteadOfSayingHowManyMore() {
    let rates = ["0.001", "0.01", "0.05", "0.08", "0.085", "0.09"]
    let curves = rates.enumerated().map { k, rate in
      LossCurve.Curve(
        "lr \(rate) (converged)", losses: (1...50).map { 100 / Double($0 + k) },
        role: .series(k))
    }
    var frame = Frame(width: 60, height: 16)
    frame.draw(LossCurve(curves, style: ChartStyle(theme: .monochrome)), in: frame.bounds)
    let text = frame.plainText
    for rate in rates { #expect(text.contains("lr \(rate) (converged)"), "\(text)") }
    #expect(!text.contains("more"), "\(text)")
  }

  @Test func asciiMarkersNeverAppearInALandscapesShading() {
    let markers = (0..<6).map { Theme.monochrome.marker(ofSeries: $0, ascii: true) }
    let steps = (0..<4).map { LandscapeChart.stepMarker(ofRun: $0, ascii: true) }
    #expect(Set(markers).isDisjoint(with: LandscapeChart.asciiShades))
    #expect(Set(steps).isDisjoint(with: LandscapeChart.asciiShades))
    #expect(!LandscapeChart.asciiShades.contains("@"))
    #expect(!LandscapeChart.asciiShades.contains("X"))
  }

  // MARK: - Landscapes

  @Test func aLandscapeMarksItsStartStepsAndMinimum() {
    var chart = LandscapeChart(
      function: { m, c in (m - 150) * (m - 150) + c * c }, xRange: -20...170, yRange: -20...60,
      paths: [LandscapeChart.Path("descent", x: [0, 60, 100, 125], y: [0, 30, 10, 15])],
      current: (125, 15), style: ChartStyle(theme: .monochrome))
    chart.minimum = (150, 0)
    var frame = Frame(width: 60, height: 18)
    frame.draw(chart, in: frame.bounds)
    let text = frame.plainText
    #expect(text.contains("○"), "the start: \(text)")
    #expect(text.filter { $0 == "•" }.count == 2 + 1, "two steps and the legend: \(text)")
    #expect(text.contains("×") && text.contains("minimum"), "\(text)")
    #expect(text.contains("●"), "\(text)")
  }

  @Test func contourLinesContrastWithTheHeatUnderThem() {
    let chart = LandscapeChart(
      function: { x, y in x * x + y * y + 1 }, xRange: -3...3, yRange: -3...3,
      contourLevels: 6, style: ChartStyle(theme: .standard))
    var frame = Frame(width: 50, height: 18)
    frame.draw(chart, in: frame.bounds)
    // Every braille cell (a contour) shows a foreground far from its background's heat.
    var checked = 0
    for y in 0..<frame.height {
      for x in 0..<frame.width {
        let cell = frame[x, y]
        guard let scalar = cell.character.unicodeScalars.first,
          (0x2801...0x28FF).contains(scalar.value),
          case .indexed(let foreground) = cell.style.foreground,
          case .indexed(let background) = cell.style.background
        else { continue }
        // The middle of the ramp may take either; its ends must not match their heat.
        let dark: Set<UInt8> = [17, 18, 25, 31, 37]
        let bright: Set<UInt8> = [107, 149, 185, 227]
        guard dark.contains(background) || bright.contains(background) else { continue }
        checked += 1
        #expect(
          foreground == (bright.contains(background) ? 234 : 253),
          "contour \(foreground) over heat \(background) at \(x),\(y)")
      }
    }
    #expect(checked > 20)
  }

  @Test func pointsOverColourHeatSitOnADarkChip() {
    // XOR's corners over a classifier's probabilities: each class's dots keep their own
    // colour on a dark background, whatever the heat under them.
    var chart = LandscapeChart(
      function: { a, b in 1 / (1 + exp(-(a - b) * 4)) }, xRange: -0.25...1.25,
      yRange: -0.25...1.25, contourLevels: 1, logarithmic: false,
      style: ChartStyle(theme: .standard))
    chart.markers = [
      ScatterChart.Group("class 0", x: [0, 1], y: [0, 1]),
      ScatterChart.Group("class 1", x: [0, 1], y: [1, 0]),
    ]
    var frame = Frame(width: 50, height: 16)
    frame.draw(chart, in: frame.bounds)
    let theme = Theme.standard
    var chips = 0
    for y in 1..<frame.height {
      for x in 0..<frame.width {
        let cell = frame[x, y]
        let isMark = [theme.style(.series(0)), theme.style(.series(1))].contains {
          $0.foreground == cell.style.foreground
        }
        guard isMark, (cell.character.unicodeScalars.first?.value ?? 0) > 0x2800 else {
          continue
        }
        chips += 1
        #expect(cell.style.background == .indexed(234), "\(x),\(y): \(cell.style)")
      }
    }
    // Four points, each one or two cells wide (a disc or cross spans two dot columns).
    #expect(chips >= 4, "\(frame.plainText)")
  }
}
