// swift-tools-version: 6.1
//
// Downhill: a terminal tutorial for gradient descent and backpropagation.
// Targets are layers (see DESIGN): the executable holds no logic, Descent is the numeric core,
// Interchange the bottom layer every library reads and writes text through.

import PackageDescription

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
  .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
]

// MARK: - Library targets

let libraries: [Target] = [
  // What every layer reads and writes as text: JSON values with their writer and reader, the
  // byte cursor the JSON and CSV readers share, source locations, and the one policy for
  // sanitizing untrusted text and quoting it in messages. No dependencies.
  .target(name: "Interchange"),
  // The numeric core: datasets, models, losses, gradients, optimizers and the trainer.
  // Pure Swift, Double throughout, deterministic; no I/O.
  .target(name: "Descent", dependencies: ["Interchange"]),
  // Frames, canvases and charts for the terminal. Knows nothing of training: it plots
  // arrays and functions.
  .target(name: "TermPlot", dependencies: ["Interchange"]),
  // The Python students type: the course's subset of the language with numpy arrays and
  // matplotlib figures (as data), read and run in a sandbox with step, memory and
  // recursion limits. Knows nothing of sessions: Tutor binds a run's names to it.
  .target(name: "Python", dependencies: ["Interchange", "Descent"]),
  // Lessons and their checks, sessions, the REPL's commands, the expression language
  // students type, the progress store and the screen layout. Terminals stay at the edges;
  // the only files it touches are lessons (confined to their folder) and progress.
  // The built-in lessons are compiled in from Lessons/ by the EmbedLessons plugin.
  .target(
    name: "Tutor",
    dependencies: [
      "Interchange", "Descent", "Python", "TermPlot", .product(name: "Yams", package: "Yams"),
    ],
    plugins: ["EmbedLessons"]
  ),
  // The full-screen front, the only impure UI layer: terminal set-up and restore, keys,
  // timers, resize, colour pairs and blitting a Frame. Thin: Tutor decides what is shown.
  .target(
    name: "CursesUI", dependencies: ["CNCurses", "CursesShim", "Tutor", "TermPlot", "Python"]),
]

// MARK: - ncurses

let curses: [Target] = [
  // ncurses with its wide-character API. Its header defines NCURSES_WIDECHAR itself; it is
  // not found through pkg-config, whose -D flags SwiftPM would drop with a warning. The
  // shim links the library.
  .systemLibrary(
    name: "CNCurses",
    providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
  ),
  // What Swift cannot import or may not touch in Swift 6 mode (stdscr, LINES, the A_*
  // attributes, KEY_F(n)), the signal flag the event loop reads, and every platform
  // difference (the library's name, an opaque WINDOW on macOS).
  .target(
    name: "CursesShim",
    dependencies: ["CNCurses"],
    linkerSettings: [
      .linkedLibrary("ncursesw", .when(platforms: [.linux])),
      .linkedLibrary("ncurses", .when(platforms: [.macOS])),
    ]
  ),
]

// MARK: - Built-in lessons

let embedding: [Target] = [
  // Writes the files of a lessons folder as Swift string literals (run at build time).
  .executableTarget(name: "LessonEmbedder"),
  // Compiles Lessons/ into the target that uses it, so the binary carries its lessons.
  .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
]

// MARK: - Executable

let executables: [Target] = [
  .executableTarget(
    name: "downhill",
    dependencies: [
      "Interchange",
      "Descent",
      "TermPlot",
      "Tutor",
      "CursesUI",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  )
]

// MARK: - Tests

let tests: [Target] = [
  // Helpers every test target shares (golden files).
  .target(name: "TestSupport", path: "Tests/TestSupport"),
  // JSON writing and reading, the byte cursor, sanitizing and quoting.
  .testTarget(name: "InterchangeTests", dependencies: ["Interchange"]),
  .testTarget(
    name: "DescentTests",
    dependencies: [
      "Descent",
      "Interchange",
      .product(name: "PropertyBased", package: "swift-property-based"),
    ],
    resources: [.copy("Fixtures")]
  ),
  // The Python subset against CPython with numpy: snippets and their outputs as fixtures.
  .testTarget(
    name: "PythonTests",
    dependencies: ["Python"],
    resources: [.copy("Fixtures")]
  ),
  .testTarget(
    name: "TermPlotTests",
    dependencies: ["TermPlot", "TestSupport"],
    resources: [.copy("Snapshots")]
  ),
  .testTarget(
    name: "TutorTests",
    dependencies: ["Tutor", "Interchange", "TestSupport"],
    resources: [.copy("Snapshots"), .copy("Fixtures")]
  ),
  // The terminal layer's pure parts: key codes and colour pairs.
  .testTarget(
    name: "CursesUITests",
    dependencies: ["CursesUI", "CNCurses", "CursesShim", "TermPlot", "Tutor"]
  ),
  // End-to-end: runs the built `downhill` binary and checks its output and exit status; and
  // the commands' parsing, through swift-argument-parser's API.
  .testTarget(
    name: "downhillTests",
    dependencies: [
      "downhill", "TestSupport", "Descent", "TermPlot",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ],
    resources: [.copy("Snapshots")]
  ),
]

let package = Package(
  name: "Downhill",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "downhill", targets: ["downhill"]),
    .library(name: "Interchange", targets: ["Interchange"]),
    .library(name: "Descent", targets: ["Descent"]),
    .library(name: "Python", targets: ["Python"]),
    .library(name: "TermPlot", targets: ["TermPlot"]),
    .library(name: "Tutor", targets: ["Tutor"]),
    .library(name: "CursesUI", targets: ["CursesUI"]),
  ],
  dependencies: dependencies,
  targets: libraries + curses + embedding + executables + tests,
  swiftLanguageModes: [.v6]
)
