#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import struct Rendering.CourseLinks
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The worker's side: runs the notebooks the runner sends, one at a time, under ``ProcessLimits``.
///
/// `nbrun` becomes a worker when its first argument is ``argument``; it never parses the usual command line then.
public enum WorkerLoop {
    /// The hidden first argument that starts a worker: `nbrun --run-as-worker MEGABYTES`.
    public static let argument = "--run-as-worker"

    /// Serves jobs from standard input until it closes, then exits: `nbrun --run-as-worker MEGABYTES`.
    public static func serve(arguments: [String]) -> Never {
        serve(memoryLimitMegabytes: arguments.first.flatMap { Int($0) } ?? RunOptions().memoryLimitMegabytes, warmUp: false)
    }

    /// Serves jobs from standard input until it closes, then exits. Without `memoryLimitMegabytes` (a worker
    /// forked before the options were read) the address-space limit comes from the first job's options.
    static func serve(memoryLimitMegabytes: Int?, warmUp: Bool) -> Never {
        signal(SIGPIPE, SIG_IGN)
        ProcessLimits.applyToWorker()
        if let memoryLimitMegabytes { ProcessLimits.limitAddressSpace(megabytes: memoryLimitMegabytes) }
        // Messages go out on a copy of standard output; anything else printing there lands on standard error.
        let channel = dup(1)
        dup2(2, 1)
        let decoder = JSONDecoder(), encoder = JSONEncoder()
        if warmUp { Self.warmUp(encoder: encoder, decoder: decoder) }
        var buffer: [UInt8] = []
        var memoryLimited = memoryLimitMegabytes != nil
        while let message = MessageChannel.receive(from: 0, buffer: &buffer), message.kind == .job,
              let job = try? decoder.decode(WorkerJob.self, from: Data(message.payload)) {
            if !memoryLimited {
                ProcessLimits.limitAddressSpace(megabytes: job.options.memoryLimitMegabytes)
                memoryLimited = true
            }
            // A backstop behind the runner's wall clock: a notebook may use 1000 cell limits and a minute of CPU.
            ProcessLimits.limitCPU(seconds: Int(min(job.options.timeout * 1000, 1e6)) + 60)
            // Links that follow arrive after the `render` message, before any handout is rendered.
            let links: (() -> CourseLinks)? = !job.linksFollow ? nil : {
                guard let message = MessageChannel.receive(from: 0, buffer: &buffer), message.kind == .links,
                      let links = try? decoder.decode(CourseLinks.self, from: Data(message.payload)) else { exit(3) }
                return links
            }
            let result = job.task.perform(path: job.path, options: job.options, links: links) { event in
                switch event {
                case .cell(let start):
                    MessageChannel.send(WorkerMessage(kind: .cell, payload: Array((try? encoder.encode(start)) ?? Data())),
                                        to: channel)
                case .statement(let line, let column):
                    MessageChannel.send(WorkerMessage(kind: .statement, payload: Array("\(line) \(column)".utf8)), to: channel)
                case .render:
                    MessageChannel.send(WorkerMessage(kind: .render, payload: []), to: channel)
                }
            }
            var summary = result
            summary.handouts = [:]
            for (fileExtension, text) in result.handouts.sorted(by: { $0.key < $1.key }) {
                MessageChannel.send(WorkerMessage(kind: .handout, payload: Array(fileExtension.utf8) + [0] + Array(text.utf8)), to: channel)
            }
            guard let payload = try? encoder.encode(summary),
                  MessageChannel.send(WorkerMessage(kind: .result, payload: Array(payload)), to: channel)
            else { exit(3) }
        }
        exit(0)
    }

    /// Runs a small notebook through every stage and the messages' coding once, writing nothing: the
    /// first-use costs (type metadata, conformance lookups, the parser's tables) are then paid.
    private static func warmUp(encoder: JSONEncoder, decoder: JSONDecoder) {
        let notebook = "# Warm-up\n\nSome *prose* and $x^2$.\n\n```swift\nlet v = [1.0, 2.5]\nfor x in v { print(x * 2) }\nv.count + 1\n```\n"
        let result = NotebookPipeline.run(path: "warm-up.md", bytes: Array(notebook.utf8), options: RunOptions())
        _ = try? encoder.encode(result)
        _ = try? encoder.encode(CellStart(line: 1, column: 1, sourceLine: ""))
        if let job = try? encoder.encode(WorkerJob(path: "", options: RunOptions())) { _ = try? decoder.decode(WorkerJob.self, from: job) }
    }
}
