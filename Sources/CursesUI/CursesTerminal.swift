import CursesShim
import TermPlot

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal in full-screen mode: set up on creation, restored by `restore()` (or when
/// released), with keys, resizes and signals read by `nextEvent(timeout:)` and frames
/// drawn by `draw(_:cursor:)`.
///
/// ncurses is not thread-safe: make one terminal, and use it from one thread. Creating it
/// refuses, with a `CursesTerminalError`, everything that would garble the screen: input
/// or output that is not a terminal, `TERM` unset or `dumb`, a terminal type without
/// cursor addressing, ncurses failing to start.
///
/// ```swift
/// let terminal = try CursesTerminal(environment: ProcessInfo.processInfo.environment)
/// defer { terminal.restore() }
/// terminal.draw(frame, cursor: nil)
/// ```
public final class CursesTerminal {
  /// The locale's character set (`nl_langinfo(CODESET)` after adopting the user's
  /// `LC_CTYPE`), such as `UTF-8`.
  public let codeset: String
  /// The colours the terminal itself offers (its terminfo `colors`).
  public let supportedColorDepth: ColorDepth
  /// The colours frames are drawn with; setting more than `supportedColorDepth` gives
  /// `supportedColorDepth`. Lower it for `NO_COLOR` or a monochrome theme.
  public var colorDepth: ColorDepth {
    didSet {
      if colorDepth.rawValue > supportedColorDepth.rawValue {
        colorDepth = supportedColorDepth
      }
      palette = ColorPalette(
        depth: colorDepth, defaultColors: defaultColors,
        pairCount: Int(downhill_color_pair_count()))
      // Every cell's colours may change.
      shown = nil
    }
  }
  /// Columns of the screen, as of the last resize.
  public internal(set) var columns: Int = 0
  /// Rows of the screen, as of the last resize.
  public internal(set) var rows: Int = 0

  /// The ncurses screen; nil once restored.
  var screen: UnsafeMutableRawPointer?
  /// Files opened for a headless screen, closed on restore.
  let ownedFiles: [UnsafeMutablePointer<FILE>]
  /// Whether this terminal caught SIGTERM, SIGHUP and SIGINT (and must put them back).
  let catchesSignals: Bool
  /// Whether pairs may use the terminal's own colours (-1).
  let defaultColors: Bool
  /// Styles to attributes and colour pairs.
  var palette: ColorPalette
  /// Whether the next draw repaints the whole terminal (after a resize or a resume).
  var needsRepaint = false
  /// The frame stdscr holds, cell for cell; nil when it may hold anything else.
  var shown: Frame?
  /// Reads in a row that failed at once; a few mean the terminal has gone.
  var failedReads = 0
  /// Whether non-ASCII characters can be shown (a UTF-8 locale).
  let isUnicode: Bool

  /// The milliseconds ncurses waits after Escape for the rest of a key's sequence: short,
  /// so Escape alone reacts at once (the default is a full second).
  static let escapeDelay: Int32 = 25

  /// Takes over the terminal on standard input and output, whose type is `TERM` in
  /// `environment`.
  ///
  /// Checks the terminal's type (set, not `dumb`), that both streams are terminals, adopts
  /// the user's `LC_CTYPE` (only it: `LC_NUMERIC` would change how C formats numbers),
  /// checks that the type can address the cursor, then starts ncurses with `newterm`,
  /// which returns an error where `initscr` would exit the process. Raw mode, so Ctrl-C
  /// and Ctrl-Z arrive as keys; SIGTERM, SIGHUP and SIGINT are caught into a flag that
  /// `nextEvent` reports.
  public convenience init(environment: [String: String]) throws(CursesTerminalError) {
    let term = environment["TERM"] ?? ""
    guard !term.isEmpty else { throw .noTerminalType }
    guard term != "dumb" else { throw .dumbTerminal }
    guard isatty(0) != 0 else { throw .inputNotATerminal }
    guard isatty(1) != 0 else { throw .outputNotATerminal }
    try self.init(
      terminalType: term, output: nil, input: nil, ownedFiles: [], catchesSignals: true)
  }

  /// A screen of `terminalType` and `columns` × `rows` that writes to and reads from
  /// `/dev/null`, for benchmarks and tests: everything is drawn as on a real terminal, and
  /// nothing is shown. Characters are drawn as in a UTF-8 locale (`C.UTF-8` when the
  /// process's own is not one); signals are left alone.
  public static func headless(
    terminalType: String = "xterm-256color", columns: Int = 120, rows: Int = 40
  ) throws(CursesTerminalError) -> CursesTerminal {
    guard let output = fopen("/dev/null", "w") else { throw .cannotOpen("/dev/null") }
    guard let input = fopen("/dev/null", "r") else {
      fclose(output)
      throw .cannotOpen("/dev/null")
    }
    do {
      let terminal = try CursesTerminal(
        terminalType: terminalType, output: output, input: input, ownedFiles: [output, input],
        catchesSignals: false, needsUnicode: true)
      // /dev/null has no size: take the one asked for.
      downhill_screen_resize(Int32(rows), Int32(columns))
      terminal.readSize()
      return terminal
    } catch {
      fclose(output)
      fclose(input)
      throw error
    }
  }

  private init(
    terminalType term: String, output: UnsafeMutablePointer<FILE>?,
    input: UnsafeMutablePointer<FILE>?, ownedFiles: [UnsafeMutablePointer<FILE>],
    catchesSignals: Bool, needsUnicode: Bool = false
  ) throws(CursesTerminalError) {
    setlocale(LC_CTYPE, "")
    if needsUnicode && !Self.localeIsUnicode {
      // A headless screen draws what a student's UTF-8 terminal would, whatever the
      // locale of the process measuring it.
      for name in ["C.UTF-8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { break }
    }
    let codeset = Self.codeset
    switch downhill_terminal_addresses_cursor(term) {
    case -1: throw .unknownTerminal(term)
    case 0: throw .noCursorAddressing(term)
    default: break
    }
    // Caught before ncurses starts, so it leaves these three alone (it installs handlers
    // only where it finds the default) and they come back as they were on restore.
    if catchesSignals {
      downhill_signals_install()
      downhill_crash_guard_prepare()
    }
    guard let screen = downhill_screen_open(term, output, input) else {
      if catchesSignals { downhill_signals_restore() }
      throw .cannotStart(term)
    }
    self.screen = screen
    self.codeset = codeset
    self.ownedFiles = ownedFiles
    self.catchesSignals = catchesSignals
    isUnicode = Self.localeIsUnicode
    defaultColors = downhill_screen_configure(Self.escapeDelay)
    // From here a crash gives the terminal back before anything reports it.
    if catchesSignals { downhill_crash_guard_arm() }
    let colors = downhill_color_count()
    supportedColorDepth =
      colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : colors >= 8 ? .basic : .none
    colorDepth = supportedColorDepth
    palette = ColorPalette(
      depth: supportedColorDepth, defaultColors: defaultColors,
      pairCount: Int(downhill_color_pair_count()))
    readSize()
  }

  deinit {
    restore()
  }

  /// Whether the terminal is still in full-screen mode (not yet restored).
  public var isActive: Bool { screen != nil }

  /// Gives the terminal back as it was: leaves curses mode (`endwin`, which also shows the
  /// cursor and leaves the alternate screen), puts the signal dispositions back and frees
  /// the screen. Safe to call more than once; every later draw or read does nothing.
  public func restore() {
    guard let screen else { return }
    self.screen = nil
    shown = nil
    downhill_screen_select(screen)
    downhill_screen_end()
    if catchesSignals {
      downhill_crash_guard_disarm()
      downhill_signals_restore()
    }
    downhill_screen_delete(screen)
    for file in ownedFiles { fclose(file) }
    fflush(nil)
  }

  /// Discards input that arrived but was never read, and input still arriving until it
  /// pauses (30 ms, at most 2 s): call before `restore()` when the tutorial ends by a signal
  /// or a lost terminal, so that the rest of a paste does not reach the shell as a command.
  /// After a quit key nothing needs discarding: what follows it was typed for the shell.
  public func discardUnreadInput() {
    guard isActive, catchesSignals else { return }
    downhill_drain_input()
  }

  /// Stops the process as Ctrl-Z does in a shell, the terminal restored meanwhile; when the
  /// shell continues it (`fg`), the next draw repaints the whole screen.
  public func suspend() {
    guard isActive else { return }
    downhill_screen_end()
    fflush(nil)
    downhill_suspend()
    needsRepaint = true
    readSize()
  }

  /// Runs `body` (a command the tutorial carries out, which may run the student's Python)
  /// with Ctrl-C as a stop request: the interpreter stops at its next step, and the
  /// tutorial goes on. Outside it Ctrl-C is a key, as in raw mode.
  public func interruptible<T>(_ body: () -> T) -> T {
    guard isActive, catchesSignals else { return body() }
    downhill_interruptible_begin()
    defer { downhill_interruptible_end() }
    return body()
  }

  /// Whether Ctrl-C was pressed during the command `interruptible` is running.
  public static var interruptRequested: Bool { downhill_interrupt_requested() != 0 }

  /// Makes the next draw put every cell and repaint the whole terminal: for Ctrl-L, or a
  /// screen that something else has written over.
  public func repaintAll() {
    shown = nil
    needsRepaint = true
  }

  /// The signal (SIGTERM, SIGHUP or SIGINT) caught since set-up, if any.
  public var pendingSignal: Int32? {
    let signal = downhill_pending_signal()
    return signal == 0 ? nil : signal
  }

  /// The character set of the current `LC_CTYPE`.
  private static var codeset: String {
    nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
  }

  /// Whether the current `LC_CTYPE` is UTF-8.
  private static var localeIsUnicode: Bool {
    codeset.uppercased().filter { $0 != "-" } == "UTF8"
  }

  /// Re-reads the screen's size from ncurses.
  func readSize() {
    var height: Int32 = 0
    var width: Int32 = 0
    downhill_screen_size(&height, &width)
    rows = Int(Swift.max(0, height))
    columns = Int(Swift.max(0, width))
    // ncurses resized stdscr, keeping or clearing parts of it: draw everything again.
    shown = nil
  }
}
