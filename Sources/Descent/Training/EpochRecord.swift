/// What one epoch did: its number, the loss at its start and the gradient's size.
///
/// `loss` is the full training-set loss computed at the start of the epoch, before its
/// update (for full-batch descent, the loss the course's PyTorch loop prints). The
/// parameters after the epoch are read from the trainer, not copied here.
public struct EpochRecord: Sendable, Hashable {
  /// The epoch, counting from 1.
  public var epoch: Int
  /// The training loss at the start of the epoch.
  public var loss: Double
  /// The validation loss at the start of the epoch, when the data was split.
  public var validationLoss: Double?
  /// ‖∇L‖₂ over every parameter, at the start of the epoch on the full training set.
  public var gradientNorm: Double {
    get { squaredGradientNorm.squareRoot() }
    set { squaredGradientNorm = newValue * newValue }
  }
  /// ‖∇L‖₂², kept instead of the norm so that epochs whose record nobody reads never pay
  /// for a square root.
  public var squaredGradientNorm: Double
  /// Set when training stopped at this epoch; its update was not applied.
  public var divergence: Divergence?

  /// A record of epoch `epoch`.
  public init(
    epoch: Int, loss: Double, validationLoss: Double? = nil, squaredGradientNorm: Double,
    divergence: Divergence? = nil
  ) {
    self.epoch = epoch
    self.loss = loss
    self.validationLoss = validationLoss
    self.squaredGradientNorm = squaredGradientNorm
    self.divergence = divergence
  }
}
