// swift-tools-version: 6.1
//
// Downhill: a terminal tutorial for gradient descent and backpropagation.
// Targets are layers (see DESIGN): the executable holds no logic, Descent is the numeric core.

import PackageDescription

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
  .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
]

// MARK: - Library targets

let libraries: [Target] = [
  // The numeric core: datasets, models, losses, gradients, optimizers and the trainer.
  // Pure Swift, Double throughout, deterministic; no I/O.
  .target(name: "Descent"),
  // Frames, canvases and charts for the terminal. Knows nothing of training: it plots
  // arrays and functions.
  .target(name: "TermPlot"),
  // Lessons and their checks, sessions, the REPL's commands, the expression language
  // students type, the progress store and the screen layout. Terminals stay at the edges;
  // the only files it touches are lessons (confined to their folder) and progress.
  .target(
    name: "Tutor",
    dependencies: ["Descent", "TermPlot", .product(name: "Yams", package: "Yams")]
  ),
]

// MARK: - Executable

let executables: [Target] = [
  .executableTarget(
    name: "downhill",
    dependencies: [
      "Descent",
      "TermPlot",
      "Tutor",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  )
]

// MARK: - Tests

let tests: [Target] = [
  // Helpers every test target shares (golden files).
  .target(name: "TestSupport", path: "Tests/TestSupport"),
  .testTarget(
    name: "DescentTests",
    dependencies: [
      "Descent",
      .product(name: "PropertyBased", package: "swift-property-based"),
    ],
    resources: [.copy("Fixtures")]
  ),
  .testTarget(
    name: "TermPlotTests",
    dependencies: ["TermPlot", "TestSupport"],
    resources: [.copy("Snapshots")]
  ),
  .testTarget(
    name: "TutorTests",
    dependencies: ["Tutor", "TestSupport"],
    resources: [.copy("Snapshots"), .copy("Fixtures")]
  ),
  // End-to-end: runs the built `downhill` binary and checks its output and exit status.
  .testTarget(
    name: "downhillTests",
    dependencies: ["downhill"]
  ),
]

let package = Package(
  name: "Downhill",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "downhill", targets: ["downhill"]),
    .library(name: "Descent", targets: ["Descent"]),
    .library(name: "TermPlot", targets: ["TermPlot"]),
    .library(name: "Tutor", targets: ["Tutor"]),
  ],
  dependencies: dependencies,
  targets: libraries + executables + tests,
  swiftLanguageModes: [.v6]
)
