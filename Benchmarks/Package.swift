// swift-tools-version: 6.1
//
// Benchmarks of Downhill's numeric core, kept out of the main package so that building and
// testing Downhill never builds the benchmark harness. Run from this directory:
//
//     swift package benchmark
//
// The benchmark plugin looks for targets under `Benchmarks/` of this package.

import Foundation
import PackageDescription

// A package at a path is known by its folder's name, which depends on where Downhill was
// cloned; read it rather than assume it.
let downhill = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
  name: "DownhillBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "DescentBenchmarks",
      dependencies: [
        .product(name: "Descent", package: downhill),
        .product(name: "Interchange", package: downhill),
        .product(name: "Python", package: downhill),
        .product(name: "TermPlot", package: downhill),
        .product(name: "Tutor", package: downhill),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/DescentBenchmarks",
      plugins: [
        .plugin(name: "BenchmarkPlugin", package: "benchmark")
      ]
    ),
    // The full-screen tutorial's redraw: a key, the layout and the blit into a headless
    // ncurses screen. Apart, so the numeric benchmarks build without ncurses.
    .executableTarget(
      name: "RedrawBenchmarks",
      dependencies: [
        .product(name: "CursesUI", package: downhill),
        .product(name: "TermPlot", package: downhill),
        .product(name: "Tutor", package: downhill),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/RedrawBenchmarks",
      plugins: [
        .plugin(name: "BenchmarkPlugin", package: "benchmark")
      ]
    ),
    // Process start-up of downhill against EmptyProgram, each built static and dynamic by
    // startup.sh, which names them to it by environment variables.
    .executableTarget(
      name: "StartupBenchmarks",
      dependencies: [.product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/StartupBenchmarks",
      plugins: [
        .plugin(name: "BenchmarkPlugin", package: "benchmark")
      ]
    ),
    // The start-up baseline: downhill's imports and nothing else.
    .executableTarget(
      name: "EmptyProgram",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Yams", package: "Yams"),
      ],
      path: "Sources/EmptyProgram"
    ),
  ],
  swiftLanguageModes: [.v6]
)
