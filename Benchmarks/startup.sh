#!/usr/bin/env bash
# Builds what StartupBenchmarks times and runs it: downhill's release binary self-contained
# (scripts/build-release) and dynamic, and the empty program with the same imports built
# both ways. Takes a while: four release builds.
#
# Usage: Benchmarks/startup.sh        (from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

(cd "$root" && scripts/build-release >/dev/null)
export DOWNHILL_STATIC="$root/.build/release/downhill"
(cd "$root" && swift build -c release --product downhill --scratch-path .build-dynamic >/dev/null)
export DOWNHILL_DYNAMIC="$root/.build-dynamic/release/downhill"
(cd "$here" && swift build -c release --product EmptyProgram --static-swift-stdlib \
  --scratch-path .build-static >/dev/null)
export EMPTY_STATIC="$here/.build-static/release/EmptyProgram"
(cd "$here" && swift build -c release --product EmptyProgram >/dev/null)
export EMPTY_DYNAMIC="$here/.build/release/EmptyProgram"
ls -l "$DOWNHILL_STATIC" "$DOWNHILL_DYNAMIC" "$EMPTY_STATIC" "$EMPTY_DYNAMIC"
cd "$here" && swift package benchmark --target StartupBenchmarks
