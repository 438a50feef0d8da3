/// A failure that tests make a save or removal meet on purpose, at one step of writing.
///
/// Real faults (a full disk, an I/O error during `fsync`) cannot be produced on demand, so
/// tests give a store a fault and check that the file on disk is untouched and no temporary
/// file is left behind. The store behaves as if the system call at `stage` failed with
/// `code`; at `.write` it writes half of the text first, as a disk filling up would.
package struct ProgressFault: Sendable, Hashable {
  /// The step of replacing the file at which the failure happens.
  package enum Stage: Sendable, Hashable, CaseIterable {
    /// Creating the temporary file beside the progress file.
    case createTemporary
    /// Writing the new text into the temporary file.
    case write
    /// Flushing the temporary file to the disk.
    case sync
    /// Renaming the temporary file over the progress file.
    case rename
  }

  /// The step that fails.
  package var stage: Stage
  /// The errno it fails with.
  package var code: Int32

  /// A failure at `stage` with errno `code`.
  package init(at stage: Stage, code: Int32) {
    self.stage = stage
    self.code = code
  }
}
