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

  /// A small shared history: what a loop holding a trainer's history open leaves in its
  /// place, so that swapping it in allocates nothing.
  static let placeholder = LossHistory(bucketCapacity: 2, recentCapacity: 1)

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

  /// Equal when they hold the same losses bit for bit: a NaN loss equals itself here, as
  /// the same run's history must.
  public static func == (a: LossHistory, b: LossHistory) -> Bool {
    a.bucketCapacity == b.bucketCapacity && a.recentCapacity == b.recentCapacity
      && a.count == b.count && a.epochsPerBucket == b.epochsPerBucket
      && a.bucketCount == b.bucketCount && a.fillOfLastBucket == b.fillOfLastBucket
      && a.recentNext == b.recentNext && a.recentCount == b.recentCount
      && a.storage.elementsEqual(b.storage) { $0.bitPattern == $1.bitPattern }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    hasher.combine(epochsPerBucket)
    for value in storage { hasher.combine(value.bitPattern) }
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
    withAppender { $0.append(loss) }
  }

  /// Records the losses of `losses` in order, as one `append(_:)` each would.
  public mutating func append(contentsOf losses: UnsafeBufferPointer<Double>) {
    withAppender { appender in
      for loss in losses { appender.append(loss) }
    }
  }

  /// Runs `body` with an appender that holds the storage open, then keeps what it
  /// appended: a loop that records a loss an epoch checks that the storage is unique once,
  /// not once an epoch.
  @inline(__always)
  mutating func withAppender<Result>(_ body: (inout Appender) -> Result) -> Result {
    let capacity = bucketCapacity
    let ring = recentCapacity
    let state = (count, epochsPerBucket, bucketCount, fillOfLastBucket, recentNext, recentCount)
    let (result, after) = storage.withUnsafeMutableBufferPointer { s in
      var appender = Appender(
        storage: s.baseAddress.unsafelyUnwrapped, bucketCapacity: capacity, recentCapacity: ring,
        count: state.0, epochsPerBucket: state.1, bucketCount: state.2,
        fillOfLastBucket: state.3, recentNext: state.4, recentCount: state.5)
      let result = body(&appender)
      return (result, appender)
    }
    count = after.count
    epochsPerBucket = after.epochsPerBucket
    bucketCount = after.bucketCount
    fillOfLastBucket = after.fillOfLastBucket
    recentNext = after.recentNext
    recentCount = after.recentCount
    return result
  }

  /// A history's counters with its storage open, for appending many losses in a row.
  struct Appender {
    let storage: UnsafeMutablePointer<Double>
    let bucketCapacity: Int
    let recentCapacity: Int
    var count: Int
    var epochsPerBucket: Int
    var bucketCount: Int
    var fillOfLastBucket: Int
    var recentNext: Int
    var recentCount: Int

    /// Records the loss of epoch `count + 1`.
    @inline(__always)
    mutating func append(_ loss: Double) {
      count += 1
      let capacity = bucketCapacity
      let s = storage
      if bucketCount == 0 || fillOfLastBucket == epochsPerBucket {
        if bucketCount == capacity { mergeBuckets() }
        let b = bucketCount
        s[b] = .infinity
        s[capacity + b] = -.infinity
        s[2 * capacity + b] = .nan
        s[3 * capacity + b] = 0
        bucketCount += 1
        fillOfLastBucket = 0
      }
      fillOfLastBucket += 1
      let b = bucketCount - 1
      s[4 * capacity + recentNext] = loss
      s[2 * capacity + b] = loss
      if loss.isFinite {
        if loss < s[b] { s[b] = loss }
        if loss > s[capacity + b] { s[capacity + b] = loss }
      } else {
        s[3 * capacity + b] = 1
      }
      recentNext += 1
      if recentNext == recentCapacity { recentNext = 0 }
      if recentCount < recentCapacity { recentCount += 1 }
    }

    /// Halves the number of buckets by merging neighbours; each then covers twice the epochs.
    @inline(never)
    mutating func mergeBuckets() {
      let half = bucketCount / 2
      let capacity = bucketCapacity
      let minimums = storage
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
      for k in half..<bucketCount {
        minimums[k] = .infinity
        maximums[k] = -.infinity
        lasts[k] = .nan
        flags[k] = 0
      }
      bucketCount = half
      epochsPerBucket *= 2
      fillOfLastBucket = epochsPerBucket
    }
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
