/// The elements of an array to print, row-major, in one of the three dtypes arrays have here.
enum NumpyElements: Sendable, Hashable {
  case float([Double])
  case int([Int])
  case bool([Bool])

  /// The number of elements.
  var count: Int {
    switch self {
    case .float(let values): return values.count
    case .int(let values): return values.count
    case .bool(let values): return values.count
    }
  }

  /// numpy's name for the dtype, as `dtype=` shows it.
  var dtypeName: String {
    switch self {
    case .float: return "float64"
    case .int: return "int64"
    case .bool: return "bool"
    }
  }
}

/// numpy 2.x's `str()` and `repr()` of arrays and scalars, with the default print options:
/// precision 8, floatmode `maxprec`, no suppression, line width 75, and arrays of more than
/// 1000 elements summarized to 3 items at each edge with `...`.
///
///     str(shape: [3], elements: .float([1, 2.5, 3.25]))    // "[1.   2.5  3.25]"
///     repr(shape: [2], elements: .float([1e-5, 1e3]))      // "array([1.e-05, 1.e+03])"
///
/// Written after numpy's `arrayprint.py` (`_formatArray`, `FloatingFormat`, `IntegerFormat`,
/// `BoolFormat`, `_array_repr_implementation`) and the Dragon4 printing in `dragon4.c`.
enum NumpyArrayFormatting {
  /// Line width of the default print options.
  static let lineWidth = 75
  /// Arrays with more elements than this are summarized.
  static let threshold = 1000
  /// Items shown at each edge of a summarized axis.
  static let edgeItems = 3
  /// Digits after the point (or in the mantissa) at most.
  static let precision = 8

  /// `str(a)`: `[1.  2.5]`, nested brackets, rows wrapped at 75 columns; a 0-d array prints
  /// as its scalar (`3.0`), an empty one as `[]`.
  /// - Precondition: `shape`'s product is `elements.count`.
  static func str(shape: [Int], elements: NumpyElements) -> String {
    precondition(
      shape.reduce(1, *) == elements.count, "shape \(shape) does not hold \(elements.count)")
    if shape.isEmpty {
      switch elements {
      case .float(let values): return scalarStr(values[0])
      case .int(let values): return scalarStr(values[0])
      case .bool(let values): return scalarStr(values[0])
      }
    }
    return arrayToString(
      shape: shape, elements: elements, separator: " ", prefixLength: 0, lineWidth: lineWidth)
  }

  /// `repr(a)`: `array([1. , 2.5])`, continuation lines indented under the first element, and
  /// `dtype=`/`shape=` when the text does not imply them: `array([], dtype=float64)`,
  /// `array([], shape=(0, 3), dtype=int64)`, and `shape=` for summarized arrays.
  /// - Precondition: `shape`'s product is `elements.count`.
  static func repr(shape: [Int], elements: NumpyElements) -> String {
    precondition(
      shape.reduce(1, *) == elements.count, "shape \(shape) does not hold \(elements.count)")
    let prefix = "array("
    // The closing parenthesis is kept inside the line width.
    let body = arrayToString(
      shape: shape, elements: elements, separator: ", ", prefixLength: prefix.count,
      lineWidth: lineWidth - 1)
    let size = elements.count
    var extras: [String] = []
    if (size == 0 && shape != [0]) || size > threshold {
      extras.append("shape=" + tupleText(shape))
    }
    if size == 0 { extras.append("dtype=" + elements.dtypeName) }
    if extras.isEmpty { return prefix + body + ")" }
    let text = prefix + body + ","
    let extraText = extras.joined(separator: ", ") + ")"
    // The extras go on a line of their own when they would pass the line width.
    let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let spacer =
      lastLine.count + extraText.count + 1 > lineWidth
      ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return text + spacer + extraText
  }

  /// `str(np.float64(x))`: as Python's repr of a float (`2.5`, `1e-05`, `1e+16`, `nan`).
  static func scalarStr(_ x: Double) -> String {
    if !x.isFinite { return nonFinite(x) }
    if x == 0 || (1e-4 <= Swift.abs(x) && Swift.abs(x) < 1e16) {
      return positional(x, precision: nil, minDigits: nil, trim: .leaveOneZero)
    }
    return scientific(x, precision: nil, minDigits: nil, trim: .dropPointAndZeros)
  }

  /// `str(np.int64(n))`.
  static func scalarStr(_ x: Int) -> String { String(x) }

  /// `str(np.True_)`: `True` or `False`.
  static func scalarStr(_ x: Bool) -> String { x ? "True" : "False" }

  /// `repr(np.float64(x))`: `np.float64(2.5)`.
  static func scalarRepr(_ x: Double) -> String { "np.float64(" + scalarStr(x) + ")" }

  /// `repr(np.int64(n))`: `np.int64(3)`.
  static func scalarRepr(_ x: Int) -> String { "np.int64(" + String(x) + ")" }

  /// `repr(np.True_)`: `np.True_` or `np.False_`.
  static func scalarRepr(_ x: Bool) -> String { x ? "np.True_" : "np.False_" }

  /// A Python tuple of ints: `(3,)`, `(2, 3)`.
  private static func tupleText(_ values: [Int]) -> String {
    values.count == 1
      ? "(\(values[0]),)" : "(" + values.map(String.init).joined(separator: ", ") + ")"
  }

  private static func nonFinite(_ x: Double) -> String {
    x.isNaN ? "nan" : x < 0 ? "-inf" : "inf"
  }
}

// MARK: - Laying out the array

extension NumpyArrayFormatting {
  /// numpy's `_array2string` and `_formatArray`: one formatter for the whole array (made from
  /// the elements shown), then brackets per axis, elements wrapped at `lineWidth`, a newline
  /// between rows and one more per axis above.
  private static func arrayToString(
    shape: [Int], elements: NumpyElements, separator: String, prefixLength: Int,
    lineWidth: Int
  ) -> String {
    let size = elements.count
    if size == 0 { return "[]" }
    let summarize = size > threshold
    let shown = summarize ? shownOffsets(shape: shape) : Array(0..<size)
    let element: (Int) -> String
    switch elements {
    case .float(let values):
      let format = FloatFormat(shown.map { values[$0] })
      element = { format.string(values[$0]) }
    case .int(let values):
      // numpy's IntegerFormat: right-aligned to the longer of max and min.
      let data = shown.map { values[$0] }
      let width = Swift.max(
        String(data.max() ?? 0).count, String(data.min() ?? 0).count)
      element = { pad(String(values[$0]), to: width) }
    case .bool(let values):
      // numpy's BoolFormat: " True" lines up with "False", except in a 0-d array.
      let trueText = shape.isEmpty ? "True" : " True"
      element = { values[$0] ? trueText : "False" }
    }
    if shape.isEmpty { return element(0) }

    var strides = [Int](repeating: 1, count: shape.count)
    for axis in stride(from: shape.count - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * shape[axis + 1]
    }
    let trimmedSeparator = String(separator.reversed().drop { $0 == " " }.reversed())

    func recurse(axis: Int, offset: Int, hangingIndent: String, width: Int) -> String {
      if axis == shape.count { return element(offset) }
      let axesLeft = shape.count - axis
      // Nested brackets: one more space of indent, one less column for the closing ].
      let nextIndent = hangingIndent + " "
      let nextWidth = width - 1
      let length = shape[axis]
      let showSummary = summarize && 2 * edgeItems < length
      let leading = showSummary ? edgeItems : 0
      let trailing = showSummary ? edgeItems : length
      let itemIndices = Array(0..<leading) + Array((length - trailing)..<length)
      func item(_ index: Int) -> String {
        recurse(
          axis: axis + 1, offset: offset + index * strides[axis], hangingIndent: nextIndent,
          width: nextWidth)
      }
      var text = ""
      if axesLeft == 1 {
        let elementWidth = width - Swift.max(trimmedSeparator.count, 1)
        var line = hangingIndent
        for (position, index) in itemIndices.enumerated() {
          if showSummary && position == leading {
            extendLine(&text, &line, "...", elementWidth, hangingIndent)
            line += separator
          }
          extendLine(&text, &line, item(index), elementWidth, hangingIndent)
          if position < itemIndices.count - 1 { line += separator }
        }
        text += line
      } else {
        let lineSeparator = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
        for (position, index) in itemIndices.enumerated() {
          if showSummary && position == leading {
            text += hangingIndent + "..." + lineSeparator
          }
          text += hangingIndent + item(index)
          if position < itemIndices.count - 1 { text += lineSeparator }
        }
      }
      return "[" + text.dropFirst(hangingIndent.count) + "]"
    }
    let indent = " " + String(repeating: " ", count: prefixLength)
    return recurse(axis: 0, offset: 0, hangingIndent: indent, width: lineWidth)
  }

  /// numpy's `_extendLine`: start a new line (after trimming the old one's trailing spaces)
  /// when the word would pass the width, unless the line holds nothing but its indent.
  private static func extendLine(
    _ text: inout String, _ line: inout String, _ word: String, _ width: Int,
    _ nextLinePrefix: String
  ) {
    let lineLength = line.utf8.count
    if lineLength + word.utf8.count > width && lineLength > nextLinePrefix.utf8.count {
      text += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
      line = nextLinePrefix
    }
    line += word
  }

  /// Row-major offsets of the elements a summarized array shows (numpy's
  /// `_leading_trailing`): on each axis longer than 6, the first and last 3.
  private static func shownOffsets(shape: [Int]) -> [Int] {
    var offsets = [0]
    for length in shape {
      let kept =
        length > 2 * edgeItems
        ? Array(0..<edgeItems) + Array((length - edgeItems)..<length) : Array(0..<length)
      offsets = offsets.flatMap { base in kept.map { base * length + $0 } }
    }
    return offsets
  }

  private static func pad(_ text: String, to width: Int) -> String {
    let count = text.utf8.count
    return count >= width ? text : String(repeating: " ", count: width - count) + text
  }
}

// MARK: - Floats

extension NumpyArrayFormatting {
  /// numpy's `FloatingFormat` for float64 with the default options: decides once for the
  /// array between positional and scientific notation and the widths every element is padded
  /// to, then formats each element.
  ///
  /// Scientific when the largest non-zero finite magnitude is at least 1e8, or the smallest is
  /// below 1e-4, or their ratio passes 1000. Positional elements use their shortest digits
  /// capped at 8 decimals, padded to the longest fraction (`[1.   2.5  3.25]`); scientific ones
  /// all show as many mantissa digits as the longest needs (`1.000e+00 1.001e+03`).
  private struct FloatFormat {
    var scientific = false
    var padLeft = 0
    var padRight = 0
    var precision: Int = NumpyArrayFormatting.precision
    var minDigits: Int?
    var trim = Trim.dropZeros
    var exponentDigits: Int?

    init(_ data: [Double]) {
      let finite = data.filter(\.isFinite)
      let magnitudes = finite.filter { $0 != 0 }.map { Swift.abs($0) }
      if let maxValue = magnitudes.max(), let minValue = magnitudes.min() {
        scientific = maxValue >= 1e8 || minValue < 0.0001 || maxValue / minValue > 1000
      }
      if finite.isEmpty {
        padLeft = 0
        padRight = 0
      } else if scientific {
        let texts = finite.map {
          NumpyArrayFormatting.scientific(
            $0, precision: NumpyArrayFormatting.precision, minDigits: nil, trim: .dropZeros)
        }
        var mantissaLength = 0
        var exponentLength = 0
        var integerLength = 0
        for text in texts {
          let parts = text.split(separator: "e", omittingEmptySubsequences: false)
          let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
          integerLength = Swift.max(integerLength, mantissa[0].count)
          mantissaLength = Swift.max(mantissaLength, mantissa.count > 1 ? mantissa[1].count : 0)
          exponentLength = Swift.max(exponentLength, parts.count > 1 ? parts[1].count - 1 : 0)
        }
        exponentDigits = exponentLength
        trim = .none
        precision = mantissaLength
        minDigits = mantissaLength
        padLeft = integerLength
        padRight = exponentLength + 2 + mantissaLength
      } else {
        for value in finite {
          let text = NumpyArrayFormatting.positional(
            value, precision: NumpyArrayFormatting.precision, minDigits: nil, trim: .dropZeros)
          let parts = text.split(separator: ".", omittingEmptySubsequences: false)
          padLeft = Swift.max(padLeft, parts[0].count)
          padRight = Swift.max(padRight, parts.count > 1 ? parts[1].count : 0)
        }
        minDigits = 0
      }
      // nan, inf and -inf are right-aligned in the same width.
      if finite.count != data.count {
        let negativeInfinity = data.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
        let offset = padRight + 1
        padLeft = Swift.max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
      }
    }

    func string(_ x: Double) -> String {
      if !x.isFinite {
        return NumpyArrayFormatting.pad(
          NumpyArrayFormatting.nonFinite(x), to: padLeft + padRight + 1)
      }
      if scientific {
        return NumpyArrayFormatting.scientific(
          x, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft,
          exponentDigits: exponentDigits)
      }
      return NumpyArrayFormatting.positional(
        x, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft,
        padRight: padRight)
    }
  }

  /// numpy's trim modes for Dragon4 output.
  private enum Trim {
    /// `'k'`: keep trailing zeros and the point.
    case none
    /// `'.'`: drop trailing zeros, keep the point (`1.`).
    case dropZeros
    /// `'0'`: drop trailing zeros but keep one after the point (`1.0`).
    case leaveOneZero
    /// `'-'`: drop trailing zeros and the point (`1`).
    case dropPointAndZeros
  }

  /// numpy's `FormatPositional` (unique digits, cut off after `precision` decimals, at least
  /// `minDigits` of them, then trimmed and padded to `padLeft` characters before the point and
  /// `padRight` after it).
  private static func positional(
    _ x: Double, precision: Int?, minDigits: Int?, trim: Trim, padLeft: Int? = nil,
    padRight: Int? = nil
  ) -> String {
    let sign = x.sign == .minus ? "-" : ""
    let decimal = PythonFormatting.digits(
      of: x, mode: .unique, cutoff: .fractionLength, cutoffMax: precision, cutoffMin: minDigits)
    let digits = decimal.digitString
    var out = sign
    var fractionDigits = 0
    var wholeDigits = 0
    if decimal.exponent >= 0 {
      wholeDigits = decimal.exponent + 1
      if digits.count <= wholeDigits {
        out += digits + String(repeating: "0", count: wholeDigits - digits.count)
      } else {
        out += String(digits.prefix(wholeDigits)) + "." + String(digits.dropFirst(wholeDigits))
        fractionDigits = digits.count - wholeDigits
      }
    } else {
      let leadingZeros = -(decimal.exponent + 1)
      out += "0." + String(repeating: "0", count: leadingZeros) + digits
      fractionDigits = leadingZeros + digits.count
      wholeDigits = 1
    }
    if trim != .dropPointAndZeros && fractionDigits == 0 { out += "." }
    let wanted = Swift.max(minDigits ?? 0, 0)
    if trim == .leaveOneZero {
      if fractionDigits == 0 {
        out += "0"
        fractionDigits += 1
      }
    } else if trim == .none && wanted > fractionDigits {
      out += String(repeating: "0", count: wanted - fractionDigits)
      fractionDigits = wanted
    }
    if trim != .none && fractionDigits > 0 {
      while out.last == "0" {
        out.removeLast()
        fractionDigits -= 1
      }
      if out.last == "." {
        if trim == .leaveOneZero {
          out += "0"
          fractionDigits += 1
        } else if trim == .dropPointAndZeros {
          out.removeLast()
        }
      }
    }
    if let padRight, padRight >= fractionDigits {
      if trim == .dropPointAndZeros && fractionDigits == 0 { out += " " }
      out += String(repeating: " ", count: padRight - fractionDigits)
    }
    if let padLeft, padLeft > wholeDigits + sign.count {
      out = String(repeating: " ", count: padLeft - wholeDigits - sign.count) + out
    }
    return out
  }

  /// numpy's `FormatScientific`: `d.ddde±XX` with unique digits, at most `precision` and at
  /// least `minDigits` after the point, the exponent padded to `exponentDigits` (at least 2).
  private static func scientific(
    _ x: Double, precision: Int?, minDigits: Int?, trim: Trim, padLeft: Int? = nil,
    exponentDigits: Int? = nil
  ) -> String {
    let sign = x.sign == .minus ? "-" : ""
    var out = ""
    if let padLeft, padLeft > 1 + sign.count {
      out += String(repeating: " ", count: padLeft - 1 - sign.count)
    }
    out += sign
    let decimal = PythonFormatting.digits(
      of: x, mode: .unique, cutoff: .totalLength, cutoffMax: precision.map { $0 + 1 },
      cutoffMin: minDigits.map { $0 + 1 })
    let digits = decimal.digitString
    out += String(digits.prefix(1))
    var fractionDigits = digits.count - 1
    if fractionDigits > 0 { out += "." + String(digits.dropFirst()) }
    if trim != .dropPointAndZeros && fractionDigits == 0 { out += "." }
    let wanted = Swift.max(minDigits ?? 0, 0)
    if trim == .leaveOneZero {
      if fractionDigits == 0 {
        out += "0"
        fractionDigits += 1
      }
    } else if trim == .none && wanted > fractionDigits {
      out += String(repeating: "0", count: wanted - fractionDigits)
      fractionDigits = wanted
    }
    if trim != .none && fractionDigits > 0 {
      while out.last == "0" {
        out.removeLast()
        fractionDigits -= 1
      }
      if trim == .leaveOneZero && out.last == "." { out += "0" }
    }
    let exponent = decimal.exponent
    var exponentText = String(Swift.abs(exponent))
    let width = Swift.min(exponentDigits ?? 2, 5)
    if exponentText.count < width {
      exponentText = String(repeating: "0", count: width - exponentText.count) + exponentText
    }
    return out + "e" + (exponent < 0 ? "-" : "+") + exponentText
  }
}
