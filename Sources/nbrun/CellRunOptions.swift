import ArgumentParser
import NotebookRunner

/// The options of running cells, shared by `nbrun`, `nbrun assign` and `nbrun grade`.
struct CellRunOptions: ParsableArguments {
    @Option(help: "Seconds one cell may run before it is stopped.")
    var timeout: Double = 10

    @Option(name: [.short, .long], help: "Notebooks to run at once.")
    var jobs: Int = 1

    @Option(name: .customLong("memory-limit"), help: "Megabytes of memory one notebook's run may use.")
    var memoryLimit: Int = RunOptions().memoryLimitMegabytes

    @Option(name: .customLong("allow-read"), help: "A folder cells may read files from, besides the notebook's own (repeatable).")
    var allowRead: [String] = []

    @Flag(name: .customLong("in-process"),
          help: "Run cells inside nbrun itself, not in a supervised worker process (for debugging nbrun; a crashing cell then ends the run).")
    var inProcess = false

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard timeout.isFinite, timeout <= 86_400 else { throw ValidationError("--timeout must be at most 86400 seconds (a day)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (16...1 << 30).contains(memoryLimit) else { throw ValidationError("--memory-limit must be 16 to 1073741824 megabytes") }
    }

    /// Sets these options in `options`.
    func apply(to options: inout RunOptions) {
        options.timeout = timeout
        options.jobs = jobs
        options.memoryLimitMegabytes = memoryLimit
        options.readableFolders = allowRead
        if !inProcess { options.workerExecutable = NBRun.executablePath }
    }
}
