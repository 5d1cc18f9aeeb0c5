import ArgumentParser
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookRunner

/// The options of running cells, shared by `nbrun`, `nbrun assign`, `nbrun grade` and `nbrun preview`.
public struct CellRunOptions: ParsableArguments {
    @Option(help: "Seconds one cell may run before it is stopped.")
    public var timeout: Double = 10

    @Option(name: [.short, .long], help: "Notebooks to run at once.")
    public var jobs: Int = 1

    @Option(name: .customLong("memory-limit"), help: "Megabytes of memory one notebook's run may use.")
    public var memoryLimit: Int = RunOptions().memoryLimitMegabytes

    @Option(name: .customLong("allow-read"), help: "A folder cells may read files from, besides the notebook's own (repeatable).")
    public var allowRead: [String] = []

    @Flag(name: .customLong("in-process"),
          help: "Run cells inside nbrun itself, not in a supervised worker process (for debugging nbrun; a crashing cell then ends the run).")
    public var inProcess = false

    public init() {}

    public func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard timeout.isFinite, timeout <= 86_400 else { throw ValidationError("--timeout must be at most 86400 seconds (a day)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (16...1 << 30).contains(memoryLimit) else { throw ValidationError("--memory-limit must be 16 to 1073741824 megabytes") }
    }

    /// Sets these options in `options`.
    public func apply(to options: inout RunOptions) {
        options.timeout = timeout
        options.jobs = jobs
        options.memoryLimitMegabytes = memoryLimit
        options.readableFolders = allowRead
        if !inProcess { options.workerExecutable = Self.executablePath }
    }
}

extension CellRunOptions {
    /// This program's file, for starting workers: `/proc/self/exe` resolved on Linux, else the name it was run by.
    public static var executablePath: String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return CommandLine.arguments[0]
    }
}
