#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// numpy's reductions, adding in numpy's own order so that sums agree to the bit: along a
/// contiguous run, the pairwise sum (left to right below 8 elements, 8 accumulators in
/// blocks of up to 128, halves above that); across rows, row after row.
extension NDArray {
  /// numpy's pairwise summation of `count` doubles from `base` with `stride`.
  static func pairwiseSum(_ base: UnsafePointer<Double>, _ count: Int, _ stride: Int) -> Double {
    if count < 8 {
      var result = -0.0
      for i in 0..<count { result += base[i * stride] }
      return result
    }
    if count <= 128 {
      var r = (0..<8).map { base[$0 * stride] }
      var i = 8
      while i < count - count % 8 {
        for j in 0..<8 { r[j] += base[(i + j) * stride] }
        i += 8
      }
      var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < count {
        result += base[i * stride]
        i += 1
      }
      return result
    }
    var half = count / 2
    half -= half % 8
    return pairwiseSum(base, half, stride) + pairwiseSum(base + half * stride, count - half, stride)
  }

  /// The sum numpy's `add.reduce` gives over a run of doubles.
  static func numpySum(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    return values.withUnsafeBufferPointer { p in
      pairwiseSum(p.baseAddress.unsafelyUnwrapped, values.count, 1)
    }
  }

  /// Reduces along `axis` (nil: the whole array) with `reduceRun`, which gets each run of
  /// elements along the axis in order; the result has the axis removed.
  func reduce<T>(axis: Int?, _ reduceRun: ([Double]) -> T) -> (values: [T], shape: [Int]) {
    NDArray.reduceRuns(doubles, shape: shape, axis: axis, reduceRun)
  }

  /// Reduces the row-major elements `all` of an array of `shape` along `axis` (nil: all
  /// of them) with `reduceRun`, which gets each run along the axis in order.
  static func reduceRuns<Element, T>(
    _ all: [Element], shape: [Int], axis: Int?, _ reduceRun: ([Element]) -> T
  ) -> (values: [T], shape: [Int]) {
    guard let axis else { return ([reduceRun(all)], []) }
    let outer = shape[..<axis].reduce(1, *)
    let length = shape[axis]
    let inner = shape[(axis + 1)...].reduce(1, *)
    var results: [T] = []
    results.reserveCapacity(outer * inner)
    var run: [Element] = []
    run.reserveCapacity(length)
    for o in 0..<outer {
      for i in 0..<inner {
        run.removeAll(keepingCapacity: true)
        for k in 0..<length { run.append(all[(o * length + k) * inner + i]) }
        results.append(reduceRun(run))
      }
    }
    var newShape = shape
    newShape.remove(at: axis)
    return (results, newShape)
  }

  /// numpy's sum of doubles along `axis`: pairwise along the last axis (contiguous), row
  /// after row along any other.
  func floatSum(axis: Int?) -> (values: [Double], shape: [Int]) {
    if let axis, axis != rank - 1 {
      // numpy adds whole rows, one after another, when the axis is not the innermost.
      return reduce(axis: axis) { run in
        var total = run.first ?? 0
        for x in run.dropFirst() { total += x }
        return run.isEmpty ? 0 : total
      }
    }
    if axis == nil && rank > 1 {
      return ([NDArray.numpySum(doubles)], [])
    }
    return reduce(axis: axis) { NDArray.numpySum($0) }
  }
}
