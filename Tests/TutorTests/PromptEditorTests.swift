import Testing

@testable import Tutor

private func typed(_ text: String) -> PromptEditor {
  var editor = PromptEditor()
  for character in text { editor.insert(character) }
  return editor
}

@Test func editingKeysMoveAndDeleteAsInAShell() {
  var editor = typed("step 10")
  _ = editor.edit(.left)
  #expect(editor.cursor == 6)
  _ = editor.edit(.backspace)
  #expect(editor.line == "step 0")
  _ = editor.edit(.home)
  #expect(editor.cursor == 0)
  _ = editor.edit(.delete)
  #expect(editor.line == "tep 0")
  _ = editor.edit(.control("e"))
  #expect(editor.cursor == 5)
  _ = editor.edit(.control("w"))
  #expect(editor.line == "tep ")
  editor.insert("5")
  _ = editor.edit(.control("a"))
  #expect(editor.cursor == 0)
  _ = editor.edit(.end)
  #expect(editor.cursor == 5)
  _ = editor.edit(.control("u"))
  #expect(editor.line == "" && editor.cursor == 0)
  let edited = editor.edit(.tab)
  #expect(!edited)
}

@Test func historyBrowsesOldLinesAndComesBackToTheDraft() {
  var editor = typed("step")
  #expect(editor.submit() == "step")
  for character in "lr 0.1" { editor.insert(character) }
  _ = editor.submit()
  for character in "lr 0.1" { editor.insert(character) }
  _ = editor.submit()  // the same line twice is kept once
  #expect(editor.history == ["step", "lr 0.1"])
  editor.insert("m")
  _ = editor.edit(.up)
  #expect(editor.line == "lr 0.1" && editor.cursor == 6)
  _ = editor.edit(.up)
  _ = editor.edit(.up)
  #expect(editor.line == "step")
  _ = editor.edit(.down)
  _ = editor.edit(.down)
  #expect(editor.line == "m")
}

@Test func completionFinishesAUniqueWordOrTheCommonPrefix() {
  var command = typed("comp")
  let none = command.complete(commands: Command.words, names: [])
  #expect(none.isEmpty)
  #expect(command.line == "compare ")
  var name = typed("D_m = mean(Y - Y_")
  let candidates = name.complete(commands: Command.words, names: ["Y", "Y_pred", "Y_true"])
  #expect(candidates == ["Y_pred", "Y_true"])
  #expect(name.line == "D_m = mean(Y - Y_")
  var common = typed("s")
  let matches = common.complete(commands: ["show", "shuffle"], names: [])
  #expect(matches == ["show", "shuffle"])
  #expect(common.line == "sh")
}
