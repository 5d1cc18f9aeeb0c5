import Dispatch
import CellLanguage
import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookDocument
import Rendering

/// The whole run of one notebook, as ordered stages; adding a capability starts here.
///
/// 1. **Read** the file's bytes (never written back).
/// 2. **Parse** with cmark into prose and cells (``Notebook``); nothing executes.
/// 3. **Execute** the cells top to bottom in one ``Session``, honouring each cell's options.
/// 4. **Present** each result as what the handout shows (``CellPresentation``).
/// 5. **Render** the Markdown and HTML handouts; nothing evaluates.
///
/// Writing or checking the handouts is the caller's stage (``Runner``), so a failed run writes nothing.
public enum NotebookPipeline {
    /// The largest notebook file nbrun reads (a course notebook is tens of kilobytes).
    public static let maximumNotebookBytes = 20_000_000

    /// A stage beginning, reported so a supervisor can tell where a run stopped (``WorkerLoop``).
    public enum Event {
        /// A cell is about to run.
        case cell(CellStart)
        /// A top-level statement of the running cell is about to run, at this notebook line and column.
        case statement(line: Int, column: Int)
        /// Every cell has run; the handouts are being rendered.
        case render
    }

    /// Runs the notebook at `path` (as the user wrote it) and renders its handouts.
    ///
    /// `links` gives the handout's course links when rendering starts (a runner outlines the course while
    /// the cells run); without it they are `options.place`'s.
    public static func run(path: String, options: RunOptions, links: (() -> CourseLinks)? = nil,
                           progress: (Event) -> Void = { _ in }) -> NotebookResult {
        let started = DispatchTime.now()
        var result = NotebookResult(path: path, name: path, title: path)
        let bytes: [UInt8]
        do { bytes = try readNotebook(path) } catch {
            result.errors = [error.message]
            result.unreadable = true
            return result
        }
        result = run(path: path, bytes: bytes, options: options, links: links, progress: progress)
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return result
    }

    /// A notebook file that cannot be read; `message` is the error as reported (`path: error: …`).
    struct Unreadable: Error {
        let message: String
    }

    /// The bytes of the notebook file at `path`: a regular file of at most ``maximumNotebookBytes``.
    static func readNotebook(_ path: String) throws(Unreadable) -> [UInt8] {
        let reading = FileBytes.read(path, atMost: maximumNotebookBytes)
        guard case .bytes(let bytes) = reading else {
            let reason = switch reading {
            case .notRegular: "not a regular file (a notebook is a Markdown file)"
            case .tooLarge: "larger than \(maximumNotebookBytes) bytes, the most a notebook may hold"
            default: "cannot read the file"
            }
            throw Unreadable(message: "\(path): error: \(reason)")
        }
        return bytes
    }

    /// Runs a notebook whose bytes are already in memory (`path` names it in diagnostics and locates its data files).
    public static func run(path: String, bytes: [UInt8], options: RunOptions, links: (() -> CourseLinks)? = nil,
                           progress: (Event) -> Void = { _ in }) -> NotebookResult {
        var result = NotebookResult(path: path, name: path, title: path)
        let notebook: Notebook
        do {
            notebook = try Notebook(path: path, bytes: bytes)
        } catch {
            result.errors = [error.formatted]
            result.unreadable = error.isUnreadable
            return result
        }
        result.name = options.place?.name ?? notebook.name
        result.title = notebook.title ?? notebook.name

        // `--stdout` prints the Markdown handout alone.
        let writers: [any HandoutWriter.Type] = options.toStandardOutput ? [MarkdownHandout.self] : options.format.writers
        let boxes = writers.contains { $0 == HTMLHandout.self } ? PageBoxes() : nil
        let (cells, cellsRun, errors, filesRead) = execute(notebook, options: options, boxes: boxes, progress: progress)
        result.cellsRun = cellsRun
        result.errors = errors
        result.filesRead = filesRead
        // A draft for the author: `--stdout --keep-going` prints the handout with each error in its cell's
        // output; a preview renders its pages so.
        let draft = options.draft || (options.toStandardOutput && options.keepGoing)
        if errors.isEmpty || draft {
            progress(.render)
            let course = links?() ?? options.place?.links ?? CourseLinks()
            let handoutOptions = HandoutOptions(math: options.math, course: course, boxes: boxes)
            result.handouts = HandoutWriters.render(writers, of: notebook, cells: cells, options: handoutOptions)
        }
        return result
    }

    /// Runs every cell that should run and returns what each shows, the count run and the failures; each
    /// cell's page box is started in `boxes` as soon as the cell has run.
    static func execute(_ notebook: Notebook, options: RunOptions, boxes: PageBoxes? = nil,
                        progress: (Event) -> Void) -> ([Int: CellPresentation], Int, [String], [String]) {
        let session = Session(limits: ExecutionLimits(secondsPerCell: options.timeout))
        let folder = FilePathText.folder(of: notebook.path)
        session.baseDirectory = folder.isEmpty ? "." : folder
        session.readableFolders = options.readableFolders
        return withoutActuallyEscaping(progress) { progress in
            session.onStatement = { progress(.statement(line: $0, column: $1)) }
            defer { session.onStatement = nil }
            let (cells, count, errors) = execute(notebook, in: session, options: options, boxes: boxes, progress: progress)
            var seen = Set<String>()
            return (cells, count, errors, session.filesRead.filter { seen.insert($0).inserted })
        }
    }

    private static func execute(_ notebook: Notebook, in session: Session, options: RunOptions, boxes: PageBoxes?,
                                progress: (Event) -> Void) -> ([Int: CellPresentation], Int, [String]) {
        var presentations: [Int: CellPresentation] = [:]
        var errors: [String] = []
        var cellsRun = 0
        var tests = 0
        for cell in notebook.cells {
            if cell.options.test { tests += 1 }
            defer {
                if cell.options.test { presentations[cell.index]?.caption = testCaption(cell, number: tests) }
                // A page reads the code as cmark gives it, with its final newline.
                if let boxes, let presentation = presentations[cell.index], !cell.code.isEmpty {
                    boxes.make(cell: cell.index, code: cell.code + "\n", presentation: presentation)
                }
            }
            if cell.options.noRun {
                presentations[cell.index] = CellPresentation(blocks: [], showsOutput: false)
                continue
            }
            if !errors.isEmpty && !options.keepGoing { break }
            let source = CellSource(file: notebook.path, code: cell.code, firstLine: cell.firstCodeLine,
                                    columnOffsets: cell.columnOffsets)
            progress(.cell(start(of: cell, in: notebook)))
            let outcome = session.run(source)
            cellsRun += 1
            switch (outcome.error, cell.options.shouldFail) {
            case (nil, false):
                presentations[cell.index] = CellPresentation(
                    blocks: outcome.blocks, hideCode: cell.options.hideCode,
                    showsOutput: !cell.options.hideOutput && !outcome.blocks.isEmpty)
            case (var diagnostic?, false):
                diagnostic.quoteSource(from: notebook)
                errors.append(diagnostic.formatted)
                presentations[cell.index] = CellPresentation(blocks: outcome.blocks + [.text(diagnostic.formatted)],
                                                             isError: true)
            case (var diagnostic?, true):
                // The handout names the file without its folder, so it reads the same however nbrun was called.
                diagnostic.file = notebook.name + ".md"
                diagnostic.notes = diagnostic.notes.map { var note = $0; note.file = diagnostic.file; return note }
                diagnostic.quoteSource(from: notebook)
                presentations[cell.index] = CellPresentation(
                    blocks: outcome.blocks + [.text(diagnostic.formatted)], isError: true,
                    hideCode: cell.options.hideCode, showsOutput: !cell.options.hideOutput)
            case (nil, true):
                let line = notebook.source.content(ofLine: cell.openingLine)
                let diagnostic = CellDiagnostic(file: notebook.path, line: cell.openingLine,
                                                column: line.utf8.firstRange(of: "should-fail".utf8).map {
                                                    line.utf8.distance(from: line.utf8.startIndex, to: $0.lowerBound) + 1 } ?? 1,
                                                message: "cell marked should-fail ran without an error", sourceLine: line)
                errors.append(diagnostic.formatted)
            }
        }
        return (presentations, cellsRun, errors)
    }

    /// What a handout says above an assignment's test cell: its id (as `nbrun grade` names it) and points.
    static func testCaption(_ cell: Cell, number: Int) -> String {
        let points = cell.options.points ?? 1
        return "test-\(number) · \(points) point\(points == 1 ? "" : "s")" + (cell.options.hidden ? " · hidden from students" : "")
    }

    /// The cell's first code line and its first non-blank column, where an error about the whole cell points.
    static func start(of cell: Cell, in notebook: Notebook) -> CellStart {
        let line = cell.code.isEmpty ? cell.openingLine : cell.firstCodeLine
        let text = notebook.source.content(ofLine: line)
        let blank = text.prefix { $0 == " " || $0 == ">" || $0 == "\t" }
        let lines = (line..<max(line, cell.closingLine)).map { notebook.source.content(ofLine: $0) }
        return CellStart(line: line, column: blank.count + 1, sourceLine: text, lines: lines, firstLine: line)
    }
}

extension CellDiagnostic {
    /// Quotes the notebook's own lines (with their container prefixes) under the error and each note.
    mutating func quoteSource(from notebook: Notebook) {
        sourceLine = notebook.source.content(ofLine: line)
        for index in notes.indices { notes[index].sourceLine = notebook.source.content(ofLine: notes[index].line) }
    }
}
