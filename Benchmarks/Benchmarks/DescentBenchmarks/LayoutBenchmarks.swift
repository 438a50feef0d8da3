import Benchmark
import TermPlot
import Tutor

/// Whole screens from `Layout`: the lesson screen redrawn after one epoch (its landscape
/// surface kept), the same screen with nothing kept, and a single chart as the baseline.
func layoutBenchmarks() {
  /// A lesson step showing the fit, the loss curve and the landscape.
  let pane = LessonPane(
    lessonTitle: "Fitting a line", stepIndex: 2, stepCount: 7, stepTitle: "Walking downhill",
    paragraphs: [
      "Each epoch moves m and c a little against the gradient; the landscape shows the loss "
        + "for every (m, c) and the path is where descent has been.",
      "Press space for one epoch and watch the path bend towards the valley floor.",
    ],
    goal: "reach loss < 1 within 200 epochs", question: ["Which way does the path bend?"],
    feedback: ["Not yet."], views: [.fit, .loss, .landscape])
  let prompt = PromptLine(text: "step")

  // The course's example 1 after 100 epochs, the screen drawn once; each iteration then
  // trains one epoch (untimed) and redraws the screen (timed): the path moves, the
  // landscape's surface is kept.
  Benchmark("Layout: lesson screen 120×40 (fit, loss, landscape) after one epoch") {
    benchmark in
    var session = Session()
    session.apply(line: "step 100")
    let layout = Layout()
    _ = layout.render(
      session: session, pane: pane, prompt: prompt, footer: nil, width: 120, height: 40)
    for _ in benchmark.scaledIterations {
      session.apply(line: "step")
      benchmark.startMeasurement()
      let frame = layout.render(
        session: session, pane: pane, prompt: prompt, footer: nil, width: 120, height: 40)
      benchmark.stopMeasurement()
      blackHole(frame)
    }
  }

  // The same screen drawn by a new layout each time: the landscape sampled at every dot.
  Benchmark("Layout: lesson screen 120×40, nothing kept") { benchmark in
    var session = Session()
    session.apply(line: "step 100")
    for _ in benchmark.scaledIterations {
      session.apply(line: "step")
      benchmark.startMeasurement()
      let frame = Layout().render(
        session: session, pane: pane, prompt: prompt, footer: nil, width: 120, height: 40)
      benchmark.stopMeasurement()
      blackHole(frame)
    }
  }

  // Its baseline: the session's fit chart alone, filling the same 120×40.
  Benchmark("Layout baseline: the session's fit chart alone, 120×40") { benchmark in
    var session = Session()
    session.apply(line: "step 100")
    for _ in benchmark.scaledIterations {
      session.apply(line: "step")
      benchmark.startMeasurement()
      let frame = Pictures(session.workspace).render(.fit, width: 120, height: 40)
      benchmark.stopMeasurement()
      blackHole(frame)
    }
  }
}
