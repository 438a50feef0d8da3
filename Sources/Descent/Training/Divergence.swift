/// Why training stopped on its own: the loss or the parameters ran away.
///
/// Training stops at the first epoch whose loss is not finite or exceeds 10⁶ times the
/// first epoch's loss, or whose update would make a parameter infinite or NaN. That
/// epoch's update is not applied, so the parameters stay finite and the run can be rewound.
public struct Divergence: Sendable, Hashable, CustomStringConvertible {
  /// What ran away.
  public enum Cause: String, Sendable, Hashable {
    /// The loss became NaN or infinite.
    case nonFiniteLoss
    /// The loss grew past 10⁶ times the first epoch's loss.
    case explodingLoss
    /// An update would have made a parameter NaN or infinite.
    case nonFiniteParameters
  }

  /// The epoch at which training stopped.
  public var epoch: Int
  /// What ran away.
  public var cause: Cause
  /// The first epoch's loss.
  public var firstLoss: Double
  /// The loss at `epoch`.
  public var loss: Double
  /// The learning rate in use.
  public var learningRate: Double
  /// Whether the features were normalized (if not, the explanation suggests it).
  public var normalized: Bool

  /// The loss growth factor that counts as divergence.
  public static var growthLimit: Double { 1e6 }

  /// A plain explanation with a suggestion, such as "learning rate 0.1 is too high for this
  /// data: the loss grew from 2.5e5 to 4.2e11 in 24 epochs; try a smaller rate or
  /// normalize the features". The epochs counted are 1 through `epoch`.
  public var message: String {
    let advice =
      normalized
      ? "try a smaller rate" : "try a smaller rate or normalize the features"
    let rate = "learning rate \(learningRate.shortDescription)"
    switch cause {
    case .nonFiniteLoss where epoch == 1:
      return "the loss is not a finite number at the starting parameters, so training cannot "
        + "begin; the data's values or the starting parameters are too large"
        + (normalized ? "" : " (normalizing the features may help)")
    case .nonFiniteLoss:
      return "\(rate) is too high for this data: the loss grew from "
        + "\(firstLoss.formatted(significantDigits: 2)) to infinity in \(epoch) epochs; "
        + advice
    case .explodingLoss:
      return "\(rate) is too high for this data: the loss grew from "
        + "\(firstLoss.formatted(significantDigits: 2)) to "
        + "\(loss.formatted(significantDigits: 2)) in \(epoch) epochs; \(advice)"
    case .nonFiniteParameters:
      return "\(rate) is too high for this data: in epoch \(epoch) a parameter grew past the "
        + "largest number a Double holds, so the update was not applied; \(advice)"
    }
  }

  public var description: String { "diverged at epoch \(epoch): \(message)" }
}
