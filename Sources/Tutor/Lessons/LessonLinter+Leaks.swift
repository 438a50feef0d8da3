import Descent
import TermPlot

extension LessonLinter {
  /// Where a screen shows numbers, for saying where a leak is.
  enum ScreenPlace: Hashable {
    case statusLine
    case view(View)
    case runOutput

    var description: String {
      switch self {
      case .statusLine: return "the status line"
      case .view(let view): return "the \(Layout.title(of: view)) view"
      case .runOutput: return "the output of the step's run block"
      }
    }
  }

  /// Problems where the screen answers a number question while it is open: the status
  /// line, one of the step's views (drawn as the tutorial draws them, with what the block
  /// hides kept back) or the output of the step's `run` commands shows the answer.
  ///
  /// A number the step's own prose or question states is no secret, so a question whose
  /// answer the pane already shows is not searched for. Numbers with fewer than two
  /// significant digits (a tick at 3, a step count) are too common to count as a leak.
  static func leakProblems(
    _ block: CheckedBlock, in session: Session, runOutput: [String], lesson: Lesson
  ) -> [LessonProblem] {
    guard case .ask(let question) = block.kind,
      case .number(let reference, let tolerance) = question.answer,
      case .number(let expected)? = try? session.workspace.value(of: reference),
      expected.isFinite
    else { return [] }
    let shows = { (text: String) in
      ScreenNumber.all(in: text).contains { $0.shows(expected, within: tolerance) }
    }
    if let pane = session.lessonPane, (pane.paragraphs + pane.question).contains(where: shows) {
      return []
    }
    let hidden = session.lesson?.hiddenOnScreen ?? []
    var leaks: [(place: ScreenPlace, cure: ScreenValue?)] = []
    for (place, text) in screenTexts(session, hiding: hidden, runOutput: runOutput)
    where shows(text) {
      // Which one more hidden value would keep this place from showing the answer.
      let cure = ScreenValue.allCases.first { value in
        guard !hidden.contains(value) else { return false }
        let text = screenTexts(session, hiding: hidden.union([value]), runOutput: runOutput)
          .first { $0.place == place }?.text ?? ""
        return !shows(text)
      }
      leaks.append((place, cure))
    }
    return leaks.map { leak in
      let what = Value.number(expected).formatted
      let advice =
        leak.cure.map { "add hides: [\($0.rawValue)] to the block, or show less in the step" }
        ?? "change the step so that it does not show the answer"
      return LessonProblem(
        "\(leak.place.description) shows \(what), the answer to '\(block.id)', while it is "
          + "asked: " + advice,
        file: lesson.source, line: block.line)
    }
  }

  /// The text of each place of the screen that shows numbers, with `hidden` kept back.
  static func screenTexts(
    _ session: Session, hiding hidden: Set<ScreenValue>, runOutput: [String]
  ) -> [(place: ScreenPlace, text: String)] {
    var texts: [(ScreenPlace, String)] = []
    let status = StatusLine(style: ChartStyle()).statusParts(
      session: session, pane: nil, hidden: hidden)
    texts.append((.statusLine, status.map(\.text).joined(separator: " · ")))
    var pictures = Pictures(session.workspace)
    pictures.hidden = hidden
    let views = session.lessonPane?.views ?? [session.view]
    for view in views {
      let frame = pictures.render(view, width: 100, height: 30)
      texts.append((.view(view), frame.plainText))
    }
    texts.append((.runOutput, runOutput.joined(separator: "\n")))
    return texts
  }
}

/// A number as a screen writes it (`-9.6`, `247500`, `247.5k`, `1.2e-05`, `−3`), read back.
struct ScreenNumber: Equatable {
  /// The value written.
  var value: Double
  /// How many significant digits it was written with (`247500` has 4, `0.50` has 1).
  var significantDigits: Int
  /// Half a unit in its last written place: how far the value it stands for may lie.
  var halfUnit: Double

  /// Whether this number shows `answer`: it is accepted as the answer, or it is the answer
  /// rounded to the digits written (at least three of them), and it has two significant
  /// digits or more.
  func shows(_ answer: Double, within tolerance: Tolerance) -> Bool {
    guard significantDigits >= 2 else { return false }
    if tolerance.accepts(value, reference: answer) { return true }
    return significantDigits >= 3 && Swift.abs(value - answer) <= halfUnit
  }

  /// Every number in `text`, in order; digits that are part of a name (`x1`, `W2`) do
  /// not count.
  static func all(in text: String) -> [ScreenNumber] {
    let characters = Array(text)
    var numbers: [ScreenNumber] = []
    var i = 0
    func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
    while i < characters.count {
      let c = characters[i]
      guard c.isASCII, c.isNumber, i == 0 || !isWordCharacter(characters[i - 1]),
        i == 0 || characters[i - 1] != "."
      else {
        i += 1
        continue
      }
      var negative = false
      if i > 0, characters[i - 1] == "-" || characters[i - 1] == "−" { negative = true }
      var mantissa = ""
      var j = i
      while j < characters.count, characters[j].isASCII,
        characters[j].isNumber || (characters[j] == "." && !mantissa.contains("."))
      {
        mantissa.append(characters[j])
        j += 1
      }
      if mantissa.hasSuffix(".") {
        mantissa.removeLast()
        j -= 1
      }
      var exponent = 0
      if j < characters.count, characters[j] == "e" || characters[j] == "E" {
        var k = j + 1
        var sign = 1
        if k < characters.count, characters[k] == "-" || characters[k] == "+" {
          sign = characters[k] == "-" ? -1 : 1
          k += 1
        }
        var digits = ""
        while k < characters.count, characters[k].isASCII, characters[k].isNumber {
          digits.append(characters[k])
          k += 1
        }
        if let power = Int(digits.prefix(4)), !digits.isEmpty {
          exponent = sign * power
          j = k
        }
      }
      if j < characters.count, characters[j] == "k" || characters[j] == "M",
        j + 1 == characters.count || !isWordCharacter(characters[j + 1])
      {
        exponent += characters[j] == "k" ? 3 : 6
        j += 1
      }
      if let number = ScreenNumber(mantissa: mantissa, exponent: exponent, negative: negative) {
        numbers.append(number)
      }
      i = j
    }
    return numbers
  }

  /// The number written `mantissa` × 10^`exponent`, or nil when it does not read.
  init?(mantissa: String, exponent: Int, negative: Bool) {
    guard let magnitude = Double(mantissa) else { return nil }
    let scale = pow10(exponent)
    value = (negative ? -magnitude : magnitude) * scale
    let digits = mantissa.filter { $0 != "." }
    let trimmed = digits.drop { $0 == "0" }
    let fractionDigits = mantissa.split(separator: ".", omittingEmptySubsequences: false)
      .dropFirst().first?.count ?? 0
    // Trailing zeros of a whole number are not significant; after a point they are kept
    // only as places, since a screen pads decimals to line them up.
    significantDigits = String(trimmed.reversed()).drop { $0 == "0" }.count
    halfUnit = 0.5 * pow10(exponent - fractionDigits)
  }
}

/// 10 to a whole power, exactly for the powers a screen writes.
private func pow10(_ exponent: Int) -> Double {
  var result = 1.0
  for _ in 0..<Swift.min(Swift.abs(exponent), 400) { result *= 10 }
  return exponent < 0 ? 1 / result : result
}
