import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of standard input, for `downhill repl`: LF, CR LF and lone CR all end a line.
struct InputLines {
  private var splitter = LineSplitter()
  private var ended = false
  private var buffer = [UInt8](repeating: 0, count: 4096)

  /// The next line, or nil at the end of input.
  mutating func next() -> String? {
    while true {
      if let line = splitter.nextLine() { return line }
      if ended { return splitter.finish() }
      let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        ended = true
        continue
      }
      splitter.feed(buffer[0..<count])
    }
  }
}
