/// Saved training states at spaced-out epochs, so any epoch can be revisited by restoring
/// the nearest earlier one and replaying.
///
/// Storage is one flat buffer allocated up front: recording a checkpoint never allocates.
/// Epoch 0 is always kept. When the store is full, every other checkpoint is dropped and
/// the spacing doubles, so a run of any length keeps at most `capacity` checkpoints and a
/// revisit replays at most `interval` epochs.
struct CheckpointStore: Sendable, Hashable {
  /// Numbers a checkpoint.
  let stateSize: Int
  /// Most checkpoints kept.
  let capacity: Int
  /// Epochs between checkpoints.
  private(set) var interval: Int
  /// Epochs until the next checkpoint is due.
  private(set) var countdown: Int
  private var storage: [Double]
  private var epochs: [Int]
  private(set) var count = 0
  /// Whether the spacing has doubled since the store was last emptied.
  private var hasThinned = false

  init(stateSize: Int, capacity: Int = 64, interval: Int = 16) {
    self.stateSize = stateSize
    self.capacity = capacity
    self.interval = interval
    countdown = interval
    storage = Array(repeating: 0, count: stateSize * capacity)
    epochs = Array(repeating: -1, count: capacity)
  }

  /// Forgets every checkpoint and the spacing learned, keeping the storage.
  mutating func removeAll(interval: Int = 16) {
    self.interval = interval
    countdown = interval
    count = 0
    hasThinned = false
  }

  /// Whether the epoch just finished should be saved; counts down once an epoch.
  @inline(__always)
  mutating func isDue() -> Bool {
    countdown -= 1
    if countdown == 0 {
      countdown = interval
      return true
    }
    return false
  }

  /// Saves a state for `epoch` (after any earlier ones), written by `write`.
  ///
  /// Once the store has thinned, an epoch off the spacing is not saved: a caller that
  /// records every epoch (a student's loop, pass by pass) keeps the spacing too, and the
  /// spacing grows only as often as the epochs double.
  mutating func record(epoch: Int, _ write: (UnsafeMutablePointer<Double>) -> Void) {
    if hasThinned && count > 0 && epoch % interval != 0 { return }
    if count == capacity {
      thin()
      countdown = interval - epoch % interval
      guard epoch % interval == 0 else { return }
    }
    let slot = count
    epochs[slot] = epoch
    let size = stateSize
    storage.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      write(base + slot * size)
    }
    count += 1
  }

  /// Keeps epoch 0 and the checkpoints on the doubled spacing; drops the rest.
  private mutating func thin() {
    interval *= 2
    hasThinned = true
    var kept = 0
    for k in 0..<count where epochs[k] % interval == 0 {
      if kept != k {
        epochs[kept] = epochs[k]
        for i in 0..<stateSize {
          storage[kept * stateSize + i] = storage[k * stateSize + i]
        }
      }
      kept += 1
    }
    count = kept
  }

  /// The latest checkpoint at or before `epoch`: its epoch and a reader of its state.
  func latest(atOrBefore epoch: Int) -> (epoch: Int, slot: Int)? {
    var k = count - 1
    while k >= 0 {
      if epochs[k] <= epoch { return (epochs[k], k) }
      k -= 1
    }
    return nil
  }

  /// Reads the state in `slot`.
  func read<T>(slot: Int, _ body: (UnsafePointer<Double>) -> T) -> T {
    storage.withUnsafeBufferPointer { buffer in
      // Storage is never empty: capacity and stateSize are at least 1.
      body(buffer.baseAddress.unsafelyUnwrapped + slot * stateSize)
    }
  }

  /// Drops every checkpoint after `epoch` and restarts the countdown from it.
  mutating func truncate(after epoch: Int) {
    while count > 0 && epochs[count - 1] > epoch {
      count -= 1
    }
    countdown = interval - (epoch % interval)
  }
}
