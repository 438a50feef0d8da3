import Descent
import TermPlot

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An asciinema v2 recording being written: `downhill --record FILE.cast`.
///
/// Each screen is appended as an output event with the seconds since the recording began,
/// flushed as it goes, so a recording cut short by a crash still plays up to that point.
final class CastRecording {
  private let file: UnsafeMutablePointer<FILE>
  private var started = 0.0
  private var last: Frame?

  /// Opens (and truncates) `path`, or throws saying why it cannot be written.
  init(path: String) throws {
    guard let file = fopen(path, "w") else {
      throw DescentError("cannot record to '\(path)': \(String(cString: strerror(errno)))")
    }
    self.file = file
  }

  deinit {
    fclose(file)
  }

  /// Writes the header for a `width` × `height` screen and starts the clock.
  func start(width: Int, height: Int, term: String?) {
    started = MonotonicSeconds.now()
    append(
      Asciicast.header(
        width: width, height: height, timestamp: Clock.now(), term: term,
        title: "downhill"))
  }

  /// Appends `frame` (unless it is the same as the last one written).
  func write(_ frame: Frame, depth: ColorDepth) {
    guard frame != last else { return }
    last = frame
    let time = MonotonicSeconds.now() - started
    append(Asciicast.event(time: time, output: Asciicast.screen(frame, depth: depth)))
  }

  private func append(_ line: String) {
    fputs(line + "\n", file)
    fflush(file)
  }
}

/// Seconds on a clock that never goes backwards, for event times.
enum MonotonicSeconds {
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
