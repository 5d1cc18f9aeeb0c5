import Rendering
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One message between the runner and a worker process: a header line `KIND LENGTH` and `LENGTH` bytes.
///
/// The runner sends `job` (a ``WorkerJob`` as JSON); the worker answers with `cell` before each cell it
/// runs (``CellStart``), `render` when it starts writing the handouts (then, for a job whose course links
/// follow, the runner sends `links`, a ``CourseLinks`` as JSON), each handout as it is
/// (`handout`: its file extension, a NUL byte, then raw UTF-8, since JSON-escaping megabytes of SVG
/// costs more than the run), and
/// `result` (the rest of the ``NotebookResult`` as JSON). A worker that stops answering, or whose pipe
/// closes before `result`, has stopped.
struct WorkerMessage: Equatable {
    enum Kind: String {
        case job, cell, statement, render, links, handout, result
    }

    var kind: Kind
    var payload: [UInt8]

    /// The bytes on the wire.
    var encoded: [UInt8] { Array("\(kind.rawValue) \(payload.count)\n".utf8) + payload }

    /// Takes the first whole message off the front of `buffer`; `nil` when it is not all there yet.
    /// Throws on a header that cannot be read (the other side is not speaking this protocol).
    static func take(from buffer: inout [UInt8]) throws(ProtocolError) -> WorkerMessage? {
        guard let newline = buffer.prefix(64).firstIndex(of: 10) else {
            if buffer.count >= 64 { throw ProtocolError() }
            return nil
        }
        let header = String(decoding: buffer[..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 2, let kind = Kind(rawValue: String(header[0])), let length = Int(header[1]), length >= 0
        else { throw ProtocolError() }
        let start = newline + 1
        guard buffer.count - start >= length else { return nil }
        let message = WorkerMessage(kind: kind, payload: Array(buffer[start..<start + length]))
        buffer.removeFirst(start + length)
        return message
    }

    /// The other side sent bytes that are not a message.
    struct ProtocolError: Error {}
}

/// What the runner asks of a worker: one notebook, what to do with it, and the options.
struct WorkerJob: Codable {
    var path: String
    var options: RunOptions
    var task = WorkerTask.run
    /// Whether the handout's course links come in a `links` message once rendering starts, rather than
    /// in `options.place` (the runner outlines the course while the cells run).
    var linksFollow = false
}

/// What a worker does with a job's notebook.
enum WorkerTask: Codable, Equatable {
    /// Run it and render its handouts (``NotebookPipeline``).
    case run
    /// Write its student version and the student handout (``AssignPipeline``).
    case assign
    /// Grade it against the key at `key`; the plan's steps in `skip` do not run, failing with the reason
    /// given (a cell that stopped an earlier worker) (``GradingPipeline``).
    case grade(key: String, skip: [Int: String])
}

/// Where the cell a worker is about to run sits in its notebook, so a worker that dies can be reported there.
public struct CellStart: Codable, Equatable, Sendable {
    /// Notebook line and column of the cell's first code.
    public var line: Int
    public var column: Int
    /// That line's text, for the caret display.
    public var sourceLine: String
    /// The cell's notebook lines from its first code line on, so a statement's line can be quoted too.
    public var lines: [String] = []
    /// The notebook line of `lines[0]`.
    public var firstLine = 0
    /// The file the cell is in, when it is not the job's notebook (a key's test run in a submission).
    public var file: String?
    /// The grading plan's step, when grading (``GradingPlan``).
    public var step: Int?

    /// The same cell, pointing at the statement at notebook `line` and `column`.
    func at(line statementLine: Int, column statementColumn: Int) -> CellStart {
        let offset = statementLine - firstLine
        guard offset >= 0, offset < lines.count else { return self }
        var moved = self
        (moved.line, moved.column, moved.sourceLine) = (statementLine, statementColumn, lines[offset])
        return moved
    }
}

/// Writes and reads whole messages on file descriptors.
enum MessageChannel {
    /// Writes `message` completely; `false` when the other side has gone.
    @discardableResult
    static func send(_ message: WorkerMessage, to descriptor: Int32) -> Bool {
        let bytes = message.encoded
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    /// Reads until one whole message is in; `nil` at end of input or on a broken message.
    static func receive(from descriptor: Int32, buffer: inout [UInt8]) -> WorkerMessage? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            do { if let message = try WorkerMessage.take(from: &buffer) { return message } } catch { return nil }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}

extension WorkerTask {
    /// Does the task here, in this process (a worker's, or nbrun's own with `--in-process`).
    func perform(path: String, options: RunOptions, links: (() -> CourseLinks)? = nil,
                 progress: (NotebookPipeline.Event) -> Void = { _ in }) -> NotebookResult {
        switch self {
        case .run: NotebookPipeline.run(path: path, options: options, links: links, progress: progress)
        case .assign: AssignPipeline.run(path: path, options: options, progress: progress)
        case .grade(let key, let skip): GradingPipeline.grade(path: path, key: key, skipping: skip, options: options, progress: progress)
        }
    }
}
