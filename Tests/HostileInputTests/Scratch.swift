import Foundation
@testable import NotebookRunner

/// A scratch folder with a `notebooks/` folder in it, removed when the test ends.
final class Scratch {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "nbrun-hostile-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, to relative: String) {
        _ = FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(text.utf8))
    }

    func read(_ relative: String) -> String? {
        FileBytes.read(root + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func bytes(_ relative: String) -> [UInt8]? { FileBytes.read(root + "/" + relative) }

    /// Every file under `relative` with its bytes and modification time, to prove nothing was written.
    func snapshot(_ relative: String) -> [String: ([UInt8], Date)] {
        var files: [String: ([UInt8], Date)] = [:]
        let folder = root + "/" + relative
        for file in FileManager.default.subpaths(atPath: folder) ?? [] {
            let path = folder + "/" + file
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            files[file] = (FileBytes.read(path) ?? [],
                           attributes?[.modificationDate] as? Date ?? .distantPast)
        }
        return files
    }

    /// Runs nbrun's runner in-process on `paths` (relative to the scratch folder): status, stdout and stderr lines.
    func run(_ paths: [String], _ configure: (inout RunOptions) -> Void = { _ in }) -> (Runner.Status, [String], [String]) {
        var options = RunOptions()
        options.outputDirectory = root + "/output"
        configure(&options)
        let out = LineSink(), err = LineSink()
        let runner = Runner(options: options, report: { out.append($0) }, reportError: { err.append($0) })
        let status = runner.run(paths: paths.map { root + "/" + $0 })
        return (status, out.lines, err.lines)
    }
}

/// Collects report lines; the runner may report from several threads.
final class LineSink: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}

/// The built `nbrun` executable, beside the test bundle in the build products folder.
enum BuiltProducts {
    static var nbrun: String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        }
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("nbrun").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs `executable` with `arguments` in `directory`, with `environment` added to this process's;
    /// returns its status and standard error.
    static func run(_ executable: String, _ arguments: [String], in directory: String,
                    environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errorText = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorText, as: UTF8.self))
    }
}
