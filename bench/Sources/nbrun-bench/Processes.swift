import Foundation

/// Reads a pipe line by line.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    init(_ handle: FileHandle) { self.handle = handle }

    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let data = handle.availableData
            if data.isEmpty {
                if buffer.isEmpty { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer.append(contentsOf: data)
        }
    }
}

/// Finds an executable on PATH.
func which(_ name: String) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Runs a command to completion with its output discarded (or captured) and returns
/// the wall-clock seconds from launch to exit; throws on a non-zero exit.
@discardableResult
func timeProcess(_ executable: String, _ arguments: [String], captureOutput: Bool = false) throws -> (Double, String) {
    // posix_spawn and waitpid, not Foundation's Process: its waitUntilExit polls a run loop and added
    // about 45 ms to every timing on this machine (a bare Swift program measured 52 ms that way, 7 ms so).
    var pipe: [Int32] = [-1, -1]
    if captureOutput, Glibc.pipe(&pipe) != 0 { throw BenchError("pipe failed: \(String(cString: strerror(errno)))") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = now()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    if captureOutput { close(pipe[1]) }
    guard spawned == 0 else {
        if captureOutput { close(pipe[0]) }
        throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var bytes: [UInt8] = []
    if captureOutput {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(pipe[0], &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk.prefix(count)
        }
        close(pipe[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let seconds = now() - start
    let output = String(decoding: bytes, as: UTF8.self)
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    guard exitStatus == 0 else {
        let tail = output.split(separator: "\n").suffix(3).joined(separator: " | ")
        throw BenchError("`\(([executable] + arguments).joined(separator: " "))` exited with \(exitStatus)\(tail.isEmpty ? "" : ": " + tail)")
    }
    return (seconds, output)
}

/// A reference program from bench/refs started once with `--serve`: after its set-up it times
/// one run of its workload per request, so Python's start-up and imports are never timed.
final class PythonWorker {
    let script: String
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let reader: LineReader
    /// The kernel line the worker reported (threadpoolctl).
    private(set) var blas = "—"
    /// Why the worker cannot run, if it cannot.
    private(set) var unavailable: String?
    /// The last reply's fields beyond "seconds" (losses, versions), for cross-checks.
    private(set) var lastReply: [String: Any] = [:]

    init(python: String, script: String) {
        self.script = script
        reader = LineReader(output.fileHandleForReading)
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-u", script, "--serve"]
        process.standardInput = input
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            unavailable = "cannot start \(python): \(error)"
            return
        }
        guard let line = reader.readLine(), let reply = Self.parse(line) else {
            unavailable = "\(script) exited during set-up"
            return
        }
        if let reason = reply["unavailable"] as? String {
            unavailable = reason
        } else {
            blas = reply["blas"] as? String ?? "—"
        }
    }

    static func parse(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    /// Runs the workload once with `argument` and returns the seconds the script measured.
    func run(_ argument: String = "") throws -> Double {
        if let unavailable { throw BenchError(unavailable) }
        input.fileHandleForWriting.write(Data("run \(argument)\n".utf8))
        guard let line = reader.readLine(), let reply = Self.parse(line), let seconds = reply["seconds"] as? Double else {
            unavailable = "\(script) stopped answering"
            throw BenchError(unavailable!)
        }
        lastReply = reply
        return seconds
    }

    func stop() {
        guard unavailable == nil || process.isRunning else { return }
        if process.isRunning {
            input.fileHandleForWriting.write(Data("quit\n".utf8))
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    /// A benchmark side backed by this worker.
    func side(_ name: String, argument: String = "", perUnit units: Double = 1, kernel: String? = nil) -> Side {
        if let unavailable { return Side(name: name, kernel: kernel ?? blas, unavailable: unavailable) }
        return Side(name: name, kernel: kernel ?? blas) { [self] in try self.run(argument) / units }
    }
}
