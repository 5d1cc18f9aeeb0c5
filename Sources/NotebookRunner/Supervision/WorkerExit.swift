#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Why a worker process ended before it answered, in words for the cell error.
struct WorkerExit: CustomStringConvertible {
    /// The status `waitpid` gave, `nil` when it could not be had.
    let status: Int32?
    /// What the worker wrote to standard error (the Swift runtime's last words, if any).
    let errorText: String
    let memoryLimitMegabytes: Int

    var description: String {
        let said = lastWords
        if ranOutOfMemory {
            return "it ran out of memory: a notebook may use at most \(memoryLimitMegabytes) MB (raise it with --memory-limit)"
        }
        guard let status else { return "its worker process ended" + (said.map { " (\($0))" } ?? "") }
        let signal = status & 0x7f
        if signal == 0 {
            return "its worker process exited with status \((status >> 8) & 0xff)" + (said.map { " (\($0))" } ?? "")
        }
        let what: String
        switch signal {
        case SIGILL, SIGTRAP: what = "a runtime check failed, such as an integer overflow or an index out of range"
        case SIGSEGV, SIGBUS: what = "a memory fault, such as a stack overflow"
        case SIGABRT: what = "it aborted"
        case SIGXCPU: what = "it used up its CPU time"
        case SIGKILL: what = "it was killed"
        default: what = "it was stopped"
        }
        let name = Self.signalNames[signal].map { "\($0), " } ?? ""
        return "\(what) (\(name)signal \(signal))" + (said.map { ": \($0)" } ?? "")
    }

    /// Allocation failures end in SIGABRT or SIGTRAP with these words (malloc under the address-space limit).
    private var ranOutOfMemory: Bool {
        ["failed to allocate", "Could not allocate memory", "std::bad_alloc", "Cannot allocate memory", "out of memory"].contains {
            errorText.contains($0)
        }
    }

    /// The Swift runtime's `Fatal error: …` line, without the source path it names.
    private var lastWords: String? {
        guard let line = errorText.split(separator: "\n").last(where: { $0.contains("Fatal error") }) else { return nil }
        let text = line.firstRange(of: "Fatal error")!.lowerBound
        return String(line[text...].prefix(300))
    }

    private static let signalNames: [Int32: String] = [
        SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGABRT: "SIGABRT",
        SIGXCPU: "SIGXCPU", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGFPE: "SIGFPE",
    ]
}
