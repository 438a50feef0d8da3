import Benchmark
import TermPlot

/// Charts drawn into frames: a million-point line chart, and the tutorial's busiest screen.
func termPlotBenchmarks() {
  let million = (0..<1_000_000).map { i -> Double in
    let x = Double(i) / 1_000_000
    // A falling curve with noise and one spike, which the drawing must keep.
    return 100 * (1 - x) * (1 - x) + Double((i * 7919) % 13) / 13 + (i == 777_777 ? 500 : 0)
  }

  Benchmark(
    "Line chart, 1,000,000 points, 120×30",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 500)
  ) { benchmark in
    let chart = LineChart([Series("loss", y: million)])
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      var frame = Frame(width: 120, height: 30)
      frame.draw(chart, in: frame.bounds)
      benchmark.stopMeasurement()
      blackHole(frame)
    }
  }

  // Its baseline: one pass over the same points finding their minimum and maximum, the
  // least any drawing of all of them must do.
  Benchmark(
    "Baseline: min and max of the same 1,000,000 points",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 500)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      var low = Double.infinity
      var high = -Double.infinity
      for value in million {
        low = min(low, value)
        high = max(high, value)
      }
      benchmark.stopMeasurement()
      blackHole(low)
      blackHole(high)
    }
  }

  // The tutorial's busiest screen, 120×40: the houses with the fitted line and last
  // epoch's ghost, the loss curve of 1000 epochs, and the loss landscape over (m, c) with
  // the descent path; then rendered as ANSI text.
  let x: [Double] = [1, 2, 3, 4, 5]
  let y: [Double] = [150, 300, 450, 600, 750]
  var m = 0.0
  var c = 0.0
  var losses: [Double] = []
  var pathM: [Double] = []
  var pathC: [Double] = []
  for _ in 0..<1000 {
    var squares = 0.0
    var sumXR = 0.0
    var sumR = 0.0
    for i in 0..<5 {
      let r = y[i] - (m * x[i] + c)
      squares += r * r
      sumXR += x[i] * r
      sumR += r
    }
    losses.append(squares / 5)
    m -= 0.01 * (-2 / 5 * sumXR)
    c -= 0.01 * (-2 / 5 * sumR)
    pathM.append(m)
    pathC.append(c)
  }
  let slope = m
  let intercept = c
  let landscape: @Sendable (Double, Double) -> Double = { m, c in
    var total = 0.0
    for i in 0..<5 {
      let r = y[i] - (m * x[i] + c)
      total += r * r
    }
    return total / 5
  }

  Benchmark("Busiest screen: fit, loss curve and landscape, 120×40") { benchmark in
    let scatter = ScatterChart(
      [ScatterChart.Group("houses", x: x, y: y)], fit: { slope * $0 + intercept },
      ghost: { (slope - 0.5) * $0 + intercept }, style: ChartStyle(title: "price by size"))
    let loss = LossCurve([LossCurve.Curve("training", losses: losses)], cursor: 1000)
    let map = LandscapeChart(
      function: landscape, xRange: 0...200, yRange: -100...100,
      paths: [LandscapeChart.Path("descent", x: pathM, y: pathC)], current: (slope, intercept))
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      var frame = Frame(width: 120, height: 40)
      frame.draw(scatter, in: Rect(x: 0, y: 0, width: 60, height: 20))
      frame.draw(loss, in: Rect(x: 60, y: 0, width: 60, height: 20))
      frame.draw(map, in: Rect(x: 0, y: 20, width: 120, height: 20))
      let text = frame.ansiText(depth: .indexed256)
      benchmark.stopMeasurement()
      blackHole(text)
    }
  }

  // Its baseline: a blank 120×40 frame rendered as ANSI text.
  Benchmark("Baseline: blank 120×40 frame rendered") { benchmark in
    for _ in benchmark.scaledIterations {
      benchmark.startMeasurement()
      let frame = Frame(width: 120, height: 40)
      let text = frame.ansiText(depth: .indexed256)
      benchmark.stopMeasurement()
      blackHole(text)
    }
  }
}
