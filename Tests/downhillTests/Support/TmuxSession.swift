import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A command running in a detached tmux session on a tmux server of its own, driven like a
/// student at a real terminal: keys in with `send-keys`, the screen out with
/// `capture-pane`.
///
/// Each session has its own server, on a socket in a temporary directory, so tests run in
/// parallel and never touch a tmux the user has open; the server is killed when the
/// session is released. Inside, `TERM` is tmux's `tmux-256color` and the locale UTF-8, so
/// captures are stable.
///
/// The server runs in the foreground (`tmux -D`) as the test's own child, started with
/// `posix_spawn` and every signal unblocked. Started by a client, a daemon server would
/// inherit the descriptor Foundation's `Process` watches to learn that the client
/// exited, so `waitUntilExit` would wait for the server; started by `Process` from a test
/// thread, it would inherit that thread's blocked signals and never see SIGCHLD.
///
/// ```swift
/// let tmux = try TmuxSession(command: "downhill", width: 100, height: 30)
/// try tmux.waitFor("Linear regression")
/// try tmux.send("C-q")
/// ```
final class TmuxSession {
  /// The tmux executable, if this machine has one.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    for directory in directories {
      let candidate = URL(fileURLWithPath: directory).appendingPathComponent("tmux")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  /// Whether tmux is installed (tests that need it skip, saying so, where it is not).
  static var isAvailable: Bool { executable != nil }

  /// The session's name.
  let name = "tutorial"
  private let tmux: URL
  /// Holds the server's socket.
  private let folder: TemporaryDirectory
  /// The server's socket (`tmux -S`).
  private let socket: String
  /// The server's process id.
  private let server: pid_t

  /// Starts a server and, in a new detached session of `width` × `height`, `command` (run
  /// by the shell).
  init(command: String, width: Int, height: Int) throws {
    guard let executable = Self.executable else { throw TmuxError("tmux is not installed") }
    tmux = executable
    folder = try TemporaryDirectory()
    socket = folder.path("tmux")
    server = try Self.spawn(executable.path, ["-S", socket, "-f", "/dev/null", "-D"])
    // A client run before the socket exists would start a daemon server of its own.
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: socket) {
      guard Date() < deadline else {
        Self.end(server)
        throw TmuxError("the tmux server did not start")
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    do {
      try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command])
    } catch {
      Self.end(server)
      throw error
    }
  }

  deinit {
    _ = try? run(["kill-server"])
    Self.end(server)
  }

  /// Starts `path arguments…` with the session's environment, standard streams on
  /// /dev/null, default signal dispositions and no blocked signals.
  private static func spawn(_ path: String, _ arguments: [String]) throws -> pid_t {
    #if canImport(Darwin)
      var attributes: posix_spawnattr_t?
      var actions: posix_spawn_file_actions_t?
    #else
      var attributes = posix_spawnattr_t()
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    #if os(Linux)
      // Nothing else of the test process's: glibc 2.34 and later can close the rest, under
      // a name Swift does not import.
      typealias CloseFrom = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
      if let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
        _ = withUnsafeMutablePointer(to: &actions) {
          unsafeBitCast(closeFrom, to: CloseFrom.self)(UnsafeMutableRawPointer($0), 3)
        }
      }
    #endif
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard status == 0 else { throw TmuxError("cannot start tmux: error \(status)") }
    return pid
  }

  /// Waits up to five seconds for `pid` to exit after `kill-server`, then kills it.
  private static func end(_ pid: pid_t) {
    var status: Int32 = 0
    for attempt in 0..<500 {
      if waitpid(pid, &status, WNOHANG) != 0 { return }
      if attempt == 100 { kill(pid, SIGTERM) }
      Thread.sleep(forTimeInterval: 0.01)
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
  }

  /// The environment of the server and so of the pane: a UTF-8 locale, and no TMUX of an
  /// outer session (tmux refuses to nest).
  private static var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    #if os(macOS)
      environment["LC_ALL"] = "en_US.UTF-8"
    #else
      environment["LC_ALL"] = "C.UTF-8"
    #endif
    environment["TMUX"] = nil
    return environment
  }

  /// Sends keys in tmux's names: `"Enter"`, `"Space"`, `"C-q"`, `"Up"`.
  func send(_ keys: String...) throws {
    try run(["send-keys", "-t", name] + keys)
  }

  /// Types `text` literally, one character after another.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", name, "-l", text])
  }

  /// Pastes `text` as a terminal pastes it: all at once, as fast as the program reads.
  func paste(_ text: String) throws {
    let file = try folder.write(text, to: "paste-buffer")
    try run(["load-buffer", file])
    try run(["paste-buffer", "-t", name])
  }

  /// The process ids of the pane's command and all its descendants, with their names.
  func paneProcesses() throws -> [(pid: Int32, name: String)] {
    var found: [(pid: Int32, name: String)] = []
    var queue = [try panePID()]
    while let pid = queue.popLast() {
      let children =
        (try? String(
          contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
      for child in children.split(separator: " ").compactMap({ Int32($0) }) {
        let name = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
        found.append((child, name.trimmingCharacters(in: .whitespacesAndNewlines)))
        queue.append(child)
      }
    }
    return found
  }

  /// The screen as text, one line a row.
  func capture() throws -> String {
    try run(["capture-pane", "-p", "-t", name])
  }

  /// Resizes the session's window to `width` × `height`.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The process id of the pane's command (the `sh` that runs the test's command).
  func panePID() throws -> Int32 {
    let text = try run(["display-message", "-p", "-t", name, "#{pane_pid}"])
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw TmuxError("no pane pid in '\(text)'")
    }
    return pid
  }

  /// Polls the screen until `predicate` holds, and returns that screen; throws, showing
  /// the last screen, when `timeout` seconds pass first.
  @discardableResult
  func wait(
    timeout: Double = 30, for what: String, until predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while true {
      screen = try capture()
      if predicate(screen) { return screen }
      if Date() > deadline { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw TmuxError("waited \(timeout) s for \(what); the screen shows:\n\(screen)")
  }

  /// Polls the screen until it contains `text`, and returns that screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 30) throws -> String {
    try wait(timeout: timeout, for: "'\(text)'") { $0.contains(text) }
  }

  /// Runs `tmux -S socket arguments…` and returns its standard output.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = tmux
    process.arguments = ["-S", socket] + arguments
    process.environment = Self.environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw TmuxError("tmux \(arguments.joined(separator: " ")) failed")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// `text` quoted for `sh`.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
