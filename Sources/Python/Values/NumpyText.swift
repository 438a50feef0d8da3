/// Arrays and numpy scalars as numpy prints them (`NumpyArrayFormatting` does the work).
enum NumpyText {
  static func elements(_ array: NDArray) -> NumpyElements {
    switch array.dtype {
    case .float64: return .float(array.doubles)
    case .int64: return .int(array.integers)
    case .bool: return .bool(array.truths)
    }
  }

  /// `str(array)`: `[1.  2.5]`.
  static func str(_ array: NDArray) -> String {
    NumpyArrayFormatting.str(shape: array.shape, elements: elements(array))
  }

  /// `repr(array)`: `array([1. , 2.5])`.
  static func repr(_ array: NDArray) -> String {
    NumpyArrayFormatting.repr(shape: array.shape, elements: elements(array))
  }

  /// `str(np.float64(2.5))`: `2.5`.
  static func scalarStr(_ scalar: NumpyScalar) -> String {
    switch scalar {
    case .float(let x): return NumpyArrayFormatting.scalarStr(x)
    case .int(let i): return NumpyArrayFormatting.scalarStr(i)
    case .bool(let b): return NumpyArrayFormatting.scalarStr(b)
    }
  }

  /// `repr(np.float64(2.5))`: `np.float64(2.5)`.
  static func scalarRepr(_ scalar: NumpyScalar) -> String {
    switch scalar {
    case .float(let x): return NumpyArrayFormatting.scalarRepr(x)
    case .int(let i): return NumpyArrayFormatting.scalarRepr(i)
    case .bool(let b): return NumpyArrayFormatting.scalarRepr(b)
    }
  }
}
