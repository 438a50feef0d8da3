/// The space of commands a student can type, for sweeps that look for crashes and hangs:
/// every kind of run a session can be in, every view, and every command with typical and
/// edge arguments, plus seeded random scripts over the same vocabulary.
///
/// Plain strings, so that the in-process sweep (through `Session`) and the sample run
/// through the built binary share one definition.
public enum CommandSpace {
  /// A kind of run: the lines that set it up from a fresh session.
  public struct Setup: Sendable, CustomStringConvertible {
    public let name: String
    public let lines: [String]
    public var description: String { name }
  }

  /// Every model and data set-up: linear, polynomials of several degrees, logistic, MLPs
  /// with each activation and each output, functions of one and two variables; with and
  /// without normalization, a split, mini-batches, a comparison, a branch, a divergence.
  public static let setups: [Setup] = [
    Setup(name: "linear", lines: []),
    Setup(name: "linear trained", lines: ["step 50"]),
    Setup(name: "poly:1", lines: ["data squares", "model poly:1"]),
    Setup(name: "poly:2", lines: ["model poly:2"]),
    Setup(name: "poly:3 zscore", lines: ["data squares", "model poly:3", "normalize zscore"]),
    Setup(name: "poly:5 minmax", lines: ["data sine", "model poly:5", "normalize minmax"]),
    Setup(name: "poly:9", lines: ["data sine", "model poly:9", "normalize zscore", "step 3"]),
    Setup(name: "logistic", lines: ["data blobs", "model logistic", "step 5"]),
    Setup(name: "mlp tanh", lines: ["data xor", "model mlp:2-4-1 tanh", "step 5"]),
    Setup(name: "mlp relu", lines: ["data moons", "model mlp:2-8-1 relu", "step 3"]),
    Setup(name: "mlp sigmoid", lines: ["data xor", "model mlp:2-3-1 sigmoid"]),
    Setup(name: "mlp identity", lines: ["data doubles", "model mlp:1-1 identity", "step 2"]),
    Setup(name: "mlp deep regression", lines: ["data sine", "model mlp:1-6-6-1 tanh", "step 2"]),
    Setup(name: "function x", lines: ["model function (x - 3)^2", "step 4"]),
    Setup(name: "function abs", lines: ["model function abs(x)"]),
    Setup(
      name: "function x y", lines: ["model function (1 - x)^2 + 100*(y - x^2)^2", "step 2"]),
    Setup(name: "split", lines: ["data sine", "split 0.8", "step 4"]),
    Setup(name: "sgd batches", lines: ["optimizer sgd", "batch 2", "step 6"]),
    Setup(name: "adam", lines: ["data blobs", "model logistic", "optimizer adam", "step 3"]),
    Setup(name: "mae", lines: ["loss mae", "step 3"]),
    Setup(name: "compare rates", lines: ["compare lr 0.001 0.01 0.05"]),
    Setup(name: "compare optimizers", lines: ["compare optimizer gd momentum adam"]),
    Setup(name: "branch", lines: ["step 5", "branch", "lr 0.05", "step 5"]),
    Setup(name: "diverged", lines: ["lr 10", "step 30"]),
    Setup(name: "solved", lines: ["model poly:2", "solve"]),
    Setup(name: "rewound", lines: ["step 20", "rewind 15"]),
  ]

  /// The views, as `view NAME` takes them.
  public static let views = ["fit", "loss", "landscape", "boundary", "graph", "table"]

  /// Every command, with typical and edge arguments (and some that must be refused).
  public static let commands: [String] = [
    "step", "step 0", "step 1", "step 37", "step -1", "step 100001", "step abc",
    "play", "pause", "speed 1", "speed 10000", "speed 0", "speed 1e308",
    "reset", "solve",
    "lr", "lr 0", "lr 0.05", "lr -1", "lr 1e308", "lr 5e-324", "lr nan",
    "optimizer", "optimizer gd", "optimizer sgd", "optimizer momentum", "optimizer nesterov",
    "optimizer rmsprop", "optimizer adam", "optimizer bogus",
    "batch", "batch 0", "batch 1", "batch 3", "batch 1000000", "batch -2",
    "model linear", "model poly:1", "model poly:4", "model poly:0", "model poly:99",
    "model logistic", "model mlp:1-3-1 relu", "model mlp:2-2-1", "model mlp:2-0-1",
    "model mlp:2-4-1 softmax", "model function x^2", "model function x*y",
    "model function x*y*z", "model function log(x)",
    "data houses", "data squares", "data doubles", "data xor", "data blobs", "data moons",
    "data sine", "data nosuch", "data missing.csv",
    "split", "split 0", "split 1", "split 0.5", "split 0.01", "split 0.99", "split 2",
    "split -1",
    "normalize none", "normalize zscore", "normalize minmax", "normalize bogus",
    "loss", "loss mse", "loss mae", "loss bce",
    "set m 5", "set c -1e308", "set w [1]", "set b 0", "set x 2", "set nothing",
    "show params", "show grads", "show data", "show history", "show bogus",
    "view fit", "view loss", "view landscape", "view boundary", "view graph", "view table",
    "view bogus",
    "backstep",
    "compare lr 0.01", "compare lr 0.01 0.1", "compare lr 0.0001 0.001 0.01 0.1 1 10",
    "compare lr 0 -1", "compare optimizer gd adam", "compare optimizer gd bogus",
    "rewind", "rewind 0", "rewind 3", "rewind 1000000",
    "branch", "check", "answer 1", "answer b", "hint", "reveal", "skip", "next", "back",
    "lessons", "help", "help step", "help bogus",
    "m = 1e308", "m = m - L*grad[0]", "grad", "loss", "Y_pred", "X", "n", "h1", "W1",
    "val_loss", "rises", "last_loss", "epoch", "f", "x = 1e300", "y = -2",
    "1/0", "0/0", "sum(X * (Y - Y_pred))", "mean((Y - Y_pred)^2)", "X @ X", "[1, 2] + [1, 2, 3]",
    "D_m = (-2/n) * sum(X * (Y - Y_pred))", "w = [0.5]", "W1 = 0", "b1 = [1, 2]",
    "undefined_name", "((((((((((1))))))))))", "", "   ", "\t",
  ]

  /// `count` random scripts of `length` lines each (set-up lines, views and commands
  /// mixed), the same for the same `seed`.
  public static func randomScripts(count: Int, length: ClosedRange<Int>, seed: UInt64)
    -> [[String]]
  {
    var generator = SplitMix64(seed: seed)
    let pool = setups.flatMap(\.lines) + views.map { "view " + $0 } + commands
    return (0..<count).map { _ in
      let lines = Int.random(in: length, using: &generator)
      return (0..<lines).map { _ in pool.randomElement(using: &generator) ?? "" }
    }
  }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast, seeded generator whose stream
/// depends on nothing but its seed, for repeatable random tests.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
