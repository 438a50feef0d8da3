/// A format specification as `format(value, spec)` and f-strings (`f"{x:>8.3f}"`) read it:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, Python 3.11's mini-language.
///
/// Parsing checks only the syntax CPython checks up front (a precision after the dot, not both
/// `,` and `_`, numbers that fit); the rest depends on the value's type and is checked by the
/// `format` methods, in CPython's order and with its messages:
///
///     let spec = try FormatSpec(parsing: ">8.3f")
///     try spec.format(2.675)          // "   2.675"
///     try FormatSpec(parsing: ".2f").format(2.675)   // "2.67": ties go to even on the exact value
///     try FormatSpec(parsing: ",").format(1234567)   // "1,234,567"
///
/// `!r` and `!s` conversions are the caller's: it formats `repr(x)` or `str(x)` as a string.
struct FormatSpec: Sendable, Hashable {
  /// The text as written, for messages.
  let text: String
  /// The fill character, when written before an alignment (`*^9`).
  var fill: Unicode.Scalar?
  /// `<`, `>`, `^` or `=`, when written.
  var alignment: Unicode.Scalar?
  /// `+`, `-` or space, when written.
  var sign: Unicode.Scalar?
  /// `z`: show negative zero (after rounding) as zero.
  var coercesNegativeZero = false
  /// `#`: the alternate form (`0x` prefixes, a point that stays, `g` zeros that stay).
  var alternate = false
  /// A `0` before the width: zero padding after the sign.
  var zeroPadding = false
  var width: Int?
  /// `,` or `_` between groups of digits.
  var grouping: Unicode.Scalar?
  var precision: Int?
  /// The presentation type (`f`, `d`, `s`, …), when written.
  var type: Unicode.Scalar?
  /// Set when more than one character is left where the type goes: CPython reports it with
  /// the value's type name, so it is thrown by `format`.
  private var hasTrailingText = false

  /// The largest width or precision formatted here. CPython has no such limit short of memory;
  /// a sandboxed program must not be able to ask for a gigabyte-long string.
  static let maximumLength = 1_000_000

  /// Reads `spec`; throws CPython's `ValueError` for a missing precision after `.`, both `,` and
  /// `_`, or a width or precision too long to be a number.
  init(parsing spec: String) throws(FormatSpecError) {
    text = spec
    let scalars = Array(spec.unicodeScalars)
    var position = 0
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
      position + offset < scalars.count ? scalars[position + offset] : nil
    }
    let alignments: Set<Unicode.Scalar> = ["<", ">", "=", "^"]
    if let second = peek(1), alignments.contains(second), let first = peek() {
      fill = first
      alignment = second
      position += 2
    } else if let first = peek(), alignments.contains(first) {
      alignment = first
      position += 1
    }
    if let next = peek(), next == "+" || next == "-" || next == " " {
      sign = next
      position += 1
    }
    if peek() == "z" {
      coercesNegativeZero = true
      position += 1
    }
    if peek() == "#" {
      alternate = true
      position += 1
    }
    if fill == nil, peek() == "0" {
      zeroPadding = true
      position += 1
    }
    width = try Self.integer(in: scalars, at: &position)
    if peek() == "," {
      grouping = ","
      position += 1
    }
    if peek() == "_" {
      if grouping != nil { throw FormatSpecError(.value, "Cannot specify both ',' and '_'.") }
      grouping = "_"
      position += 1
    }
    if peek() == ",", grouping == "_" {
      throw FormatSpecError(.value, "Cannot specify both ',' and '_'.")
    }
    if peek() == "." {
      position += 1
      guard let digits = try Self.integer(in: scalars, at: &position) else {
        throw FormatSpecError(.value, "Format specifier missing precision")
      }
      precision = digits
    }
    if scalars.count - position > 1 {
      hasTrailingText = true
    } else if let last = peek() {
      type = last
    }
  }

  /// CPython's `get_integer`: decimal digits (any script's) as a number; nil when there are none.
  private static func integer(
    in scalars: [Unicode.Scalar], at position: inout Int
  ) throws(FormatSpecError) -> Int? {
    var value = 0
    var count = 0
    while position < scalars.count, let digit = decimalValue(scalars[position]) {
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(digit)
      if overflowTimes || overflowSum {
        throw FormatSpecError(.value, "Too many decimal digits in format string")
      }
      value = sum
      count += 1
      position += 1
    }
    return count == 0 ? nil : value
  }

  private static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
    guard scalar.properties.numericType == .decimal,
      let value = scalar.properties.numericValue
    else { return nil }
    return Int(value)
  }
}

// MARK: - Formatting values

extension FormatSpec {
  /// `format(x, spec)` for a float: types `e E f F g G n %` or none (repr-like: `format(1.0, "")`
  /// is `1.0`; with a precision, `g` that keeps a `.0`: `format(1234.5, ".3")` is `1.23e+03`).
  /// `typeName` words the errors (`numpy.float64` for numpy's scalars).
  func format(_ x: Double, typeName: String = "float") throws(FormatSpecError) -> String {
    if text.isEmpty { return PythonFormatting.repr(x) }
    let resolved = try resolve(defaultType: nil, defaultAlignment: ">", typeName: typeName)
    switch resolved.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
      return try formatFloat(x, resolved)
    case let other?:
      throw Self.unknownCode(other, typeName: typeName)
    }
  }

  /// `format(n, spec)` for an int: types `d b o x X c n` or none, and the float types, which
  /// format `float(n)` (`f"{3:.2f}"` is `3.00`).
  func format(_ x: Int, typeName: String = "int") throws(FormatSpecError) -> String {
    if text.isEmpty { return String(x) }
    let resolved = try resolve(defaultType: "d", defaultAlignment: ">", typeName: typeName)
    switch resolved.type {
    case "b", "c", "d", "o", "x", "X", "n":
      return try formatInteger(x, resolved)
    case "e", "E", "f", "F", "g", "G", "%":
      return try formatFloat(Double(x), resolved)
    case let other:
      throw Self.unknownCode(other ?? "d", typeName: typeName)
    }
  }

  /// `format(b, spec)` for a bool: `True`/`False` for an empty spec, otherwise as the int 1 or
  /// 0 (`f"{True:>5}"` is `    1`), as Python's `bool` inherits `int.__format__`.
  func format(_ b: Bool) throws(FormatSpecError) -> String {
    if text.isEmpty { return b ? "True" : "False" }
    return try format(b ? 1 : 0, typeName: "bool")
  }

  /// `format(s, spec)` for a string: type `s` or none, precision truncates (`f"{'abc':.2}"` is
  /// `ab`), width and fill count code points.
  func format(_ s: String, typeName: String = "str") throws(FormatSpecError) -> String {
    if text.isEmpty { return s }
    let resolved = try resolve(defaultType: "s", defaultAlignment: "<", typeName: typeName)
    guard resolved.type == "s" else {
      throw Self.unknownCode(resolved.type ?? "s", typeName: typeName)
    }
    // CPython's format_string_internal checks, in its order.
    if let sign {
      let what = sign == " " ? "Space" : "Sign"
      throw FormatSpecError(.value, "\(what) not allowed in string format specifier")
    }
    if coercesNegativeZero {
      throw FormatSpecError(
        .value, "Negative zero coercion (z) not allowed in string format specifier")
    }
    if alternate {
      throw FormatSpecError(.value, "Alternate form (#) not allowed in string format specifier")
    }
    if resolved.alignment == "=" {
      throw FormatSpecError(.value, "'=' alignment not allowed in string format specifier")
    }
    try checkLength(precisionPads: false)
    var scalars = Array(s.unicodeScalars)
    if let precision, precision < scalars.count { scalars.removeSubrange(precision...) }
    let total = Swift.max(width ?? 0, scalars.count)
    let padding = total - scalars.count
    let left: Int
    switch resolved.alignment {
    case ">": left = padding
    case "^": left = padding / 2
    default: left = 0
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: repeatElement(resolved.fill, count: left))
    out.append(contentsOf: scalars)
    out.append(contentsOf: repeatElement(resolved.fill, count: padding - left))
    return String(out)
  }
}

// MARK: - Numbers

extension FormatSpec {
  /// The spec with the value type's defaults applied (CPython's parse with `default_type` and
  /// `default_align`), after the checks that need them.
  fileprivate struct Resolved {
    var fill: Unicode.Scalar
    var alignment: Unicode.Scalar
    var type: Unicode.Scalar?
    /// Separator and group size.
    var grouping: (separator: Character, size: Int)?
  }

  private func resolve(
    defaultType: Unicode.Scalar?, defaultAlignment: Unicode.Scalar, typeName: String
  ) throws(FormatSpecError) -> Resolved {
    if hasTrailingText {
      throw FormatSpecError(
        .value, "Invalid format specifier '\(text)' for object of type '\(typeName)'")
    }
    var fill = fill ?? " "
    var alignment = alignment ?? defaultAlignment
    if zeroPadding {
      fill = "0"
      if self.alignment == nil && defaultAlignment == ">" { alignment = "=" }
    }
    let type = type ?? defaultType
    var groups: (Character, Int)?
    if let grouping {
      let separator = Character(grouping)
      switch type {
      case "d", "e", "f", "g", "E", "G", "%", "F", nil:
        groups = (separator, 3)
      case let radix? where grouping == "_" && ["b", "o", "x", "X"].contains(radix):
        // Underscores go every four digits in binary, octal and hex (PEP 515).
        groups = (separator, 4)
      case let other:
        throw FormatSpecError(
          .value, "Cannot specify '\(separator)' with '\(Self.describe(other ?? "s"))'.")
      }
    }
    return Resolved(fill: fill, alignment: alignment, type: type, grouping: groups)
  }

  /// CPython's format_float_internal.
  private func formatFloat(_ x: Double, _ resolved: Resolved) throws(FormatSpecError) -> String {
    if let precision, precision > Int(Int32.max) {
      throw FormatSpecError(.value, "precision too big")
    }
    try checkLength()
    var type = resolved.type
    var value = x
    var defaultPrecision = 6
    var addDotZero = false
    var percent = false
    if type == nil {
      // No type: repr without a precision, `g` keeping a `.0` with one.
      addDotZero = true
      type = "r"
      defaultPrecision = 0
    }
    if type == "n" { type = "g" }
    if type == "%" {
      type = "f"
      value *= 100
      percent = true
    }
    var precision = defaultPrecision
    if let written = self.precision {
      precision = written
      if type == "r" { type = "g" }
    }
    let code = type ?? "r"
    let uppercase = code == "E" || code == "F" || code == "G"
    var text = PythonFormatting.formatted(
      value, code: Character(String(code).lowercased()), precision: precision,
      alternate: alternate, addDotZero: addDotZero, noNegativeZero: coercesNegativeZero,
      uppercase: uppercase)
    if percent { text += "%" }
    var negative = false
    if text.hasPrefix("-") {
      negative = true
      text.removeFirst()
    }
    // The integer digits are grouped; the point, fraction and exponent follow as they are.
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let rest = text.dropFirst(digits.count)
    // `n` uses the locale's grouping, which is none in the C locale programs run in.
    let grouping = resolved.type == "n" ? nil : resolved.grouping
    return layOut(
      negative: negative, prefix: "", digits: Array(digits), rest: String(rest),
      grouping: grouping, resolved)
  }

  /// CPython's format_long_internal.
  private func formatInteger(_ x: Int, _ resolved: Resolved) throws(FormatSpecError) -> String {
    if precision != nil {
      throw FormatSpecError(.value, "Precision not allowed in integer format specifier")
    }
    if coercesNegativeZero {
      throw FormatSpecError(
        .value, "Negative zero coercion (z) not allowed in integer format specifier")
    }
    try checkLength()
    if resolved.type == "c" {
      if sign != nil {
        throw FormatSpecError(.value, "Sign not allowed with integer format specifier 'c'")
      }
      if alternate {
        throw FormatSpecError(
          .value, "Alternate form (#) not allowed with integer format specifier 'c'")
      }
      guard x >= 0, x <= 0x10FFFF else {
        throw FormatSpecError(.overflow, "%c arg not in range(0x110000)")
      }
      // A lone surrogate cannot be held in a Swift string: it shows as U+FFFD.
      let character = Unicode.Scalar(UInt32(x)).map(Character.init) ?? "\u{FFFD}"
      return layOut(
        negative: false, prefix: "", digits: [], rest: String(character), grouping: nil,
        resolved)
    }
    let radix: Int
    let prefix: String
    switch resolved.type {
    case "b": (radix, prefix) = (2, "0b")
    case "o": (radix, prefix) = (8, "0o")
    case "x": (radix, prefix) = (16, "0x")
    case "X": (radix, prefix) = (16, "0X")
    default: (radix, prefix) = (10, "")
    }
    let digits = String(x.magnitude, radix: radix, uppercase: resolved.type == "X")
    let grouping = resolved.type == "n" ? nil : resolved.grouping
    return layOut(
      negative: x < 0, prefix: alternate ? prefix : "", digits: Array(digits), rest: "",
      grouping: grouping, resolved)
  }

  /// CPython's calc_number_widths and fill_number: padding, sign, prefix, padding after the
  /// sign for `=`, the integer digits grouped (zero padding with `0`/`=` is grouped too:
  /// `f"{1234:08,}"` is `0,001,234`), then the rest.
  private func layOut(
    negative: Bool, prefix: String, digits: [Character], rest: String,
    grouping: (separator: Character, size: Int)?, _ resolved: Resolved
  ) -> String {
    var signText = ""
    switch sign {
    case "+": signText = negative ? "-" : "+"
    case " ": signText = negative ? "-" : " "
    default: signText = negative ? "-" : ""
    }
    let width = self.width ?? -1
    let fixedLength = signText.count + prefix.count + rest.unicodeScalars.count
    let minimumWidth =
      resolved.fill == "0" && resolved.alignment == "=" ? width - fixedLength : 0
    let grouped =
      digits.isEmpty ? "" : Self.grouped(digits, minimumWidth: minimumWidth, grouping: grouping)
    let padding = width - (fixedLength + grouped.count)
    var left = 0
    var afterSign = 0
    var right = 0
    if padding > 0 {
      switch resolved.alignment {
      case "<": right = padding
      case "^":
        left = padding / 2
        right = padding - left
      case "=": afterSign = padding
      default: left = padding
      }
    }
    let fill = String(Character(resolved.fill))
    return String(repeating: fill, count: left) + signText + prefix
      + String(repeating: fill, count: afterSign) + grouped + rest
      + String(repeating: fill, count: right)
  }

  /// CPython's `_PyUnicode_InsertThousandsGrouping`: groups from the right, padded with zeros
  /// (and separators between them) until at least `minimumWidth` characters.
  private static func grouped(
    _ digits: [Character], minimumWidth: Int, grouping: (separator: Character, size: Int)?
  ) -> String {
    var minimumWidth = Swift.max(0, minimumWidth)
    var remaining = digits.count
    var pieces: [String] = []  // right to left
    var useSeparator = false
    func piece(length: Int) {
      let zeros = Swift.max(0, length - remaining)
      let count = Swift.max(0, Swift.min(remaining, length))
      var text = String(repeating: "0", count: zeros)
      text += String(digits[(remaining - count)..<remaining])
      if useSeparator, let grouping { text.append(grouping.separator) }
      pieces.append(text)
      remaining -= count
    }
    if let grouping {
      while true {
        let length = Swift.min(
          grouping.size, Swift.max(Swift.max(remaining, minimumWidth), 1))
        piece(length: length)
        useSeparator = true
        minimumWidth -= length
        if remaining <= 0 && minimumWidth <= 0 { return pieces.reversed().joined() }
        minimumWidth -= 1
      }
    }
    piece(length: Swift.max(Swift.max(remaining, minimumWidth), 1))
    return pieces.reversed().joined()
  }

  /// Throws when the width, or a precision that pads (not a string's, which only cuts), is
  /// above `maximumLength`.
  private func checkLength(precisionPads: Bool = true) throws(FormatSpecError) {
    if let width, width > Self.maximumLength {
      throw FormatSpecError(.value, "format width above \(Self.maximumLength) is not supported")
    }
    if precisionPads, let precision, precision > Self.maximumLength {
      throw FormatSpecError(
        .value, "format precision above \(Self.maximumLength) is not supported")
    }
  }

  /// CPython's unknown_presentation_type.
  private static func unknownCode(_ code: Unicode.Scalar, typeName: String) -> FormatSpecError {
    FormatSpecError(
      .value, "Unknown format code '\(describe(code))' for object of type '\(typeName)'")
  }

  /// A type character as CPython's messages show it: itself when printable ASCII, else `\x…`.
  private static func describe(_ code: Unicode.Scalar) -> String {
    code.value > 32 && code.value < 128
      ? String(Character(code)) : "\\x" + String(code.value, radix: 16)
  }
}

/// Why a format spec could not format a value: Python's exception class and its message.
struct FormatSpecError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The Python exception it stands for.
  enum Kind: String, Sendable, Hashable {
    case value = "ValueError"
    case overflow = "OverflowError"
  }

  /// The exception class.
  var kind: Kind
  /// CPython's message, word for word.
  var message: String

  /// An error of `kind` saying `message`.
  init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// `ValueError: Unknown format code 'd' for object of type 'float'`.
  var description: String { kind.rawValue + ": " + message }
}
