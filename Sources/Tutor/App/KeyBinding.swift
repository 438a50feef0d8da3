/// The keys of the lesson screen that are not typing: each can never begin a command or
/// an expression, so the prompt keeps the focus for everything else.
public enum KeyBinding: Sendable, Hashable, CaseIterable {
  case stepEpoch, nextStep, cycleViews, playPause, rewind, rateUp, rateDown, previousStep
  case nextHint, help, quit, menu, redraw, suspend, scrollUp, scrollDown, scrollTranscript

  /// The key's label in the footer (`space`, `^P`).
  public var keyLabel: String {
    switch self {
    case .stepEpoch: return "space"
    case .nextStep: return "Enter"
    case .cycleViews: return "Tab"
    case .playPause: return "^P"
    case .rewind: return "^R"
    case .rateUp: return "^T"
    case .rateDown: return "^G"
    case .previousStep: return "^B"
    case .nextHint: return "^N"
    case .help: return "?"
    case .quit: return "^Q"
    case .menu: return "^O"
    case .redraw: return "^L"
    case .suspend: return "^Z"
    case .scrollUp: return "PgUp"
    case .scrollDown: return "PgDn"
    case .scrollTranscript: return "^Y"
    }
  }

  /// Every key that does it, as the help lists them (`^O Esc`, `? F1`).
  public var helpLabel: String {
    switch self {
    case .help: return "? F1"
    case .quit: return "^Q ^C"
    case .menu: return "^O Esc"
    default: return keyLabel
    }
  }

  /// What the key does, in a few words.
  public var meaning: String {
    switch self {
    case .stepEpoch: return "one epoch (on an empty prompt)"
    case .nextStep: return "next step (on an empty prompt)"
    case .cycleViews: return "cycle the views (on an empty prompt); else complete"
    case .playPause: return "play / pause"
    case .rewind: return "rewind one epoch"
    case .rateUp: return "learning rate up (1-2-5 steps)"
    case .rateDown: return "learning rate down"
    case .previousStep: return "previous step"
    case .nextHint: return "next hint"
    case .help: return "these keys (on an empty prompt)"
    case .quit: return "quit (also ^D on an empty prompt)"
    case .menu: return "back to the lesson menu"
    case .redraw: return "redraw the screen"
    case .suspend: return "suspend; fg resumes"
    case .scrollUp: return "scroll the lesson text up"
    case .scrollDown: return "scroll the lesson text down"
    case .scrollTranscript: return "scroll the command log back; any other key returns"
    }
  }

  /// The binding of a key on the lesson screen, given whether the prompt is empty.
  static func binding(for key: Key, promptIsEmpty: Bool) -> KeyBinding? {
    switch key {
    case .character(" ") where promptIsEmpty: return .stepEpoch
    case .character("?") where promptIsEmpty: return .help
    case .enter where promptIsEmpty: return .nextStep
    case .tab where promptIsEmpty: return .cycleViews
    case .control("p"): return .playPause
    case .control("r"): return .rewind
    case .control("t"): return .rateUp
    case .control("g"): return .rateDown
    case .control("b"): return .previousStep
    case .control("n"): return .nextHint
    case .control("q"), .control("c"): return .quit
    case .control("d") where promptIsEmpty: return .quit
    case .control("o"), .escape: return .menu
    case .control("l"): return .redraw
    case .control("z"): return .suspend
    case .function(1): return .help
    case .pageUp: return .scrollUp
    case .pageDown: return .scrollDown
    case .control("y"): return .scrollTranscript
    default: return nil
    }
  }
}
