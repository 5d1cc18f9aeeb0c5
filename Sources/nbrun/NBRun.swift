import ArgumentParser
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
        `nbrun export NOTEBOOK…` writes the notebooks as a Swift package instead (see `nbrun export --help`).
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

    @Option(help: "Seconds one cell may run before it is stopped.")
    var timeout: Double = 10

    @Option(name: [.short, .long], help: "Notebooks to run at once.")
    var jobs: Int = 1

    @Flag(name: [.short, .long], help: "Print errors only, no summary lines.")
    var quiet = false

    @Option(help: ArgumentHelp("How HTML pages typeset math: local (KaTeX copied into OUTPUT/assets, works offline), cdn (KaTeX from jsDelivr) or none.",
                               valueName: "local|cdn|none"))
    var math: String = "local"

    @Flag(name: .customLong("no-mathjax"), help: .hidden)
    var noMathJax = false

    @Option(name: .customLong("memory-limit"), help: "Megabytes of memory one notebook's run may use.")
    var memoryLimit: Int = RunOptions().memoryLimitMegabytes

    @Option(name: .customLong("allow-read"), help: "A folder cells may read files from, besides the notebook's own (repeatable).")
    var allowRead: [String] = []

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

    @Flag(name: .customLong("in-process"),
          help: "Run cells inside nbrun itself, not in a supervised worker process (for debugging nbrun; a crashing cell then ends the run).")
    var inProcess = false

    /// Parses and runs, mapping every usage error to exit status 2 as documented.
    static func main() {
        if CommandLine.arguments.dropFirst().first == WorkerLoop.argument {
            WorkerLoop.serve(arguments: Array(CommandLine.arguments.dropFirst(2)))
        }
        if CommandLine.arguments.dropFirst().first == "export" {
            ExportCommand.main(Array(CommandLine.arguments.dropFirst(2)))
            return
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
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard tolerance >= 0 else { throw ValidationError("--tolerance must not be negative") }
        guard timeout.isFinite, timeout <= 86_400 else { throw ValidationError("--timeout must be at most 86400 seconds (a day)") }
        guard (16...1 << 30).contains(memoryLimit) else { throw ValidationError("--memory-limit must be 16 to 1073741824 megabytes") }
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
        options.timeout = timeout
        options.jobs = jobs
        options.quiet = quiet
        // `--no-mathjax`, from before KaTeX, still means no typesetting.
        options.math = noMathJax ? .none : MathSetting(rawValue: math) ?? .local
        options.memoryLimitMegabytes = memoryLimit
        options.readableFolders = allowRead
        options.shard = shard.flatMap(Shard.init)
        options.timesFile = times
        options.recordTimesFile = recordTimes
        options.indexOnly = indexOnly
        if !inProcess { options.workerExecutable = Self.executablePath }
        let runner = Runner(options: options,
                            report: { print($0) },
                            reportError: { StandardError.write($0 + "\n") })
        let status = runner.run(paths: paths)
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// This program's file, for starting workers: `/proc/self/exe` resolved on Linux, else the name it was run by.
    private static var executablePath: String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return CommandLine.arguments[0]
    }
}
