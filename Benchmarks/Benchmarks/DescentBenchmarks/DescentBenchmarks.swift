import Benchmark
import Descent

// Each benchmark builds its trainer before `startMeasurement()`, so only epochs are timed
// and their allocations counted. Figures are compared as ratios to a baseline measured in
// the same run (see README), because machines differ and are noisy.

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    maxDuration: .seconds(2),
    maxIterations: 100_000
  )
  termPlotBenchmarks()
  layoutBenchmarks()
  gradingBenchmarks()
  csvNumberBenchmarks()
  csvFileBenchmarks()
  epochLoopBenchmarks()
  reportBenchmarks()
  pythonBenchmarks()

  // The course's example 1: a line through the five houses, 1000 epochs of plain descent.
  Benchmark("Course example 1 (houses, 1000 epochs)") { benchmark in
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    for _ in benchmark.scaledIterations {
      trainer.reset()
      benchmark.startMeasurement()
      trainer.run(epochs: 1000)
      benchmark.stopMeasurement()
      blackHole(trainer.parameters)
    }
  }

  // Its baseline: the same loop written plainly over two arrays, as the course writes it,
  // with no history, divergence checks or checkpoints.
  Benchmark("Baseline: the course's loop on plain arrays (1000 epochs)") { benchmark in
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      let (m, c) = plainCourseLoop(epochs: 1000)
      benchmark.stopMeasurement()
      blackHole(m)
      blackHole(c)
    }
  }

  // A small network on a classification set: MLP 2-16-16-1, tanh, on 100 moons points.
  Benchmark("MLP 2-16-16-1 on moons (100 epochs)") { benchmark in
    var trainer = try Trainer(
      dataset: .builtIn(named: "moons", seed: 0),
      configuration: TrainingConfiguration(
        architecture: .mlp(layers: [2, 16, 16, 1], hidden: .tanh, output: .sigmoid),
        optimizer: OptimizerSettings(.adam, learningRate: 0.01)))
    for _ in benchmark.scaledIterations {
      trainer.reset()
      benchmark.startMeasurement()
      trainer.run(epochs: 100)
      benchmark.stopMeasurement()
      blackHole(trainer.parameters)
    }
  }

  // One epoch of linear regression over a million rows, next to a plain copy of the same
  // two arrays: the epoch reads x and y once, so the copy is its memory-bandwidth floor.
  let rows = 1_000_000
  let million = millionRows(rows)

  Benchmark(
    "Linear regression, 1,000,000 rows (1 epoch)",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 200)
  ) { benchmark in
    var trainer = try Trainer(
      dataset: million, configuration: TrainingConfiguration(optimizer: .init(learningRate: 0.1)))
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      trainer.run(epochs: 1)
      benchmark.stopMeasurement()
      blackHole(trainer.parameters)
    }
  }

  Benchmark(
    "Baseline: copy the same 1,000,000 rows",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 200)
  ) { benchmark in
    var features = [Double](repeating: 0, count: rows)
    var targets = [Double](repeating: 0, count: rows)
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      features.withUnsafeMutableBufferPointer { destination in
        million.features.withUnsafeBufferPointer { source in
          _ = destination.update(fromContentsOf: source)
        }
      }
      targets.withUnsafeMutableBufferPointer { destination in
        million.targets.withUnsafeBufferPointer { source in
          _ = destination.update(fromContentsOf: source)
        }
      }
      benchmark.stopMeasurement()
      blackHole(features)
      blackHole(targets)
    }
  }
}

/// y = 3x + 2 plus noise, x uniform in [0, 10).
func millionRows(_ count: Int) -> Dataset {
  var generator = SeededGenerator(seed: 7)
  var x: [Double] = []
  var y: [Double] = []
  x.reserveCapacity(count)
  y.reserveCapacity(count)
  for _ in 0..<count {
    let value = generator.nextUniform(in: 0, 10)
    x.append(value)
    y.append(3 * value + 2 + generator.nextGaussian())
  }
  return Dataset(name: "million", featureNames: ["x"], targetName: "y", features: x, targets: y)
}
