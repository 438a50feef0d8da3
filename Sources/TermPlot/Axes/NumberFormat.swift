/// Short texts for numbers on charts: tick labels whose precision follows the tick step, and
/// compact values for legends and notes.
///
/// Both work on the number's shortest decimal digits (the text that reads back as the same
/// Double), so binary noise such as `0.30000000000000004` never shows, and neither ever
/// prints `-0`.
public enum NumberFormat {
  /// A tick label for `value` on an axis whose tick step is `step`: precision derived from
  /// the step so 0.25 never prints as 0.2 and 1e-9 never as 0.000000001; compact (`1.2k`,
  /// `3.5M`, `3e-5`, `-0.5`, `0`, `150`, `2.75`), never `-0`, at most ~7 characters.
  ///
  /// The rule, with P the place (power of ten) of the step's last significant digit (the
  /// step first rounded to 6 significant digits, so 0.1 + 0.2 counts as 0.3): P = -2 for
  /// 0.25, -1 for 2.5, 2 for 200, -9 for 1e-9. When the value has digits up to two places
  /// below P, P moves down to the last of them, so a tick at 2.5 on an axis stepping by 5
  /// reads `2.5`, not `3` (digits further down are noise or not tick values).
  ///
  /// 1. The value is rounded to a multiple of 10^P; if that is zero the label is `0`.
  /// 2. Thousands, 10³ ≤ |v| < 10⁶, take a `k` when P ≥ 2, so at most one decimal:
  ///    `1.2k`, `15k`, `250k`; with a finer step the plain number is as short (`1250`).
  /// 3. Millions, 10⁶ ≤ |v| < 10⁹, take an `M` when P ≥ 3: `2M`, `1.5M`, `1.25M`.
  /// 4. Otherwise |v| < 10⁻³ or |v| ≥ 10⁶ is scientific with a bare exponent, the
  ///    mantissa carrying the digits down to place P: `3e-5`, `1.5e-7`, `2e9`.
  /// 5. Anything else is fixed notation with the digits down to place P: `0.25`, `-0.5`,
  ///    `149.6`, `0.0015`.
  ///
  /// Trailing zeros are always dropped (`0.5`, not `0.50`; `2e-7`, not `2.0e-7`), so labels
  /// on one axis may differ in length. A label stays longer than 7 characters only when
  /// the step is tiny next to the value (1000000.5 with step 0.5), because equal labels for
  /// different ticks would be worse. NaN or ±∞ give `nan`, `inf`, `-inf`; a zero or
  /// non-finite step falls back to `compact(_:)`.
  public static func tickLabel(_ value: Double, step: Double) -> String {
    tickLabel(value, step: step, thousandsAsScientific: false)
  }

  /// `tickLabel(_:step:)`, with values of 1000 and more written in scientific form instead
  /// of with `k` or `M` when `thousandsAsScientific`, for an axis that already has
  /// scientific labels (so `1e10` never stands beside `100M`).
  static func tickLabel(_ value: Double, step: Double, thousandsAsScientific: Bool) -> String {
    guard let digits = DecimalDigits(value) else { return nonFiniteText(value) }
    guard let stepDigits = DecimalDigits(step), !stepDigits.isZero else {
      return compact(value)
    }
    let place = labelPlace(digits, step: stepDigits)
    let rounded = digits.rounded(toPlace: place)
    if rounded.isZero { return "0" }
    if thousandsAsScientific && rounded.exponent >= 3 { return rounded.scientificText }
    // The exponent is that of the leading digit: 3 for 1200, -4 for 0.00015.
    switch rounded.exponent {
    case 3..<6 where place >= 2:
      return rounded.shifted(by: -3).fixedText + "k"
    case 6..<9 where place >= 3:
      return rounded.shifted(by: -6).fixedText + "M"
    case ..<(-3), 6...:
      return rounded.scientificText
    default:
      return rounded.fixedText
    }
  }

  /// A compact label for any value (legends, "loss 0.31"), about 4 significant digits:
  /// `0.3121`, `124k`, `2.5e-7`; NaN → "nan", ±∞ → "inf"/"-inf".
  ///
  /// The value is rounded to 4 significant digits (half away from zero, on its shortest
  /// decimal digits), trailing zeros dropped, then written by its size:
  ///
  /// | size after rounding | form       | examples                     |
  /// | ------------------- | ---------- | ---------------------------- |
  /// | 0                   | `0`        | `0` (also for -0)            |
  /// | below 10⁻³          | scientific | `2.5e-7`, `-1.234e-5`        |
  /// | 10⁻³ up to 10⁴      | fixed      | `0.001234`, `0.3121`, `1500` |
  /// | 10⁴ up to 10⁶       | `k`        | `12.35k`, `124k`             |
  /// | 10⁶ up to 10⁹       | `M`        | `3.5M`, `1M` (for 999 999)   |
  /// | 10⁹ and above       | scientific | `1.24e9`, `1e300`            |
  ///
  /// Four-digit numbers stay plain (`1500`, an epoch count reads better so) since their 4
  /// significant digits are all of them. At most 10 characters (`-1.234e-100`).
  public static func compact(_ value: Double) -> String {
    guard let digits = DecimalDigits(value) else { return nonFiniteText(value) }
    let rounded = digits.rounded(significantDigits: 4)
    if rounded.isZero { return "0" }
    switch rounded.exponent {
    case ..<(-3), 9...: return rounded.scientificText
    case -3..<4: return rounded.fixedText
    case 4..<6: return rounded.shifted(by: -3).fixedText + "k"
    default: return rounded.shifted(by: -6).fixedText + "M"
    }
  }

  /// The place (power of ten) a tick label is rounded to: that of the step's last digit
  /// (the step rounded to 6 significant digits first), or down to two places finer when
  /// the value itself has digits there (rounded at that finer place first, so binary noise
  /// such as the 4 in 0.30000000000000004 never counts).
  private static func labelPlace(_ value: DecimalDigits, step: DecimalDigits) -> Int {
    let stepPlace = step.rounded(significantDigits: 6).lastPlace
    let finest = value.rounded(toPlace: stepPlace - 2)
    return finest.isZero ? stepPlace : Swift.min(stepPlace, finest.lastPlace)
  }

  /// `nan`, `inf` or `-inf`.
  private static func nonFiniteText(_ value: Double) -> String {
    value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf")
  }

  /// The labels of an axis's tick values, each with the precision the axis needs.
  ///
  /// Linear ticks are evenly spaced: every label uses the place of the step
  /// (last − first) / (n − 1), or the finer place some tick needs (see `tickLabel`).
  /// Log ticks are not: each uses the smaller of its own decade (10^⌊log₁₀ v⌋, so `20`
  /// and `0.05` keep their digit) and the leading power of ten of the gap to each
  /// neighbour (so ticks packed inside one decade, such as 100, 100.5, 101, stay
  /// distinct, while decades keep their short forms: `1k`, `1M`). A lone tick gets
  /// `compact(_:)`.
  ///
  /// One axis keeps one style for large numbers: when any label is scientific (`1e10`),
  /// those of 1000 and more are too (`1e8`, not `100M`).
  static func tickLabels(_ values: [Double], scale: AxisScale) -> [String] {
    guard values.count >= 2 else { return values.map { compact($0) } }
    let labels = tickLabels(values, scale: scale, thousandsAsScientific: false)
    let mixed =
      labels.contains { $0.contains("e") && $0 != "nan" }
      && labels.contains { $0.hasSuffix("k") || $0.hasSuffix("M") }
    return mixed ? tickLabels(values, scale: scale, thousandsAsScientific: true) : labels
  }

  private static func tickLabels(
    _ values: [Double], scale: AxisScale, thousandsAsScientific: Bool
  ) -> [String] {
    switch scale {
    case .linear:
      let first = values[0]
      let last = values[values.count - 1]
      var step = (last - first) / Double(values.count - 1)
      // Ticks spanning more than the largest Double: the same step from halves.
      if !step.isFinite { step = (last / 2 - first / 2) / Double(values.count - 1) * 2 }
      // One place for the whole axis, fine enough for every tick (0.5, 1.5, 2.5 with
      // step 1 need tenths), so all labels follow the same form (`k` or not).
      guard let stepDigits = DecimalDigits(step), !stepDigits.isZero else {
        return values.map { compact($0) }
      }
      var place = Int.max
      for value in values {
        guard let digits = DecimalDigits(value) else { continue }
        place = Swift.min(place, labelPlace(digits, step: stepDigits))
      }
      if place == Int.max { return values.map { compact($0) } }
      let axisStep = DecimalDigits.nearestDouble(mantissa: 1, exponent: place)
      return values.map {
        tickLabel($0, step: axisStep, thousandsAsScientific: thousandsAsScientific)
      }
    case .logarithmic:
      return values.indices.map { i in
        let value = values[i]
        guard let digits = DecimalDigits(value), !digits.isZero else { return compact(value) }
        var step = DecimalDigits.nearestDouble(mantissa: 1, exponent: digits.exponent)
        for j in [i - 1, i + 1] where values.indices.contains(j) {
          // The leading power of ten of the gap to a neighbour: 900 → 100.
          if let gap = DecimalDigits(Swift.abs(values[j] - value)), !gap.isZero {
            step = Swift.min(
              step, DecimalDigits.nearestDouble(mantissa: 1, exponent: gap.exponent))
          }
        }
        return tickLabel(value, step: step, thousandsAsScientific: thousandsAsScientific)
      }
    }
  }
}
