import Testing

/// `downhill repl` fed a script on standard input: the whole output, exactly.
@Suite struct ReplTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  /// One epoch, then the course's update typed by hand (which is the course's epoch 2),
  /// then 998 more: 1000 epochs of the course's loop, so the parameters are numpy's
  /// m = 149.63852630039835, c = 1.3050347505457929 and the last loss is epoch 1000's.
  @Test func aScriptRunsTheCoursesExampleByCommandAndByHand() throws {
    let script = """
      loss
      step
      loss
      D_m = (-2/n) * sum(X * (Y - Y_pred))
      D_c = (-2/n) * sum(Y - Y_pred)
      m = m - L*D_m
      c = c - L*D_c
      step 998
      show params
      Ypred
      quit
      step
      """
    let result = try downhill.run(["repl"], input: script)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.stderr == "", "\(result)")
    #expect(
      result.stdout == """
        247500.0
        epoch 1: loss 247500 before the update
        m = 33, c = 9
        144342.0
        the model moved: m = 58.2, c = 9; loss 87823.4
        the model moved: m = 58.2, c = 15.84; loss 84225.9
        epochs 2–999: loss 84225.9 → 0.312104
        m = 149.6385, c = 1.305035
        w = [149.6385263]
        b = 1.305034751
        Ypred
        ^~~~~ name 'Ypred' is not defined; did you mean 'Y_pred'?
        bye

        """, "\(result)")
  }

  @Test func viewPrintsAPlotAndTheEndOfInputEndsTheSession() throws {
    let result = try downhill.run(
      ["repl", "--width", "40", "--height", "10", "--ascii"], input: "step 10\nview loss\n")
    #expect(result.exitStatus == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 + 10 + 1, "\(result)")
    #expect(lines[2] == "view loss")
    // The plot is ASCII (the session's own lines may use – and →).
    let plot = lines.dropFirst(3).joined(separator: "\n")
    #expect(plot.utf8.allSatisfy { $0 < 128 }, "\(result)")
    // 247500 → 2171 spans a ratio over 100: a log axis, decades labelled.
    #expect(plot.contains("100k+") && plot.contains(" 10k+"), "\(result)")
  }

  @Test func badOptionsExitWithStatusTwo() throws {
    let result = try downhill.run(["repl", "--width", "401"])
    #expect(result.exitStatus == 2)
    #expect(result.stderr.hasPrefix("Error: --width must be from 1 to 400 columns, not 401\n"))
    #expect(result.stdout == "")
  }

  /// Any size a frame can have draws: a plot keeps what fits.
  @Test func theSmallestPlotIsDrawn() throws {
    let result = try downhill.run(
      ["repl", "--width", "1", "--height", "1"], input: "step 3\nview loss\nview fit\n")
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.stderr == "", "\(result)")
  }
}
