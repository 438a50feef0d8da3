import Descent
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Grades a class: finds each submission's lesson (named with `--lesson`, else in the
/// submission's front matter) and grades it with one `Grader` a lesson, so each lesson is
/// walked once for the whole class. A file that cannot be read or matched to a lesson is
/// a grade with a problem; the others are still graded.
public struct ClassGrader {
  let library: LessonLibrary
  let checker: AnswerChecker
  /// Lessons named with --lesson, by id, with their files.
  var given: [(lesson: Lesson, file: String)] = []
  /// Lessons looked up by a submission's `lesson:`, by id (nil: not found).
  var found: [String: (lesson: Lesson, file: String)?] = [:]
  /// Why a lesson id in `found` was not found.
  var missing: [String: String] = [:]
  /// A grader a lesson, made once: it walks its lesson once for the whole class.
  var graders: [String: Grader] = [:]
  /// The largest submission read, in bytes: a larger one is reported without being read.
  public var maxBytes = 1 << 20
  /// How long one submission may take to grade, in seconds.
  public var timeLimit = 10.0
  /// The operations a task's commands may use (see `WorkBudget`).
  public var workLimit = WorkBudget.gradingOperations
  /// Whether each submission is graded against its student's own draw of the lesson (their
  /// numbers and order of choices, as the tutorial showed them with `--student`); a
  /// submission that says nothing of who made it is then not gradable.
  public var variants = false
  /// Who made the submissions, as the platform that received them says (Gradescope).
  public var platform: PlatformIdentity?
  /// The class, whose rows match submissions to identities.
  public var roster: Roster?

  /// A grader over `library`, against the lessons `lessonArguments` name (paths, file
  /// names or ids; none: each submission's own), checking on states seeded with `seed`.
  public init(library: LessonLibrary, lessonArguments: [String], seed: UInt64) throws {
    self.library = library
    checker = AnswerChecker(seed: seed)
    for argument in lessonArguments {
      let file = try library.resolve(argument)
      given.append((try library.load(file), file))
    }
  }

  /// The submission files named: files as given, directories as their `.md` files.
  ///
  /// Nothing is followed or opened here: an argument or entry that is a symbolic link or a
  /// special file is listed as it is, and `grade` refuses it with the reason.
  public static func files(in arguments: [String]) throws -> [String] {
    var files: [String] = []
    for argument in arguments {
      guard FileKind.of(argument) == .directory else {
        files.append(argument)  // a file, or refused or unreadable: the others still graded
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
      files += names.filter { $0.hasSuffix(".md") }.sorted().map {
        (argument as NSString).appendingPathComponent($0)
      }
    }
    return files
  }

  /// The grades of every file.
  public mutating func report(for files: [String]) -> GradeReport {
    GradeReport(submissions: files.map { grade($0) }, seed: checker.seed)
  }

  /// One file's grades, or why it cannot be graded.
  public mutating func grade(_ file: String) -> SubmissionGrade {
    func unreadable(_ problem: String, lesson: String = "") -> SubmissionGrade {
      SubmissionGrade(
        student: Submission.fileName(file), source: file, lessonID: lesson, grades: [],
        problem: problem, unknownIDs: [])
    }
    // Reading and parsing count against the submission's time; walking the lesson, done
    // once for the class, does not.
    var deadline = ContinuousClock.now + .seconds(timeLimit)
    switch FileKind.of(file) {
    case .regular(let size) where size > maxBytes:
      return unreadable(
        "the file is too large: \(size) bytes, over the limit of \(maxBytes) (--max-bytes); "
          + "it was not read")
    case .regular: break
    case .missing: return unreadable("there is no such file")
    case .link:
      return unreadable("it is a symbolic link, and links are not followed: it was not read")
    case .special(let kind):
      return unreadable("it is \(kind), not a regular file: it was not read")
    case .directory: return unreadable("it is a folder, not a submission file")
    }
    let text: String
    do {
      text = try TextFile.read(file, limit: maxBytes, followingLinks: false)
    } catch {
      return unreadable("\(error)")
    }
    let submission: Submission
    do {
      submission = try Submission.parse(text, file: file)
    } catch {
      return unreadable(error.description)
    }
    var lesson: (Lesson, String)
    switch self.lesson(for: submission) {
    case .success(let found): lesson = found
    case .failure(let problem):
      return unreadable(problem.description, lesson: submission.lessonID ?? "")
    }
    if variants {
      guard let identity = identity(of: submission) else {
        return unreadable(
          "not gradable with variants on: nothing says who made it, and the lesson's numbers "
            + "and order of choices are drawn for each student. Give the file an id: (the "
            + "login or email the student gave the tutorial with --student, as `downhill "
            + "progress export` writes it), or grade with --roster or the platform's identity",
          lesson: lesson.0.id)
      }
      do {
        lesson.0 = try library.load(lesson.1, student: identity)
      } catch {
        return unreadable("the lesson cannot be drawn for \(identity): \(error)", lesson: lesson.0.id)
      }
    }
    // One walk a draw of the lesson: students with the same numbers share it, each with
    // their own order of choices.
    let key = lesson.0.id + "\u{1F}" + lesson.0.drawnDescription
    let grader: Grader
    if let made = graders[key] {
      grader = made.sharingWalk(with: lesson.0)
    } else {
      let started = ContinuousClock.now
      grader = Grader(
        lesson: lesson.0, loader: library.loader(forLessonAt: lesson.1), checker: checker)
      graders[key] = grader
      deadline += ContinuousClock.now - started
    }
    var result = grader.grade(submission, deadline: deadline, workLimit: workLimit)
    if variants, !lesson.0.drawn.isEmpty { result.variant = lesson.0.drawnDescription }
    return result
  }

  /// Who made `submission`, as grading settles it: the platform's account, else the
  /// roster row it matches, else its own `id:`; nil when nothing says.
  func identity(of submission: Submission) -> String? {
    var probe = SubmissionGrade(
      student: submission.student, source: submission.source, lessonID: "", grades: [])
    probe.fileIdentity = submission.id
    let identity = probe.settledIdentity(platform: platform, roster: roster)
    return identity.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
  }

  /// The lesson a submission is graded against, or why there is none (with the closest
  /// ids when the one named is unknown).
  mutating func lesson(for submission: Submission) -> Result<(Lesson, String), DescentError> {
    guard let id = submission.lessonID, !id.isEmpty else {
      if given.count == 1 { return .success(given[0]) }
      return .failure(
        DescentError(
          given.isEmpty
            ? "the submission names no lesson (lesson: ID in its front matter) and no "
              + "--lesson was given"
            : "the submission names no lesson (lesson: ID in its front matter) and several "
              + "--lesson were given"))
    }
    if let match = given.first(where: { $0.lesson.id == id }) { return .success(match) }
    if !given.isEmpty {
      let ids = given.map(\.lesson.id)
      let suggestion = ExpressionSuggestion.closest(to: id, among: ids).map {
        "; did you mean '\($0)'?"
      }
      return .failure(
        DescentError(
          "the submission is for the lesson '\(id)', which is not among those given with "
            + "--lesson" + (suggestion ?? " (" + ids.joined(separator: ", ") + ")")))
    }
    if let cached = found[id] {
      return cached.map { .success($0) } ?? .failure(DescentError(missing[id] ?? ""))
    }
    // An id, never a path: a submission cannot make the grader read a file it names.
    guard !id.contains("/"), !id.hasPrefix(".") else {
      found[id] = .some(nil)
      missing[id] = "the lesson is named by its id, not a path: '\(id)' is not a lesson id"
      return .failure(DescentError(missing[id] ?? ""))
    }
    do {
      let file = try library.resolve(id)
      let loaded = try library.load(file)
      found[id] = (loaded, file)
      return .success((loaded, file))
    } catch {
      found[id] = .some(nil)
      missing[id] = "\(error)"
      return .failure(DescentError("\(error)"))
    }
  }
}

/// What is at a path, read with lstat: a symbolic link is reported as one, never followed.
enum FileKind: Equatable {
  /// A regular file of `size` bytes.
  case regular(size: Int)
  /// A folder (not a link to one).
  case directory
  /// Nothing (or nothing that can be looked at).
  case missing
  /// A symbolic link (to anything, inside the folder or not).
  case link
  /// A special file, in words: "a pipe (FIFO)", "a device".
  case special(String)

  /// What is at `path`, without following a link or opening anything.
  static func of(_ path: String) -> FileKind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .regular(size: Int(status.st_size))
    case S_IFDIR: return .directory
    case S_IFLNK: return .link
    case S_IFIFO: return .special("a pipe (FIFO)")
    case S_IFCHR: return .special("a device")
    case S_IFBLK: return .special("a disk device")
    case S_IFSOCK: return .special("a socket")
    default: return .special("a special file")
    }
  }
}
