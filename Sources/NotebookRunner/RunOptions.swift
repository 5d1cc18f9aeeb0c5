/// Which handouts to produce.
public enum HandoutFormat: String, Sendable, CaseIterable {
    /// Markdown only.
    case md
    /// HTML only.
    case html
    /// Both Markdown and HTML.
    case both

    var writesMarkdown: Bool { self != .html }
    var writesHTML: Bool { self != .md }
}

/// Everything the command line can ask of a run.
public struct RunOptions: Sendable {
    /// Folder the handouts go to (and, with `check`, are compared with).
    public var outputDirectory = "output"
    /// Which handouts to write or check.
    public var format = HandoutFormat.both
    /// Compare with the handouts on disk instead of writing.
    public var check = false
    /// Numbers in `--check` may differ by this many units in their last printed digit.
    public var tolerance = 1.0
    /// Print the Markdown handout to standard output instead of writing files.
    public var toStandardOutput = false
    /// Run every cell even after one fails.
    public var keepGoing = false
    /// Seconds one cell may run.
    public var timeout = 10.0
    /// Notebooks run at once.
    public var jobs = 1
    /// Print errors only, no summary lines.
    public var quiet = false
    /// Whether HTML pages load MathJax.
    public var mathJax = true

    /// Creates the default options.
    public init() {}
}
