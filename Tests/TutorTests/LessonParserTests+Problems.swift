import Testing

@testable import Tutor

/// Problems with a lesson's front matter and its structure, each at `file:line:col`.
extension LessonParserTests {
  // MARK: - Front matter

  @Test func aLessonWithoutFrontMatterIsRefusedAtItsFirstLine() {
    let (lesson, problems) = LessonParser.parseReportingProblems(
      "# Linear regression\n\n## One\n", file: Self.file)
    #expect(lesson == nil)
    #expect(
      problems.map(\.description) == [
        "lesson.md:1:1: a lesson starts with its front matter: a line '---', `key: value` "
          + "lines (format, id, title, summary, …) and another '---'"
      ])
  }

  @Test func aFrontMatterNeverClosedIsRefusedAtItsOpening() {
    let (lesson, problems) = LessonParser.parseReportingProblems(
      "---\nformat: 1\nid: sample\n\n## One\n", file: Self.file)
    #expect(lesson == nil)
    #expect(
      problems.map(\.description) == [
        "lesson.md:1:1: the front matter opened on line 1 is never closed with '---'"
      ])
  }

  @Test func parseThrowsEveryProblemInFileOrder() {
    #expect(throws: LessonLoadError.self) { try Self.parse("no front matter") }
    do {
      _ = try LessonParser.parse("---\nformat: 2\n---\n", file: Self.file)
      Issue.record("a lesson in format 2 parsed")
    } catch {
      #expect(
        error.description == """
          lesson.md:2:1: the front matter needs 'id:'
          lesson.md:2:1: the front matter needs 'title:'
          lesson.md:2:1: the front matter needs 'summary:'
          lesson.md:2:9: this lesson is written in format 2; this downhill reads format 1
          lesson.md:3:1: the lesson has no steps; each step starts with a '## ' heading
          """)
    }
  }

  @Test func invalidYAMLIsLocatedWhereYamsFindsItShiftedToTheFileLine() {
    // Line 4 is `title: Sample: part two`; YAML refuses the second ': ' at column 14.
    let problems = Self.problems(
      "---\nformat: 1\nid: sample\ntitle: Sample: part two\nsummary: S\n---\n## One\n")
    #expect(
      problems.contains(
        "lesson.md:4:14: the front matter is not valid YAML: mapping values are not allowed "
          + "in this context"))
    let indented = Self.problems(
      "---\nformat: 1\nid: sample\n  title: Sample\nsummary: S\n---\n## One\n")
    #expect(
      indented.contains(
        "lesson.md:4:8: the front matter is not valid YAML: mapping values are not allowed "
          + "in this context"))
  }

  @Test func invalidYAMLIsTheFrontMattersOnlyProblem() {
    #expect(
      Self.problems(
        "---\nformat: 1\nid: sample\ntitle: Sample: part two\nsummary: S\n---\n## One\n")
        == [
          "lesson.md:4:14: the front matter is not valid YAML: mapping values are not "
            + "allowed in this context"
        ])
    #expect(
      Self.problems(
        "---\nformat: 1\nid: sample\nid: other\ntitle: T\nsummary: S\n---\n## One\n")
        == ["lesson.md:3:1: the front matter is not valid YAML: a key is given twice: id"])
  }

  @Test func aLessonInAnotherFormatVersionIsRefusedAtTheVersion() {
    #expect(
      Self.problems("---\nformat: 2\nid: sample\ntitle: T\nsummary: S\n---\n## One\n") == [
        "lesson.md:2:9: this lesson is written in format 2; this downhill reads format 1"
      ])
  }

  @Test func formatIdTitleAndSummaryAreRequired() {
    #expect(
      Self.problems("---\nformat: 1\n---\n## One\n") == [
        "lesson.md:2:1: the front matter needs 'id:'",
        "lesson.md:2:1: the front matter needs 'title:'",
        "lesson.md:2:1: the front matter needs 'summary:'",
      ])
    #expect(
      Self.problems("---\nid: sample\ntitle: T\nsummary: S\n---\n## One\n") == [
        "lesson.md:2:1: the front matter needs 'format:'"
      ])
  }

  @Test func anIdWithCapitalsOrSpacesIsInvalid() {
    #expect(
      Self.problems("---\nformat: 1\nid: Linear Regression\ntitle: T\nsummary: S\n---\n## A\n")
        == [
          "lesson.md:3:5: 'Linear Regression' is not a valid id: use lowercase letters, digits "
            + "and '-'"
        ])
  }

  @Test func anUnknownFrontMatterKeySuggestsTheNearestOne() {
    let keys =
      "the keys are format, id, title, summary, dataset, model, learning-rate, optimizer, "
      + "batch, normalize, split, parameters, views, variant, derive"
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "learning_rate: 0.1\nauthor: me\n")) == [
        "lesson.md:6:1: unknown key 'learning_rate' in the front matter; did you mean "
          + "'learning-rate'? " + keys,
        "lesson.md:7:1: unknown key 'author' in the front matter; " + keys,
      ])
  }

  @Test func aSettingWithoutAValueIsRefused() {
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "dataset:\nmodel: linear\n")) == [
        "lesson.md:6:9: 'dataset' needs a value"
      ])
  }

  @Test func aParameterMustBeAScalarOrAListOfThemOrOfLists() {
    let message =
      "parameter 'm' must be a number or an expression, a list of them for a vector ([0, 0]) "
      + "or a list of such lists for a matrix ([[0, 1], [1, 0]])"
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "parameters:\n  m: {a: 1}\n  c: 0\n"))
        == ["lesson.md:7:6: " + message])
    // A list mixing numbers and lists, or lists three deep, is neither a vector nor a matrix.
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "parameters:\n  m: [1, [2]]\n"))
        == ["lesson.md:7:6: " + message])
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "parameters:\n  m: [[[1]]]\n"))
        == ["lesson.md:7:6: " + message])
  }

  @Test func anUnknownFrontMatterViewIsLocatedAtItsListItem() {
    let views = "the views are fit, loss, landscape, boundary, graph, table, figure"
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "views: [fit, lossy]\n")) == [
        "lesson.md:6:14: there is no view 'lossy'; " + views
      ])
  }

  @Test func anUnknownFrontMatterViewIsLocatedAtItsNameInALineOfNames() {
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "views: fit, lossy\n")) == [
        "lesson.md:6:13: there is no view 'lossy'; the views are fit, loss, landscape, "
          + "boundary, graph, table, figure"
      ])
    // In quotes, the names start one column after the quote.
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "views: \"fit  lossy\"\n")) == [
        "lesson.md:6:14: there is no view 'lossy'; the views are fit, loss, landscape, "
          + "boundary, graph, table, figure"
      ])
  }

  @Test func aFrontMatterWithMoreThanThreeViewsIsRefusedLikeAPlotBlock() {
    #expect(
      Self.problems(
        Self.lessonText("## One\n", header: "views: [fit, loss, table, landscape]\n")) == [
          "lesson.md:6:1: a step shows at most 3 views"
        ])
    #expect(
      Self.problems(Self.lessonText("## One\n", header: "views: fit, loss, table\n")) == [])
  }

  // MARK: - The body

  @Test func anUnknownDirectiveSuggestsTheNearestOne() {
    let directives =
      "the directives are run, ask, task, exercise, predict, hint, plot (use ```text for a "
      + "block shown as is)"
    #expect(
      Self.problems(
        Self.lessonText("## One\n\n```exercize\nid: e\n```\n\n``` js\nlet x = 1\n```\n")) == [
          "lesson.md:9:4: unknown directive 'exercize'; did you mean 'exercise'? " + directives,
          "lesson.md:13:5: unknown directive 'js'; " + directives,
        ])
  }

  @Test func aDirectiveBeforeTheFirstStepIsRefused() {
    #expect(
      Self.problems(Self.lessonText("Intro.\n\n```run\nstep\n```\n\n## One\n")) == [
        "lesson.md:9:4: a ```run block must be inside a step, after a '## ' heading"
      ])
  }

  @Test func aFenceNeverClosedIsReportedAndItsBodyStillRead() {
    let text = Self.lessonText("## One\n\n```run\nstep 3\n")
    let (lesson, problems) = LessonParser.parseReportingProblems(text, file: Self.file)
    #expect(
      problems.map(\.description) == [
        "lesson.md:9:1: the ```run block opened here is never closed"
      ])
    #expect(lesson?.steps.first?.run == ["step 3"])
  }

  @Test func aStepIdCommentMustBeValidAndUnderAHeading() {
    #expect(
      Self.problems(
        Self.lessonText("<!-- id: early -->\n## One\n<!-- id: First_Step -->\n## \n")) == [
          "lesson.md:7:1: a step id comment belongs right under a '## ' heading",
          "lesson.md:9:10: 'First_Step' is not a valid id: use lowercase letters, digits and '-'",
          "lesson.md:10:1: a step's heading needs a title",
        ])
  }

  @Test func anInvalidStepIdIsLocatedAtTheIdWhateverTheSpacing() {
    #expect(
      Self.problems(Self.lessonText("## One\n<!--   id:   Bad -->\n")) == [
        "lesson.md:8:14: 'Bad' is not a valid id: use lowercase letters, digits and '-'"
      ])
    #expect(
      Self.problems(Self.lessonText("## One\n  <!--id:Bad-->\n")) == [
        "lesson.md:8:10: 'Bad' is not a valid id: use lowercase letters, digits and '-'"
      ])
  }

  @Test func twoStepsWithOneIdAreRefusedAtTheSecond() {
    #expect(
      Self.problems(Self.lessonText("## Setup\n## One\n<!-- id: setup -->\n")) == [
        "lesson.md:8:1: two steps have the id 'setup' (the other is on line 7); give one its "
          + "own with <!-- id: … --> under its heading"
      ])
  }

  @Test func twoBlocksWithOneIdAreRefusedAtTheSecondEvenInAnotherStep() {
    let ask = "```ask\nid: q\nquestion: Q?\nnumber: 1\n```\n"
    #expect(
      Self.problems(Self.lessonText("## One\n" + ask + "## Two\n" + ask)) == [
        "lesson.md:14:1: two blocks have the id 'q' (the other is on line 8); ids are unique "
          + "in a lesson"
      ])
  }

  @Test func aLessonWithoutStepsIsRefusedAtTheEndOfItsFrontMatter() {
    #expect(
      Self.problems(Self.lessonText("# Title\n\nJust prose.\n")) == [
        "lesson.md:6:1: the lesson has no steps; each step starts with a '## ' heading"
      ])
  }
}
