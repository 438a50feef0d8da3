import Testing

/// `downhill train --init FILE.json` refuses starting parameters it cannot use, naming the
/// file and the parameter at fault and the shape it expects: exit status 2, nothing on stdout.
@Suite struct TrainInitErrorTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
  }

  /// Runs the default linear model (parameters `w`, an array of 1 number, and `b`) from `json`.
  private func expectRefusal(
    of json: String, message: String, model: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try directory.write(json, to: "start.json")
    try downhill.expectBadInput(
      ["train", "--init", "start.json"] + model, message: message, in: directory,
      sourceLocation: sourceLocation)
  }

  @Test func missingFileIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--init", "start.json"],
      message: "Error: cannot read 'start.json': no such file or directory", in: directory)
  }

  @Test func emptyFileIsRefused() throws {
    try expectRefusal(
      of: "", message: "Error: start.json: the file is empty; expected a JSON value")
  }

  @Test func invalidJSONNamesItsLineAndColumn() throws {
    try expectRefusal(
      of: "{\n  \"w\": [0.5],\n  \"b\": -0.3,\n}\n",
      message:
        "Error: start.json:4:1: expected a member name in double quotes after ','; JSON does "
        + "not allow a trailing comma")
  }

  @Test func notAnObjectShowsAnExample() throws {
    try expectRefusal(
      of: "[0.5, -0.3]",
      message:
        "Error: start.json: starting parameters must be a JSON object such as "
        + #"{"w":[0],"b":0}; found an array"#)
  }

  @Test func wrongParameterNameListsTheParameters() throws {
    try expectRefusal(
      of: #"{"w": [0.5], "c": -0.3}"#,
      message:
        "Error: start.json: this model has no parameter 'c'; its parameters are w (an array of "
        + "1 number) and b (a number)")
  }

  @Test func wrongShapeNamesTheExpectedShape() throws {
    try expectRefusal(
      of: #"{"w": [0.5, 1], "b": -0.3}"#,
      message: "Error: start.json: 'w' must be an array of 1 number, but it is an array of 2 "
        + "numbers")
  }

  @Test func wrongMatrixShapeNamesTheExpectedShape() throws {
    try expectRefusal(
      of: #"{"W1": [0.5, 1], "b1": [-0.3, 0], "W2": [[1, 1]], "b2": [0]}"#,
      message: "Error: start.json: 'W1' must be 2 rows of 2 numbers, but it is an array of 2 "
        + "numbers",
      model: ["--data", "xor", "--model", "mlp:2-2-1"])
  }

  @Test func missingParameterIsNamed() throws {
    try expectRefusal(
      of: #"{"w": [0.5]}"#,
      message:
        "Error: start.json: 'b' is missing; this model's parameters are w (an array of 1 number) and "
        + "b (a number)")
  }

  @Test func nonNumberValueIsNamed() throws {
    try expectRefusal(
      of: #"{"w": ["x"], "b": -0.3}"#,
      message: "Error: start.json: 'w[0]' must be a finite number, not a string")
  }
}
