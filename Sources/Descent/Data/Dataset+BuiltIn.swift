import Interchange

extension Dataset {
  /// The names of the built-in datasets, in the order help lists them.
  public static let builtInNames = [
    "houses", "squares", "doubles", "xor", "blobs", "moons", "sine",
  ]

  /// A built-in dataset by its stable name. The random ones (`blobs`, `moons`, `sine`)
  /// draw from a generator seeded with `seed`, so the same seed gives the same points.
  ///
  /// - `houses`: the course's example 1, size 1…5 and price 150…750 (price = 150 · size).
  /// - `squares`: the course's example 2, x = 1…5 and y = x².
  /// - `doubles`: the course's example 3, x = 1…5 and y = 2x.
  /// - `xor`: the four corners of the unit square, y = x1 XOR x2.
  /// - `blobs`: 100 points, two Gaussian classes (standard deviation 1) centred at
  ///   (−1.5, −1) for class 0 and (1.5, 1) for class 1, alternating.
  /// - `moons`: 100 points on two interleaving half circles (as scikit-learn's
  ///   `make_moons`), Gaussian noise 0.1, class 0 the upper moon.
  /// - `sine`: 50 points, x evenly spaced over [0, 2π], y = sin x + noise (std 0.1).
  public static func builtIn(named name: String, seed: UInt64) throws(DescentError) -> Dataset {
    var generator = SeededGenerator(seed: seed, stream: 1)
    switch name.lowercased() {
    case "houses":
      let x: [Double] = [1, 2, 3, 4, 5]
      return Dataset(
        name: "houses", featureNames: ["size"], targetName: "price", features: x,
        targets: [150, 300, 450, 600, 750])
    case "squares":
      let x: [Double] = [1, 2, 3, 4, 5]
      return Dataset(
        name: "squares", featureNames: ["x"], targetName: "y", features: x,
        targets: x.map { $0 * $0 })
    case "doubles":
      let x: [Double] = [1, 2, 3, 4, 5]
      return Dataset(
        name: "doubles", featureNames: ["x"], targetName: "y", features: x,
        targets: x.map { 2 * $0 })
    case "xor":
      return Dataset(
        name: "xor", featureNames: ["x1", "x2"], targetName: "y",
        features: [0, 0, 0, 1, 1, 0, 1, 1], targets: [0, 1, 1, 0])
    case "blobs":
      var features: [Double] = []
      var targets: [Double] = []
      for i in 0..<100 {
        let label = Double(i % 2)
        let centre = label == 0 ? (-1.5, -1.0) : (1.5, 1.0)
        features.append(centre.0 + generator.nextGaussian())
        features.append(centre.1 + generator.nextGaussian())
        targets.append(label)
      }
      return Dataset(
        name: "blobs", featureNames: ["x1", "x2"], targetName: "class", features: features,
        targets: targets)
    case "moons":
      // Upper moon: (cos t, sin t); lower moon: (1 − cos t, 1 − sin t − 0.5); t evenly
      // spaced over [0, π], 50 points each.
      var features: [Double] = []
      var targets: [Double] = []
      let half = 50
      for i in 0..<half {
        let t = Double.pi * Double(i) / Double(half - 1)
        features.append(_cos(t) + 0.1 * generator.nextGaussian())
        features.append(_sin(t) + 0.1 * generator.nextGaussian())
        targets.append(0)
      }
      for i in 0..<half {
        let t = Double.pi * Double(i) / Double(half - 1)
        features.append(1 - _cos(t) + 0.1 * generator.nextGaussian())
        features.append(1 - _sin(t) - 0.5 + 0.1 * generator.nextGaussian())
        targets.append(1)
      }
      return Dataset(
        name: "moons", featureNames: ["x1", "x2"], targetName: "class", features: features,
        targets: targets)
    case "sine":
      var features: [Double] = []
      var targets: [Double] = []
      let count = 50
      for i in 0..<count {
        let x = 2 * Double.pi * Double(i) / Double(count - 1)
        features.append(x)
        targets.append(_sin(x) + 0.1 * generator.nextGaussian())
      }
      return Dataset(
        name: "sine", featureNames: ["x"], targetName: "y", features: features,
        targets: targets)
    default:
      throw DescentError(
        "there is no built-in dataset called \(name.quotedForMessage); the built-ins "
          + "are \(builtInNames.joined(separator: ", ")), or give a CSV file")
    }
  }
}
