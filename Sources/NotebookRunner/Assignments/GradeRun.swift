import Display
import NotebookAssignment
import CellLanguage
import NotebookDocument
import Rendering

/// `nbrun grade`: grades each submission against the key in supervised workers and writes the
/// gradebook (`OUTPUT/grades.csv`) and a feedback page per submission (`OUTPUT/feedback/NAME.md` and `.html`).
///
/// A submission that loops, exhausts memory or crashes its worker loses only the step it was at: it is
/// graded again with that step failed, up to ``maximumReruns`` times. Nothing a submission does reaches
/// another one or the run.
public struct GradeRun {
    let key: String
    let submissions: [String]
    let options: RunOptions
    let report: (String) -> Void
    let reportError: (String) -> Void

    /// How many times one submission is graded again after a step stopped its worker.
    static let maximumReruns = 3

    /// A run grading the notebooks under `submissions` against `key`.
    public init(key: String, submissions: [String], options: RunOptions, report: @escaping (String) -> Void,
                reportError: @escaping (String) -> Void) {
        self.key = key
        self.submissions = submissions
        self.options = options
        self.report = report
        self.reportError = reportError
    }

    /// Grades every submission (this shard's share, with `--shard`) and returns the exit status: a
    /// submission's failures are its grade, not the run's; only a bad key or output folder fails the run.
    public func run() -> Runner.Status {
        let assignment: Assignment
        do { assignment = try GradingPipeline.readKey(key) } catch {
            reportError(error.message)
            return .badInput
        }
        let discovery: NotebookDiscovery
        do { discovery = try NotebookDiscovery(paths: submissions, skipping: options.outputDirectory) } catch {
            reportError("error: \(error.description)")
            return .badInput
        }
        let keyIdentity = realPath(key)
        var paths = discovery.notebooks.filter { realPath($0) != keyIdentity }
        guard !paths.isEmpty else {
            reportError("error: no submissions found in \(submissions.joined(separator: " ")) (a submission is a .md notebook)")
            return .badInput
        }
        if let shard = options.shard { paths = shard.select(paths, weights: RunTimes().weights(for: paths)) }
        let names = Dictionary(uniqueKeysWithValues: paths.map { ($0, discovery.handoutNames[$0] ?? Notebook.name(forPath: $0)) })
        let csvPath = FilePathText.joining(options.outputDirectory, Gradebook.fileName)
        let targets = [csvPath] + paths.flatMap { path in
            HandoutWriters.all.map { feedbackPath(names[path]!, $0.fileExtension) }
        }
        if let problem = SourceProtection.problem(notebooks: discovery.notebooks + [key], targets: targets, kind: "the grade file") {
            reportError("error: \(problem)")
            return .badInput
        }
        let options = self.options
        let key = self.key
        let grades = WorkerPool(options: options).map(paths) { path, worker in
            Self.grade(path, key: key, assignment: assignment, options: options, worker: worker)
        }
        var files = [(text: Gradebook.csv(grades.map(\.grade), assignment: assignment), path: csvPath)]
        for (path, graded) in zip(paths, grades) {
            let feedback = Feedback.markdown(graded.grade, keyTitle: assignment.key.title ?? assignment.key.name)
            files.append((feedback, feedbackPath(names[path]!, MarkdownHandout.fileExtension)))
            if let page = try? Notebook(path: names[path]! + ".md", text: feedback) {
                files.append((HTMLHandout.render(page, cells: [:], options: HandoutOptions(math: .none)),
                              feedbackPath(names[path]!, HTMLHandout.fileExtension)))
            }
            if !options.quiet {
                let time = NumberFormat.printf("%.3f", graded.seconds) + " s"
                let grade = graded.grade
                report("\(path): \(grade.total) of \(grade.possible) points, \(time)\(grade.problems.isEmpty ? "" : " (\(grade.status))")")
            }
        }
        do { try AtomicFile.write(files) } catch {
            reportError("error: \(error)")
            return .badInput
        }
        if !options.quiet {
            let shard = options.shard.map { " (shard \($0))" } ?? ""
            report("graded \(paths.count) submission\(paths.count == 1 ? "" : "s")\(shard) -> \(csvPath), \(FilePathText.joining(options.outputDirectory, "feedback"))/")
        }
        return .success
    }

    private func feedbackPath(_ name: String, _ fileExtension: String) -> String {
        FilePathText.joining(options.outputDirectory, "feedback/" + name + "." + fileExtension)
    }

    /// Grades one submission, again with the step skipped each time a step stops its worker.
    private static func grade(_ path: String, key: String, assignment: Assignment, options: RunOptions,
                              worker: SupervisedWorker?) -> (grade: SubmissionGrade, seconds: Double) {
        var skip: [Int: String] = [:]
        var seconds = 0.0
        while true {
            let task = WorkerTask.grade(key: key, skip: skip)
            let result = worker?.run(path: path, options: options, task: task) ?? task.perform(path: path, options: options)
            seconds += result.seconds
            if let grade = result.grade { return (grade, seconds) }
            let reason = result.errors.first ?? "\(path): error: the grading stopped"
            guard let step = result.stoppedAt, skip[step] == nil, skip.count < maximumReruns else {
                var grade = SubmissionGrade.zero(path, of: assignment, because: reason)
                grade.problems = Array(skip.keys.sorted().compactMap { skip[$0] }) + [reason]
                return (grade, seconds)
            }
            skip[step] = reason
        }
    }
}
