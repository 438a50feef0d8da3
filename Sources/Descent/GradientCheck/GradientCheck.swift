/// Compares a model's analytic gradient with central finite differences, parameter by
/// parameter, to catch a wrong derivative.
///
/// For each parameter θₖ the numeric estimate is
///
///     ∂L/∂θₖ ≈ (L(θ + h eₖ) − L(θ − h eₖ)) / 2h,
///
/// whose truncation error is O(h²) for a smooth loss, but whose rounding error is about
/// ε·L/h (ε = 2.2e-16), roughly 1e-10·L at h = 1e-6. So a component far smaller than the
/// loss cannot be checked relative to itself; the relative error of an entry is
///
///     |analytic − numeric| / max(|analytic|, |numeric|, 1e-3·|L|, 1e-8)
///
/// and below about 1e-6 the two agree.
public struct GradientCheck: Sendable, Hashable {
  /// One parameter's two derivatives.
  public struct Entry: Sendable, Hashable {
    /// The element's name, such as `w[0]`, `b` or `W1[2][0]`.
    public var name: String
    /// ∂L/∂θ from the model's own gradient.
    public var analytic: Double
    /// ∂L/∂θ from central differences.
    public var numeric: Double
    /// |analytic − numeric| / max(|analytic|, |numeric|, 1e-3·|L|, 1e-8).
    public var relativeError: Double
  }

  /// Every parameter, in flat layout order.
  public let entries: [Entry]

  /// Checks `model`'s gradient at `parameters` on `dataset` with step `h`.
  public init(
    model: Model, parameters: [Double], dataset: Dataset, loss: Loss, step h: Double = 1e-6
  ) {
    let (value, analytic) = model.lossAndGradient(of: parameters, on: dataset, loss: loss)
    let floor = Swift.max(1e-3 * Swift.abs(value), 1e-8)
    var probe = parameters
    var entries: [Entry] = []
    for k in parameters.indices {
      probe[k] = parameters[k] + h
      let above = model.loss(of: probe, on: dataset, loss: loss)
      probe[k] = parameters[k] - h
      let below = model.loss(of: probe, on: dataset, loss: loss)
      probe[k] = parameters[k]
      let numeric = (above - below) / (2 * h)
      let scale = Swift.max(Swift.abs(analytic[k]), Swift.abs(numeric), floor)
      entries.append(
        Entry(
          name: model.layout.elementName(at: k), analytic: analytic[k], numeric: numeric,
          relativeError: Swift.abs(analytic[k] - numeric) / scale))
    }
    self.entries = entries
  }

  /// The largest relative error over all parameters (0 for a model without parameters).
  public var maximumRelativeError: Double {
    entries.map(\.relativeError).max() ?? 0
  }

  /// The entry with the largest relative error.
  public var worst: Entry? {
    entries.max { $0.relativeError < $1.relativeError }
  }

  /// Whether every entry's relative error is at most `tolerance`.
  public func passes(tolerance: Double = 1e-6) -> Bool {
    maximumRelativeError <= tolerance
  }
}
