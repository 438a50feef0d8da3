#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

extension TickSelector {
  /// How many decades apart thinned decade ticks may stand, tried in this order: every
  /// decade, every 2nd, 3rd … up to every 300th (1e-300, 1, 1e300).
  private static let decadeThinnings = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30, 50, 100, 300]

  /// Log-scale ticks: decades (1, 10, 100 … or 1e-9 …) within the range; when fewer than 2
  /// decades fit, add 2 and 5 multiples; thin decades (every 2nd, 3rd …) when they would
  /// crowd `length`.
  ///
  /// Ticks crowd when their labels would not read on an axis from `lower` to `upper` drawn
  /// over `length` cells (see `Axis.labelsFit`: side by side with a blank column between,
  /// or on rows at least 2 apart). In order, the first that gives two or more ticks that
  /// fit:
  ///
  /// 1. decades, every one or thinned to the exponents that are multiples of 2, 3, 4, 5,
  ///    6, 10 … (so 1 = 10⁰ stays a tick when in range): `1e-12, 1e-6, 1, 1e6, 1e12`;
  ///    failing that, to every 2nd, 3rd … from the lowest decade (`10, 1000`);
  /// 2. with fewer than two decades: 1, 2 and 5 times a power of ten (`5, 10, 20` for
  ///    3…40), then every multiple 1…9 of one;
  /// 3. for a range narrower than that (100…101): linear nice ticks inside the range.
  ///
  /// Failing all, the single decade nearest to 1, or else the nicest value, if it fits.
  /// Non-finite or non-positive bounds give no ticks; swapped bounds are put in order.
  public static func logarithmic(
    lower: Double, upper: Double, length: Int, horizontal: Bool
  ) -> [Double] {
    guard lower.isFinite, upper.isFinite, lower > 0, upper > 0 else { return [] }
    let low = Swift.min(lower, upper)
    let high = Swift.max(lower, upper)
    if low == high { return length > 0 ? [low] : [] }
    let fits = { (values: [Double]) -> Bool in
      Axis.labelsFit(
        values: values, labels: Axis.labels(values, .logarithmic, horizontal),
        lower: low, upper: high, scale: .logarithmic, length: length, horizontal: horizontal)
    }
    let decades = decadeExponents(low: low, high: high)

    // 1. Decades, thinned until they fit.
    if decades.last - decades.first >= 1 {
      thinning: for every in decadeThinnings {
        // Exponents that are multiples of `every` first (keeping 1 = 10⁰ in step), then
        // every `every`-th from the lowest decade (10, 1000 when 100 alone is aligned).
        let aligned = multiple(of: every, atLeast: decades.first)
        var longest = 0
        for start in aligned == decades.first ? [aligned] : [aligned, decades.first] {
          let exponents = Array(stride(from: start, through: decades.last, by: every))
          longest = Swift.max(longest, exponents.count)
          if exponents.count < 2 { continue }
          let values = exponents.map { DecimalDigits.nearestDouble(mantissa: 1, exponent: $0) }
          if fits(values) { return values }
        }
        if longest < 2 { break thinning }
      }
      let nearestToOne = Swift.min(Swift.max(0, decades.first), decades.last)
      let one = DecimalDigits.nearestDouble(mantissa: 1, exponent: nearestToOne)
      return fits([one]) ? [one] : []
    }

    // 2. Within about one decade: 1-2-5 multiples, then all multiples 1…9.
    var oneTwoFive: [Double] = []
    for multipliers in [[1, 2, 5], Array(1...9)] {
      var values: [Double] = []
      for exponent in (decades.first - 1)...Swift.max(decades.first - 1, decades.last) {
        for m in multipliers {
          let value = DecimalDigits.nearestDouble(mantissa: m, exponent: exponent)
          if value >= low && value <= high { values.append(value) }
        }
      }
      if values.count >= 2 && fits(values) { return values }
      if multipliers.count == 3 { oneTwoFive = values }
    }

    // 3. Narrower still: nice linear ticks inside the range (log is nearly linear here).
    let linear = extendedWilkinson(
      lower: low, upper: high,
      targetCount: Axis.targetTickCount(length: length, horizontal: horizontal),
      maximumCount: Axis.maximumTickCount(length: length, horizontal: horizontal),
      onlyInside: true, fits: fits)
    if linear.count >= 2 { return linear }

    // A lone tick: the decade in range, else the first 1-2-5 multiple, else the nicest
    // value the linear search found.
    let lone: Double?
    if decades.first == decades.last {
      lone = DecimalDigits.nearestDouble(mantissa: 1, exponent: decades.first)
    } else {
      lone = oneTwoFive.first ?? linear.first
    }
    guard let lone, fits([lone]) else { return [] }
    return [lone]
  }

  /// The decades in `low...high` (both positive and finite): the smallest exponent e with
  /// 10^e ≥ low and the largest with 10^e ≤ high (first > last when no power of ten lies
  /// inside). Exact: log₁₀ only gives a first guess, corrected by comparing with the
  /// Doubles nearest to powers of ten, so `0.001` counts as the decade 10⁻³.
  static func decadeExponents(low: Double, high: Double) -> (first: Int, last: Int) {
    func power(_ e: Int) -> Double { DecimalDigits.nearestDouble(mantissa: 1, exponent: e) }
    var first = Int(log10(low).rounded(.up))
    while power(first - 1) >= low { first -= 1 }
    while power(first) < low { first += 1 }
    var last = Int(log10(high).rounded(.down))
    while power(last + 1) <= high { last += 1 }
    while power(last) > high { last -= 1 }
    return (first, last)
  }

  /// The smallest multiple of `step` (positive) that is at least `value`.
  private static func multiple(of step: Int, atLeast value: Int) -> Int {
    let quotient = value / step  // rounds toward zero
    let candidate = quotient * step
    return candidate >= value ? candidate : candidate + step
  }
}
