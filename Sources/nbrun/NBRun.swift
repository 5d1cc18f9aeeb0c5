import ArgumentParser
import CommandLineOptions
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import enum CellLanguage.StandardError
import NotebookRunner
import enum Rendering.MathSetting

/// The `nbrun` command: reads flags and hands them to the runner.
@main
struct NBRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run Markdown notebooks of Swift cells and write checked handouts.",
        discussion: """
        Runs every `swift` cell of each notebook and writes OUTPUT/NAME.md and OUTPUT/NAME.html \
        (and OUTPUT/index.html for a folder). With --check, writes nothing and fails when a \
        committed handout differs from what its cells produce now.
        Exit status: 0 all well, 1 a cell failed or a handout is stale, 2 bad usage or unreadable input.
        `nbrun export NOTEBOOK…` writes the notebooks as a Swift package instead (see `nbrun export --help`); \
        `nbrun assign KEY…` writes assignments' student versions, `nbrun grade KEY SUBMISSION…` grades \
        submissions, `nbrun preview PATH…` serves handouts that follow every save and `nbrun check-examples PAGE…` \
        runs reference pages' examples as a doc test (see their --help).
        """)

    @Argument(help: "Notebook files, or folders to search for .md notebooks.")
    var paths: [String] = ["notebooks"]

    @Flag(help: "Re-run and compare with the handouts in the output folder; write nothing.")
    var check = false

    @Option(help: "Numbers in --check may differ by this many units in their last printed digit.")
    var tolerance: Double = 1

    @Option(name: [.short, .long], help: "Folder for the handouts.")
    var output: String = "output"

    @Option(help: "Handouts to write: md, html or both.")
    var format: String = "both"

    @Flag(name: .customLong("stdout"), help: "Print one notebook's Markdown handout to standard output; write no files.")
    var toStandardOutput = false

    @Flag(help: "Run every cell even after one fails, to report every error.")
    var keepGoing = false

    @OptionGroup var cells: CellRunOptions

    @Flag(name: [.short, .long], help: "Print errors only, no summary lines.")
    var quiet = false

    @Option(help: ArgumentHelp("How HTML pages typeset math: local (KaTeX copied into OUTPUT/assets, works offline), cdn (KaTeX from jsDelivr) or none.",
                               valueName: "local|cdn|none"))
    var math: String = "local"

    @Flag(name: .customLong("no-mathjax"), help: .hidden)
    var noMathJax = false

    @Option(help: ArgumentHelp("Run only share K of N of the notebooks, balanced by --times or else by file size; the N shares cover every notebook exactly once.",
                               valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Balance --shard by the run times recorded in FILE.", valueName: "FILE"))
    var times: String?

    @Option(name: .customLong("record-times"), help: ArgumentHelp("Write how long each notebook took to FILE (for --times).", valueName: "FILE"))
    var recordTimes: String?

    @Flag(name: .customLong("index-only"),
          help: "Run no cells; write (or --check) a folder's index.html from the handouts in the output folder, as after merging shards.")
    var indexOnly = false

    /// Parses and runs, mapping every usage error to exit status 2 as documented.
    static func main() {
        if CommandLine.arguments.dropFirst().first == WorkerLoop.argument {
            WorkerLoop.serve(arguments: Array(CommandLine.arguments.dropFirst(2)))
        }
        switch CommandLine.arguments.dropFirst().first {
        case "export": ExportCommand.main(Array(CommandLine.arguments.dropFirst(2))); return
        case "assign": AssignCommand.mainWithUsageStatus(Array(CommandLine.arguments.dropFirst(2)))
        case "grade": GradeCommand.mainWithUsageStatus(Array(CommandLine.arguments.dropFirst(2)))
        case "check-examples": CheckExamplesCommand.mainWithUsageStatus(Array(CommandLine.arguments.dropFirst(2)))
        case "preview": execPreview(Array(CommandLine.arguments.dropFirst(2)))
        default: break
        }
        // The worker warms up while the command line is read; a run that needs none lets it die with nbrun.
        let wantsNoWorker = ["--in-process", "--help", "-h"]
        if !CommandLine.arguments.dropFirst().contains(where: wantsNoWorker.contains) { EarlyWorker.start() }
        do {
            var command = try parseAsRoot(pathsNotOptions(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            if exitCode(for: error) == .success { Self.exit(withError: error) }
            StandardError.write(fullMessage(for: error) + "\n")
            Self.exit(withError: ExitCode(2))
        }
    }

    /// `nbrun preview` is the program `nbrun-preview` beside this one: its HTTP server links Foundation, which
    /// nbrun leaves out to start in milliseconds.
    static func execPreview(_ arguments: [String]) -> Never {
        let folder = CellRunOptions.executablePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let preview = folder + "/nbrun-preview"
        var argv: [UnsafeMutablePointer<CChar>?] = ([preview] + arguments).map { strdup($0) } + [nil]
        execv(preview, &argv)
        StandardError.write("error: cannot start \(preview) (\(String(cString: strerror(errno)))); build it with `swift build -c release --product nbrun-preview` (make preview builds it)\n")
        Glibc.exit(2)
    }

    /// A notebook named like an option (`-dash.md`, which would read as `-d -a -s -h`) is a path when the file exists.
    static func pathsNotOptions(_ arguments: [String]) -> [String] {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        return arguments.enumerated().map { index, argument in
            index < end && argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.hasSuffix(".md")
                && access(argument, F_OK) == 0 ? "./" + argument : argument
        }
    }

    func validate() throws {
        guard HandoutFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be md, html or both; found '\(format)'")
        }
        guard MathSetting(rawValue: math) != nil else {
            throw ValidationError("--math must be local, cdn or none; found '\(math)'")
        }
        guard tolerance >= 0 else { throw ValidationError("--tolerance must not be negative") }
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N ≤ \(Shard.maximumCount); found '\(shard)'")
        }
        guard times == nil || shard != nil else { throw ValidationError("--times balances --shard; give --shard K/N too") }
        guard !(toStandardOutput && (shard != nil || indexOnly)) else {
            throw ValidationError("--stdout prints one notebook; it does not take --shard or --index-only")
        }
        guard !(indexOnly && shard != nil) else { throw ValidationError("--index-only runs no notebooks; it does not take --shard") }
    }

    func run() throws {
        var options = RunOptions()
        options.check = check
        options.tolerance = tolerance
        options.outputDirectory = output
        options.format = HandoutFormat(rawValue: format) ?? .both
        options.toStandardOutput = toStandardOutput
        options.keepGoing = keepGoing
        cells.apply(to: &options)
        options.quiet = quiet
        // `--no-mathjax`, from before KaTeX, still means no typesetting.
        options.math = noMathJax ? .none : MathSetting(rawValue: math) ?? .local
        options.shard = shard.flatMap(Shard.init)
        options.timesFile = times
        options.recordTimesFile = recordTimes
        options.indexOnly = indexOnly
        let runner = Runner(options: options,
                            report: { print($0) },
                            reportError: { StandardError.write($0 + "\n") })
        let status = runner.run(paths: paths)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
