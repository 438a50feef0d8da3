import Testing

@testable import Python

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The parser's stack: it recurses once a bracket, block or prefix operator, at most 100
/// deep, and at that depth it must fit in a small thread stack.
///
/// Measured with the stack painted, at the limits: about 290 KB in a release build for 99
/// nested `(1+…)` (the deepest kind), 1.1 MB in a debug build, whose frames are several
/// times larger.
@Suite struct ParserStackTests {
  /// 512 KiB, a secondary thread's stack on macOS, in a release build; 2 MiB in a debug
  /// build.
  #if DEBUG
    static let smallStack = 2 << 20
  #else
    static let smallStack = 512 << 10
  #endif

  @Test func theDeepestNestingAllowedFitsInASmallStack() {
    // Every kind of nesting at its limit, on a thread with a small stack; a stack overflow
    // here would crash the test run.
    let paren = String(repeating: "(1+", count: 99) + "1" + String(repeating: ")", count: 99)
    let call = String(repeating: "f(1, x=-", count: 99) + "1" + String(repeating: ")", count: 99)
    let mixed = String(repeating: "[not -a[f(", count: 24) + String(repeating: ")]]", count: 24)
    let blocks =
      (0..<99).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
      + String(repeating: " ", count: 99) + "y = " + paren + "\n"
    let fString =
      "f'''{f\"{f'{1+(" + String(repeating: "(", count: 90) + "x"
      + String(repeating: ")", count: 91) + "}'}\"}'''"
    let sources = [paren, call, mixed, blocks, fString]
    let outcomes = onParserThread(stackSize: Self.smallStack) { sources.map(parseFailure) }
    #expect(outcomes.count == 5)
    for outcome in outcomes {
      #expect(outcome.hasPrefix("parsed: ") || outcome.contains("LimitReached"))
    }
  }
}

/// `parseFailure` of each source, on a thread with an 8 MiB stack, whatever the test
/// runner's thread has.
func parseFailuresOnLargeStack(_ sources: [String]) -> [String] {
  onParserThread(stackSize: 8 << 20) { sources.map(parseFailure) }
}

/// Work for a thread of its own: what to run, and what it gave.
private final class Job: @unchecked Sendable {
  let body: @Sendable () -> [String]
  var result: [String] = []

  init(body: @escaping @Sendable () -> [String]) {
    self.body = body
  }
}

/// Runs `body` on a new thread with a stack of `stackSize` bytes, and returns its result
/// (empty if the thread could not start): so that how deep the parser may recurse does not
/// depend on the stack of the thread the test runner chose.
func onParserThread(stackSize: Int, _ body: @escaping @Sendable () -> [String]) -> [String] {
  let job = Job(body: body)
  var attributes = pthread_attr_t()
  pthread_attr_init(&attributes)
  defer { pthread_attr_destroy(&attributes) }
  pthread_attr_setstacksize(&attributes, stackSize)
  let context = Unmanaged.passRetained(job).toOpaque()
  #if canImport(Glibc)
    var thread = pthread_t()
    let started = pthread_create(
      &thread, &attributes,
      { raw in
        guard let raw else { return nil }
        let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
        job.result = job.body()
        return nil
      }, context)
    guard started == 0 else { return [] }
    pthread_join(thread, nil)
  #else
    var thread: pthread_t?
    let started = pthread_create(
      &thread, &attributes,
      { raw in
        let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
        job.result = job.body()
        return nil
      }, context)
    guard started == 0, let thread else { return [] }
    pthread_join(thread, nil)
  #endif
  return job.result
}
