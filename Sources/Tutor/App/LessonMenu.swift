import TermPlot

/// The lesson menu: every lesson with its title and the student's progress, and the row
/// chosen.
struct LessonMenu {
  /// The lessons listed, in order.
  var catalog: [LessonListing] = []
  /// Each listed lesson's file.
  var files: [String] = []
  /// The row chosen.
  var selection = 0

  /// The key that picks each row, in order: the digits, then the letters the menu does not
  /// use for anything else (j and k move, q quits).
  static let shortcuts = Array("123456789abcdefghilmnoprstuvwxyz")

  /// Reads the lessons of `library` and the progress in `store`, and puts the selection on
  /// the lesson to continue: the first one readable and not finished. Returns what the
  /// menu should say (a warning about the progress file, or that there are no lessons).
  mutating func reload(library: LessonLibrary, store: ProgressStore?) -> String? {
    var notice: String?
    files = (try? library.files()) ?? []
    var book = ProgressBook()
    if let store, let loaded = try? store.load() {
      book = loaded.book
      if let warning = loaded.warning { notice = warning }
    }
    catalog = library.catalog(progress: book)
    if files.isEmpty {
      notice = "no lessons \(library.whereDescription); give a folder with --lessons-folder DIR"
    }
    selection =
      catalog.firstIndex { listing in
        listing.status != LessonListing.unreadable
          && !(book.lessons[listing.id]?.isCompleted ?? false)
      } ?? 0
    return notice
  }

  /// Moves the selection for a moving key; false for any other key.
  mutating func move(_ key: Key) -> Bool {
    let last = Swift.max(0, catalog.count - 1)
    switch key {
    case .up, .character("k"): selection = Swift.max(0, selection - 1)
    case .down, .character("j"): selection = Swift.min(last, selection + 1)
    case .home: selection = 0
    case .end: selection = last
    case .character(let character) where Self.shortcuts.contains(character):
      if let index = Self.shortcuts.firstIndex(of: character), index < catalog.count {
        selection = index
      }
    default: return false
    }
    return true
  }

  /// The chosen lesson's file, if the row has one.
  var chosenFile: String? {
    selection < files.count ? files[selection] : nil
  }

  /// The lesson menu: every lesson with its title, summary line and progress.
  func render(
    width: Int, height: Int, style chartStyle: ChartStyle, source: String, notice: String?,
    canGoBack: Bool, plain: (String) -> String
  ) -> Frame {
    var frame = Frame(width: width, height: height)
    guard width >= 20, height >= 6 else {
      frame.drawWrapped("make the window larger", in: frame.bounds)
      return frame
    }
    let theme = chartStyle.theme
    frame.draw(
      plain(" Downhill — gradient descent, one step at a time"), x: 0, y: 0,
      style: theme.style(.title))
    frame.draw(
      " " + source, x: 0, y: 1, style: theme.style(.label))
    // Where each lesson comes from, when they come from more than one place.
    let showsOrigin = Set(catalog.map(\.origin)).count > 1
    let top = 3
    let rows = height - top - 3
    let first = Swift.max(0, Swift.min(selection - rows / 2, catalog.count - rows))
    let idWidth = Swift.min(24, (catalog.map(\.id.count).max() ?? 0))
    for (offset, listing) in catalog.dropFirst(first).prefix(Swift.max(0, rows)).enumerated() {
      let index = first + offset
      let selected = index == selection
      var style = listing.status == LessonListing.unreadable ? theme.style(.warning) : Style.plain
      if selected { style.reverse = true }
      let marker = selected ? (chartStyle.isASCII ? ">" : "›") : " "
      let number = index < Self.shortcuts.count ? String(Self.shortcuts[index]) : " "
      let status = "[\(listing.status)]"
      let idText = listing.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let from = showsOrigin ? "  (\(listing.origin ?? "?"))" : ""
      let line = " \(marker) \(number) \(idText)  \(listing.title)\(from)"
      let room = width - status.count - 2
      let clipped = line.count > room ? String(line.prefix(Swift.max(0, room - 1))) + "…" : line
      frame.fill(
        Rect(x: 0, y: top + offset, width: width, height: 1), with: Cell(" ", style: style))
      frame.draw(plain(clipped), x: 0, y: top + offset, style: style)
      frame.draw(status, x: width - status.count - 1, y: top + offset, style: style)
    }
    if catalog.isEmpty {
      frame.draw("  no lessons found", x: 0, y: top, style: theme.style(.warning))
    }
    if let notice {
      frame.draw(" " + notice, x: 0, y: height - 2, style: theme.style(.warning))
    }
    let keys =
      "↑↓ or 1-9 a-z choose · Enter open · ? keys · q quit"
      + (canGoBack ? " · Tab back to the lesson" : "")
    frame.draw(plain(" " + keys), x: 0, y: height - 1, style: theme.style(.label))
    return frame
  }
}
