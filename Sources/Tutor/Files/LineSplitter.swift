/// Splits a stream of bytes into lines as they arrive, for reading typed or piped input.
///
/// A line ends at LF, CR LF or a lone CR (files saved by old Mac editors, or a terminal in
/// raw mode), so every convention gives the same lines; a CR LF split across two chunks is
/// still one line end. A line longer than `maximumLength` bytes keeps its first
/// `maximumLength` bytes (enough for any command to say it is too long) and drops the rest,
/// so an endless line (`/dev/zero` on standard input) cannot fill memory.
package struct LineSplitter {
  /// The most bytes kept of one line.
  package let maximumLength: Int
  private var current: [UInt8] = []
  private var afterCR = false
  private var ready: [String] = []
  private var nextReady = 0

  /// A splitter keeping at most `maximumLength` bytes of a line (1 MiB by default).
  package init(maximumLength: Int = 1 << 20) {
    self.maximumLength = maximumLength
  }

  /// Adds the next bytes read.
  package mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
    if nextReady == ready.count {
      ready.removeAll(keepingCapacity: true)
      nextReady = 0
    }
    for byte in bytes {
      if afterCR {
        afterCR = false
        if byte == 0x0A { continue }
      }
      switch byte {
      case 0x0A:
        finishLine()
      case 0x0D:
        finishLine()
        afterCR = true
      default:
        if current.count < maximumLength { current.append(byte) }
      }
    }
  }

  /// The next whole line, without its line end, if one has arrived.
  package mutating func nextLine() -> String? {
    guard nextReady < ready.count else { return nil }
    defer { nextReady += 1 }
    return ready[nextReady]
  }

  /// At the end of input: the last line if it had no line end.
  package mutating func finish() -> String? {
    if let line = nextLine() { return line }
    guard !current.isEmpty else { return nil }
    defer { current.removeAll() }
    return String(decoding: current, as: UTF8.self)
  }

  private mutating func finishLine() {
    ready.append(String(decoding: current, as: UTF8.self))
    current.removeAll(keepingCapacity: true)
  }
}
