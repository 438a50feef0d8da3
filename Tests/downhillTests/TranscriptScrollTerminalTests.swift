import Testing

extension TutorialTerminalTests {
  /// ^Y scrolls the transcript back in a real terminal, and the next key brings the newest
  /// lines back.
  @Test func controlYScrollsTheTranscriptBackAndAnotherKeyReturns() throws {
    let tmux = try startLesson()
    for line in ["show data", "step 1", "step 1", "step 1", "step 1"] {
      try tmux.type(line)
      try tmux.send("Enter")
    }
    let newest = try tmux.waitFor("epoch 4")
    #expect(!newest.contains("size  price"), "\(newest)")
    try tmux.send("C-y")
    let back = try tmux.waitFor("scrolled back")
    #expect(back.contains("size  price"), "\(back)")
    try tmux.send("Left")
    try tmux.wait(for: "the newest lines") { !$0.contains("scrolled back") }
    try tmux.send("C-q")
    try expectCleanExit(tmux)
  }
}
