extension GradeReport {
  // MARK: - JUnit XML

  /// JUnit XML: a test suite a student, a test case a block; a wrong answer is a
  /// `failure`, a missing one a `failure` of type `not-attempted`, an unreadable file an
  /// `error`.
  public var junit: String {
    var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
    let tests = submissions.reduce(0) { $0 + Swift.max($1.grades.count, 1) }
    let failures = submissions.reduce(0) { total, submission in
      total + submission.grades.filter { $0.status != .passed }.count
    }
    let errors = submissions.filter { $0.problem != nil }.count
    lines.append(
      "<testsuites name=\"downhill check\" tests=\"\(tests)\" failures=\"\(failures)\" "
        + "errors=\"\(errors)\">")
    for submission in submissions {
      let name = Self.xml(submission.student)
      let lesson = Self.xml(submission.lessonID)
      if let problem = submission.problem {
        lines.append("  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\">")
        lines.append("    <testcase classname=\"\(lesson)\" name=\"submission\">")
        lines.append("      <error message=\"\(Self.xml(problem))\"/>")
        lines.append("    </testcase>")
        lines.append("  </testsuite>")
        continue
      }
      let failed = submission.grades.filter { $0.status != .passed }.count
      lines.append(
        "  <testsuite name=\"\(name)\" tests=\"\(submission.grades.count)\" "
          + "failures=\"\(failed)\" errors=\"0\">")
      lines.append(contentsOf: Self.junitProperties(submission))
      for grade in submission.grades {
        let open = "    <testcase classname=\"\(lesson)\" name=\"\(Self.xml(grade.id))\""
        switch grade.status {
        case .passed:
          lines.append(open + "/>")
        case .notAttempted:
          lines.append(open + ">")
          lines.append("      <failure type=\"not-attempted\" message=\"not attempted\"/>")
          lines.append("    </testcase>")
        case .failed:
          lines.append(open + ">")
          let type = grade.timedOut ? "timed-out" : grade.isUnreadable ? "unreadable" : "wrong"
          let message = Self.xml(grade.feedback.first ?? "wrong")
          lines.append("      <failure type=\"\(type)\" message=\"\(message)\">")
          lines.append(Self.xml(grade.feedback.joined(separator: "\n")))
          lines.append("      </failure>")
          lines.append("    </testcase>")
        }
      }
      lines.append("  </testsuite>")
    }
    lines.append("</testsuites>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A test suite's `<properties>`: the student's score and its maximum, in points.
  static func junitProperties(_ submission: SubmissionGrade) -> [String] {
    [
      "    <properties>",
      "      <property name=\"score\" value=\"\(points(submission.score))\"/>",
      "      <property name=\"max_score\" value=\"\(points(submission.maxScore))\"/>",
      "    </properties>",
    ]
  }

  /// Text escaped for an XML attribute or element.
  static func xml(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n": result += "&#10;"
      default:
        // XML 1.0 allows no other control characters.
        if scalar.value < 0x20 && scalar != "\t" {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  // MARK: - TAP

  /// TAP version 13: one test point a student's block, with YAML diagnostics for failures.
  public var tap: String {
    var points: [String] = []
    var count = 0
    for submission in submissions {
      if let problem = submission.problem {
        count += 1
        points.append("not ok \(count) - \(Self.tapDescription(submission.student)): submission")
        points.append("  ---")
        points.append("  message: \(Self.yamlQuoted(problem))")
        points.append("  ...")
        continue
      }
      for grade in submission.grades {
        count += 1
        let number = count
        let title = Self.tapDescription("\(submission.student): \(grade.id)")
        switch grade.status {
        case .passed:
          points.append("ok \(number) - \(title)")
        case .notAttempted:
          points.append("not ok \(number) - \(title)")
          points.append("  ---")
          points.append("  message: 'not attempted'")
          points.append("  ...")
        case .failed:
          points.append("not ok \(number) - \(title)")
          points.append("  ---")
          points.append("  message: \(Self.yamlQuoted(grade.feedback.joined(separator: " / ")))")
          if let mistake = grade.misconception {
            points.append("  misconception: \(Self.yamlQuoted(mistake))")
          }
          points.append("  ...")
        }
      }
      // A comment line, which TAP consumers show and never count as a test point.
      points.append(
        "# \(submission.student): \(Self.points(submission.score))/"
          + "\(Self.points(submission.maxScore)) points")
    }
    return (["TAP version 13", "1..\(count)"] + points).joined(separator: "\n") + "\n"
  }

  /// A test point's description: `#` escaped, so a name such as `ann # SKIP` cannot turn a
  /// failure into a skipped test (and a backslash escaped, so the escape reads back).
  static func tapDescription(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("#", with: "\\#")
  }

  /// A single-quoted YAML scalar on one line.
  static func yamlQuoted(_ text: String) -> String {
    "'" + text.replacing("\n", with: " ").replacing("'", with: "''") + "'"
  }

  // MARK: - CSV

  /// A gradebook: one row a student, one column a block (the points earned: the block's
  /// points when passed, 0 when not), a total (blocks passed), the score and its maximum
  /// in points, and a problem column for files that could not be graded. With several
  /// lessons, the block columns are `lesson/id`.
  public var csv: String {
    var columns: [(lesson: String, id: String)] = []
    for submission in submissions {
      for grade in submission.grades
      where !columns.contains(where: { $0.lesson == submission.lessonID && $0.id == grade.id }) {
        columns.append((submission.lessonID, grade.id))
      }
    }
    let lessons = Set(submissions.map(\.lessonID))
    let names = columns.map { lessons.count > 1 ? "\($0.lesson)/\($0.id)" : $0.id }
    let headings =
      ["student", "file", "lesson"] + names + ["total", "score", "max_score", "problem"]
    var rows = [headings.map(Self.csvField)]
    for submission in submissions {
      var fields = [submission.student, submission.source, submission.lessonID]
      for column in columns {
        if submission.lessonID != column.lesson || submission.problem != nil {
          fields.append("")
        } else {
          let grade = submission.grades.first { $0.id == column.id }
          fields.append(Self.points(grade?.score ?? 0))
        }
      }
      fields.append(String(submission.passed))
      fields.append(Self.points(submission.score))
      fields.append(Self.points(submission.maxScore))
      fields.append(submission.problem ?? "")
      rows.append(fields.map(Self.csvField))
    }
    return rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
