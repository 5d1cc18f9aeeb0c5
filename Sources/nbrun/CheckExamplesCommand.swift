import ArgumentParser
import enum CellLanguage.StandardError
import NotebookRunner

/// `nbrun check-examples`: reference pages whose examples are a doc test.
struct CheckExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun check-examples",
        abstract: "Run the swift blocks of Markdown pages and check each against the output block that follows it.",
        discussion: """
        Each page runs as one notebook, top to bottom, with the cell options notebooks have (no-run, \
        should-fail, …). An `output` block after a `swift` block (blank lines between allowed) is what \
        that block must print; numbers compare as in `nbrun --check`. Writes nothing. \
        Exit status: 0 every page current, 1 a cell failed or an output differs, 2 bad usage or unreadable input.
        """)

    @Argument(help: "Markdown pages, or folders to search for .md pages.")
    var paths: [String]

    @Option(help: "Numbers may differ by this many units in their last printed digit.")
    var tolerance: Double = 1

    @Flag(help: "Run every block even after one fails, to report every error.")
    var keepGoing = false

    @Option(help: "Seconds one block may run before it is stopped.")
    var timeout: Double = 10

    @Option(name: .customLong("allow-read"), help: "A folder blocks may read files from, besides the page's own (repeatable).")
    var allowRead: [String] = []

    @Flag(name: [.short, .long], help: "Print errors only, no summary lines.")
    var quiet = false

    func validate() throws {
        guard tolerance >= 0 else { throw ValidationError("--tolerance must not be negative") }
        guard timeout > 0, timeout.isFinite, timeout <= 86_400 else {
            throw ValidationError("--timeout must be positive and at most 86400 seconds (a day)")
        }
    }

    func run() throws {
        var options = RunOptions()
        options.tolerance = tolerance
        options.keepGoing = keepGoing
        options.timeout = timeout
        options.readableFolders = allowRead
        options.quiet = quiet
        let status = ExampleCheck(paths: paths, options: options, report: { print($0) },
                                  reportError: { StandardError.write($0 + "\n") }).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
