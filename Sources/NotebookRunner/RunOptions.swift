import Rendering

/// Which handouts to produce.
public enum HandoutFormat: String, Sendable, CaseIterable, Codable {
    /// Markdown only.
    case md
    /// HTML only.
    case html
    /// Both Markdown and HTML.
    case both

    /// The writers of the handouts this format asks for, in ``HandoutWriters/all``'s order.
    var writers: [any HandoutWriter.Type] {
        HandoutWriters.all.filter { self == .both || $0.fileExtension == rawValue }
    }
    var writesHTML: Bool { writers.contains { $0 == HTMLHandout.self } }
}

/// Where one notebook's handout is written and what it links to.
public struct HandoutPlace: Sendable, Codable, Equatable {
    /// The handout's path relative to the output folder, without extension (`week1/intro`).
    public var name: String
    /// Its links to the course index and its neighbours.
    public var links: CourseLinks

    /// Creates a place.
    public init(name: String, links: CourseLinks) {
        self.name = name
        self.links = links
    }
}

/// Everything the command line can ask of a run.
public struct RunOptions: Sendable, Codable {
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
    /// Render the handouts of a notebook whose cells failed too, each error in its cell's output (a
    /// preview's draft page); the runner never writes a failed notebook's handouts.
    public var draft = false
    /// Seconds one cell may run.
    public var timeout = 10.0
    /// Notebooks run at once.
    public var jobs = 1
    /// Print errors only, no summary lines.
    public var quiet = false
    /// How HTML pages typeset math (`--math`).
    public var math = MathSetting.local
    /// Where this notebook's handout goes and what it links to; the runner sets it for each notebook.
    public var place: HandoutPlace?
    /// Folders besides each notebook's own that its cells may read files from (`--allow-read`).
    public var readableFolders: [String] = []
    /// The `nbrun` executable that runs notebooks in supervised worker processes; `nil` runs them in this process.
    public var workerExecutable: String?
    /// Megabytes of memory a worker may take beyond what it had when it started (`--memory-limit`).
    public var memoryLimitMegabytes = 4096
    /// The share of the notebooks this run takes (`--shard K/N`); `nil` takes them all.
    public var shard: Shard?
    /// A ``RunTimes`` file whose times balance the shares (`--times`).
    public var timesFile: String?
    /// Where to write how long each notebook of this run took (`--record-times`).
    public var recordTimesFile: String?
    /// Run no cells; write (or check) the folder's index from the handouts present (`--index-only`).
    public var indexOnly = false

    /// Creates the default options.
    public init() {}
}
