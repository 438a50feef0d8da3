import Testing

@testable import Python

/// The course's three programs (from its text, verbatim), which must parse whatever
/// libraries they import: the tree of each (from CPython 3.11's `ast`), and the same with
/// Windows line ends and with tabs for indentation.
@Suite struct ParserCourseTests {
  @Test(arguments: [
    (linearRegression, 17, linearRegressionTree),
    (polynomialRegression, 14, polynomialRegressionTree),
    (neuralNetwork, 16, neuralNetworkTree),
  ])
  func courseProgramParses(source: String, count: Int, expected: String) throws {
    let program = try PythonParser.parse(source)
    #expect(program.statements.count == count)
    #expect(SExpression.render(program) == expected)
  }

  @Test(arguments: [linearRegression, polynomialRegression, neuralNetwork])
  func windowsLineEndsAndTabsGiveTheSameTree(source: String) throws {
    let expected = SExpression.render(try PythonParser.parse(source))
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let crlf = lines.joined(separator: "\r\n")
    #expect(SExpression.render(try PythonParser.parse(crlf)) == expected)
    let tabs = lines.map { $0.hasPrefix("    ") ? "\t" + $0.dropFirst(4) : String($0) }
    #expect(SExpression.render(try PythonParser.parse(tabs.joined(separator: "\n"))) == expected)
  }
}

// MARK: - The programs

private let linearRegression = """
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

private let polynomialRegression = """
  # Polynomial Regression Example
  from sklearn.preprocessing import PolynomialFeatures
  from sklearn.linear_model import LinearRegression

  # Sample data
  X = np.array([[1], [2], [3], [4], [5]])
  Y = np.array([1, 4, 9, 16, 25])  # Quadratic relationship

  # Transform the data to include polynomial terms
  poly = PolynomialFeatures(degree=2)
  X_poly = poly.fit_transform(X)

  # Fit the model
  model = LinearRegression()
  model.fit(X_poly, Y)

  # Predict
  Y_pred = model.predict(X_poly)

  # Plot
  plt.scatter(X, Y, color='blue')
  plt.plot(X, Y_pred, color='red')
  plt.xlabel('X')
  plt.ylabel('Y')
  plt.show()

  """

private let neuralNetwork = """
  import torch
  import torch.nn as nn
  import torch.optim as optim

  # Sample data
  X = torch.tensor([[1.0], [2.0], [3.0], [4.0], [5.0]])
  Y = torch.tensor([[2.0], [4.0], [6.0], [8.0], [10.0]])

  # Define the model
  model = nn.Linear(1, 1)

  # Define loss and optimizer
  criterion = nn.MSELoss()
  optimizer = optim.SGD(model.parameters(), lr=0.01)

  # Training loop
  for epoch in range(1000):
      # Forward pass
      Y_pred = model(X)
      loss = criterion(Y_pred, Y)
  \("    ")
      # Backward pass
      optimizer.zero_grad()
      loss.backward()
      optimizer.step()

  print(f"Final loss: {loss.item()}")

  # Plot
  predicted = model(X).detach().numpy()
  plt.scatter(X.numpy(), Y.numpy(), color='blue')
  plt.plot(X.numpy(), predicted, color='red')
  plt.xlabel('X')
  plt.ylabel('Y')
  plt.show()

  """

// MARK: - Their trees

private let linearRegressionTree = """
  (import numpy as np)
  (import matplotlib.pyplot as plt)
  (assign [X] (call (. np array) [1 2 3 4 5]))
  (assign [Y] (call (. np array) [150 300 450 600 750]))
  (assign [m] 0)
  (assign [c] 0)
  (assign [L] 0.01)
  (assign [epochs] 1000)
  (assign [n] (call float (call len X)))
  (for i (call range epochs) [(assign [Y_pred] (+ (* m X) c)) (assign [D_m] (* (/ (- 2) n) (call sum (* X (- Y Y_pred))))) (assign [D_c] (* (/ (- 2) n) (call sum (- Y Y_pred)))) (assign [m] (- m (* L D_m))) (assign [c] (- c (* L D_c)))])
  (call print (f 'Slope (m): ' {m}))
  (call print (f 'Intercept (c): ' {c}))
  (call (. plt scatter) X Y color='blue')
  (call (. plt plot) X (+ (* m X) c) color='red')
  (call (. plt xlabel) 'Size of the house')
  (call (. plt ylabel) 'Price of the house')
  (call (. plt show))
  """

private let polynomialRegressionTree = """
  (from sklearn.preprocessing import PolynomialFeatures)
  (from sklearn.linear_model import LinearRegression)
  (assign [X] (call (. np array) [[1] [2] [3] [4] [5]]))
  (assign [Y] (call (. np array) [1 4 9 16 25]))
  (assign [poly] (call PolynomialFeatures degree=2))
  (assign [X_poly] (call (. poly fit_transform) X))
  (assign [model] (call LinearRegression))
  (call (. model fit) X_poly Y)
  (assign [Y_pred] (call (. model predict) X_poly))
  (call (. plt scatter) X Y color='blue')
  (call (. plt plot) X Y_pred color='red')
  (call (. plt xlabel) 'X')
  (call (. plt ylabel) 'Y')
  (call (. plt show))
  """

private let neuralNetworkTree = """
  (import torch)
  (import torch.nn as nn)
  (import torch.optim as optim)
  (assign [X] (call (. torch tensor) [[1.0] [2.0] [3.0] [4.0] [5.0]]))
  (assign [Y] (call (. torch tensor) [[2.0] [4.0] [6.0] [8.0] [10.0]]))
  (assign [model] (call (. nn Linear) 1 1))
  (assign [criterion] (call (. nn MSELoss)))
  (assign [optimizer] (call (. optim SGD) (call (. model parameters)) lr=0.01))
  (for epoch (call range 1000) [(assign [Y_pred] (call model X)) (assign [loss] (call criterion Y_pred Y)) (call (. optimizer zero_grad)) (call (. loss backward)) (call (. optimizer step))])
  (call print (f 'Final loss: ' {(call (. loss item))}))
  (assign [predicted] (call (. (call (. (call model X) detach)) numpy)))
  (call (. plt scatter) (call (. X numpy)) (call (. Y numpy)) color='blue')
  (call (. plt plot) (call (. X numpy)) predicted color='red')
  (call (. plt xlabel) 'X')
  (call (. plt ylabel) 'Y')
  (call (. plt show))
  """
