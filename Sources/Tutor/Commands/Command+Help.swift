extension Command {
  /// The command list, or one command's usage.
  static func helpLines(_ topic: String?) -> [String] {
    if let topic {
      guard let entry = summaries.first(where: { $0.word == topic.lowercased() }) else {
        return ["there is no command '\(topic)'; type help for the list"]
      }
      return ["\(entry.usage): \(entry.meaning)"]
    }
    let width = summaries.map { $0.usage.count }.max() ?? 0
    var lines = summaries.map { entry in
      entry.usage + String(repeating: " ", count: Swift.max(1, width - entry.usage.count + 2))
        + entry.meaning
    }
    lines.append("anything else is Python, such as D_m = (-2/n) * sum(X * (Y - Y_pred)); a line ending in : opens a block")
    lines.append(
      "functions: \(ExpressionFunction.list); numpy's np.sum(x), sum(x, axis=0), "
        + "x.sum(axis=0), a.dot(b) and np.maximum(a, b) work too")
    return lines
  }
}
