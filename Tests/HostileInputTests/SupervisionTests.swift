import Foundation
import Testing
@testable import NotebookRunner
import Rendering
import Synchronization

/// Cells run in a worker process the runner watches: a worker that dies, runs out of memory or stops
/// answering becomes a cell error at its cell, and the run goes on with the next notebook.
@Suite struct SupervisionTests {
    /// A notebook whose second cell never ends, and a harmless one after it.
    private func scratchWithLoop() -> Scratch {
        let scratch = Scratch()
        scratch.write("# Loop\n\n```swift\nprint(1)\n```\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n", to: "notebooks/a-loop.md")
        scratch.write("# Fine\n\n```swift\nprint(2 + 2)\n```\n", to: "notebooks/b-fine.md")
        return scratch
    }

    /// Runs the built nbrun on the loop notebook and the fine one, and sends `signal` to its worker
    /// `delay` microseconds after the worker appears: nbrun's status, its standard error, the seconds it
    /// took and its process identifier.
    private func run(_ nbrun: String, in scratch: Scratch, timeout: String, sending signal: Int32,
                     after delay: useconds_t) throws -> (Int32, String, Double, pid_t) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nbrun)
        process.arguments = ["--timeout", timeout, "--output", "output", "notebooks/a-loop.md", "notebooks/b-fine.md"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.root)
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var worker: pid_t?
        for _ in 0..<200 where worker == nil {
            worker = Self.children(of: process.processIdentifier).first
            if worker == nil { usleep(20_000) }
        }
        let pid = try #require(worker, "nbrun started no worker process")
        usleep(delay)
        kill(pid, signal)
        let errors = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, errors, Date().timeIntervalSince(started), process.processIdentifier)
    }

    @Test func aWorkerKilledBySignalIsACellErrorAtItsCellAndTheRunGoesOn() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = scratchWithLoop()
        try FileManager.default.createDirectory(atPath: scratch.root + "/output", withIntermediateDirectories: true)
        scratch.write("the last good handout\n", to: "output/a-loop.md")
        // The loop runs in nbrun's worker: kill it the way a stack overflow would.
        let (status, errors, _, _) = try run(nbrun, in: scratch, timeout: "60", sending: SIGSEGV, after: 300_000)
        #expect(status == 1)
        // At the statement that was running, as the worker reported it before running it.
        #expect(errors.hasPrefix("notebooks/a-loop.md:9:1: error: the cell stopped: a memory fault, such as a stack overflow (SIGSEGV, signal 11)\nwhile true { n += 1 }\n^"),
                "\(errors)")
        #expect(scratch.read("output/a-loop.md") == "the last good handout\n")
        #expect(scratch.read("output/b-fine.md")?.contains("4") == true)
    }

    @Test func aWorkerThatStopsAnsweringIsStoppedAtTheTimeLimit() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = scratchWithLoop()
        // SIGSTOP freezes the worker as code that never checks the clock would (a BLAS call, a slow parse):
        // only the runner's own watch can end it.
        let (status, errors, seconds, pid) = try run(nbrun, in: scratch, timeout: "1", sending: SIGSTOP, after: 100_000)
        #expect(status == 1)
        // The frozen worker is reported at the cell it was running (the first, or the loop).
        #expect(errors.contains("error: cell exceeded the time limit of 1 s"), "\(errors)")
        #expect(seconds < 1 + SupervisedWorker.grace(forTimeout: 1) + 5)
        #expect(scratch.read("output/b-fine.md")?.contains("4") == true)
        #expect(Self.children(of: pid).isEmpty)
    }

    @Test func aNotebookThatExceedsItsMemoryIsACellErrorNamingTheLimit() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        // Each matrix is within the per-value limit; together they are 3 GB.
        scratch.write("# Memory\n\n```swift\nvar m: [Matrix] = []\nfor _ in 0..<8 { m.append(Matrix.zeros(rows: 7000, columns: 7000) + 1.0) }\nprint(m.count)\n```\n",
                      to: "notebooks/memory.md")
        let (status, errors) = try BuiltProducts.run(nbrun, ["--memory-limit", "1000", "notebooks/memory.md"], in: scratch.root)
        #expect(status == 1)
        #expect(errors.hasPrefix("notebooks/memory.md:5:1: error: the cell stopped: it ran out of memory: a notebook may use at most 1000 MB (raise it with --memory-limit)\nfor _ in 0..<8"),
                "\(errors)")
    }

    @Test func supervisedAndInProcessRunsWriteTheSameHandouts() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        let notebooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("notebooks/xor.md").path
        scratch.write(try String(contentsOfFile: notebooks, encoding: .utf8), to: "notebooks/xor.md")
        #expect(try BuiltProducts.run(nbrun, ["--quiet", "-o", "supervised", "notebooks/xor.md"], in: scratch.root).0 == 0)
        #expect(try BuiltProducts.run(nbrun, ["--quiet", "--in-process", "-o", "here", "notebooks/xor.md"], in: scratch.root).0 == 0)
        #expect(scratch.bytes("supervised/xor.md") == scratch.bytes("here/xor.md"))
        #expect(scratch.bytes("supervised/xor.html") == scratch.bytes("here/xor.html"))
        #expect(scratch.bytes("supervised/xor.md") != nil)
    }

    /// A runner outlines the course while the cells run: the links reach the worker when it starts rendering,
    /// and its page shows them as an in-process run given them up front does.
    @Test func courseLinksSentAtRenderingReachThePage() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write("# Middle\n\n```swift\nprint(3 * 7)\n```\n", to: "notebooks/b.md")
        let links = CourseLinks(root: "", linksIndex: true, previous: .init(file: "a.html", title: "First"),
                                next: .init(file: "c.html", title: "Last"))
        let worker = SupervisedWorker(executable: nbrun, memoryLimitMegabytes: 1000)
        let asked = Mutex(0)
        let supervised = worker.run(path: scratch.root + "/notebooks/b.md", options: RunOptions()) {
            asked.withLock { $0 += 1 }
            return links
        }
        #expect(supervised.succeeded, "\(supervised.errors)")
        #expect(asked.withLock { $0 } == 1, "asked once, when rendering")
        let page = try #require(supervised.html)
        #expect(page.contains("<a rel=\"prev\" href=\"a.html\">← First</a>") && page.contains("<a rel=\"next\" href=\"c.html\">Last →</a>"))
        var options = RunOptions()
        options.place = HandoutPlace(name: "b", links: links)
        #expect(NotebookPipeline.run(path: scratch.root + "/notebooks/b.md", options: options).html == page)
        // The same worker then serves a job whose links came with it.
        let plain = worker.run(path: scratch.root + "/notebooks/b.md", options: RunOptions())
        #expect(plain.succeeded && plain.html?.contains("rel=\"prev\"") == false, "\(plain.errors)")
    }

    /// A page's cells are highlighted side by side in forked workers that nothing warmed up (`assign`'s):
    /// when the forked main thread did it, a lock it held while the other thread waited was never handed
    /// over (the runtime's cached thread id was the runner's), and about one run in five hung in
    /// `swift_once`. A hung run is killed after 10 s.
    @Test func freshWorkersHighlightingSideBySideNeverHang() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        let key = "# Key\n\n```swift\nfunc f() -> Int {\n    // BEGIN SOLUTION\n    return [1, 1].reduce(0, +)\n    // END SOLUTION\n}\n```\n\n```swift test\nexpect(f() == 2)\n```\n"
        scratch.write(key, to: "notebooks/a.md")
        scratch.write(key, to: "notebooks/b.md")
        for run in 1...10 {
            let started = Date()
            let (status, errors) = try BuiltProducts.run("/usr/bin/timeout", ["10", nbrun, "assign", "--quiet", "notebooks/a.md", "notebooks/b.md",
                                                                              "--output", "student\(run)", "--math", "none"], in: scratch.root)
            #expect(status == 0 && Date().timeIntervalSince(started) < 5, "run \(run): \(errors)")
            if status != 0 { break }
        }
    }

    @Test func aWorkerKilledWhileIdleIsReplacedForTheNextNotebook() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = Scratch()
        scratch.write("# A\n\n```swift\nprint(1 + 1)\n```\n", to: "notebooks/a.md")
        scratch.write("# B\n\n```swift\nprint(2 + 2)\n```\n", to: "notebooks/b.md")
        let worker = SupervisedWorker(executable: nbrun, memoryLimitMegabytes: 1000)
        let first = worker.run(path: scratch.root + "/notebooks/a.md", options: RunOptions())
        #expect(first.succeeded && first.markdown?.contains("```output\n2\n```") == true, "\(first.errors)")
        // Other tests start nbrun processes of their own: only a worker is this runner's.
        func workers() -> [pid_t] {
            Self.children(of: getpid()).filter {
                FileBytes.read("/proc/\($0)/cmdline").map { String(decoding: $0, as: UTF8.self).contains(WorkerLoop.argument) } ?? false
            }
        }
        let idle = workers()
        try #require(idle.count == 1, "one worker between notebooks, found \(idle)")
        kill(idle[0], SIGKILL)
        usleep(100_000)
        let second = worker.run(path: scratch.root + "/notebooks/b.md", options: RunOptions())
        #expect(second.succeeded && second.markdown?.contains("```output\n4\n```") == true, "\(second.errors)")
        #expect(workers().count == 1 && workers() != idle)
    }

    @Test func theCommandLineForksItsWorkersInsteadOfStartingThemAgain() throws {
        let nbrun = try #require(BuiltProducts.nbrun, "build nbrun first (swift build)")
        let scratch = scratchWithLoop()
        scratch.write("# Loop 2\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n", to: "notebooks/c-loop.md")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nbrun)
        process.arguments = ["--timeout", "60", "--jobs", "2", "notebooks/a-loop.md", "notebooks/c-loop.md"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.root)
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        var workers: [pid_t] = []
        for _ in 0..<200 where workers.count < 2 {
            workers = Self.children(of: process.processIdentifier)
            if workers.count < 2 { usleep(20_000) }
        }
        try #require(workers.count == 2, "two jobs, two workers; found \(workers)")
        let command = FileBytes.read("/proc/\(process.processIdentifier)/cmdline")
        for worker in workers {
            // A forked worker is a copy of nbrun: its command line is nbrun's, not `nbrun --run-as-worker MB`.
            #expect(FileBytes.read("/proc/\(worker)/cmdline") == command)
        }
    }

    /// Processes whose parent is `parent` (from `/proc/PID/stat`'s fourth field).
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), let bytes = FileBytes.read("/proc/\(entry)/stat") else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let close = text.lastIndex(of: ")") else { return nil }
            let fields = text[text.index(after: close)...].split(separator: " ")
            return fields.count > 2 && pid_t(fields[1]) == parent ? pid : nil
        }
    }
}

/// The worker protocol's framing and the words for a worker's end, without starting a process.
@Suite struct WorkerProtocolTests {
    @Test func messagesComeOffTheBufferWholeAndInOrder() throws {
        let first = WorkerMessage(kind: .cell, payload: Array("{\"line\":3}".utf8))
        let second = WorkerMessage(kind: .render, payload: [])
        var buffer = first.encoded + second.encoded
        let partial = Array(buffer.prefix(5))
        var short = partial
        #expect(try WorkerMessage.take(from: &short) == nil)
        #expect(short == partial)
        #expect(try WorkerMessage.take(from: &buffer) == first)
        #expect(try WorkerMessage.take(from: &buffer) == second)
        #expect(buffer.isEmpty)
    }

    @Test func aHeaderThatIsNotAMessageIsAnError() {
        var buffer = Array("Fatal error: something\n".utf8)
        #expect(throws: WorkerMessage.ProtocolError.self) { try WorkerMessage.take(from: &buffer) }
        var endless = [UInt8](repeating: 65, count: 100)
        #expect(throws: WorkerMessage.ProtocolError.self) { try WorkerMessage.take(from: &endless) }
    }

    @Test func aWorkerEndIsDescribedBySignalAndLastWords() {
        // waitpid's status: the signal number in the low seven bits, an exit code in the next byte.
        #expect(WorkerExit(status: SIGILL, errorText: "", memoryLimitMegabytes: 10).description
            == "a runtime check failed, such as an integer overflow or an index out of range (SIGILL, signal 4)")
        #expect(WorkerExit(status: SIGTRAP, errorText: "x\nSwift/Array.swift:1: Fatal error: Index out of range\n",
                           memoryLimitMegabytes: 10).description
            == "a runtime check failed, such as an integer overflow or an index out of range (SIGTRAP, signal 5): Fatal error: Index out of range")
        #expect(WorkerExit(status: 3 << 8, errorText: "", memoryLimitMegabytes: 10).description == "its worker process exited with status 3")
        #expect(WorkerExit(status: SIGABRT, errorText: "Fatal error: failed to allocate 392000032 bytes of memory",
                           memoryLimitMegabytes: 512).description
            == "it ran out of memory: a notebook may use at most 512 MB (raise it with --memory-limit)")
    }
}
