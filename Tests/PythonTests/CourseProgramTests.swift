import Python
import Testing

/// The course's own programs, as written in the course.
@Suite struct CourseProgramTests {
  /// Example 1, linear regression by gradient descent, exactly as the course prints it.
  static let exampleOne = """
    import numpy as np
    import matplotlib.pyplot as plt

    # Sample data
    X = np.array([1, 2, 3, 4, 5])  # Size of the house
    Y = np.array([150, 300, 450, 600, 750])  # Price of the house

    # Parameters
    m = 0  # Slope
    c = 0  # Intercept
    L = 0.01  # Learning rate
    epochs = 1000  # Number of iterations

    n = float(len(X))  # Number of elements in X

    # Performing Gradient Descent
    for i in range(epochs):
        Y_pred = m*X + c  # The current predicted value of Y
        D_m = (-2/n) * sum(X * (Y - Y_pred))  # Derivative wrt m
        D_c = (-2/n) * sum(Y - Y_pred)  # Derivative wrt c
        m = m - L * D_m  # Update m
        c = c - L * D_c  # Update c

    print(f"Slope (m): {m}")
    print(f"Intercept (c): {c}")

    # Plotting the results
    plt.scatter(X, Y, color='blue')
    plt.plot(X, m*X + c, color='red')
    plt.xlabel('Size of the house')
    plt.ylabel('Price of the house')
    plt.show()

    """

  @Test func exampleOnePrintsWhatCPythonPrintsAndShowsItsFigure() throws {
    let python = Interpreter()
    try python.run(Self.exampleOne)
    // CPython 3.11 with numpy 2.4 prints these digits.
    #expect(python.output == "Slope (m): 149.63852630039835\nIntercept (c): 1.3050347505457929\n")
    let figures = python.takeShownFigures()
    try #require(figures.count == 1)
    let figure = figures[0]
    #expect(figure.xLabel == "Size of the house")
    #expect(figure.yLabel == "Price of the house")
    #expect(figure.series.map(\.kind) == [.scatter, .line])
    #expect(figure.series.map(\.color) == ["blue", "red"])
    #expect(figure.series[0].x == [1, 2, 3, 4, 5])
    #expect(figure.series[0].y == [150, 300, 450, 600, 750])
    // The line is m·X + c at the final m and c.
    let m = 149.63852630039835
    let c = 1.3050347505457929
    #expect(figure.series[1].y == [1, 2, 3, 4, 5].map { m * $0 + c })
  }

  @Test func theOtherExamplesSayWhatIsAvailable() {
    for (source, module) in [
      ("from sklearn.preprocessing import PolynomialFeatures", "sklearn.preprocessing"),
      ("import torch", "torch"),
    ] {
      let python = Interpreter()
      #expect(throws: PythonError.self) { try python.run(source) }
      do {
        try python.run(source)
      } catch {
        #expect(error.kind == .unsupported)
        #expect(
          error.message
            == "module '\(module)' is not available here; programs can import numpy (as np), matplotlib.pyplot (as plt) and math")
        #expect(error.span?.line == 1)
      }
    }
  }
}
