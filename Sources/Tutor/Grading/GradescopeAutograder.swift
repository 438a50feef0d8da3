/// The autograder a teacher uploads to Gradescope: `setup.sh`, run once when Gradescope
/// builds the image, installs the one library the self-contained `downhill` binary needs
/// (ncurses' terminal information, from the distribution's packages: nothing else from the
/// network); `run_autograder`, run for every submission, grades
/// `/autograder/submission/*.md` with `downhill check --format gradescope` into
/// `/autograder/results/results.json`; then the binary, and the lessons (with the data
/// files they read) under `lessons/`.
///
/// Gradescope unpacks the zip into `/autograder/source` and runs each submission in its
/// own container, so a class of any size grades there at the speed of one.
public enum GradescopeAutograder {
  /// The environment variable that stands in for `/autograder`, to try the package on a
  /// directory laid out as Gradescope lays it out.
  public static let rootVariable = "DOWNHILL_AUTOGRADER_ROOT"

  /// `setup.sh`.
  public static let setupScript = """
    #!/usr/bin/env bash
    # Runs once, as root, when Gradescope builds the autograder's image (Ubuntu).
    # downhill is one self-contained binary: at run time it needs only ncurses' terminal
    # information library, which comes from the distribution's own packages.
    set -eu
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends libtinfo6 libncursesw6 \\
      || apt-get install -y --no-install-recommends libtinfo5 libncursesw5
    chmod 755 /autograder/source/downhill

    """

  /// `run_autograder`, grading against the lessons `lessonIDs`, each submission against
  /// its student's own draw of them when `variants` is on (the student is the account
  /// Gradescope received the submission from).
  public static func runScript(lessonIDs: [String], variants: Bool = true) -> String {
    let lessons =
      lessonIDs.map { "--lesson '\($0.replacing("'", with: ""))'" }
      .joined(separator: " ") + (variants ? " --variants" : "")
    return """
      #!/bin/sh
      # Runs for every submission: grades /autograder/submission/*.md against the teacher's
      # lessons and writes Gradescope's /autograder/results/results.json. \(rootVariable)
      # stands in for /autograder, to try the package on a copy of its layout.
      root="${\(rootVariable):-/autograder}"
      source="$root/source"
      results="$root/results"
      mkdir -p "$results"
      [ -x "$source/downhill" ] || chmod 755 "$source/downhill"
      if [ -f "$root/submission_metadata.json" ]; then
        set -- --gradescope-metadata "$root/submission_metadata.json"
      else
        set --
      fi
      "$source/downhill" check --lessons-folder "$source/lessons" \(lessons) \\
        --format gradescope "$@" "$root/submission" > "$results/results.json.part"
      status=$?
      # 0: everything right, 1: graded with something wrong; both wrote the results.
      if [ "$status" -le 1 ]; then
        mv "$results/results.json.part" "$results/results.json"
      else
        rm -f "$results/results.json.part"
        message="The autograder could not grade this submission (downhill check stopped with \\
      status $status); please tell your teacher."
        printf '{"score": 0, "output": "%s", "output_format": "text",\\n' "$message" \\
          > "$results/results.json"
        printf ' "visibility": "visible", "stdout_visibility": "hidden", "tests": []}\\n' \\
          >> "$results/results.json"
      fi
      exit 0

      """
  }

  /// The archive: the two scripts, the binary and the lesson files (paths relative to
  /// `lessons/`), for the lessons `lessonIDs`.
  public static func archive(
    binary: [UInt8], lessonIDs: [String], files: [(path: String, text: String)],
    variants: Bool = true
  ) -> ZipArchive {
    var entries = [
      ZipArchive.Entry(path: "setup.sh", text: setupScript, isExecutable: true),
      ZipArchive.Entry(
        path: "run_autograder", text: runScript(lessonIDs: lessonIDs, variants: variants),
        isExecutable: true),
      ZipArchive.Entry(path: "downhill", bytes: binary, isExecutable: true),
    ]
    entries += files.map { ZipArchive.Entry(path: "lessons/" + $0.path, text: $0.text) }
    return ZipArchive(entries: entries)
  }

  /// The CSV files a lesson's text names (`dataset: data/flats.csv`, `data data/x.csv`),
  /// relative to its folder, in order, each once: what the package must carry for the
  /// lesson to load. Absolute paths and paths that leave the folder are left out.
  public static func dataPaths(in text: String) -> [String] {
    var paths: [String] = []
    let separators: Set<Character> = [
      " ", "\t", "\n", "\r", "`", "'", "\"", "(", ")", ",", ";", "[", "]",
    ]
    for word in text.split(whereSeparator: { separators.contains($0) }) {
      var path = String(word)
      while path.hasPrefix("./") { path.removeFirst(2) }
      guard path.hasSuffix(".csv"), !path.hasPrefix("/"),
        !path.split(separator: "/").contains(".."), !paths.contains(path)
      else { continue }
      paths.append(path)
    }
    return paths
  }
}
