import Testing

/// The course's example 3: one linear neuron learning y = 2x on `doubles`, full batch, from
/// w = 0.5, b = −0.3 at rate 0.01 for 1000 epochs.
///
/// numpy's float64 run of the same loop ends at w = 1.9989953325050749,
/// b = 0.0036271684359493747.
@Suite struct TrainExampleThreeTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  static let numpyWeight = 1.9989953325050749
  static let numpyBias = 0.0036271684359493747

  @Test func oneNeuronNetworkLearnsToDouble() throws {
    let directory = try TemporaryDirectory()
    try directory.write(#"{"W1": [[0.5]], "b1": [-0.3]}"#, to: "start.json")
    let result = try downhill.expectSuccess(
      ["train", "--json", "--data", "doubles", "--model", "mlp:1-1", "--init", "start.json"],
      in: directory)
    let parameters = try #require(try result.json().object("parameters"), "\(result)")
    let w = try #require(parameters.rows("W1"), "\(result)")
    let b = try #require(parameters.numbers("b1"), "\(result)")
    #expect(w.count == 1 && w[0].count == 1, "W1 = \(w)")
    #expect(b.count == 1, "b1 = \(b)")
    let weight = try #require(w.first?.first)
    let bias = try #require(b.first)
    #expect(weight.isClose(to: 2, within: 0.01))
    #expect(bias.isClose(to: 0, within: 0.01))
    #expect(weight.isClose(to: Self.numpyWeight, within: 1e-12), "W1 = \(weight)")
    #expect(bias.isClose(to: Self.numpyBias, within: 1e-12), "b1 = \(bias)")
  }

  @Test func linearModelFromTheSameStartGivesTheSameNumbers() throws {
    let directory = try TemporaryDirectory()
    try directory.write(#"{"w": [0.5], "b": -0.3}"#, to: "start.json")
    let result = try downhill.expectSuccess(
      ["train", "--json", "--data", "doubles", "--model", "linear", "--init", "start.json"],
      in: directory)
    let parameters = try #require(try result.json().object("parameters"), "\(result)")
    let w = try #require(parameters.numbers("w"), "\(result)")
    let b = try #require(parameters.number("b"), "\(result)")
    #expect(w.count == 1)
    #expect(w.isClose(to: [Self.numpyWeight], within: 1e-12), "w = \(w)")
    #expect(b.isClose(to: Self.numpyBias, within: 1e-12), "b = \(b)")
  }
}
