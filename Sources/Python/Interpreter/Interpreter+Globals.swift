extension Interpreter {
  /// Sets a global as if the program had assigned it, without asking the host: for a
  /// host that computed a value the program should now see as its own (an answer a
  /// lesson adopted).
  public func setGlobal(_ name: String, _ value: PyValue) {
    globalNames[name] = value
  }

  /// The global `name`, if the program has one (without copying the others, as
  /// `globals` does).
  public func global(_ name: String) -> PyValue? {
    globalNames[name]
  }

  /// Removes a global, so that the host's value of the name (if any) shows again.
  public func removeGlobal(_ name: String) {
    _ = globalNames.removeValue(forKey: name)
  }
}
