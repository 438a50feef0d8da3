/// An opening code fence: three or more backticks or tildes and an info string.
struct Fence {
  let marker: Character
  let length: Int
  let info: String
  let infoColumn: Int

  init?(opening line: String) {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let run = rest.prefix { $0 == first }.count
    guard run >= 3 else { return nil }
    marker = first
    length = run
    let afterFence = rest.dropFirst(run)
    let leading = afterFence.prefix { $0 == " " }.count
    info = String(afterFence).trimmingSpaces
    infoColumn = indent + run + leading + 1
  }

  func isClosed(by line: String) -> Bool {
    let trimmed = line.trimmingSpaces
    return trimmed.count >= length && trimmed.allSatisfy { $0 == marker }
  }
}
