import CellLanguage
import Dispatch
import NotebookAssignment
import NotebookDocument
import Rendering

/// Makes the student version of one key, in a worker: checks that the key runs and passes its own tests,
/// then writes the student notebook and its handout.
///
/// The handout runs the student version's cells up to its first answer left out, so what a student reads
/// is what their copy prints; from there on it shows code only (later output would need the answers),
/// and each visible test names its id and points.
enum AssignPipeline {
    static func run(path: String, options: RunOptions, progress: (NotebookPipeline.Event) -> Void) -> NotebookResult {
        let started = DispatchTime.now()
        var result = NotebookResult(path: path, name: options.place?.name ?? Notebook.name(forPath: path),
                                    title: Notebook.name(forPath: path))
        let assignment: Assignment
        do { assignment = try GradingPipeline.readKey(path) } catch {
            result.errors = [error.message]
            result.unreadable = true
            return result
        }
        result.title = assignment.key.title ?? assignment.key.name
        // The key first: a test that fails on the instructor's own answers would fail every student.
        let (_, keyCells, keyErrors, _) = NotebookPipeline.execute(assignment.key, options: options, progress: progress)
        result.cellsRun = keyCells
        guard keyErrors.isEmpty else {
            result.errors = keyErrors
            return result
        }
        let text = StudentVersion.text(of: assignment)
        let student: Notebook
        do { student = try Notebook(path: path, text: text) } catch {
            result.errors = ["\(path): error: internal error: the student version does not parse: \(error.formatted)"]
            return result
        }
        progress(.render)
        let presentations = present(student, of: assignment, options: options)
        result.handouts[MarkdownHandout.fileExtension] = text
        if options.format.writesHTML {
            let handoutOptions = HandoutOptions(math: options.math, course: options.place?.links ?? CourseLinks())
            result.handouts[HTMLHandout.fileExtension] = HTMLHandout.render(student, cells: presentations, options: handoutOptions)
        }
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return result
    }

    /// What the student handout shows of each cell of `student`.
    private static func present(_ student: Notebook, of assignment: Assignment, options: RunOptions) -> [Int: CellPresentation] {
        // The student version has the key's cells but its hidden tests, in order.
        let keyCells = assignment.key.cells.filter { assignment.test(atCell: $0.index)?.hidden != true }
        let session = Session(limits: ExecutionLimits(secondsPerCell: options.timeout))
        let folder = FilePathText.folder(of: student.path)
        session.baseDirectory = folder.isEmpty ? "." : folder
        session.readableFolders = options.readableFolders
        var presentations: [Int: CellPresentation] = [:]
        var running = true
        for (cell, keyCell) in zip(student.cells, keyCells) {
            let codeOnly = CellPresentation(blocks: [], hideCode: cell.options.hideCode, showsOutput: false)
            if let test = assignment.test(atCell: keyCell.index) {
                var presentation = codeOnly
                presentation.caption = NotebookPipeline.testCaption(keyCell, number: Int(test.id.dropFirst(5)) ?? 0)
                presentations[cell.index] = presentation
                continue
            }
            if assignment.holdsSolution(keyCell.index) { running = false }
            guard running, !cell.options.noRun else {
                presentations[cell.index] = codeOnly
                continue
            }
            let outcome = session.run(CellSource(file: student.path, code: cell.code, firstLine: cell.firstCodeLine,
                                                 columnOffsets: cell.columnOffsets))
            let blocks = outcome.blocks + (cell.options.shouldFail ? outcome.error.map { [.text($0.formatted)] } ?? [] : [])
            presentations[cell.index] = CellPresentation(blocks: blocks, isError: cell.options.shouldFail,
                                                         hideCode: cell.options.hideCode,
                                                         showsOutput: !cell.options.hideOutput && !blocks.isEmpty)
        }
        return presentations
    }
}
