import CellLanguage
import NotebookDocument
import Rendering

/// `nbrun assign`: for each key, checks that it passes its own tests, then writes (or with `check`
/// compares) the student version `OUTPUT/NAME.md` and the student handout `OUTPUT/NAME.html`.
public struct AssignRun {
    let paths: [String]
    let options: RunOptions
    let report: (String) -> Void
    let reportError: (String) -> Void

    /// A run over the keys under `paths`; `options.outputDirectory` receives the student versions.
    public init(paths: [String], options: RunOptions, report: @escaping (String) -> Void,
                reportError: @escaping (String) -> Void) {
        self.paths = paths
        self.options = options
        self.report = report
        self.reportError = reportError
    }

    /// Makes every student version and returns the exit status.
    public func run() -> Runner.Status {
        let discovery: NotebookDiscovery
        do { discovery = try NotebookDiscovery(paths: paths, skipping: options.outputDirectory) } catch {
            reportError("error: \(error.description)")
            return .badInput
        }
        let keys = discovery.notebooks
        let options = self.options
        func files(_ key: String) -> [(fileExtension: String, path: String)] {
            let name = discovery.handoutNames[key] ?? Notebook.name(forPath: key)
            return options.format.writers.map { ($0.fileExtension, FilePathText.joining(options.outputDirectory, name + "." + $0.fileExtension)) }
        }
        // The student version is a notebook: written over its own key it would destroy the answers.
        if !options.check, let problem = SourceProtection.problem(notebooks: keys, targets: keys.flatMap { files($0).map(\.path) },
                                                                  kind: "the student version") {
            reportError("error: \(problem)")
            return .badInput
        }
        let results = WorkerPool(options: options).map(keys) { key, worker in
            var options = options
            options.place = HandoutPlace(name: discovery.handoutNames[key] ?? Notebook.name(forPath: key), links: CourseLinks())
            return worker?.run(path: key, options: options, task: .assign) ?? WorkerTask.assign.perform(path: key, options: options)
        }
        var status = Runner.Status.success
        func worsen(_ to: Runner.Status) { if to.rawValue > status.rawValue { status = to } }
        for result in results {
            for error in result.errors { reportError(error) }
            guard result.succeeded else {
                worsen(result.unreadable ? .badInput : .failure)
                if !options.quiet { report("\(result.path): FAILED; no student version written") }
                continue
            }
            let outputs = files(result.path).compactMap { file in result.handouts[file.fileExtension].map { (text: $0, path: file.path) } }
            let handled = options.check ? check(outputs, key: result.path) : write(outputs)
            worsen(handled)
            if !options.quiet, handled == .success {
                let verb = options.check ? "checked against" : "->"
                report("\(result.path): key passes its tests \(verb) \(outputs.map(\.path).joined(separator: ", "))")
            }
        }
        if results.contains(where: { $0.html.map(MathAssets.areLoaded(by:)) == true }) {
            worsen(MathAssets.sync(into: options.outputDirectory, check: options.check,
                                   rerun: "nbrun assign " + paths.joined(separator: " "), reportError: reportError))
        }
        return status
    }

    private func write(_ files: [(text: String, path: String)]) -> Runner.Status {
        do { try AtomicFile.write(files); return .success } catch {
            reportError("error: \(error)")
            return .badInput
        }
    }

    /// Compares each file with the one on disk; a difference is reported with its diff.
    private func check(_ files: [(text: String, path: String)], key: String) -> Runner.Status {
        var status = Runner.Status.success
        for file in files {
            guard let bytes = FileBytes.read(file.path) else {
                reportError("\(file.path): error: no student version to check against; run nbrun assign \(key) to write it")
                status = .failure
                continue
            }
            if let diff = UnifiedDiff.diff(old: String(decoding: bytes, as: UTF8.self), new: file.text, oldName: file.path,
                                           newName: "\(file.path) (from \(key))", tolerance: options.tolerance) {
                reportError("\(file.path): error: student version is stale; the key now makes:\n"
                            + Runner.clipped(diff, width: Runner.diffLineLimit, lines: Runner.htmlDiffLines))
                status = .failure
            }
        }
        return status
    }
}
