import CellLanguage
import Dispatch
import NotebookAssignment
import NotebookDocument

/// Grades one submission against its key, in a worker: the ``GradingPlan``'s steps in one ``Session``,
/// the student's cells as written and the key's tests in their places.
///
/// The student's code is as untrusted as any notebook's, with two more rules: test cells see the real
/// builtins and `expect` whatever the student declared, and cells may not read notebooks (the key lies
/// beside the course's data). A student cell that fails costs only the tests that need it.
enum GradingPipeline {
    static func grade(path: String, key keyPath: String, skipping skip: [Int: String], options: RunOptions,
                      progress: (NotebookPipeline.Event) -> Void) -> NotebookResult {
        let started = DispatchTime.now()
        var result = NotebookResult(path: path, name: options.place?.name ?? Notebook.name(forPath: path),
                                    title: Notebook.name(forPath: path))
        let assignment: Assignment
        do { assignment = try readKey(keyPath) } catch {
            result.errors = [error.message]
            result.unreadable = true
            return result
        }
        let submission: Notebook
        do {
            submission = try Notebook(path: path, bytes: try NotebookPipeline.readNotebook(path))
        } catch let error as NotebookPipeline.Unreadable {
            result.grade = .zero(path, of: assignment, because: error.message)
            return result
        } catch {
            let message = (error as? DocumentDiagnostic)?.formatted ?? "\(path): error: \(error)"
            result.grade = .zero(path, of: assignment, because: message)
            return result
        }
        result.grade = run(GradingPlan(assignment: assignment, submission: submission), of: submission,
                           against: assignment, skipping: skip, options: options, progress: progress, cellsRun: &result.cellsRun)
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return result
    }

    /// The key at `path`, read as an assignment.
    static func readKey(_ path: String) throws(NotebookPipeline.Unreadable) -> Assignment {
        let bytes = try NotebookPipeline.readNotebook(path)
        do throws(DocumentDiagnostic) {
            return try Assignment(key: try Notebook(path: path, bytes: bytes))
        } catch {
            throw NotebookPipeline.Unreadable(message: error.formatted)
        }
    }

    private static func run(_ plan: GradingPlan, of submission: Notebook, against assignment: Assignment,
                            skipping skip: [Int: String], options: RunOptions,
                            progress: (NotebookPipeline.Event) -> Void, cellsRun: inout Int) -> SubmissionGrade {
        let key = assignment.key
        let session = Session(limits: ExecutionLimits(secondsPerCell: options.timeout))
        let folder = FilePathText.folder(of: key.path)
        session.baseDirectory = folder.isEmpty ? "." : folder
        session.readableFolders = options.readableFolders
        session.refusesNotebooks = true
        var outcomes: [String: TestOutcome] = [:]
        var grade = SubmissionGrade(path: submission.path, outcomes: [])
        withoutActuallyEscaping(progress) { progress in
            session.onStatement = { progress(.statement(line: $0, column: $1)) }
            defer { session.onStatement = nil }
            for (number, step) in plan.steps.enumerated() {
                let (notebook, cell, test): (Notebook, Cell, Assignment.Test?) = switch step {
                case .student(let index): (submission, submission.cells[index], nil)
                case .test(let test, let file, let cell): (file == key.path ? key : submission, cell, test)
                }
                var start = NotebookPipeline.start(of: cell, in: notebook)
                (start.step, start.file) = (number, notebook.path)
                progress(.cell(start))
                if let reason = skip[number] {
                    grade.problems.append(reason)
                    if let test { outcomes[test.id] = TestOutcome(test: test, failure: reason) }
                    continue
                }
                let code = test.map { key.cells[$0.cell].code } ?? cell.code
                let outcome = session.run(CellSource(file: notebook.path, code: code, firstLine: cell.firstCodeLine,
                                                     columnOffsets: cell.columnOffsets), protectingBuiltins: test != nil)
                cellsRun += 1
                var failure = outcome.error.map { error in
                    var diagnostic = error
                    // A test's error may be in the student's code and its note in the key's test, or the reverse.
                    let notebooks = [key.path: key, submission.path: submission]
                    diagnostic.sourceLine = notebooks[diagnostic.file]?.source.content(ofLine: diagnostic.line) ?? diagnostic.sourceLine
                    for index in diagnostic.notes.indices {
                        let note = diagnostic.notes[index]
                        diagnostic.notes[index].sourceLine = notebooks[note.file]?.source.content(ofLine: note.line) ?? note.sourceLine
                    }
                    return diagnostic.formatted
                }
                if test == nil, cell.options.shouldFail { failure = nil }
                if let test {
                    outcomes[test.id] = TestOutcome(test: test, failure: failure)
                } else if let failure {
                    grade.cellErrors.append(failure)
                }
            }
        }
        grade.outcomes = assignment.tests.map { outcomes[$0.id] ?? TestOutcome(test: $0, failure: "not run") }
        return grade
    }
}
