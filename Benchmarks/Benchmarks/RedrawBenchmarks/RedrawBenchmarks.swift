import Benchmark
import CursesUI
import TermPlot
import Tutor

// One full redraw of the tutorial, as a student's key press causes it: the key handled,
// the lesson screen laid out into a Frame, and the frame blitted into a real ncurses
// screen (`newterm` on xterm-256color, writing to /dev/null, so it runs headless with
// ncurses' whole diff-and-escape path). The design's budget is 2 ms at 120×40. Figures
// are compared as ratios to baselines measured in the same run: the same cycle without
// the blit, and the blit alone.

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    maxDuration: .seconds(2),
    // Every iteration trains one more epoch; a bounded count keeps the history (and so
    // the landscape's path) the same size from run to run.
    maxIterations: 2_000
  )

  // The whole cycle: space on an empty prompt (one epoch), render, blit.
  Benchmark("Redraw: key, render and blit, lesson screen 120×40 (fit, loss, landscape)") {
    benchmark in
    var app = try RedrawFixture.lessonApp()
    let terminal = try CursesTerminal.headless(columns: 120, rows: 40)
    defer { terminal.restore() }
    terminal.draw(app.render(width: 120, height: 40), cursor: app.cursor)
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      _ = app.handle(.character(" "), now: 0)
      let frame = app.render(width: 120, height: 40)
      terminal.draw(frame, cursor: app.cursor)
      benchmark.stopMeasurement()
    }
  }

  // Baseline: the same cycle without the blit — what the terminal layer adds is the
  // difference.
  Benchmark("Redraw baseline: key and render only, the same screen") { benchmark in
    var app = try RedrawFixture.lessonApp()
    _ = app.render(width: 120, height: 40)
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      _ = app.handle(.character(" "), now: 0)
      let frame = app.render(width: 120, height: 40)
      benchmark.stopMeasurement()
      blackHole(frame)
    }
  }

  // The blit alone: successive screens of the lesson, one epoch apart, drawn in order (and
  // around again), so every draw has an epoch's worth of changes to send.
  Benchmark("Redraw: blit alone, successive lesson screens 120×40") { benchmark in
    var app = try RedrawFixture.lessonApp()
    var frames: [Frame] = []
    for _ in 0..<50 {
      _ = app.handle(.character(" "), now: 0)
      frames.append(app.render(width: 120, height: 40))
    }
    let terminal = try CursesTerminal.headless(columns: 120, rows: 40)
    defer { terminal.restore() }
    var next = 0
    for _ in benchmark.scaledIterations {
      let frame = frames[next]
      next = (next + 1) % frames.count
      benchmark.startMeasurement()
      terminal.draw(frame, cursor: (x: 10, y: 38))
      benchmark.stopMeasurement()
    }
  }

  // The worst case: every cell put and the whole terminal repainted, as after a resize or
  // Ctrl-L.
  Benchmark("Redraw: blit of the whole screen, repainted, 120×40") { benchmark in
    var app = try RedrawFixture.lessonApp()
    let frame = app.render(width: 120, height: 40)
    let terminal = try CursesTerminal.headless(columns: 120, rows: 40)
    defer { terminal.restore() }
    for _ in benchmark.scaledIterations {
      terminal.repaintAll()
      benchmark.startMeasurement()
      terminal.draw(frame, cursor: (x: 10, y: 38))
      benchmark.stopMeasurement()
    }
  }
}
