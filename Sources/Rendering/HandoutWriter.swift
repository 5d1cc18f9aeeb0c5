import NotebookDocument

/// Choices for a handout, whichever its format (a format takes the ones that concern it).
public struct HandoutOptions: Sendable {
    /// How a page typesets math (`--math`); a page without math loads nothing for it.
    public var math: MathSetting
    /// A generation date to print under the title; `nil` (the default) keeps pages byte-identical run to run.
    public var generatedOn: String?
    /// The handout's links to the course index and its neighbours.
    public var course: CourseLinks
    /// A page's cell boxes made while the cells ran; a page makes any it lacks itself.
    public var boxes: PageBoxes?

    /// Creates options.
    public init(math: MathSetting = .local, generatedOn: String? = nil, course: CourseLinks = CourseLinks(),
                boxes: PageBoxes? = nil) {
        self.math = math
        self.generatedOn = generatedOn
        self.course = course
        self.boxes = boxes
    }
}

/// One handout format: its file extension and how a notebook's handout is written in it.
///
/// A format is one type conforming to this protocol, listed once in ``HandoutWriters/all``; the
/// runner writes, checks, names and ships every listed format the same way.
public protocol HandoutWriter: Sendable {
    /// The handout's file extension, which also names the format for `--format` (`md`, `html`).
    static var fileExtension: String { get }
    /// Whether the handout is the notebook line for line with outputs added, so a `--check` diff of it
    /// names notebook lines and is the report; a handout that is not (a page) is summarised after it.
    static var keepsNotebookLines: Bool { get }
    /// The handout for `notebook` and the presentation of each of its cells (keyed by cell index).
    static func render(_ notebook: Notebook, cells: [Int: CellPresentation], options: HandoutOptions) -> String
}

/// Every handout format, registered in one place.
public enum HandoutWriters {
    /// The formats in the order a run writes and checks them.
    public static let all: [any HandoutWriter.Type] = [MarkdownHandout.self, HTMLHandout.self]

    /// Each of `writers`' handouts of `notebook`, keyed by file extension, rendered side by side.
    public static func render(_ writers: [any HandoutWriter.Type], of notebook: Notebook, cells: [Int: CellPresentation],
                              options: HandoutOptions) -> [String: String] {
        let handouts = writers.concurrentMap { $0.render(notebook, cells: cells, options: options) }
        return Dictionary(uniqueKeysWithValues: zip(writers.map { $0.fileExtension }, handouts))
    }
}
