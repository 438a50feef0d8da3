import Benchmark
import Descent

/// The course's example 1 as `downhill train` runs it (`Trainer.train(epochs:recordingEvery:)`,
/// recording every epoch's loss), at 1e3, 1e5 and 1e7 epochs, each beside its floor: the
/// same loop over two plain arrays in the same summation order, run as many epochs. The
/// ratio at each size is the cost of the trainer's bookkeeping; that it stays the same from
/// size to size says the cost an epoch is flat.
func epochLoopBenchmarks() {
  for epochs in [1_000, 100_000, 10_000_000] {
    let label = epochs == 1_000 ? "1e3" : epochs == 100_000 ? "1e5" : "1e7"
    let configuration = Benchmark.Configuration(maxIterations: epochs >= 10_000_000 ? 5 : 10_000)

    Benchmark("Epochs: course example 1 via train(), \(label) epochs", configuration: configuration) {
      benchmark in
      var trainer = try Trainer(
        dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
      for _ in benchmark.scaledIterations {
        trainer.reset()
        benchmark.startMeasurement()
        let recorded = trainer.train(epochs: epochs)
        benchmark.stopMeasurement()
        blackHole(recorded)
        blackHole(trainer.parameters)
      }
    }

    Benchmark("Epochs baseline: the same-order loop, \(label) epochs", configuration: configuration) {
      benchmark in
      for _ in benchmark.scaledIterations {
        benchmark.startMeasurement()
        let (m, c) = plainCourseLoop(epochs: epochs)
        benchmark.stopMeasurement()
        blackHole(m)
        blackHole(c)
      }
    }
  }
}

/// The course's five houses, made once so that the baseline times no allocation.
let houseSizes: [Double] = [1, 2, 3, 4, 5]
let housePrices: [Double] = [150, 300, 450, 600, 750]

/// The course's example 1 written plainly over two arrays, as the course writes it, with no
/// loss, history, divergence checks or checkpoints: the floor for the trainer's epochs.
@inline(__always)
func plainCourseLoop(
  epochs: Int, x: [Double] = houseSizes, y: [Double] = housePrices
) -> (m: Double, c: Double) {
  var m = 0.0
  var c = 0.0
  let n = Double(x.count)
  for _ in 0..<epochs {
    var sumXR = 0.0
    var sumR = 0.0
    for i in 0..<x.count {
      let r = y[i] - (m * x[i] + c)
      sumXR += x[i] * r
      sumR += r
    }
    m -= 0.01 * ((-2 / n) * sumXR)
    c -= 0.01 * ((-2 / n) * sumR)
  }
  return (m, c)
}

/// `downhill train --json`'s report of a 10,000-epoch run, built and serialized, beside
/// its floor: the same 10,000 losses written as Swift writes a double and joined.
func reportBenchmarks() {
  var trainer = try? Trainer(
    dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
  let recorded = trainer?.train(epochs: 10_000) ?? RecordedLosses()

  Benchmark("Report: JSON of a 10,000-epoch run, serialized") { benchmark in
    guard let trainer else { return }
    for _ in benchmark.scaledIterations {
      let report = TrainingReport(
        trainer: trainer, dataName: "houses", recorded: recorded, elapsedSeconds: 0.01)
      blackHole(report.json.serialized(pretty: true))
    }
  }

  Benchmark("Report baseline: its 10,000 losses written and joined") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(recorded.losses.map { "\($0)" }.joined(separator: ",\n"))
    }
  }
}
