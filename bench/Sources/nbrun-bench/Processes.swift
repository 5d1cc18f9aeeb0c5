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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = captureOutput ? pipe : FileHandle.nullDevice
    process.standardError = captureOutput ? pipe : FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let start = now()
    try process.run()
    var output = ""
    if captureOutput {
        output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
    process.waitUntilExit()
    let seconds = now() - start
    guard process.terminationStatus == 0 else {
        let tail = output.split(separator: "\n").suffix(3).joined(separator: " | ")
        throw BenchError("`\(([executable] + arguments).joined(separator: " "))` exited with \(process.terminationStatus)\(tail.isEmpty ? "" : ": " + tail)")
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
