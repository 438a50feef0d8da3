extension ProgressBook {
  /// Puts `progress` into the book, merged over the lesson's entry if it has one (see
  /// `LessonProgress.merged(over:)`); other lessons are untouched.
  public mutating func merge(_ progress: LessonProgress) {
    let saved = lessons[progress.lessonID]
    lessons[progress.lessonID] = saved.map(progress.merged(over:)) ?? progress
  }
}
