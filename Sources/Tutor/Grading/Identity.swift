import Descent
import Interchange

/// Who made a submission, as the platform that received it says: the accounts a
/// Gradescope submission belongs to (several for a group).
///
/// A submission's identity is settled in order: the platform's, then the roster's (the
/// row the submission matches), then the submission's own front matter (`id:`). A file
/// can say anything; a platform knows who logged in, so where they disagree the
/// platform's wins and the report says so.
public struct PlatformIdentity: Sendable, Hashable {
  /// One account.
  public struct User: Sendable, Hashable {
    /// The account's email, when the platform gives one.
    public var email: String?
    /// The platform's id for the account.
    public var id: String?
    /// The name on the account.
    public var name: String?

    /// An account.
    public init(email: String?, id: String?, name: String?) {
      self.email = email
      self.id = id
      self.name = name
    }
  }

  /// The platform's name, as a report says it: `Gradescope`.
  public var platform: String
  /// The accounts, the submitter first.
  public var users: [User]

  /// The accounts `platform` names.
  public init(platform: String, users: [User]) {
    self.platform = platform
    self.users = users
  }

  /// The accounts of Gradescope's `submission_metadata.json` (`users[]`, each with
  /// `email`, `id` and `name`); throws, located, when the file is not JSON or names no
  /// account.
  public static func gradescope(metadata text: String, file: String) throws(DescentError)
    -> PlatformIdentity
  {
    let value: JSONValue
    do {
      value = try JSONValue.parse(text, source: file)
    } catch {
      throw DescentError(error)
    }
    var users: [User] = []
    for entry in value["users"]?.arrayValue ?? [] {
      let email = entry["email"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
      // Gradescope writes the id as a number; a string is taken as it is.
      let id =
        entry["id"]?.numberValue.map { GradeReport.points($0) }
        ?? entry["id"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
      let name = entry["name"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
      if email != nil || id != nil { users.append(User(email: email, id: id, name: name)) }
    }
    guard !users.isEmpty else {
      throw DescentError(
        "\(file) names no account: Gradescope's submission metadata lists them in "
          + "'users', each with an 'email' or an 'id'")
    }
    return PlatformIdentity(platform: "Gradescope", users: users)
  }

  /// The identity a report gives: the submitter's email, else their platform id.
  public var primary: String { users.first.flatMap { $0.email ?? $0.id } ?? "" }

  /// Whether `identity` is one of the accounts (an email compared without case).
  public func matches(_ identity: String) -> Bool {
    let wanted = identity.lowercased()
    return users.contains { $0.email?.lowercased() == wanted || $0.id == identity }
  }
}

extension GradeReport {
  /// Settles every submission's identity: the platform's when one is given (the
  /// submission's own `id:` overridden, with a note, when it names someone else), else the
  /// roster row the submission matches (its login, else its SIS or Canvas id), else the
  /// submission's `id:`.
  public mutating func settleIdentities(platform: PlatformIdentity?) {
    for index in submissions.indices {
      var submission = submissions[index]
      submission.identity = submission.settledIdentity(platform: platform, roster: roster)
      if let platform, !platform.primary.isEmpty, let own = submission.fileIdentity,
        !platform.matches(own)
      {
        submission.identityNote =
          "the file says id: \(own), but \(platform.platform) received it from "
          + "\(platform.primary): graded as \(platform.primary)"
      }
      submissions[index] = submission
    }
  }
}

extension SubmissionGrade {
  /// Who made the submission, in the order grading trusts: the platform's account, else
  /// the roster row it matches, else its own `id:`; nil when nothing says.
  func settledIdentity(platform: PlatformIdentity?, roster: Roster?) -> String? {
    if let platform, !platform.primary.isEmpty { return platform.primary }
    if let student = roster?.match(self) { return student.identity }
    return fileIdentity
  }
}
