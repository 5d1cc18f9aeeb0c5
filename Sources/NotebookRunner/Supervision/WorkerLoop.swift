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

/// The worker's side: runs the notebooks the runner sends, one at a time, under ``ProcessLimits``.
///
/// `nbrun` becomes a worker when its first argument is ``argument``; it never parses the usual command line then.
public enum WorkerLoop {
    /// The hidden first argument that starts a worker: `nbrun --run-as-worker MEGABYTES`.
    public static let argument = "--run-as-worker"

    /// Serves jobs from standard input until it closes, then exits.
    public static func serve(arguments: [String]) -> Never {
        signal(SIGPIPE, SIG_IGN)
        let memory = arguments.first.flatMap { Int($0) } ?? RunOptions().memoryLimitMegabytes
        ProcessLimits.applyToWorker(memoryLimitMegabytes: memory)
        // Messages go out on a copy of standard output; anything else printing there lands on standard error.
        let channel = dup(1)
        dup2(2, 1)
        let decoder = JSONDecoder(), encoder = JSONEncoder()
        var buffer: [UInt8] = []
        while let message = MessageChannel.receive(from: 0, buffer: &buffer), message.kind == .job,
              let job = try? decoder.decode(WorkerJob.self, from: Data(message.payload)) {
            // A backstop behind the runner's wall clock: a notebook may use 1000 cell limits and a minute of CPU.
            ProcessLimits.limitCPU(seconds: Int(min(job.options.timeout * 1000, 1e6)) + 60)
            let result = NotebookPipeline.run(path: job.path, options: job.options) { event in
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
            summary.markdown = nil
            summary.html = nil
            if let markdown = result.markdown { MessageChannel.send(WorkerMessage(kind: .markdown, payload: Array(markdown.utf8)), to: channel) }
            if let html = result.html { MessageChannel.send(WorkerMessage(kind: .html, payload: Array(html.utf8)), to: channel) }
            guard let payload = try? encoder.encode(summary),
                  MessageChannel.send(WorkerMessage(kind: .result, payload: Array(payload)), to: channel)
            else { exit(3) }
        }
        exit(0)
    }
}
