/// A loss curve that stays the same size however long training runs.
///
/// It keeps two views of the losses appended, one an epoch from epoch 1:
/// - the most recent `recentCapacity` losses exactly;
/// - the whole run in at most `bucketCapacity` buckets, each holding the minimum, maximum
///   and last loss of a run of consecutive epochs. When the buckets fill up, neighbours are
///   merged pairwise and every bucket covers twice as many epochs, so a spike anywhere in a
///   run of millions of epochs still shows in some bucket's maximum.
///
/// Non-finite losses are not mixed into a bucket's minimum and maximum; the bucket is
/// flagged instead, so a plot can draw a break there. Appending never allocates.
public struct LossHistory: Sendable, Hashable {
  /// The whole-run summary of a run of consecutive epochs.
  public struct Bucket: Sendable, Hashable {
    /// The first and last epoch the bucket covers.
    public var epochs: ClosedRange<Int>
    /// The smallest finite loss in the bucket (+∞ if none was finite).
    public var minimum: Double
    /// The largest finite loss in the bucket (−∞ if none was finite).
    public var maximum: Double
    /// The loss of the bucket's last epoch.
    public var last: Double
    /// Whether any loss in the bucket was NaN or infinite.
    public var hasNonFinite: Bool
  }

  /// How many buckets summarise the whole run (even, at least 2).
  public let bucketCapacity: Int
  /// How many recent losses are kept exactly.
  public let recentCapacity: Int
  /// The number of losses appended: the last epoch recorded.
  public private(set) var count = 0
  /// Epochs a full bucket covers (a power of two).
  public private(set) var epochsPerBucket = 1

  /// One flat buffer, so an append checks uniqueness once: for B buckets and R recent
  /// losses, [minimums (B) | maximums (B) | lasts (B) | non-finite flags as 0/1 (B) | recent (R)].
  private var storage: [Double]
  private var bucketCount = 0
  private var fillOfLastBucket = 0
  private var recentNext = 0
  private var recentCount = 0

  /// An empty history.
  public init(bucketCapacity: Int = 512, recentCapacity: Int = 1024) {
    precondition(bucketCapacity >= 2 && bucketCapacity % 2 == 0, "LossHistory: bad capacity")
    precondition(recentCapacity >= 1, "LossHistory: bad recent capacity")
    self.bucketCapacity = bucketCapacity
    self.recentCapacity = recentCapacity
    storage = Array(repeating: .nan, count: 4 * bucketCapacity + recentCapacity)
    for b in 0..<bucketCapacity { clearBucket(b) }
  }

  // Views into `storage`.
  private func minimum(_ b: Int) -> Double { storage[b] }
  private func maximum(_ b: Int) -> Double { storage[bucketCapacity + b] }
  private func lastLoss(_ b: Int) -> Double { storage[2 * bucketCapacity + b] }
  private func isNonFinite(_ b: Int) -> Bool { storage[3 * bucketCapacity + b] != 0 }
  private func recentSlot(_ k: Int) -> Double { storage[4 * bucketCapacity + k] }

  private mutating func setBucket(
    _ b: Int, minimum: Double, maximum: Double, last: Double, nonFinite: Bool
  ) {
    storage[b] = minimum
    storage[bucketCapacity + b] = maximum
    storage[2 * bucketCapacity + b] = last
    storage[3 * bucketCapacity + b] = nonFinite ? 1 : 0
  }

  private mutating func clearBucket(_ b: Int) {
    setBucket(b, minimum: .infinity, maximum: -.infinity, last: .nan, nonFinite: false)
  }

  /// Forgets every loss, keeping the storage (no allocation).
  public mutating func removeAll() {
    count = 0
    epochsPerBucket = 1
    let capacity = bucketCapacity
    storage.withUnsafeMutableBufferPointer { s in
      for k in 0..<s.count {
        let part = k / capacity
        s[k] = part == 0 ? .infinity : (part == 1 ? -.infinity : (part == 3 ? 0 : .nan))
      }
    }
    bucketCount = 0
    fillOfLastBucket = 0
    recentNext = 0
    recentCount = 0
  }

  /// Records the loss of epoch `count + 1`.
  @inline(__always)
  public mutating func append(_ loss: Double) {
    count += 1
    if bucketCount == 0 || fillOfLastBucket == epochsPerBucket {
      if bucketCount == bucketCapacity { mergeBuckets() }
      clearBucket(bucketCount)
      bucketCount += 1
      fillOfLastBucket = 0
    }
    fillOfLastBucket += 1
    let b = bucketCount - 1
    let capacity = bucketCapacity
    let slot = 4 * capacity + recentNext
    storage.withUnsafeMutableBufferPointer { s in
      s[slot] = loss
      s[2 * capacity + b] = loss
      if loss.isFinite {
        if loss < s[b] { s[b] = loss }
        if loss > s[capacity + b] { s[capacity + b] = loss }
      } else {
        s[3 * capacity + b] = 1
      }
    }
    recentNext += 1
    if recentNext == recentCapacity { recentNext = 0 }
    if recentCount < recentCapacity { recentCount += 1 }
  }

  /// Halves the number of buckets by merging neighbours; each then covers twice the epochs.
  @inline(never)
  private mutating func mergeBuckets() {
    let half = bucketCount / 2
    let count = bucketCount
    let capacity = bucketCapacity
    storage.withUnsafeMutableBufferPointer { s in
      let minimums = s.baseAddress.unsafelyUnwrapped
      let maximums = minimums + capacity
      let lasts = maximums + capacity
      let flags = lasts + capacity
      for k in 0..<half {
        let a = 2 * k
        let b = 2 * k + 1
        minimums[k] = Swift.min(minimums[a], minimums[b])
        maximums[k] = Swift.max(maximums[a], maximums[b])
        lasts[k] = lasts[b]
        flags[k] = flags[a] != 0 || flags[b] != 0 ? 1 : 0
      }
      for k in half..<count {
        minimums[k] = .infinity
        maximums[k] = -.infinity
        lasts[k] = .nan
        flags[k] = 0
      }
    }
    bucketCount = half
    epochsPerBucket *= 2
    fillOfLastBucket = epochsPerBucket
  }

  /// The whole run as buckets, first to last.
  public var buckets: [Bucket] {
    (0..<bucketCount).map { b in
      let first = b * epochsPerBucket + 1
      let last = Swift.min(count, (b + 1) * epochsPerBucket)
      return Bucket(
        epochs: first...last, minimum: minimum(b), maximum: maximum(b), last: lastLoss(b),
        hasNonFinite: isNonFinite(b))
    }
  }

  /// The epochs whose losses are kept exactly (empty before the first append).
  public var recentEpochs: ClosedRange<Int>? {
    guard recentCount > 0 else { return nil }
    return (count - recentCount + 1)...count
  }

  /// The exact recent losses, oldest first, for `recentEpochs`.
  public var recentLosses: [Double] {
    guard let epochs = recentEpochs else { return [] }
    return epochs.map { recentLoss(epoch: $0) ?? .nan }
  }

  /// The exact loss of `epoch` if it is still in the recent window.
  public func recentLoss(epoch: Int) -> Double? {
    guard let epochs = recentEpochs, epochs.contains(epoch) else { return nil }
    // The newest loss sits just before `recentNext`; step back (count − epoch) places.
    let back = count - epoch
    var index = recentNext - 1 - back
    if index < 0 { index += recentCapacity }
    return recentSlot(index)
  }

  /// The last loss recorded, if any.
  public var last: Double? { count > 0 ? recentLoss(epoch: count) : nil }

  /// Forgets every epoch after `epoch`, as when a run is rewound to it. Exact while the
  /// rewind stays inside the recent window; rewinding further back keeps the straddling
  /// bucket's minimum and maximum, which may then include a few forgotten epochs.
  public mutating func truncate(to epoch: Int) {
    guard epoch < count else { return }
    guard epoch > 0 else {
      removeAll()
      return
    }
    let firstRecent = recentEpochs?.lowerBound ?? 1
    let exact = epoch >= firstRecent ? Array(recentLosses.prefix(epoch - firstRecent + 1)) : []
    let keptBuckets = (epoch - 1) / epochsPerBucket + 1
    for b in keptBuckets..<bucketCount { clearBucket(b) }
    bucketCount = keptBuckets
    fillOfLastBucket = epoch - (keptBuckets - 1) * epochsPerBucket
    let lastBucket = keptBuckets - 1
    let bucketStart = lastBucket * epochsPerBucket + 1
    if !exact.isEmpty && bucketStart >= firstRecent {
      // The bucket lies in the exact window: rebuild it from the kept losses.
      let losses = exact[(bucketStart - firstRecent)...]
      let finite = losses.filter(\.isFinite)
      setBucket(
        lastBucket, minimum: finite.min() ?? .infinity, maximum: finite.max() ?? -.infinity,
        last: exact[exact.count - 1], nonFinite: finite.count < losses.count)
    } else if let last = exact.last {
      storage[2 * bucketCapacity + lastBucket] = last
    }
    // Rebuild the ring with the exact losses that remain, oldest first.
    for k in 0..<recentCapacity {
      storage[4 * bucketCapacity + k] = k < exact.count ? exact[k] : .nan
    }
    recentCount = exact.count
    recentNext = exact.count % recentCapacity
    count = epoch
  }
}
