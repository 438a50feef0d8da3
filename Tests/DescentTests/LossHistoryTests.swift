import Testing

@testable import Descent

/// A loss that jumps about: ((37 e) mod 101) / 4, for epoch e.
private func jumpyLoss(_ epoch: Int) -> Double {
  Double((37 * epoch) % 101) / 4
}

/// A history with `losses` appended, epochs 1, 2, …
private func history(
  _ losses: [Double], bucketCapacity: Int, recentCapacity: Int = 16
) -> LossHistory {
  var history = LossHistory(bucketCapacity: bucketCapacity, recentCapacity: recentCapacity)
  for loss in losses { history.append(loss) }
  return history
}

@Suite struct LossHistoryTests {
  @Test func thousandEpochsInFourBucketsAreBucketsOf256() {
    // Buckets double when full: widths 1, 2, 4, …; four buckets of w cover 4w epochs, so
    // 1000 epochs need w = 256 (4·128 = 512 < 1000 ≤ 1024).
    let losses = (1...1000).map(jumpyLoss)
    let h = history(losses, bucketCapacity: 4)
    #expect(h.count == 1000)
    #expect(h.epochsPerBucket == 256)
    let buckets = h.buckets
    #expect(buckets.map(\.epochs) == [1...256, 257...512, 513...768, 769...1000])
    for bucket in buckets {
      let inside = bucket.epochs.map(jumpyLoss)
      #expect(bucket.minimum == inside.min())
      #expect(bucket.maximum == inside.max())
      #expect(bucket.last == jumpyLoss(bucket.epochs.upperBound))
      #expect(!bucket.hasNonFinite)
    }
    // The jumpy loss takes every value k/4 for k in 0…100 within any 101 epochs.
    #expect(buckets[0].minimum == 0 && buckets[0].maximum == 25)
  }

  @Test func bucketsBeforeTheFirstMergeHoldOneEpochEach() {
    let h = history([5, 3, 8], bucketCapacity: 4)
    #expect(h.epochsPerBucket == 1)
    #expect(h.buckets.map(\.epochs) == [1...1, 2...2, 3...3])
    #expect(h.buckets.map(\.minimum) == [5, 3, 8])
    #expect(h.buckets.map(\.maximum) == [5, 3, 8])
    // The fifth epoch merges the four full buckets into two of width 2, then opens a third.
    let five = history([5, 3, 8, 1, 6], bucketCapacity: 4)
    #expect(five.epochsPerBucket == 2)
    #expect(five.buckets.map(\.epochs) == [1...2, 3...4, 5...5])
    #expect(five.buckets.map(\.minimum) == [3, 1, 6])
    #expect(five.buckets.map(\.maximum) == [5, 8, 6])
    #expect(five.buckets.map(\.last) == [3, 1, 6])
  }

  @Test func nonFiniteLossFlagsItsBucketWithoutTouchingMinimumOrMaximum() {
    // Eight epochs in four buckets of 2: [4, 2] [9, 7] [3, NaN] [8, 1].
    let h = history([4, 2, 9, 7, 3, .nan, 8, 1], bucketCapacity: 4)
    let buckets = h.buckets
    #expect(buckets.map(\.epochs) == [1...2, 3...4, 5...6, 7...8])
    #expect(buckets.map(\.minimum) == [2, 7, 3, 1])
    #expect(buckets.map(\.maximum) == [4, 9, 3, 8])
    #expect(buckets.map(\.hasNonFinite) == [false, false, true, false])
    #expect(buckets[2].last.isNaN)
    #expect(h.recentLoss(epoch: 6)?.isNaN == true)

    // A bucket with no finite loss keeps +∞ and −∞; infinities count as non-finite too.
    let broken = history([1, 2, .infinity, -.infinity], bucketCapacity: 2)
    #expect(broken.buckets.map(\.epochs) == [1...2, 3...4])
    #expect(broken.buckets[1].minimum == .infinity)
    #expect(broken.buckets[1].maximum == -.infinity)
    #expect(broken.buckets[1].hasNonFinite)
    #expect(broken.buckets[1].last == -.infinity)
    #expect(broken.buckets[0].minimum == 1 && broken.buckets[0].maximum == 2)

    // The flag survives merging: appending a fifth epoch merges [1, 2] and [∞, −∞].
    var merged = broken
    merged.append(0.5)
    #expect(merged.buckets.map(\.epochs) == [1...4, 5...5])
    #expect(merged.buckets[0].hasNonFinite)
    #expect(merged.buckets[0].minimum == 1 && merged.buckets[0].maximum == 2)
    #expect(!merged.buckets[1].hasNonFinite)
  }

  @Test func aSpikeSurvivesMerging() {
    // 10 000 epochs in eight buckets: 8·1024 < 10 000 ≤ 8·2048, so buckets of 2048; epoch
    // 4321 lies in the third bucket, 4097…6144.
    var losses = [Double](repeating: 1, count: 10_000)
    losses[4320] = 1e9
    let h = history(losses, bucketCapacity: 8)
    #expect(h.epochsPerBucket == 2048)
    let buckets = h.buckets
    #expect(
      buckets.map(\.epochs) == [1...2048, 2049...4096, 4097...6144, 6145...8192, 8193...10_000])
    #expect(buckets.map(\.maximum) == [1, 1, 1e9, 1, 1])
    #expect(buckets.map(\.minimum) == [1, 1, 1, 1, 1])
    #expect(buckets.map(\.last) == [1, 1, 1, 1, 1])
  }

  @Test func recentLossIsExactInsideTheWindowAndNilOutside() {
    let h = history((1...100).map { Double($0) / 2 }, bucketCapacity: 4, recentCapacity: 16)
    #expect(h.recentEpochs == 85...100)
    #expect(h.recentLoss(epoch: 85) == 42.5)
    #expect(h.recentLoss(epoch: 93) == 46.5)
    #expect(h.recentLoss(epoch: 100) == 50)
    #expect(h.recentLoss(epoch: 84) == nil)
    #expect(h.recentLoss(epoch: 101) == nil)
    #expect(h.recentLoss(epoch: 0) == nil)
    #expect(h.recentLoss(epoch: -3) == nil)
    #expect(h.last == 50)
    #expect(h.recentLosses == (85...100).map { Double($0) / 2 })

    let short = history([7, 8, 9], bucketCapacity: 4, recentCapacity: 16)
    #expect(short.recentEpochs == 1...3)
    #expect(short.recentLosses == [7, 8, 9])
  }

  @Test func anEmptyHistoryHasNothing() {
    let h = LossHistory(bucketCapacity: 4, recentCapacity: 8)
    #expect(h.count == 0)
    #expect(h.buckets.isEmpty)
    #expect(h.recentEpochs == nil)
    #expect(h.recentLosses.isEmpty)
    #expect(h.last == nil)
    #expect(h.recentLoss(epoch: 1) == nil)
  }

  @Test func truncatingToZeroEmptiesTheHistory() {
    var h = history((1...300).map(jumpyLoss), bucketCapacity: 4, recentCapacity: 16)
    h.truncate(to: 0)
    #expect(h.count == 0)
    #expect(h.epochsPerBucket == 1)
    #expect(h.buckets.isEmpty)
    #expect(h.recentEpochs == nil)
    #expect(h.recentLosses.isEmpty)
    #expect(h.last == nil)
    #expect(h.bucketCapacity == 4 && h.recentCapacity == 16)
    // It then fills as a new one would.
    h.append(3)
    h.append(2)
    #expect(h.buckets.map(\.epochs) == [1...1, 2...2])
    #expect(h.recentLosses == [3, 2])
  }

  @Test func truncatingInsideTheWindowRebuildsTheLastBucketExactly() {
    // 20 epochs in eight buckets: 8·2 < 20 ≤ 8·4, so buckets of 4; the window is 5…20.
    var h = history((1...20).map(jumpyLoss), bucketCapacity: 8, recentCapacity: 16)
    #expect(h.epochsPerBucket == 4)
    #expect(h.recentEpochs == 5...20)
    h.truncate(to: 14)
    #expect(h.count == 14)
    #expect(h.recentEpochs == 5...14)
    #expect(h.recentLosses == (5...14).map(jumpyLoss))
    #expect(h.last == jumpyLoss(14))
    let buckets = h.buckets
    #expect(buckets.map(\.epochs) == [1...4, 5...8, 9...12, 13...14])
    // Epochs 13, 14: losses (481 mod 101)/4 = 77/4 and (518 mod 101)/4 = 13/4.
    #expect(buckets[3].minimum == 3.25)
    #expect(buckets[3].maximum == 19.25)
    #expect(buckets[3].last == 3.25)
    // Truncating past the end changes nothing.
    let before = h.recentLosses
    h.truncate(to: 50)
    #expect(h.count == 14 && h.recentLosses == before)
  }

  @Test func truncatingOutsideTheWindowKeepsCountAndForgetsRecentLosses() {
    var h = history((1...100).map(jumpyLoss), bucketCapacity: 4, recentCapacity: 16)
    h.truncate(to: 40)
    #expect(h.count == 40)
    #expect(h.recentEpochs == nil)
    #expect(h.buckets.map(\.epochs) == [1...32, 33...40])
    // Appending continues from epoch 41.
    h.append(1)
    #expect(h.count == 41)
    #expect(h.recentEpochs == 41...41)
    #expect(h.recentLoss(epoch: 41) == 1)
  }

  @Test func truncateThenReappendReproducesTheHistory() {
    let losses = (1...777).map(jumpyLoss)
    let whole = history(losses, bucketCapacity: 8, recentCapacity: 16)
    for t in 762...776 {
      var h = history(losses, bucketCapacity: 8, recentCapacity: 16)
      h.truncate(to: t)
      for loss in losses[t...] { h.append(loss) }
      #expect(h.buckets == whole.buckets, "t = \(t)")
      #expect(h.recentLosses == whole.recentLosses, "t = \(t)")
      #expect(h.recentEpochs == whole.recentEpochs)
      #expect(h.epochsPerBucket == whole.epochsPerBucket)
    }
  }
}

/// Appending a run of losses at once, or through an appender held open, leaves the history
/// exactly as appending them one by one does: counts, buckets, flags and the recent ring.
@Suite struct LossHistoryBulkAppendTests {
  /// A loss sequence with repeats, signed zeros and non-finite values, from `seed`.
  private func losses(count: Int, seed: UInt64) -> [Double] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      switch state >> 60 {
      case 0: return .nan
      case 1: return .infinity
      case 2: return -0.0
      case 3: return 0.0
      default: return Double(state >> 40 % 1_000) / 8
      }
    }
  }

  @Test(arguments: [(1, 2, 1), (7, 2, 1), (100, 4, 3), (1_000, 8, 16), (5_000, 16, 100), (300, 512, 1_024)])
  func bulkEqualsOneByOne(count: Int, bucketCapacity: Int, recentCapacity: Int) {
    for seed in UInt64(1)...20 {
      let values = losses(count: count, seed: seed)
      var single = LossHistory(bucketCapacity: bucketCapacity, recentCapacity: recentCapacity)
      for loss in values { single.append(loss) }
      // Split into runs whose lengths come from the seed, some longer than a bucket.
      var bulk = LossHistory(bucketCapacity: bucketCapacity, recentCapacity: recentCapacity)
      var start = 0
      var length = Int(seed % 7) + 1
      while start < values.count {
        let end = Swift.min(values.count, start + length)
        values[start..<end].withUnsafeBufferPointer { bulk.append(contentsOf: $0) }
        start = end
        length = length * 3 % 97 + 1
      }
      var held = LossHistory(bucketCapacity: bucketCapacity, recentCapacity: recentCapacity)
      held.withAppender { appender in
        for loss in values { appender.append(loss) }
      }
      for other in [bulk, held] {
        #expect(other.count == single.count)
        #expect(other.epochsPerBucket == single.epochsPerBucket)
        #expect(other.recentEpochs == single.recentEpochs)
        #expect(other.recentLosses.map(\.bitPattern) == single.recentLosses.map(\.bitPattern))
        #expect(other.buckets.count == single.buckets.count)
        for (a, b) in zip(other.buckets, single.buckets) {
          #expect(a.epochs == b.epochs)
          #expect(a.minimum.bitPattern == b.minimum.bitPattern)
          #expect(a.maximum.bitPattern == b.maximum.bitPattern)
          #expect(a.last.bitPattern == b.last.bitPattern)
          #expect(a.hasNonFinite == b.hasNonFinite)
        }
      }
    }
  }
}
