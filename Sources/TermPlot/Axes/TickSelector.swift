#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// Chooses where ticks go: "nice" numbers for linear axes, decades for log axes.
///
/// Tick values are exact decimals: each is built as an integer times a power of ten
/// (`DecimalDigits.nearestDouble`), so a step of 0.1 gives 0.1, 0.2, 0.3 — the Doubles those
/// literals denote — and never `0.30000000000000004`.
public enum TickSelector {
  /// Q, the nice step multipliers from most to least preferred, each as an integer
  /// mantissa and a power of ten so that 2.5 stays exact: 25 × 10⁻¹.
  private static let niceMultipliers: [(mantissa: Int, exponent: Int)] = [
    (1, 0), (5, 0), (2, 0), (25, -1), (4, 0), (3, 0),
  ]

  /// The weights of simplicity, coverage, density and legibility, as in the paper.
  private static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

  /// How many candidates `fits` may refuse before the search keeps what it has. Everyday
  /// axes see fewer than 5 refusals; long labels on a short axis (a range narrow next to
  /// its magnitude, 18 columns wide) would otherwise try thousands of candidates, each
  /// formatting its labels, for a poor best one.
  private static let maximumRefusals = 64

  /// The largest skip (every j-th multiple of q) searched. The paper's search is unbounded
  /// and ends through its score bounds; this cap only matters when no candidate fits.
  private static let maximumSkip = 9

  /// Extended Wilkinson (Talbot, Lin & Hanrahan 2010, "An Extension of Wilkinson's
  /// Algorithm for Positioning Tick Labels on Axes"): search Q = [1, 5, 2, 2.5, 4, 3],
  /// skip, count and offset, scoring simplicity, coverage, density and legibility
  /// (weights 0.25, 0.2, 0.5, 0.05), rejecting candidates whose labels overlap (use the
  /// `fits` closure). Returns tick values (ascending), within or slightly extending the data
  /// range as the algorithm allows (Axis.automatic then sets lower/upper to cover data and
  /// ticks).
  ///
  /// - `targetCount` is the number of ticks wanted (m in the paper), taken as 2 … 500.
  /// - `onlyInside` keeps every tick within `lower...upper` (for a fixed range).
  /// - `fits` sees each candidate that would beat the best so far; returning false rejects
  ///   it (the paper's legibility of −∞ for overlapping labels).
  ///
  /// The search stops early after 64 refusals by `fits`, keeping the best candidate found
  /// so far. When no candidate of two or more ticks fits, the result is the single nicest value in
  /// the range (0 if inside, else the multiple of the largest power of ten), if that fits,
  /// else nothing. `lower == upper` gives that value alone; swapped bounds are put in
  /// order; a non-finite bound gives no ticks.
  public static func extendedWilkinson(
    lower: Double, upper: Double, targetCount: Int, onlyInside: Bool = false,
    fits: ([Double]) -> Bool = { _ in true }
  ) -> [Double] {
    extendedWilkinson(
      lower: lower, upper: upper, targetCount: targetCount, maximumCount: nil,
      onlyInside: onlyInside, fits: fits)
  }

  /// `extendedWilkinson(…)` trying at most `maximumCount` ticks: the caller knows how many
  /// labels can fit at all, which spares the search from trying (and `fits` from
  /// rejecting) longer candidates.
  static func extendedWilkinson(
    lower: Double, upper: Double, targetCount: Int, maximumCount: Int?, onlyInside: Bool,
    fits: ([Double]) -> Bool
  ) -> [Double] {
    guard lower.isFinite, upper.isFinite else { return [] }
    let dataLow = Swift.min(lower, upper)
    let dataHigh = Swift.max(lower, upper)
    if dataLow == dataHigh { return fits([dataLow]) ? [dataLow] : [] }
    if let maximumCount, maximumCount < 2 {
      return singleTick(low: dataLow, high: dataHigh, fits: fits)
    }
    let m = Swift.min(Swift.max(targetCount, 2), 500)
    // Past about 2m ticks the density score alone rules a candidate out.
    let kMax = Swift.max(2, Swift.min(maximumCount ?? Int.max, 2 * m + 10))

    // Work on the range scaled by 10^−shift so that its span lies in [1, 10): the scores
    // square the span (coverage divides by (0.1 · span)²), which would underflow for
    // 1e-200 … 2e-200 and overflow for −1e308 … 1e308. Tick i of a candidate is then
    // (start + i·j) · q × 10^(z + shift), built exactly from integers.
    let shift = decimalShift(low: dataLow, high: dataHigh)
    let a = scaled(dataLow, by: shift)
    let b = scaled(dataHigh, by: shift)
    guard a.isFinite, b.isFinite, a < b else {
      return singleTick(low: dataLow, high: dataHigh, fits: fits)
    }

    let w = weights
    let n = Double(niceMultipliers.count)
    var best = -Double.infinity
    var result: [Double] = []
    var refusals = 0
    // Integers of a candidate must stay exact Doubles and far from Int overflow.
    let integerLimit = 4.5e15

    // The search of the paper's Algorithm 1, with its four nested loops (skip j,
    // multiplier q, count k, power z) each ending as soon as an upper bound of the score
    // cannot beat the best candidate found, then a loop over the offsets (start). Two
    // cut-offs of ours bound the work when `fits` refuses (the bounds then never prune):
    // see `offered` and the end of the skip loop; `maximumRefusals` caps the rest.
    skipLoop: for j in 1...maximumSkip {
      for (index, q) in niceMultipliers.enumerated() {
        let qValue = Double(q.mantissa) * (q.exponent == 0 ? 1 : 0.1)
        // simplicity = 1 − i/(n − 1) − j + v, at most with v = 1 (zero among the labels).
        let simplicityBase = 1 - Double(index) / (n - 1) - Double(j)
        let simplicityBound = simplicityBase + 1
        if w.simplicity * simplicityBound + w.coverage + w.density + w.legibility < best {
          break skipLoop
        }
        for k in 2...kMax {
          // Within one (j, q), more ticks are only denser, with labels as long: once every
          // candidate of k ticks offered to `fits` was refused, stop adding ticks.
          var offered = false
          var accepted = false
          let densityBound = maximumDensity(count: k, target: m)
          if w.simplicity * simplicityBound + w.coverage + w.density * densityBound
            + w.legibility < best
          {
            break
          }
          // The smallest power of ten whose step j·q·10^z lets k ticks span the data.
          let delta = (b - a) / Double(k + 1) / Double(j) / qValue
          var z = Int(log10(delta).rounded(.up))
          // Larger powers only lose coverage; three more are plenty (and bound the
          // search when nothing fits and the bounds never prune).
          for _ in 0..<4 {
            defer { z += 1 }
            let unit = qValue * pow(10, Double(z))  // q · 10^z: ticks are multiples of it
            let step = Double(j) * unit
            let coverageBound = maximumCoverage(low: a, high: b, span: step * Double(k - 1))
            if w.simplicity * simplicityBound + w.coverage * coverageBound
              + w.density * densityBound + w.legibility < best
            {
              break
            }
            // Offsets (in units) whose k ticks can still cover the data.
            let firstStart = (b / step).rounded(.down) * Double(j) - Double((k - 1) * j)
            let lastStart = (a / step).rounded(.up) * Double(j)
            guard Swift.abs(firstStart) < integerLimit, Swift.abs(lastStart) < integerLimit,
              firstStart <= lastStart
            else { continue }
            for start in Int(firstStart)...Int(lastStart) {
              let labelLow = Double(start) * unit
              let labelHigh = labelLow + step * Double(k - 1)
              // v = 1 when zero is one of the ticks: start + i·j = 0 for some i < k.
              let zeroIsTick = start <= 0 && (-start) % j == 0 && (-start) / j < k
              let simplicity = simplicityBase + (zeroIsTick ? 1 : 0)
              let score =
                w.simplicity * simplicity
                + w.coverage * coverage(low: a, high: b, labelLow: labelLow, labelHigh: labelHigh)
                + w.density
                * density(
                  count: k, target: m, low: a, high: b, labelLow: labelLow,
                  labelHigh: labelHigh)
                + w.legibility * 1
              guard score > best else { continue }
              let exponent = z + q.exponent + shift
              let values = (0..<k).map {
                DecimalDigits.nearestDouble(
                  mantissa: (start + $0 * j) * q.mantissa, exponent: exponent)
              }
              guard isUsable(values, low: dataLow, high: dataHigh, onlyInside: onlyInside)
              else { continue }
              offered = true
              guard fits(values) else {
                refusals += 1
                if refusals >= maximumRefusals { break skipLoop }
                continue
              }
              accepted = true
              best = score
              result = values
            }
          }
          if offered && !accepted { break }
        }
      }
      // Nothing fitting at the plainest skip: sparser skips only move two ticks further
      // apart, which the larger powers z already tried.
      if result.isEmpty { break skipLoop }
    }
    if result.isEmpty { return singleTick(low: dataLow, high: dataHigh, fits: fits) }
    return result
  }

  // MARK: - Scores (Talbot, Lin & Hanrahan 2010, section 4)

  /// Coverage: how well the labels span the data, 1 when they match it exactly.
  ///
  ///     coverage = 1 − ½ · ((high − labelHigh)² + (low − labelLow)²) / (0.1 · (high − low))²
  private static func coverage(
    low: Double, high: Double, labelLow: Double, labelHigh: Double
  ) -> Double {
    let range = high - low
    let excess = (high - labelHigh) * (high - labelHigh) + (low - labelLow) * (low - labelLow)
    return 1 - 0.5 * excess / ((0.1 * range) * (0.1 * range))
  }

  /// The best coverage labels spanning `span` can reach: centred on the data.
  private static func maximumCoverage(low: Double, high: Double, span: Double) -> Double {
    let range = high - low
    guard span > range else { return 1 }
    let half = (span - range) / 2
    return 1 - 0.5 * (2 * half * half) / ((0.1 * range) * (0.1 * range))
  }

  /// Density: how close the tick spacing is to m ticks over the shown range (data and
  /// labels), 1 when exact, falling off as the ratio r / rₜ grows either way.
  ///
  ///     r  = (k − 1) / (labelHigh − labelLow)
  ///     rₜ = (m − 1) / (max(labelHigh, high) − min(low, labelLow))
  ///     density = 2 − max(r / rₜ, rₜ / r)
  private static func density(
    count k: Int, target m: Int, low: Double, high: Double, labelLow: Double,
    labelHigh: Double
  ) -> Double {
    let r = Double(k - 1) / (labelHigh - labelLow)
    let target = Double(m - 1) / (Swift.max(labelHigh, high) - Swift.min(low, labelLow))
    return 2 - Swift.max(r / target, target / r)
  }

  /// The best density k ticks can reach: 1 up to m ticks, then 2 − (k − 1)/(m − 1).
  private static func maximumDensity(count k: Int, target m: Int) -> Double {
    k >= m ? 2 - Double(k - 1) / Double(m - 1) : 1
  }

  // MARK: - Helpers

  /// ⌊log₁₀(high − low)⌋, computed without overflow (the span of −1e308 … 1e308 is not a
  /// Double) and without underflow (high − low is exact for nearby subnormals).
  private static func decimalShift(low: Double, high: Double) -> Int {
    let span = high - low
    let logSpan = span.isFinite ? log10(span) : log10(high / 2 - low / 2) + log10(2.0)
    guard logSpan.isFinite else { return 0 }
    return Int(logSpan.rounded(.down))
  }

  /// `x` × 10^−`shift` in two steps, so neither power overflows (shift runs from about
  /// −324 to 308, and 10^324 is not a Double).
  private static func scaled(_ x: Double, by shift: Int) -> Double {
    let first = -shift / 2
    let second = -shift - first
    return x * pow(10, Double(first)) * pow(10, Double(second))
  }

  /// Whether built tick values can stand on an axis: finite, strictly ascending (ticks of
  /// neighbouring subnormals can round together) and, for `onlyInside`, within the range.
  private static func isUsable(
    _ values: [Double], low: Double, high: Double, onlyInside: Bool
  ) -> Bool {
    guard let first = values.first, let last = values.last, first.isFinite, last.isFinite
    else { return false }
    for i in values.indices.dropFirst() where !(values[i] > values[i - 1]) { return false }
    return !onlyInside || (first >= low && last <= high)
  }

  /// The single nicest value in `low...high` that fits: 0 when inside, else the multiple
  /// of the largest power of ten that lies in the range; none if nothing fits.
  private static func singleTick(low: Double, high: Double, fits: ([Double]) -> Bool)
    -> [Double]
  {
    if low <= 0 && high >= 0 { return fits([0]) ? [0] : [] }
    let magnitude = Swift.max(Swift.abs(low), Swift.abs(high))
    let top = Int(log10(magnitude).rounded(.up))
    // From the largest power down to 17 digits below the value: past that every Double
    // in the range is the same number.
    for power in stride(from: top, through: top - 17, by: -1) {
      let unit = DecimalDigits.nearestDouble(mantissa: 1, exponent: power)
      guard unit > 0, unit.isFinite else { continue }
      let multiple = (low / unit).rounded(.up)
      guard Swift.abs(multiple) < 4.5e15 else { continue }
      let value = DecimalDigits.nearestDouble(mantissa: Int(multiple), exponent: power)
      guard value >= low, value <= high else { continue }
      return fits([value]) ? [value] : []
    }
    return fits([low]) ? [low] : []
  }
}
