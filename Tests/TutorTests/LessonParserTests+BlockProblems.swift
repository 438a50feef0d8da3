import Testing

@testable import Tutor

/// Problems inside directive blocks, each at `file:line:col`.
///
/// Every block here is the only thing in step "## Check" (line 7), so its fence is line 9
/// and its first key line 10.
extension LessonParserTests {
  /// The problems of a one-step lesson whose step holds `block`.
  static func blockProblems(_ block: String) -> [String] {
    problems(lessonText("## Check\n\n" + block))
  }

  // MARK: - Any checked block

  @Test func anUnknownKeyInABlockSuggestsTheNearestOne() {
    #expect(
      Self.blockProblems(
        "```task\nid: t\ngoal: G\nwhen: loss < 1\nsolutoin: step\nmistakes: []\n```\n") == [
          "lesson.md:13:1: unknown key 'solutoin' in the ```task block; did you mean "
            + "'solution'? the keys are id, goal, when, by, solution, explain, hides, points, "
            + "optional",
          "lesson.md:14:1: unknown key 'mistakes' in the ```task block; the keys are id, goal, "
            + "when, by, solution, explain, hides, points, optional",
        ])
    #expect(
      Self.blockProblems(
        "```predict\nid: p\nquestion: Q?\nmeasure: m\nrun: step\nmistakes: []\n```\n") == [
          "lesson.md:14:1: unknown key 'mistakes' in the ```predict block; the keys are id, "
            + "question, choices, outcomes, measure, tolerance, run, explain, hides, points, "
            + "optional"
        ])
  }

  @Test func aBlockThatIsNotValidYAMLIsLocatedInTheFile() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Why: this?\nnumber: 1\n```\n") == [
        "lesson.md:11:14: the ```ask block is not valid YAML: mapping values are not allowed "
          + "in this context"
      ])
  }

  @Test func aKeyGivenTwiceIsInvalidYAMLAtItsFirstPlace() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nnumber: 1\nnumber: 2\n```\n") == [
        "lesson.md:12:1: the ```ask block is not valid YAML: a key is given twice: number"
      ])
  }

  @Test func aBlockMustBeANonEmptyMapping() {
    #expect(
      Self.blockProblems("```ask\n```\n") == ["lesson.md:10:1: the ```ask block is empty"])
    #expect(
      Self.blockProblems("```ask\njust a question?\n```\n") == [
        "lesson.md:10:1: the ```ask block must be a list of `key: value` lines"
      ])
  }

  @Test func aBlockNeedsAValidId() {
    #expect(
      Self.blockProblems("```ask\nquestion: Q?\nnumber: 1\n```\n") == [
        "lesson.md:10:1: the ```ask block needs 'id:'"
      ])
    #expect(
      Self.blockProblems("```ask\nid: Q1\nquestion: Q?\nnumber: 1\n```\n") == [
        "lesson.md:10:5: 'Q1' is not a valid id: use lowercase letters, digits and '-'"
      ])
  }

  @Test func eachDirectiveNamesItsMissingKeysAtTheBlocksFirstLine() {
    #expect(
      Self.blockProblems("```ask\nid: q\nnumber: 1\n```\n") == [
        "lesson.md:10:1: the ```ask block needs 'question:'"
      ])
    #expect(
      Self.blockProblems("```task\nid: t\n```\n") == [
        "lesson.md:10:1: the ```task block needs 'goal:'",
        "lesson.md:10:1: the ```task block needs 'when:'",
      ])
    #expect(
      Self.blockProblems("```exercise\nid: e\n```\n") == [
        "lesson.md:10:1: the ```exercise block needs 'prompt:'",
        "lesson.md:10:1: the ```exercise block needs 'answer:'",
      ])
    #expect(
      Self.blockProblems("```predict\nid: p\nmeasure: m\nrun: step\n```\n") == [
        "lesson.md:10:1: the ```predict block needs 'question:'"
      ])
  }

  @Test func aRequiredKeyWithoutAValueIsRefused() {
    // `question:` and `when:` with nothing after them read as empty text: each is a problem
    // on its own line (`question:` is line 11, `when:` line 17).
    let (_, problems) = LessonParser.parseReportingProblems(
      Self.lessonText(
        "## Check\n\n```ask\nid: q\nquestion:\nnumber: 1\n```\n"
          + "```task\nid: t\ngoal: G\nwhen:\nsolution: step\n```\n"),
      file: Self.file)
    #expect(
      problems.map(\.description) == [
        "lesson.md:11:10: 'question' needs a value", "lesson.md:17:6: 'when' needs a value",
      ])
    #expect(
      Self.blockProblems("```exercise\nid: e\nprompt: \"\"\nanswer: m\n```\n") == [
        "lesson.md:11:9: 'prompt' needs a value"
      ])
    #expect(
      Self.blockProblems("```task\nid: t\ngoal:\nwhen: loss < 1\nsolution: step\n```\n") == [
        "lesson.md:11:6: 'goal' needs a value"
      ])
    #expect(
      Self.blockProblems("```predict\nid:\nquestion: Q?\nmeasure:\nrun: step\n```\n") == [
        "lesson.md:10:4: 'id' needs a value", "lesson.md:12:9: 'measure' needs a value",
      ])
  }

  @Test func aKeyThatTakesOneValueRefusesAList() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: [Q, R]\nnumber: 1\n```\n") == [
        "lesson.md:11:11: 'question' must be a single value, not a list or mapping"
      ])
  }

  // MARK: - ask

  @Test func anAskWithTwoKindsOfAnswerIsRefusedAtTheSecond() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\ntext: one\nnumber: 1\n```\n") == [
        "lesson.md:12:7: an ask has one kind of answer; this one has number and text"
      ])
  }

  @Test func anAskWithoutAnAnswerIsRefusedAtItsId() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\n```\n") == [
        "lesson.md:10:5: an ask needs its answer as one of number:, choices: (with answer:), "
          + "text: or expression:"
      ])
  }

  @Test func answerGoesOnlyWithChoices() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nnumber: 1\nanswer: 1\n```\n") == [
        "lesson.md:13:9: answer: goes with choices:; a number is its own answer"
      ])
  }

  @Test func theAnswerMustBeOneOfTheChoices() {
    #expect(
      Self.blockProblems(
        "```ask\nid: q\nquestion: Q?\nchoices:\n  a: up\n  b: down\nanswer: c\n```\n") == [
          "lesson.md:15:9: the answer 'c' is not one of the choices a, b"
        ])
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nchoices: [up, down]\n```\n") == [
        "lesson.md:10:1: the ```ask block needs 'answer:'"
      ])
  }

  @Test func aChoiceNeedsTwoOptions() {
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nchoices: [only]\nanswer: a\n```\n") == [
        "lesson.md:12:10: a choice needs at least two options"
      ])
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nchoices: up or down\nanswer: a\n```\n")
        == [
          "lesson.md:12:10: choices: is a list, or a mapping of key: text",
          "lesson.md:12:10: a choice needs at least two options",
        ])
  }

  @Test func aToleranceIsAMarginOrAPercentage() {
    let message = "'tolerance' must be a number (±margin) or a percentage such as 10%"
    for tolerance in ["lots", "-1", "-5%", "ten%"] {
      #expect(
        Self.blockProblems(
          "```ask\nid: q\nquestion: Q?\nnumber: 1\ntolerance: \(tolerance)\n```\n") == [
            "lesson.md:13:12: " + message
          ])
    }
  }

  @Test func varyTakesARangeFromLowToHigh() {
    let problems = Self.blockProblems(
      """
      ```ask
      id: q
      question: Q?
      expression: 2 * m
      vary:
        m: [5, 1]
        c: 3
        b: [0, 1, 2]
        w: [-1, inf]
        L: [0.001, 0.1]
      ```

      """)
    #expect(
      problems == [
        "lesson.md:14:3: vary m with its range as [low, high], such as [-5, 5]",
        "lesson.md:15:3: vary c with its range as [low, high], such as [-5, 5]",
        "lesson.md:16:3: vary b with its range as [low, high], such as [-5, 5]",
        "lesson.md:17:3: vary w with its range as [low, high], such as [-5, 5]",
      ])
  }

  @Test func statesCountsFromOneToFifty() {
    for states in ["0", "51", "2.5", "many"] {
      #expect(
        Self.blockProblems(
          "```ask\nid: q\nquestion: Q?\nexpression: m\nstates: \(states)\n```\n") == [
            "lesson.md:13:9: 'states' must be a whole number from 1 to 50"
          ])
    }
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nexpression: m\nstates: 50\n```\n") == [])
  }

  @Test func eachMistakeHasAnAnswerWhatToSayAndPerhapsAName() {
    let problems = Self.blockProblems(
      """
      ```ask
      id: q
      question: Q?
      number: 1
      mistakes:
        - answer: 2
        - answer: 3
          say: Not 3.
          score: 0
        - just wrong
        - answer: 4
          say: Not 4.
          name: off by three
      ```

      """)
    let message = "each mistake has answer: (the wrong answer), say: and optionally name:"
    #expect(
      problems == [
        "lesson.md:14:5: " + message, "lesson.md:15:5: " + message,
        "lesson.md:18:5: " + message,
      ])
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nnumber: 1\nmistakes: 2\n```\n") == [
        "lesson.md:13:11: mistakes: is a list of answer: and say: pairs"
      ])
  }
}
