import Foundation

/// Watching a file for saves, for `downhill check --watch`.
enum Watching {
  /// Calls `changed` with `path` now and after every change to its modification time or
  /// size, polling four times a second, until the process is interrupted.
  static func watch(_ path: String, changed: (String) -> Void) throws {
    var last: (Date?, Int?)? = nil
    while true {
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      let now = (
        attributes?[.modificationDate] as? Date, (attributes?[.size] as? NSNumber)?.intValue
      )
      if last == nil || now.0 != last?.0 || now.1 != last?.1 {
        last = now
        print("── \(path), checked at \(Self.time()) ──")
        changed(path)
        fflush(nil)
      }
      usleep(250_000)
    }
  }

  /// The local time as HH:MM:SS.
  static func time() -> String {
    var now = time_t(Foundation.time(nil))
    var parts = tm()
    localtime_r(&now, &parts)
    return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
  }
}
