import ArgumentParser
import CommandLineOptions
import enum CellLanguage.StandardError
import NotebookRunner
import enum Rendering.MathSetting

/// `nbrun assign`: the student version of each assignment key.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun assign",
        abstract: "Write the student version of assignment notebooks: answers replaced by stubs, hidden tests left out.",
        discussion: """
        Runs each key first: every cell must run and every test pass. Then writes OUTPUT/NAME.md (the \
        notebook students fill in) and OUTPUT/NAME.html (its handout). With --check, writes nothing and \
        fails when those files differ from what the key makes now.
        """)

    @Argument(help: "Assignment keys (notebooks with test cells and solutions), or folders of them.")
    var paths: [String]

    @Option(name: [.short, .long], help: "Folder for the student versions.")
    var output: String = "student"

    @Flag(help: "Compare with the student versions in the output folder; write nothing.")
    var check = false

    @Option(help: ArgumentHelp("How the student handout typesets math: local, cdn or none.", valueName: "local|cdn|none"))
    var math: String = "local"

    @Flag(name: [.short, .long], help: "Print errors only, no summary lines.")
    var quiet = false

    @OptionGroup var cells: CellRunOptions

    func validate() throws {
        guard MathSetting(rawValue: math) != nil else { throw ValidationError("--math must be local, cdn or none; found '\(math)'") }
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
    }

    func run() throws {
        var options = RunOptions()
        options.outputDirectory = output
        options.check = check
        options.math = MathSetting(rawValue: math) ?? .local
        options.quiet = quiet
        cells.apply(to: &options)
        let status = AssignRun(paths: paths, options: options, report: { print($0) },
                               reportError: { StandardError.write($0 + "\n") }).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

/// `nbrun grade`: submissions graded against the key's tests.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun grade",
        abstract: "Grade submissions against an assignment key's tests; write a gradebook and feedback.",
        discussion: """
        Each submission runs in a supervised worker with the key's tests, visible and hidden, put back at \
        their places; the submission's own copies of tests never run. Writes OUTPUT/grades.csv and \
        OUTPUT/feedback/NAME.md and .html. A submission that fails, loops or crashes scores zero on what \
        it affects; the exit status is 0 unless the key or the output folder is unusable.
        """)

    @Argument(help: "The assignment key (the instructor's notebook with the answers and every test).")
    var key: String

    @Argument(help: "Submitted notebooks, or folders of them.")
    var submissions: [String]

    @Option(name: [.short, .long], help: "Folder for grades.csv and feedback/.")
    var output: String = "grades"

    @Option(help: ArgumentHelp("Grade only share K of N of the submissions (balanced by size); the N shares cover each exactly once.",
                               valueName: "K/N"))
    var shard: String?

    @Flag(name: [.short, .long], help: "Print errors only, no summary lines.")
    var quiet = false

    @OptionGroup var cells: CellRunOptions

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N ≤ \(Shard.maximumCount); found '\(shard)'")
        }
    }

    func run() throws {
        var options = RunOptions()
        options.outputDirectory = output
        options.quiet = quiet
        options.shard = shard.flatMap(Shard.init)
        cells.apply(to: &options)
        let status = GradeRun(key: key, submissions: submissions, options: options, report: { print($0) },
                              reportError: { StandardError.write($0 + "\n") }).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

extension ParsableCommand {
    /// Parses `arguments` and runs, a usage error exiting with status 2 as `nbrun`'s do.
    static func mainWithUsageStatus(_ arguments: [String]) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Self.exit()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            if exitCode(for: error) == .success { Self.exit(withError: error) }
            StandardError.write(fullMessage(for: error) + "\n")
            Self.exit(withError: ExitCode(2))
        }
    }
}
