extension ExpressionParser {
  /// A call waiting for its `)`: how the function was named and the arguments so far.
  ///
  /// Three spellings reach the same functions, as numpy's do:
  ///
  ///     sum(x)        sum(x, axis=0)                    bare
  ///     np.sum(x)     np.sum(x, 0)     np.sum(x, axis=0)  numpy's prefix
  ///     x.sum()       x.sum(0)         x.sum(axis=0)      a method; x is the first argument
  ///
  /// A bare `max(a, b)` (and `np.maximum(a, b)`) is the element-wise larger of two; after
  /// `np.` or as a method, a second argument of `sum`, `mean`, `min` and `max` is the axis,
  /// as in numpy. Bare `sum(x, 0)` stays an error: Python's `sum` reads that 0 as a start.
  struct Call {
    /// How the function was named.
    enum Spelling: Equatable {
      /// `sum(x)`.
      case bare
      /// `np.sum(x)` or `numpy.sum(x)`, with the prefix as typed.
      case numpy(prefix: String)
      /// `x.sum()`, whose receiver `x` is the first argument.
      case method
    }

    /// The function named.
    var function: ExpressionFunction
    var spelling: Spelling
    /// `sum`, `np.sum` or `.sum`: where errors about the whole call point.
    var name: ExpressionSpan
    /// The call's `(`.
    var opener: ExpressionToken
    /// Where the call starts: its name, or a method's receiver.
    var start: ExpressionSpan
    /// The positional arguments read so far, a method's receiver first.
    var arguments: [ExpressionSpan]
    /// The `axis` of `axis=…`, once the parser has met it.
    var axisKeyword: ExpressionToken? = nil
    /// `axis=…` from keyword to value, once the value has ended.
    var axis: ExpressionSpan? = nil

    /// The call as typed, for messages: `sum`, `np.sum`, `.sum()`.
    var displayName: String {
      switch spelling {
      case .bare: return function.rawValue
      case .numpy(let prefix): return prefix + "." + function.rawValue
      case .method: return "." + function.rawValue + "()"
      }
    }

    /// How to call it in this spelling, for messages.
    var usage: String {
      let name = function.rawValue
      switch spelling {
      case .bare:
        return function.usage
      case .numpy(let prefix):
        if function.reducesAlongAxis {
          return "\(prefix).\(name)(x) or \(prefix).\(name)(x, axis=0)"
        }
        return prefix + "." + function.usage
      case .method:
        if function.reducesAlongAxis { return "x.\(name)() or x.\(name)(axis=0)" }
        return "a.\(name)(b)"
      }
    }

    /// How to pass an axis in this spelling: `sum(x, axis=0)`, `x.sum(axis=0)`.
    var axisUsage: String {
      let name = function.rawValue
      switch spelling {
      case .bare: return "\(name)(x, axis=0)"
      case .numpy(let prefix): return "\(prefix).\(name)(x, axis=0)"
      case .method: return "x.\(name)(axis=0)"
      }
    }

    /// How many positional arguments the call may pass, not counting a method's receiver.
    var allowed: ClosedRange<Int> {
      switch spelling {
      case .bare: return function.arity
      case .numpy: return function.reducesAlongAxis ? 1...2 : function.arity
      case .method: return function.reducesAlongAxis ? 0...1 : 1...1
      }
    }

    /// Takes the argument that ended at a `,` or `)`: the axis if `axis=` began it.
    mutating func add(_ item: ExpressionSpan) throws(ExpressionError) {
      if let keyword = axisKeyword, axis == nil {
        axis = .covering(keyword.span, item)
      } else if axis != nil {
        throw ExpressionError(
          "arguments go before axis=…, as in \(axisUsage)", at: item)
      } else {
        arguments.append(item)
      }
    }

    /// The function to run and its arguments (receiver first, axis last), once the call
    /// is complete; throws if the arguments don't fit the function.
    func compiled() throws(ExpressionError) -> (ExpressionFunction, [ExpressionSpan]) {
      let positional = arguments.count - (spelling == .method ? 1 : 0)
      guard allowed.contains(positional) else {
        throw ExpressionError(
          "\(displayName) takes \(Self.describe(allowed)), as in \(usage), but this call has "
            + ExpressionFunction.count(positional), at: name)
      }
      if spelling == .bare, function == .min || function == .max, positional == 2 {
        if let axis {
          throw ExpressionError(
            "\(function.rawValue)(a, b) compares two values element by element and takes no "
              + "axis; for one array along an axis, write \(function.rawValue)(x, axis=0)",
            at: axis)
        }
        return (function == .max ? .maximum : .minimum, arguments)
      }
      guard let axis else { return (function, arguments) }
      if spelling != .bare, positional == allowed.upperBound {
        throw ExpressionError(
          "the axis is given twice: as an argument and as axis=…; keep one", at: axis)
      }
      return (function, arguments + [axis])
    }

    /// "one argument", "one or two arguments", "at most one argument".
    private static func describe(_ range: ClosedRange<Int>) -> String {
      let words = ["no", "one", "two"]
      func word(_ count: Int) -> String { count < words.count ? words[count] : String(count) }
      let noun = range.upperBound == 1 ? "argument" : "arguments"
      if range.count == 1 { return "\(word(range.lowerBound)) \(noun)" }
      if range.lowerBound == 0 { return "at most \(word(range.upperBound)) \(noun)" }
      return "\(word(range.lowerBound)) or \(word(range.upperBound)) \(noun)"
    }
  }
}
