import TermPlot

/// Where each part of a screen goes, for a screen at least `Layout.minimumWidth` ×
/// `Layout.minimumHeight`.
///
/// Side by side (from `Layout.sideBySideWidth` columns, with a lesson pane):
///
///     status line ······························································
///     ── step title ─────────────│── fit ──────────────────────────────
///     paragraphs                 │  chart
///     question, goal, feedback   │── loss curve ───────────────────────
///                                │  chart
///     ──────────────────────────────────────────────────────────────────
///     transcript
///     downhill> prompt
///     footer
///
/// Stacked (narrower): the status line, the pane, the views, the transcript, the prompt
/// and the footer, top to bottom. Without a pane the views take the whole width. Views
/// share their area one above the other, side by side, or two above one, as `tile` finds
/// roomiest; those that do not fit are left out. Every rectangle lies inside the screen
/// and none overlaps another.
struct ScreenRegions {
  /// The status line (the top row).
  var status: Rect
  /// The lesson pane, its heading row first; nil without a pane.
  var pane: Rect?
  /// The column between the pane and the views, when they sit side by side.
  var separator: Rect?
  /// One rectangle a view shown, its heading row first, in the views' order; views that
  /// do not fit are left out from the end.
  var views: [Rect]
  /// The transcript, a rule on its top row.
  var transcript: Rect
  /// The prompt row.
  var prompt: Rect
  /// The footer row, when there is a footer.
  var footer: Rect?

  /// The fewest rows a view is given (its heading and a chart of eight rows).
  static let minimumViewRows = 9
  /// The fewest columns a view is given when views share the width.
  static let minimumViewColumns = 30

  /// The fewest rows a stacked pane is given beside a view (its heading and three lines).
  static let minimumPaneRows = 4

  /// The lines of transcript (below its rule) on a screen `height` rows tall, with
  /// `available` rows between the status line and the prompt, when its newest entry has
  /// `wanted` rows.
  ///
  /// A fair share that grows with the height: 3 lines at 24 rows, 6 at 30, 10 at 40, a
  /// quarter of the height beyond. A longer newest entry (a table, a history) gets more,
  /// up to what leaves the pictures one view's rows, until the next command.
  static func transcriptLines(height: Int, available: Int, wanted: Int) -> Int {
    let share = Swift.max(2, Swift.min(height / 4, (height - 24) / 2 + 3))
    let most = Swift.max(share, available - minimumViewRows)
    return Swift.max(share, Swift.min(wanted, most))
  }

  /// Whether a screen `width` columns wide puts the pane beside the views.
  static func isSideBySide(width: Int) -> Bool {
    width >= Layout.sideBySideWidth
  }

  /// The pane's width on a screen `width` columns wide.
  static func paneWidth(screenWidth width: Int) -> Int {
    isSideBySide(width: width) ? width * 2 / 5 : width
  }

  /// The regions of a `width` × `height` screen whose pane wants `paneRows` rows (its
  /// heading included; nil without a pane), whose transcript wants `transcriptRows` rows
  /// below its rule (its newest entry; `Int.max` while scrolled back), and which shows up
  /// to `viewCount` views.
  ///
  /// With `presentation`, there is no transcript or prompt (their rectangles are empty)
  /// and a side-by-side pane takes a third of the width, leaving the charts more room.
  init(
    width: Int, height: Int, hasFooter: Bool, viewCount: Int, paneRows: Int?,
    transcriptRows: Int = 0, presentation: Bool = false
  ) {
    var rest = Rect(x: 0, y: 0, width: width, height: height)
    (status, rest) = rest.splitTop(1)
    var bottom: Rect
    if hasFooter {
      var footerRow: Rect
      (rest, footerRow) = rest.splitBottom(1)
      footer = footerRow
    } else {
      footer = nil
    }
    (rest, bottom) = rest.splitBottom(presentation ? 0 : 1)
    prompt = bottom
    let transcriptLines = Self.transcriptLines(
      height: height, available: rest.height - 1, wanted: transcriptRows)
    (rest, transcript) = rest.splitBottom(presentation ? 0 : transcriptLines + 1)
    let body = rest
    let viewCount = Swift.max(1, viewCount)
    let minimum = Self.minimumViewRows

    if paneRows != nil, Self.isSideBySide(width: width) {
      let (left, right) = body.splitLeft(
        presentation ? width / 3 : Self.paneWidth(screenWidth: width))
      let (rule, viewArea) = right.splitLeft(1)
      pane = left
      separator = rule
      views = Self.tile(viewCount, in: viewArea)
      return
    }
    separator = nil
    guard let paneRows else {
      pane = nil
      views = Self.tile(viewCount, in: body)
      return
    }
    // A transcript grown for a long output leaves no room for both: the lesson's text
    // stays, the pictures give way until the next command.
    if body.height < minimum + Self.minimumPaneRows {
      pane = body
      views = []
      return
    }
    // The pane takes what it needs, leaving the views at least one view's rows, and on
    // tall screens at most half of the body, or room for two views.
    let cap = Swift.min(
      body.height - minimum, Swift.max(body.height / 2, body.height - 2 * minimum))
    let (paneRect, viewArea) = body.splitTop(Swift.max(0, Swift.min(paneRows, cap)))
    pane = paneRect
    views = Self.tile(viewCount, in: viewArea)
  }

  /// Rectangles for the first views of `count` in `area`: as many views as can each have
  /// `minimumViewRows` × `minimumViewColumns`, arranged one above the other, side by side,
  /// or (three) two side by side above one, whichever gives the smallest picture the most
  /// room. A picture's room is the lesser of its rows and a third of its columns, since
  /// charts read best about three columns a row.
  static func tile(_ count: Int, in area: Rect) -> [Rect] {
    for shown in stride(from: count, through: 1, by: -1) {
      let fitting = arrangements(of: shown, in: area).filter { rects in
        rects.allSatisfy {
          $0.height >= minimumViewRows && $0.width >= minimumViewColumns
        }
      }
      let room = { (rects: [Rect]) -> Double in
        rects.map { Swift.min(Double($0.height), Double($0.width) / 3) }.min() ?? 0
      }
      // The first of the roomiest (one above the other wins a tie).
      var best: [Rect]?
      for rects in fitting where best.map({ room(rects) > room($0) }) ?? true {
        best = rects
      }
      if let best { return best }
    }
    return [area]
  }

  /// The ways to arrange `count` views in `area`, in order of preference.
  static func arrangements(of count: Int, in area: Rect) -> [[Rect]] {
    var result = [stack(count, in: area), row(count, in: area)]
    if count == 3 {
      let (top, bottom) = area.splitTop(area.height / 2)
      result.append(row(2, in: top) + [bottom])
    }
    return result
  }

  /// `count` rectangles one above the other in `area`, sharing its rows evenly (the first
  /// ones get any rows left over).
  static func stack(_ count: Int, in area: Rect) -> [Rect] {
    var rects: [Rect] = []
    var top = area.y
    for k in 0..<count {
      let rows = area.height / count + (k < area.height % count ? 1 : 0)
      rects.append(Rect(x: area.x, y: top, width: area.width, height: rows))
      top += rows
    }
    return rects
  }

  /// `count` rectangles side by side in `area`, a blank column between neighbours.
  static func row(_ count: Int, in area: Rect) -> [Rect] {
    let columns = area.width - (count - 1)
    var rects: [Rect] = []
    var left = area.x
    for k in 0..<count {
      let width = columns / count + (k < columns % count ? 1 : 0)
      rects.append(Rect(x: left, y: area.y, width: width, height: area.height))
      left += width + 1
    }
    return rects
  }
}
