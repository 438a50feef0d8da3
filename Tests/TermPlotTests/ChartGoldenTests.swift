import TestSupport
import Testing

@testable import TermPlot

/// Golden-text tests of every chart kind, in braille and ASCII, at several sizes.
///
/// Each chart kind has its own suite in `ChartGoldenTests+Kind.swift`. A golden is named
/// `KIND-CASE-TIER-WIDTHxHEIGHT` and lives in `Snapshots/`; the goldens were reviewed by
/// eye once and are re-recorded only on purpose, with `DOWNHILL_RECORD_GOLDENS=1`.
@Suite struct ChartGoldenTests {
  /// A width and a height in cells.
  struct Size: Sendable {
    let width: Int
    let height: Int
  }

  /// The sizes each ordinary case is drawn at: a small panel, a half screen, a big screen.
  static let sizes = [
    Size(width: 30, height: 10), Size(width: 60, height: 16), Size(width: 100, height: 28),
  ]
  /// The sizes each awkward-data case is drawn at.
  static let awkwardSizes = [Size(width: 30, height: 10), Size(width: 60, height: 16)]
  /// The canvases every golden is drawn on.
  static let tiers: [CanvasTier] = [.braille, .ascii]

  /// The tier's name in golden file names.
  static func name(of tier: CanvasTier) -> String {
    switch tier {
    case .braille: return "braille"
    case .halfBlock: return "halfblock"
    case .ascii: return "ascii"
    }
  }

  /// `chart` drawn over the whole of a `width` × `height` frame.
  static func render(_ chart: some Chart, width: Int, height: Int) -> Frame {
    var frame = Frame(width: width, height: height)
    frame.draw(chart, in: frame.bounds)
    return frame
  }

  /// Checks the chart `make` builds for `style` against the golden `NAME-TIER-WxH` at each
  /// of `sizes`.
  static func checkGoldens(
    _ name: String, tier: CanvasTier, sizes: [Size] = sizes,
    sourceLocation: SourceLocation = #_sourceLocation, chart make: (ChartStyle) -> any Chart
  ) {
    for size in sizes {
      let chart = make(ChartStyle(theme: .monochrome, tier: tier))
      let frame = render(chart, width: size.width, height: size.height)
      Golden.check(
        frame.plainText, named: "\(name)-\(Self.name(of: tier))-\(size.width)x\(size.height)",
        sourceLocation: sourceLocation)
    }
  }

  /// The rows of `frame`'s plain text, without the final empty one.
  static func lines(_ frame: Frame) -> [String] {
    Array(frame.plainText.split(separator: "\n", omittingEmptySubsequences: false).dropLast())
      .map(String.init)
  }
}

// MARK: - Fixtures

/// The course's example 1: five houses, price = 150 · size, fitted by plain gradient
/// descent on the mean squared error from (m, c) = (0, 0) at learning rate 0.01.
enum HousesFixture {
  static let sizes: [Double] = [1, 2, 3, 4, 5]
  static let prices: [Double] = [150, 300, 450, 600, 750]

  /// The fit after 1000 epochs, as the course prints it.
  static let slope = 149.64
  static let intercept = 1.31

  /// L(m, c) = (1/n) Σᵢ (yᵢ − (m·xᵢ + c))².
  static let meanSquaredError: @Sendable (Double, Double) -> Double = { m, c in
    var total = 0.0
    for i in 0..<5 {
      let r = prices[i] - (m * sizes[i] + c)
      total += r * r
    }
    return total / 5
  }

  /// 1000 epochs of descent: the loss before each step, and (m, c) after it.
  ///
  /// ∂L/∂m = −(2/n) Σᵢ xᵢ rᵢ and ∂L/∂c = −(2/n) Σᵢ rᵢ, with rᵢ = yᵢ − (m·xᵢ + c);
  /// m ← m − η ∂L/∂m and c ← c − η ∂L/∂c, η = 0.01.
  static let descent: (losses: [Double], m: [Double], c: [Double]) = {
    var m = 0.0
    var c = 0.0
    var losses: [Double] = []
    var ms: [Double] = [0]
    var cs: [Double] = [0]
    for _ in 0..<1000 {
      var squares = 0.0
      var sumXR = 0.0
      var sumR = 0.0
      for i in 0..<5 {
        let r = prices[i] - (m * sizes[i] + c)
        squares += r * r
        sumXR += sizes[i] * r
        sumR += r
      }
      losses.append(squares / 5)
      m -= 0.01 * (-2.0 / 5 * sumXR)
      c -= 0.01 * (-2.0 / 5 * sumR)
      ms.append(m)
      cs.append(c)
    }
    return (losses, ms, cs)
  }()
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a seeded, repeatable source of pseudo-random
/// numbers in integer arithmetic only, so fixtures are the same on every platform.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform value in [0, 1), from the top 53 bits.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A bell-shaped value with mean 0 and standard deviation 1: the Irwin–Hall sum of
  /// twelve uniforms minus six (no library maths, so exact everywhere).
  mutating func bell() -> Double {
    var total = 0.0
    for _ in 0..<12 { total += unit() }
    return total - 6
  }
}
