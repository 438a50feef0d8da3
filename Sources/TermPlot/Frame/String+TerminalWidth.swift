extension String {
  /// The number of terminal columns the text takes.
  public var terminalWidth: Int {
    reduce(0) { $0 + $1.terminalWidth }
  }
}
