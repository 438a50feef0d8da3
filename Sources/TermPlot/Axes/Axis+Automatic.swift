#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

extension Axis {
  /// Chooses a range and ticks for data spanning `data` (nil or empty: no finite data) shown
  /// over `length` cells.
  ///
  /// `horizontal`: labels sit side by side and must not overlap (each label's width + at
  /// least 1 space between); vertical: at most one label a row, ticks at least 2 rows apart
  /// when length allows. `fixed`: use exactly this range (still pick ticks inside it).
  /// `padding`: fraction of the span added on each side for automatic ranges.
  /// `wholeNumbers`: linear ticks only at whole numbers (epochs, counts), never 2.5.
  ///
  /// The range, in order of precedence:
  ///
  /// 1. `fixed`, when its bounds are finite (and positive on a log scale), put in order;
  ///    ticks stay inside it. A fixed range of one value is widened as constant data is.
  /// 2. No finite data (nil, both bounds NaN or ±∞; on a log scale no positive value):
  ///    0…1, or 1…10 on a log scale. A single finite bound counts as constant data.
  /// 3. Constant data v: a small symmetric range, not padded: −1…1 for 0, v ± 10 %
  ///    otherwise (v ± 1 when 10 % of v vanishes, as for subnormals); one decade either
  ///    side (v/10 … 10v) on a log scale.
  /// 4. Otherwise the data padded by `padding` × span on each side (on a log scale, by
  ///    that fraction of the decades spanned). Padding never carries a range across
  ///    zero: when all data ≥ 0 the lower bound stops at 0 rather than go below it, so a
  ///    loss curve starts on the axis (data 0.02…1 shows from 0); likewise all data ≤ 0
  ///    keeps the upper bound ≤ 0. Tick values never cross zero in those cases either.
  ///    On a log scale, data reaching 0 or below shows from three decades under its top.
  ///
  /// Linear ticks come from `TickSelector.extendedWilkinson`, aiming at one tick every 10
  /// columns or about every 4 rows; in cases 2–4 the range then grows to take in the first
  /// and last tick (0…750 on 20 rows, padded to 0…787.5, grows to 0…800 for the tick at
  /// 800; 0.13…0.87 unpadded becomes 0…0.9 for ticks 0, 0.3, 0.6, 0.9). Log ticks come
  /// from `TickSelector.logarithmic` and the range stays as chosen. Labels come from
  /// `NumberFormat`; a tick whose label cannot fit is left out, so a tiny length gives one
  /// tick or none. Bounds are clamped to finite Doubles, so −1e308…1e308 still works.
  ///
  /// The result always has finite `lower < upper` (positive on a log scale) and ascending
  /// ticks within them. Example:
  ///
  ///     let x = Axis.automatic(data: 0...1, length: 40, horizontal: true)
  ///     x.ticks.map(\.label)  // ["0", "0.25", "0.5", "0.75", "1"]
  ///     (x.lower, x.upper)     // (0, 1.05): padded above, stopped at 0 below
  public static func automatic(
    data: ClosedRange<Double>?, length: Int, horizontal: Bool, scale: AxisScale = .linear,
    fixed: ClosedRange<Double>? = nil, padding: Double = 0.05, wholeNumbers: Bool = false
  ) -> Axis {
    let length = Swift.max(0, length)
    let padding = padding.isFinite && padding > 0 ? padding : 0
    switch scale {
    case .linear:
      return automaticLinear(
        data: data, length: length, horizontal: horizontal, fixed: fixed, padding: padding,
        wholeNumbers: wholeNumbers)
    case .logarithmic:
      return automaticLogarithmic(
        data: data, length: length, horizontal: horizontal, fixed: fixed, padding: padding)
    }
  }

  /// Whether values spanning `range` (positive) call for a log axis by themselves: the
  /// largest is at least 100 times the smallest.
  ///
  /// Past that ratio a linear axis squeezes the smaller values onto its zero line (a loss
  /// falling from 247,500 to 168 looks flat after a few epochs), while a log axis still
  /// shows every fall. A range that is not positive and finite gives false.
  public static func prefersLogarithmic(_ range: ClosedRange<Double>) -> Bool {
    let low = range.lowerBound
    let high = range.upperBound
    guard low.isFinite, high.isFinite, low > 0, high > low else { return false }
    return high / low >= logarithmicRatio
  }

  /// The ratio of largest to smallest value from which a loss axis turns logarithmic.
  public static let logarithmicRatio = 100.0

  // MARK: - Tick counts

  /// The number of ticks to aim at, at least 2: one every 10 columns, or about one every
  /// 4 rows (4 ticks on 10 rows, 6 on 20, 9 on 30).
  static func targetTickCount(length: Int, horizontal: Bool) -> Int {
    let length = Swift.min(length, 1 << 40)  // no overflow below, however long
    return horizontal ? Swift.max(2, length / 10 + 1) : Swift.max(2, (length + 2) / 4 + 1)
  }

  /// The most ticks whose labels could fit at all: one-column labels with a blank column
  /// between ((length + 1) / 2), or one label every 2 rows (every row below 3 rows).
  static func maximumTickCount(length: Int, horizontal: Bool) -> Int {
    guard length > 0 else { return 0 }
    let length = Swift.min(length, 1 << 40)
    if horizontal { return (length + 1) / 2 }
    return length >= 3 ? (length - 1) / 2 + 1 : length
  }

  // MARK: - Linear

  private static func automaticLinear(
    data: ClosedRange<Double>?, length: Int, horizontal: Bool, fixed: ClosedRange<Double>?,
    padding: Double, wholeNumbers: Bool
  ) -> Axis {
    // Whole-number axes refuse any tick with a fraction, so the search moves to a whole step.
    let whole = { (values: [Double]) -> Bool in
      !wholeNumbers || values.allSatisfy { $0 == $0.rounded() }
    }
    let target = targetTickCount(length: length, horizontal: horizontal)
    let capacity = maximumTickCount(length: length, horizontal: horizontal)

    // 1. A fixed range: exactly that, ticks inside.
    if case (let low, let high)? = finiteBounds(fixed) {
      let (lower, upper) = low < high ? (low, high) : widenedLinear(low)
      let values = TickSelector.extendedWilkinson(
        lower: lower, upper: upper, targetCount: target, maximumCount: capacity,
        onlyInside: true
      ) { values in
        whole(values)
          && labelsFit(
          values: values, labels: labels(values, .linear, horizontal),
          lower: lower, upper: upper, scale: .linear, length: length, horizontal: horizontal)
      }
      return Axis(scale: .linear, lower: lower, upper: upper, ticks: ticks(values, .linear))
    }

    // 2–4. The data's range, widened or padded; `keepsSign` is the side of zero that
    // padding and ticks must not leave (+1: stay ≥ 0, −1: stay ≤ 0, 0: free).
    let lower: Double
    let upper: Double
    var keepsSign = 0
    if case (let low, let high)? = finiteBounds(data) {
      if low < high {
        (lower, upper) = paddedLinear(low: low, high: high, padding: padding)
        keepsSign = low >= 0 ? 1 : (high <= 0 ? -1 : 0)
      } else {
        (lower, upper) = widenedLinear(low)
      }
    } else {
      (lower, upper) = (0, 1)
    }
    // The axis grows to cover the ticks, so labels are placed over that grown range.
    let values = TickSelector.extendedWilkinson(
      lower: lower, upper: upper, targetCount: target, maximumCount: capacity,
      onlyInside: false
    ) { values in
      guard let first = values.first, let last = values.last else { return true }
      if keepsSign > 0 && first < 0 || keepsSign < 0 && last > 0 { return false }
      if !whole(values) { return false }
      return labelsFit(
        values: values, labels: labels(values, .linear, horizontal),
        lower: Swift.min(lower, first), upper: Swift.max(upper, last), scale: .linear,
        length: length, horizontal: horizontal)
    }
    return Axis(
      scale: .linear, lower: Swift.min(lower, values.first ?? lower),
      upper: Swift.max(upper, values.last ?? upper), ticks: ticks(values, .linear))
  }

  /// The constant `value` widened to a small symmetric range: −1…1 for 0, ±10 % otherwise,
  /// ±1 when 10 % is too small to register (subnormals), clamped to finite Doubles.
  private static func widenedLinear(_ value: Double) -> (Double, Double) {
    if value == 0 { return (-1, 1) }
    let margin = Swift.abs(value) * 0.1
    let low = clampedFinite(value - margin)
    let high = clampedFinite(value + margin)
    return low < high ? (low, high) : (value - 1, value + 1)
  }

  /// `low...high` with `padding` × span added on each side, never crossing zero when the
  /// data lie on one side of it, clamped to finite Doubles.
  ///
  ///     pad = padding · (high − low)
  ///     lower = low − pad, or 0 if low ≥ 0 > low − pad
  ///     upper = high + pad, or 0 if high ≤ 0 < high + pad
  private static func paddedLinear(low: Double, high: Double, padding: Double)
    -> (Double, Double)
  {
    var pad = padding * (high - low)
    // A span past the largest Double (−1e308 … 1e308): the same from halves.
    if !pad.isFinite { pad = padding * (high / 2 - low / 2) * 2 }
    var lower = clampedFinite(low - pad)
    var upper = clampedFinite(high + pad)
    if low >= 0 && lower < 0 { lower = 0 }
    if high <= 0 && upper > 0 { upper = 0 }
    return (lower, upper)
  }

  // MARK: - Logarithmic

  private static func automaticLogarithmic(
    data: ClosedRange<Double>?, length: Int, horizontal: Bool, fixed: ClosedRange<Double>?,
    padding: Double
  ) -> Axis {
    let lower: Double
    let upper: Double
    if case (let low, let high)? = finiteBounds(fixed), low > 0 {
      (lower, upper) = low < high ? (low, high) : widenedLogarithmic(low)
    } else if case (let dataLow, let high)? = finiteBounds(data), high > 0 {
      // Nothing at or below zero can be shown: start three decades under the top.
      let low = dataLow > 0 ? dataLow : high / 1000
      (lower, upper) =
        low < high
        ? paddedLogarithmic(low: low, high: high, padding: padding) : widenedLogarithmic(low)
    } else {
      (lower, upper) = (1, 10)
    }
    let values = TickSelector.logarithmic(
      lower: lower, upper: upper, length: length, horizontal: horizontal)
    return Axis(scale: .logarithmic, lower: lower, upper: upper, ticks: ticks(values, .logarithmic))
  }

  /// The positive constant `value` widened by one decade either way, kept within the
  /// positive finite Doubles.
  private static func widenedLogarithmic(_ value: Double) -> (Double, Double) {
    let low = Swift.max(value / 10, Double.leastNonzeroMagnitude)
    let high = clampedFinite(value * 10)
    return low < high ? (low, high) : (value, value * 2)
  }

  /// `low...high` (positive) with `padding` of its decades added on each side:
  ///
  ///     d = log₁₀ high − log₁₀ low
  ///     lower = low / 10^(padding · d),   upper = high · 10^(padding · d)
  ///
  /// kept positive (not below the smallest normal Double unless the data are) and finite.
  private static func paddedLogarithmic(low: Double, high: Double, padding: Double)
    -> (Double, Double)
  {
    let factor = pow(10, padding * (log10(high) - log10(low)))
    let lower = Swift.max(low / factor, Swift.min(low, Double.leastNormalMagnitude))
    let upper = clampedFinite(high * factor)
    return (lower, upper)
  }

  // MARK: - Helpers

  /// The finite bounds of `range` in order; a range with one finite bound gives that bound
  /// twice, one with none (or nil) gives nil.
  private static func finiteBounds(_ range: ClosedRange<Double>?) -> (Double, Double)? {
    guard let range else { return nil }
    let bounds = [range.lowerBound, range.upperBound].filter(\.isFinite)
    guard let first = bounds.first, let last = bounds.last else { return nil }
    return (Swift.min(first, last), Swift.max(first, last))
  }

  /// `x` with ±∞ replaced by the largest finite Double of that sign.
  private static func clampedFinite(_ x: Double) -> Double {
    Swift.max(-Double.greatestFiniteMagnitude, Swift.min(Double.greatestFiniteMagnitude, x))
  }

  /// The labels `labelsFit` needs: the real ones on a horizontal axis, where their widths
  /// matter, and empty ones on a vertical axis, where only rows do (formatting is the
  /// costly part of a fit check).
  static func labels(_ values: [Double], _ scale: AxisScale, _ horizontal: Bool) -> [String] {
    horizontal
      ? NumberFormat.tickLabels(values, scale: scale) : Array(repeating: "", count: values.count)
  }

  /// Tick values paired with their labels.
  private static func ticks(_ values: [Double], _ scale: AxisScale) -> [Tick] {
    zip(values, NumberFormat.tickLabels(values, scale: scale)).map {
      Tick(value: $0, label: $1)
    }
  }
}
