extension LessonProgress {
  /// This progress saved over `saved`, the same lesson's progress as another tutor (or an
  /// earlier save) left it in the file, so that two tutors on one lesson lose nothing newer.
  ///
  /// This progress is the action being saved, so its step wins. Nothing else is thrown away:
  ///
  /// - each answer id keeps the record with the later `updated`; on a tie, this one;
  /// - visited steps are this progress's, then any only `saved` has, in `saved`'s order;
  /// - the lesson is completed if either says so;
  /// - `started` is the earlier time and `updated` the later.
  public func merged(over saved: LessonProgress) -> LessonProgress {
    var result = self
    for (id, record) in saved.answers {
      if let mine = answers[id], mine.updated >= record.updated { continue }
      result.answers[id] = record
    }
    var visited = Set(visitedSteps)
    for step in saved.visitedSteps where visited.insert(step).inserted {
      result.visitedSteps.append(step)
    }
    result.isCompleted = isCompleted || saved.isCompleted
    result.started = min(started, saved.started)
    result.updated = max(updated, saved.updated)
    return result
  }
}
