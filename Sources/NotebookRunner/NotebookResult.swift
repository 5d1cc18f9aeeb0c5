import NotebookAssignment
import Rendering

/// What running one notebook produced and how it went.
public struct NotebookResult: Sendable, Codable {
    /// The notebook's path as given.
    public var path: String
    /// The handout name (`xor` for `notebooks/xor.md`).
    public var name: String
    /// The notebook's title (its first heading, or its name).
    public var title: String
    /// Cells executed.
    public var cellsRun = 0
    /// Wall-clock seconds for parsing, running and rendering.
    public var seconds = 0.0
    /// Error messages, already formatted as `file:line:col: error: …`.
    public var errors: [String] = []
    /// Whether the file could not be read at all (exit status 2).
    public var unreadable = false
    /// The data files the cells read (resolved paths, each once), which a preview watches with the notebook.
    public var filesRead: [String] = []
    /// What grading found, for a grading job that ran to its end.
    public var grade: SubmissionGrade?
    /// The grading plan's step at which the worker stopped, when it stopped in one.
    public var stoppedAt: Int?
    /// The handouts by file extension (``HandoutWriter/fileExtension``), when every cell ran as expected.
    public var handouts: [String: String] = [:]

    /// The Markdown handout, when every cell ran as expected.
    public var markdown: String? {
        get { handouts[MarkdownHandout.fileExtension] }
        set { handouts[MarkdownHandout.fileExtension] = newValue }
    }
    /// The HTML handout, when every cell ran as expected.
    public var html: String? {
        get { handouts[HTMLHandout.fileExtension] }
        set { handouts[HTMLHandout.fileExtension] = newValue }
    }

    /// Whether every cell ran as its options require.
    public var succeeded: Bool { errors.isEmpty }
}
