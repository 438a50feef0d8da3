/// What an array's buffer records besides its elements.
struct ArrayHeader {
  let dtype: DType
  /// How many elements (words) follow.
  let count: Int
  /// The shape of the array the buffer was made for (its count is the product).
  let shape: [Int]
}

/// The elements of an array, shared by every view of it: one allocation holding the dtype
/// and the count and then the elements as 64-bit words (a double's bits, an integer's, a
/// bool as 0 or 1), so that a new array costs a single allocation. The buffer also keeps
/// the shape it was made with, so an array that is its whole buffer needs no other storage.
final class ArrayBuffer: ManagedBuffer<ArrayHeader, UInt64> {
  /// A buffer of the elements of an array of `shape` (`count` of them, the product) of
  /// `dtype`, whose words `initialize` writes, every one.
  static func makeWords(
    _ dtype: DType, shape: [Int], count: Int, _ initialize: (UnsafeMutablePointer<UInt64>) -> Void
  ) -> ArrayBuffer {
    let storage = create(minimumCapacity: count) { _ in
      ArrayHeader(dtype: dtype, count: count, shape: shape)
    }
    let buffer = unsafeDowncast(storage, to: ArrayBuffer.self)
    buffer.withUnsafeMutablePointerToElements { initialize($0) }
    return buffer
  }

  static func of(floats: [Double], shape: [Int]) -> ArrayBuffer {
    makeWords(.float64, shape: shape, count: floats.count) { out in
      for (k, x) in floats.enumerated() { out[k] = x.bitPattern }
    }
  }

  static func of(ints: [Int], shape: [Int]) -> ArrayBuffer {
    makeWords(.int64, shape: shape, count: ints.count) { out in
      for (k, i) in ints.enumerated() { out[k] = UInt64(UInt(bitPattern: i)) }
    }
  }

  static func of(bools: [Bool], shape: [Int]) -> ArrayBuffer {
    makeWords(.bool, shape: shape, count: bools.count) { out in
      for (k, b) in bools.enumerated() { out[k] = b ? 1 : 0 }
    }
  }

  // The header is read through its pointer: the `header` property is a class's stored
  // property, whose every access the runtime would check for exclusivity.
  var dtype: DType { withUnsafeMutablePointerToHeader { $0.pointee.dtype } }
  var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }
  var shape: [Int] { withUnsafeMutablePointerToHeader { $0.pointee.shape } }

  /// The word at `position`.
  fileprivate func word(_ position: Int) -> UInt64 {
    precondition(position >= 0 && position < count, "array position out of range")
    return withUnsafeMutablePointerToElements { $0[position] }
  }

  fileprivate func setWord(_ word: UInt64, _ position: Int) {
    precondition(position >= 0 && position < count, "array position out of range")
    withUnsafeMutablePointerToElements { $0[position] = word }
  }

  /// The elements of a float64 buffer.
  var floats: FloatElements { FloatElements(buffer: self) }
  /// The elements of an int64 buffer.
  var ints: IntElements { IntElements(buffer: self) }
  /// The elements of a bool buffer.
  var bools: BoolElements { BoolElements(buffer: self) }
}

/// A float64 buffer's elements, read and written in place.
struct FloatElements {
  let buffer: ArrayBuffer

  var count: Int { buffer.count }

  subscript(position: Int) -> Double {
    get { Double(bitPattern: buffer.word(position)) }
    nonmutating set { buffer.setWord(newValue.bitPattern, position) }
  }

  /// The elements in `range`, copied.
  func copy(_ range: Range<Int>) -> [Double] {
    withUnsafeBufferPointer { Array($0[range]) }
  }

  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) -> R) -> R {
    let n = buffer.count
    return buffer.withUnsafeMutablePointerToElements { words in
      words.withMemoryRebound(to: Double.self, capacity: n) {
        body(UnsafeBufferPointer(start: $0, count: n))
      }
    }
  }
}

/// An int64 buffer's elements, read and written in place.
struct IntElements {
  let buffer: ArrayBuffer

  var count: Int { buffer.count }

  subscript(position: Int) -> Int {
    get { Int(bitPattern: UInt(buffer.word(position))) }
    nonmutating set { buffer.setWord(UInt64(UInt(bitPattern: newValue)), position) }
  }

  /// The elements in `range`, copied.
  func copy(_ range: Range<Int>) -> [Int] {
    withUnsafeBufferPointer { Array($0[range]) }
  }

  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Int>) -> R) -> R {
    let n = buffer.count
    return buffer.withUnsafeMutablePointerToElements { words in
      words.withMemoryRebound(to: Int.self, capacity: n) {
        body(UnsafeBufferPointer(start: $0, count: n))
      }
    }
  }
}

/// A bool buffer's elements, read and written in place.
struct BoolElements {
  let buffer: ArrayBuffer

  var count: Int { buffer.count }

  subscript(position: Int) -> Bool {
    get { buffer.word(position) != 0 }
    nonmutating set { buffer.setWord(newValue ? 1 : 0, position) }
  }

  /// The elements in `range`, copied.
  func copy(_ range: Range<Int>) -> [Bool] {
    range.map { self[$0] }
  }
}

/// How a view that is not its whole buffer in order walks the buffer.
final class ArrayView {
  let shape: [Int]
  let strides: [Int]
  let offset: Int

  init(shape: [Int], strides: [Int], offset: Int) {
    self.shape = shape
    self.strides = strides
    self.offset = offset
  }
}

/// A numpy array: a view (shape, strides, offset) of a shared buffer of one dtype.
///
/// Assigning an array names the same array; slicing, `.T` and `.reshape` make views
/// that write through to it; `.copy()` and arithmetic make new buffers. Rank is what the
/// course needs, at most 3 (`maxRank`).
///
/// An array that is its whole buffer in order (what arithmetic makes) is just the buffer,
/// which holds its shape: copying one costs a single reference count.
public struct NDArray {
  /// The highest rank an array may have here.
  static let maxRank = 3

  let buffer: ArrayBuffer
  /// The shape, strides and offset of a view that is not its whole buffer in order; nil
  /// for one that is.
  private let view: ArrayView?

  /// The length along each axis.
  public var shape: [Int] { view?.shape ?? buffer.shape }
  /// The step, in elements, between neighbours along each axis.
  var strides: [Int] { view?.strides ?? NDArray.contiguousStrides(buffer.shape) }
  /// Where the first element is in the buffer.
  var offset: Int { view?.offset ?? 0 }

  public var dtype: DType { buffer.dtype }
  public var rank: Int { shape.count }
  /// The number of elements.
  public var count: Int {
    guard let view else { return buffer.count }
    return view.shape.reduce(1, *)
  }

  init(buffer: ArrayBuffer, shape: [Int], strides: [Int], offset: Int) {
    self.buffer = buffer
    if offset == 0 && shape == buffer.shape && buffer.count == shape.reduce(1, *)
      && strides == NDArray.contiguousStrides(shape)
    {
      view = nil
    } else {
      view = ArrayView(shape: shape, strides: strides, offset: offset)
    }
  }

  /// The array that is all of `buffer`, in order, with the shape it was made with.
  init(wholeBuffer buffer: ArrayBuffer) {
    self.buffer = buffer
    view = nil
  }

  /// A new contiguous array over `buffer`, whose count must be the shape's product.
  init(buffer: ArrayBuffer, shape: [Int]) {
    self.buffer = buffer
    if shape == buffer.shape && buffer.count == shape.reduce(1, *) {
      view = nil
    } else {
      view = ArrayView(shape: shape, strides: NDArray.contiguousStrides(shape), offset: 0)
    }
  }

  init(floats: [Double], shape: [Int]) {
    self.init(buffer: ArrayBuffer.of(floats: floats, shape: shape), shape: shape)
  }

  init(ints: [Int], shape: [Int]) {
    self.init(buffer: ArrayBuffer.of(ints: ints, shape: shape), shape: shape)
  }

  init(bools: [Bool], shape: [Int]) {
    self.init(buffer: ArrayBuffer.of(bools: bools, shape: shape), shape: shape)
  }

  /// The strides of every contiguous 1-D array.
  private static let unitStrides = [1]

  /// Row-major strides for `shape`.
  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    // A vector's strides are shared rather than allocated for every new vector.
    if shape.count == 1 { return unitStrides }
    var strides = Array(repeating: 1, count: shape.count)
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis] = step
      step *= Swift.max(shape[axis], 1)
    }
    return strides
  }

  /// Whether the array is its whole buffer, in order (what arithmetic makes).
  var isWholeBuffer: Bool { view == nil }

  /// Whether the view walks its buffer from `offset` one element at a time, in order.
  var isContiguous: Bool {
    guard let view else { return true }
    let shape = view.shape
    let strides = view.strides
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      if shape[axis] != 1 && strides[axis] != step { return false }
      step *= shape[axis]
    }
    return true
  }

  /// The buffer positions of every element, in row-major order.
  var positions: [Int] {
    let n = count
    if isContiguous { return Array(offset..<(offset + n)) }
    var result: [Int] = []
    result.reserveCapacity(n)
    guard n > 0 else { return result }
    let shape = self.shape
    let strides = self.strides
    let rank = shape.count
    var index = Array(repeating: 0, count: rank)
    var position = offset
    for _ in 0..<n {
      result.append(position)
      var axis = rank - 1
      while axis >= 0 {
        index[axis] += 1
        position += strides[axis]
        if index[axis] < shape[axis] { break }
        position -= strides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return result
  }

  /// Every element as a double, row-major (true is 1).
  var doubles: [Double] {
    switch dtype {
    case .float64:
      if isContiguous { return buffer.floats.copy(offset..<(offset + count)) }
      let floats = buffer.floats
      return positions.map { floats[$0] }
    case .int64:
      let ints = buffer.ints
      return positions.map { Double(ints[$0]) }
    case .bool:
      let bools = buffer.bools
      return positions.map { $0 < bools.count && bools[$0] ? 1 : 0 }
    }
  }

  /// Every element as an integer, row-major; floats are truncated toward zero, as
  /// `astype(int)` does (callers check they are finite and in range first).
  var integers: [Int] {
    switch dtype {
    case .float64:
      let floats = buffer.floats
      return positions.map { NDArray.truncated(floats[$0]) }
    case .int64:
      if isContiguous { return buffer.ints.copy(offset..<(offset + count)) }
      let ints = buffer.ints
      return positions.map { ints[$0] }
    case .bool:
      let bools = buffer.bools
      return positions.map { bools[$0] ? 1 : 0 }
    }
  }

  /// Every element as a truth value, row-major.
  var truths: [Bool] {
    switch dtype {
    case .float64:
      let floats = buffer.floats
      return positions.map { floats[$0] != 0 }
    case .int64:
      let ints = buffer.ints
      return positions.map { ints[$0] != 0 }
    case .bool:
      if isContiguous { return buffer.bools.copy(offset..<(offset + count)) }
      let bools = buffer.bools
      return positions.map { bools[$0] }
    }
  }

  /// A double truncated to an integer the way numpy's cast does, saturating where C's
  /// would be undefined (NaN and out of range give Int.min, as numpy does on x86-64).
  static func truncated(_ x: Double) -> Int {
    guard x.isFinite, x > -9.223372036854775808e18, x < 9.223372036854775808e18 else {
      return Int.min
    }
    return Int(x.rounded(.towardZero))
  }

  /// The element at buffer position `position` as a numpy scalar.
  func scalar(atPosition position: Int) -> NumpyScalar {
    switch dtype {
    case .float64: return .float(buffer.floats[position])
    case .int64: return .int(buffer.ints[position])
    case .bool: return .bool(buffer.bools[position])
    }
  }

  /// The elements as a list of numpy scalars, row-major.
  var scalars: [NumpyScalar] { positions.map { scalar(atPosition: $0) } }

  /// A contiguous copy with its own buffer.
  func copy() -> NDArray {
    switch dtype {
    case .float64: return NDArray(floats: doubles, shape: shape)
    case .int64: return NDArray(ints: integers, shape: shape)
    case .bool: return NDArray(bools: truths, shape: shape)
    }
  }

  /// A copy converted to `dtype`.
  func converted(to target: DType) -> NDArray {
    switch target {
    case .float64: return NDArray(floats: doubles, shape: shape)
    case .int64: return NDArray(ints: integers, shape: shape)
    case .bool: return NDArray(bools: truths, shape: shape)
    }
  }

  /// An array of one scalar's dtype filled with it.
  static func filled(_ value: NumpyScalar, shape: [Int]) -> NDArray {
    let n = shape.reduce(1, *)
    switch value {
    case .float(let x): return NDArray(floats: Array(repeating: x, count: n), shape: shape)
    case .int(let i): return NDArray(ints: Array(repeating: i, count: n), shape: shape)
    case .bool(let b): return NDArray(bools: Array(repeating: b, count: n), shape: shape)
    }
  }

  /// Builds an array of `dtype` from scalars, row-major.
  static func make(_ values: [NumpyScalar], dtype: DType, shape: [Int]) -> NDArray {
    switch dtype {
    case .float64: return NDArray(floats: values.map(\.double), shape: shape)
    case .int64:
      return NDArray(
        ints: values.map {
          switch $0 {
          case .int(let i): return i
          case .bool(let b): return b ? 1 : 0
          case .float(let x): return truncated(x)
          }
        }, shape: shape)
    case .bool:
      return NDArray(bools: values.map { $0.double != 0 }, shape: shape)
    }
  }

  /// The view with axes reversed (`.T`).
  var transposed: NDArray {
    NDArray(
      buffer: buffer, shape: shape.reversed(), strides: strides.reversed(), offset: offset)
  }

  /// `shape` as numpy prints it: `(3,)`, `(2, 3)`, `()`.
  static func describe(shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}
