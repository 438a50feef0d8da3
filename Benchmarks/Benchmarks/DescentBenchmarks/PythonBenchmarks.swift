import Benchmark
import Python

/// The course's example 1 as a program (without its plot), run by the Python interpreter:
/// 1000 passes of its loop over numpy arrays. Beside it, the same 1000 epochs as a plain
/// loop over two arrays: the ratio is what interpreting costs. CPython with numpy running
/// the same program is measured by peers.sh.
func pythonBenchmarks() {
  let program = """
    import numpy as np
    X = np.array([1, 2, 3, 4, 5])
    Y = np.array([150, 300, 450, 600, 750])
    m = 0
    c = 0
    L = 0.01
    epochs = 1000
    n = float(len(X))
    for i in range(epochs):
        Y_pred = m*X + c
        D_m = (-2/n) * sum(X * (Y - Y_pred))
        D_c = (-2/n) * sum(Y - Y_pred)
        m = m - L * D_m
        c = c - L * D_c
    """

  Benchmark("Python: the course's example 1, 1000 passes") { benchmark in
    for _ in benchmark.scaledIterations {
      let python = Interpreter()
      try? python.run(program)
      blackHole(python.globals["m"])
    }
  }

  Benchmark("Python baseline: the same 1000 epochs as a plain loop") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(plainCourseLoop(epochs: 1000))
    }
  }
}
