import Dispatch
import Display
import StackThreads
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Limits that keep a cell from hanging or exhausting the process.
public struct ExecutionLimits: Sendable {
    /// Wall-clock seconds one cell may run before it is stopped with an error.
    public var secondsPerCell: Double
    /// Deepest allowed nesting of function and closure calls.
    public var maximumCallDepth: Int

    /// Creates limits; the defaults suit teaching notebooks.
    public init(secondsPerCell: Double = 10, maximumCallDepth: Int = 200) {
        self.secondsPerCell = secondsPerCell
        self.maximumCallDepth = maximumCallDepth
    }

    /// The error of a cell stopped at `secondsPerCell`, the same whichever watch stopped it.
    public var timeLimitMessage: String { timeLimitMessage(for: "cell") }

    /// The same limit said of `subject` ("reading or rendering the notebook").
    public func timeLimitMessage(for subject: String) -> String {
        "\(subject) exceeded the time limit of \(NumberFormatForLimits.seconds(secondsPerCell)) s (raise it with --timeout)"
    }
}

/// One notebook's kernel: the environment all its cells share, top to bottom.
///
/// Each cell is compiled (parse, fold operators, resolve names), then run on the session's thread, whose
/// large stack keeps deep expressions and the deepest allowed recursion from overflowing it.
public final class Session {
    /// Stack size of the thread a cell runs on.
    static let cellStackSize = 256 << 20

    private let context: CellContext
    /// The thread every cell of the session runs on.
    private let thread = SerialStackThread(stackSize: Session.cellStackSize)
    private let globals = GlobalTable()
    /// Every cell compiled so far, by number, so an error in a function an earlier cell declared points there.
    private var sources: [CellSource] = []

    /// Called before each top-level statement of a cell with its notebook line and column, on the cell's
    /// thread; a supervisor uses it to say at which line a cell that crashed was.
    public var onStatement: ((_ line: Int, _ column: Int) -> Void)?

    /// The folder relative paths in cells (such as a CSV file) are resolved against: the notebook's folder.
    public var baseDirectory: String {
        get { context.readableFiles.baseDirectory }
        set { context.readableFiles.baseDirectory = newValue }
    }

    /// Folders besides `baseDirectory` that cells may read files from; every other file is refused.
    public var readableFolders: [String] {
        get { context.readableFiles.extraFolders }
        set { context.readableFiles.extraFolders = newValue }
    }

    /// Whether cells may not read notebooks (`.md` files) even inside readable folders: set while grading,
    /// so a submission cannot read the key's tests and solutions.
    public var refusesNotebooks: Bool {
        get { context.readableFiles.refusesNotebooks }
        set { context.readableFiles.refusesNotebooks = newValue }
    }

    /// The resolved paths of the data files the cells have read so far, in order, repeats included.
    public var filesRead: [String] { context.filesRead }

    /// Creates a fresh environment.
    public init(limits: ExecutionLimits = ExecutionLimits()) {
        context = CellContext(limits: limits)
    }

    /// Values can nest deeper than an ordinary thread's stack can free (an array nested 50 000 deep,
    /// built in a loop): they are dropped on a thread with a cell's stack, as they were built.
    deinit {
        nonisolated(unsafe) let context = Unmanaged.passUnretained(self.context)
        let finished = DispatchSemaphore(value: 0)
        thread.run {
            context.takeUnretainedValue().releaseValues()
            finished.signal()
        }
        finished.wait()
    }

    /// Sets the notebook seed from which every later cell's random numbers derive (default 0).
    public func setNotebookSeed(_ seed: UInt64) {
        context.setNotebookSeed(seed)
    }

    /// Binds `name` to `value` as a top-level constant visible to every later cell (a dataset, a builtin function value).
    public func define(_ name: String, as value: Value) {
        globals.beginCell()
        let slot = globals.declare(name, isConstant: true, coercion: .none)
        context.reserveGlobals(globals.count)
        context.globals.slots[slot] = value
        globals.rollback(keeping: [slot])
    }

    /// Parses and runs one cell; never throws and never traps, whatever the cell holds. With
    /// `protectingBuiltins`, the cell's builtin names and `expect` mean the builtins even where earlier
    /// cells declared those names (an assignment's test cell, run after a student's code).
    public func run(_ cell: CellSource, protectingBuiltins: Bool = false) -> CellResult {
        let box = ResultBox()
        // Unretained: this call waits for the thread's work, which must not keep the session alive.
        nonisolated(unsafe) let session = Unmanaged.passUnretained(self)
        let finished = DispatchSemaphore(value: 0)
        context.watchdog.reset()
        thread.run {
            box.result = session.takeUnretainedValue().runOnCurrentThread(cell, protectingBuiltins: protectingBuiltins)
            finished.signal()
        }
        // When the time is up, tell the cell's next tick to read the clock, then wait for it to stop.
        let seconds = context.limits.secondsPerCell
        if finished.wait(timeout: .now() + .milliseconds(Int(min(seconds, 1e6) * 1000))) == .timedOut {
            context.watchdog.expire()
            finished.wait()
        }
        return box.result ?? CellResult(blocks: [])
    }

    /// Compiles and runs `cell` on the calling thread.
    func runOnCurrentThread(_ cell: CellSource, protectingBuiltins: Bool = false) -> CellResult {
        context.blocks = []
        context.pendingText = ""
        context.printedCharacters = 0
        context.declaredGlobals = []
        context.callDepth = 0
        context.returnValue = .void
        context.stoppedByTimeLimit = false
        context.cellCode = cell.code
        context.reseedForCell()
        globals.beginCell()
        sources.append(cell)
        do {
            let compiled = try Compiler.compile(cell.code, globals: globals, cellNumber: sources.count - 1,
                                                protectingBuiltins: protectingBuiltins)
            context.reserveGlobals(globals.count)
            let savedFrame = context.frame
            context.frame = Frame(slotCount: compiled.cellSlotCount, parent: nil)
            defer { context.frame = savedFrame }
            context.deadline = ContinuousClock.now + .milliseconds(Int64(context.limits.secondsPerCell * 1000))
            for statement in compiled.statements {
                if let onStatement {
                    let place = cell.notebookPosition(line: statement.position.line, column: statement.position.column)
                    onStatement(place.line, place.column)
                }
                _ = try statement.execute(context)
            }
            context.flushText()
            return CellResult(blocks: context.blocks)
        } catch {
            globals.rollback(keeping: context.declaredGlobals)
            context.flushText()
            // How far a stopped cell got depends on the machine's speed: its partial output is not kept,
            // so the same notebook shows the same thing on every run.
            return CellResult(blocks: context.stoppedByTimeLimit ? [] : context.blocks,
                              error: diagnostic(for: CellError.wrapping(error), in: cell))
        }
    }

    private func diagnostic(for error: CellError, in cell: CellSource) -> CellDiagnostic {
        var diagnostic = diagnostic(error.message, at: error.position ?? CellPosition(line: 1, column: 1), running: cell)
        if let call = error.calledFrom {
            var note = self.diagnostic("called from here", at: call, running: cell)
            note.severity = "note"
            diagnostic.notes = [note]
        }
        return diagnostic
    }

    /// `message` at `position`, in the notebook lines of the cell the position is in.
    private func diagnostic(_ message: String, at position: CellPosition, running cell: CellSource) -> CellDiagnostic {
        let source = position.cell.flatMap { $0 < sources.count ? sources[$0] : nil } ?? cell
        let mapped = source.notebookPosition(line: position.line, column: position.column)
        let lines = source.code.split(separator: "\n", omittingEmptySubsequences: false)
        let sourceLine = position.line >= 1 && position.line <= lines.count ? String(lines[position.line - 1]) : ""
        return CellDiagnostic(file: source.file, line: mapped.line, column: mapped.column, message: message,
                              sourceLine: sourceLine)
    }
}

/// Carries a cell's result from its thread back to the caller, which waits for the thread to finish.
private final class ResultBox: @unchecked Sendable {
    var result: CellResult?
}
