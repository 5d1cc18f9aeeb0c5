import Dispatch
import CProcessControl
import CellLanguage
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookDocument
import StackThreads
import struct Rendering.CourseLinks

/// The runner's side of a worker process: starts it, hands it notebooks, watches it, and turns a worker
/// that dies or stops answering into a cell error at the cell it was running.
///
/// One worker runs one notebook at a time and serves the next notebook too, until it dies; then the
/// next notebook gets a fresh one. The watch is a wall clock: every message from the worker (a cell
/// starting, rendering starting) gives it the cell time limit plus ``grace`` again.
///
/// A worker of this very program is forked without exec while the runner still has one thread, which
/// skips a second program start: the first one as nbrun starts (``EarlyWorker``), the others in
/// ``prestart()`` before the jobs' threads start. Any other worker, and a replacement for one that died,
/// is started with posix_spawn. One job uses a worker at a time.
final class SupervisedWorker: @unchecked Sendable {
    private let executable: String
    private let memoryLimitMegabytes: Int
    /// A running worker: its process and our ends of its standard input, output and error.
    typealias Process = (pid: pid_t, input: Int32, output: Int32, errors: Int32)
    private var process: Process?
    private var buffer: [UInt8] = []

    init(executable: String, memoryLimitMegabytes: Int) {
        self.executable = executable
        self.memoryLimitMegabytes = memoryLimitMegabytes
        signal(SIGPIPE, SIG_IGN)
    }

    /// An idle worker holds nothing worth a clean exit: killing it skips its teardown (OpenBLAS, atexit).
    deinit { end() }

    /// Extra seconds past a cell's limit before the worker is stopped from outside: the worker stops a
    /// cell that ticks by itself, with a precise position; this is for code that cannot be interrupted.
    static func grace(forTimeout timeout: Double) -> Double { 1 + timeout / 10 }

    /// Runs the notebook at `path` in the worker; never traps, whatever the notebook does to the worker.
    ///
    /// With `links`, the handout's course links are sent when the worker starts rendering, so they can be
    /// worked out while the cells run.
    func run(path: String, options: RunOptions, task: WorkerTask = .run, links: (() -> CourseLinks)? = nil) -> NotebookResult {
        let started = DispatchTime.now()
        var result = watch(path: path, options: options, task: task, links: links)
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return result
    }

    private func watch(path: String, options: RunOptions, task: WorkerTask, links: (() -> CourseLinks)?) -> NotebookResult {
        var failed = NotebookResult(path: path, name: options.place?.name ?? Notebook.name(forPath: path), title: Notebook.name(forPath: path))
        var job = options
        job.workerExecutable = nil
        let linksFollow = links != nil && task == .run
        guard let payload = try? JSONEncoder().encode(WorkerJob(path: path, options: job, task: task, linksFollow: linksFollow)) else {
            failed.errors = ["error: cannot pass the options of \(path) to a worker"]
            return failed
        }
        let message = WorkerMessage(kind: .job, payload: Array(payload))
        if let idle = process {
            if MessageChannel.send(message, to: idle.input) { return watchJob(failed, options: options, links: linksFollow ? links : nil) }
            _ = reasonForExit()  // it ended while idle (killed from outside): reap it and start another
        }
        guard let worker = start() else {
            failed.errors = ["error: cannot start a worker process (\(executable)): \(String(cString: strerror(errno)))"]
            failed.unreadable = true
            return failed
        }
        guard MessageChannel.send(message, to: worker.input) else {
            return stopped(failed, at: nil, cells: 0, reason: reasonForExit())
        }
        return watchJob(failed, options: options, links: linksFollow ? links : nil)
    }

    /// Follows the job the worker was just sent until its result, its end or the time limit.
    private func watchJob(_ failed: NotebookResult, options: RunOptions, links: (() -> CourseLinks)?) -> NotebookResult {
        let path = failed.path
        let allowance = min(options.timeout + Self.grace(forTimeout: options.timeout), 1e7)
        var deadline = DispatchTime.now().uptimeNanoseconds + UInt64(allowance * 1e9)
        var current: CellStart?
        var cells = 0
        var handouts: [String: String] = [:]
        var errorText: [UInt8] = []
        while true {
            switch wait(until: deadline, errorText: &errorText) {
            case .message(let message):
                deadline = DispatchTime.now().uptimeNanoseconds + UInt64(allowance * 1e9)
                switch message.kind {
                case .cell:
                    current = try? JSONDecoder().decode(CellStart.self, from: Data(message.payload))
                    cells += 1
                case .statement:
                    let numbers = String(decoding: message.payload, as: UTF8.self).split(separator: " ").compactMap { Int($0) }
                    if numbers.count == 2 { current = current?.at(line: numbers[0], column: numbers[1]) }
                case .render:
                    current = nil
                    if let links {
                        guard let payload = try? JSONEncoder().encode(links()),
                              MessageChannel.send(WorkerMessage(kind: .links, payload: Array(payload)), to: process?.input ?? -1)
                        else { return stopped(failed, at: nil, cells: cells, reason: reasonForExit()) }
                        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(allowance * 1e9)
                    }
                case .handout:
                    if let separator = message.payload.firstIndex(of: 0) {
                        handouts[String(decoding: message.payload[..<separator], as: UTF8.self)] =
                            String(decoding: message.payload[(separator + 1)...], as: UTF8.self)
                    }
                case .result:
                    if var result = try? JSONDecoder().decode(NotebookResult.self, from: Data(message.payload)) {
                        result.path = path
                        result.handouts = handouts
                        return result
                    }
                    return stopped(failed, at: current, cells: cells, reason: "its worker sent an unreadable result")
                case .job, .links:
                    return stopped(failed, at: current, cells: cells, reason: "its worker sent an unreadable result")
                }
            case .timedOut:
                // Outside a cell (reading, rendering) the same limit holds, said of the notebook.
                let limits = ExecutionLimits(secondsPerCell: options.timeout)
                let message = current == nil ? limits.timeLimitMessage(for: "reading or rendering the notebook") : limits.timeLimitMessage
                return stopped(failed, at: current, cells: cells, reason: message, prefix: false)
            case .closed:
                let reason = reasonForExit(errorText: errorText)
                return stopped(failed, at: current, cells: cells, reason: reason)
            }
        }
    }

    /// `failed` with the error of a worker that stopped at `cell` (or outside any cell).
    private func stopped(_ failed: NotebookResult, at cell: CellStart?, cells: Int, reason: String,
                         prefix: Bool = true) -> NotebookResult {
        end()
        var result = failed
        result.cellsRun = cells
        result.stoppedAt = cell?.step
        let message = prefix ? "the cell stopped: \(reason)" : reason
        if let cell {
            result.errors = [CellDiagnostic(file: cell.file ?? failed.path, line: cell.line, column: cell.column, message: message,
                                            sourceLine: cell.sourceLine).formatted]
        } else {
            let outside = prefix ? "the notebook's run stopped: \(reason)" : reason
            result.errors = [CellDiagnostic(file: failed.path, line: 1, column: 1, message: outside, sourceLine: "").formatted]
        }
        return result
    }

    private enum Wait {
        case message(WorkerMessage)
        case timedOut
        case closed
    }

    /// Waits for the next whole message, collecting what the worker writes to standard error meanwhile.
    private func wait(until deadline: UInt64, errorText: inout [UInt8]) -> Wait {
        guard let worker = process else { return .closed }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var errorsOpen = true
        while true {
            do { if let message = try WorkerMessage.take(from: &buffer) { return .message(message) } } catch { return .closed }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return .timedOut }
            var descriptors = [pollfd(fd: worker.output, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: errorsOpen ? worker.errors : -1, events: Int16(POLLIN), revents: 0)]
            let milliseconds = Int32(min((deadline - now) / 1_000_000 + 1, 60_000))
            let ready = poll(&descriptors, 2, milliseconds)
            if ready < 0 { if errno == EINTR { continue }; return .closed }
            if descriptors[1].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(worker.errors, $0.baseAddress!, $0.count) }
                if count > 0 { if errorText.count < 1 << 16 { errorText.append(contentsOf: chunk[..<count]) } } else { errorsOpen = false }
            }
            if descriptors[0].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(worker.output, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 {
                    drain(worker.errors, into: &errorText)
                    return .closed
                }
                buffer.append(contentsOf: chunk[..<count])
            }
        }
    }

    private func drain(_ descriptor: Int32, into text: inout [UInt8]) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var waited = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while text.count < 1 << 16, poll(&waited, 1, 200) > 0 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { return }
            text.append(contentsOf: chunk[..<count])
        }
    }

    /// Why the worker ended, from its exit status and what it printed last.
    private func reasonForExit(errorText: [UInt8] = []) -> String {
        guard process != nil else { return "its worker process is gone" }
        return WorkerExit(status: end(), errorText: String(decoding: errorText, as: UTF8.self),
                          memoryLimitMegabytes: memoryLimitMegabytes).description
    }

    /// Kills the worker and reaps it; its wait status, when it had one. A worker that has already ended
    /// keeps the status it ended with (a signal to a finished process changes nothing), and one that
    /// merely seems gone cannot make the runner wait forever.
    @discardableResult
    private func end() -> Int32? {
        guard let worker = process else { return nil }
        process = nil
        buffer = []
        kill(worker.pid, SIGKILL)
        var status: Int32 = 0
        var waited = waitpid(worker.pid, &status, 0)
        while waited < 0 && errno == EINTR { waited = waitpid(worker.pid, &status, 0) }
        close(worker.input); close(worker.output); close(worker.errors)
        return waited == worker.pid ? status : nil
    }

    /// Takes over the worker forked when nbrun started, or forks one now if it can (this program, one
    /// thread so far); otherwise the first notebook starts it.
    func prestart() {
        guard process == nil, Self.isThisProgram(executable) else { return }
        if let early = EarlyWorker.take() {
            process = early
        } else if nbrun_thread_count() == 1 {
            process = Self.fork(memoryLimitMegabytes: memoryLimitMegabytes, warmUp: false)
        }
    }

    /// Whether `executable` is the running program, whose worker loop a fork can enter directly.
    private static func isThisProgram(_ executable: String) -> Bool {
        #if os(Linux)
        guard let running = realPath("/proc/self/exe") else { return false }
        return realPath(executable) == running
        #else
        return false
        #endif
    }

    /// Three pipes whose ends close on exec: [0] the worker reads, [1] we write; [2] we read, [3] the worker
    /// writes; [4] we read, [5] the worker writes (its standard error).
    private static func pipes() -> [Int32]? {
        var pipes: [Int32] = Array(repeating: -1, count: 6)
        for pair in 0..<3 {
            let made = pipes.withUnsafeMutableBufferPointer { buffer in nbrun_pipe_cloexec(buffer.baseAddress! + 2 * pair) == 0 }
            if !made { pipes.filter { $0 >= 0 }.forEach { close($0) }; return nil }
        }
        return pipes
    }

    /// The stack of a forked worker's thread: the pipeline's, as a main thread's (cells have their own).
    static let workerStackSize = 64 << 20

    /// Forks this program into its worker loop (only while it has one thread); `nil` when fork fails.
    /// A worker forked without a memory limit takes it from its first job.
    static func fork(memoryLimitMegabytes: Int?, warmUp: Bool) -> Process? {
        guard let pipes = pipes() else { return nil }
        let pid = nbrun_fork_worker(pipes[0], pipes[3], pipes[5])
        if pid == 0 {
            // The Swift runtime's locks (`swift_once` among them) cache each thread's id on first use, so the
            // forked main thread still carries the runner's: a lock it held while another thread waited
            // would never be handed over (two threads highlighting a page's cells hung so). The worker runs
            // on a thread of its own, which reads its own id; the forked thread only waits.
            StackThread.start(stackSize: workerStackSize) {
                WorkerLoop.serve(memoryLimitMegabytes: memoryLimitMegabytes, warmUp: warmUp)
            }
            while true { pause() }
        }
        close(pipes[0]); close(pipes[3]); close(pipes[5])
        guard pid > 0 else { close(pipes[1]); close(pipes[2]); close(pipes[4]); return nil }
        return (pid: pid_t(pid), input: pipes[1], output: pipes[2], errors: pipes[4])
    }

    /// Starts `executable --run-as-worker MEGABYTES` with three pipes; `nil` when it cannot be started.
    private func start() -> Process? {
        // Each pipe closes on exec, so a worker inherits only its own three ends (as 0, 1 and 2).
        guard let pipes = Self.pipes() else { return nil }
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes[0], 0)
        posix_spawn_file_actions_adddup2(&actions, pipes[3], 1)
        posix_spawn_file_actions_adddup2(&actions, pipes[5], 2)
        let arguments = [executable, WorkerLoop.argument, String(memoryLimitMegabytes)]
        var environment = ProcessInfo.processInfo.environment
        // A crash is reported as a cell error; the runtime's backtrace would only delay that by a second.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }.sorted()
        var pid: pid_t = 0
        let spawned = withCStrings(arguments) { argv in
            withCStrings(environmentStrings) { envp in posix_spawn(&pid, executable, &actions, nil, argv, envp) }
        }
        close(pipes[0]); close(pipes[3]); close(pipes[5])
        guard spawned == 0 else {
            close(pipes[1]); close(pipes[2]); close(pipes[4])
            errno = spawned
            return nil
        }
        let worker = (pid: pid, input: pipes[1], output: pipes[2], errors: pipes[4])
        process = worker
        return worker
    }

    private func withCStrings<R>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
