import Display
import CellLanguage
import Dispatch
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookDocument
import Rendering

/// Runs the notebooks named on the command line, writes or checks their handouts, and reports.
public struct Runner {
    /// Exit statuses, as documented in the README.
    public enum Status: Int32, Sendable {
        /// Every cell ran as expected and every handout was written or matched.
        case success = 0
        /// A cell failed, or a handout differs from what its cells produce now.
        case failure = 1
        /// Bad usage or unreadable input (a missing file, binary data, an unwritable output folder).
        case badInput = 2
    }

    let options: RunOptions
    let report: (String) -> Void
    let reportError: (String) -> Void

    /// Creates a runner that prints summaries with `report` and errors with `reportError`.
    public init(options: RunOptions, report: @escaping (String) -> Void, reportError: @escaping (String) -> Void) {
        self.options = options
        self.report = report
        self.reportError = reportError
    }

    /// Runs every notebook found under `paths` (this run's share of them, with a shard) and returns the exit status.
    public func run(paths: [String]) -> Status {
        let discovery: NotebookDiscovery
        do { discovery = try NotebookDiscovery(paths: paths, skipping: options.outputDirectory) } catch {
            reportError("error: \(error.description)")
            return .badInput
        }
        if options.toStandardOutput, discovery.notebooks.count != 1 {
            reportError("error: --stdout takes exactly one notebook; found \(discovery.notebooks.count)")
            return .badInput
        }
        if options.indexOnly, !(discovery.writesIndex && options.format.writesHTML) {
            reportError("error: --index-only writes a folder's index.html; name a folder and a --format with html")
            return .badInput
        }
        let notebooks: [String]
        do { notebooks = try share(of: discovery.notebooks) } catch {
            reportError(error.description)
            return .badInput
        }
        if let problem = writeProblem(discovery, running: notebooks) {
            reportError("error: \(problem)")
            return .badInput
        }
        // The course is outlined (every notebook's title, for the links) while the first cells run.
        let pages = discovery.course
        let outline = Background { Course(pages: pages.map { Course.page(path: $0.path, name: $0.name) }) }
        let names = Dictionary(uniqueKeysWithValues: notebooks.map { ($0, discovery.handoutNames[$0] ?? Notebook.name(forPath: $0)) })
        // So are the math assets already in the output folder compared with KaTeX's (read only when needed).
        let folder = options.outputDirectory
        let assets = Background { Result(catching: { () throws(MathAssets.Problem) in try MathAssets.changes(in: folder) }) }
        let ran = runAll(notebooks, names: names, whenStarted: {
            outline.start()
            if self.options.math == .local { assets.start() }
        }, course: outline)
        let course = outline.value
        let results = course.linkingPastMissing(ran, handoutExists: { FileBytes.isRegularFile(outputPath($0)) })

        var status = Status.success
        func worsen(_ to: Status) { if to.rawValue > status.rawValue { status = to } }
        var stale: [String] = []
        for result in results {
            for error in result.errors { reportError(error) }
            if !result.succeeded { worsen(result.unreadable ? .badInput : .failure) }
            if options.toStandardOutput {
                if let markdown = result.markdown { print(markdown, terminator: "") }
                continue
            }
            var handled = Status.success
            if result.succeeded { handled = options.check ? check(result) : write(result) }
            if options.check, result.succeeded, handled != .success { stale.append(result.path) }
            worsen(handled)
            summarize(result, handled: handled)
        }
        if options.check, !options.quiet, !options.toStandardOutput, !results.isEmpty {
            report(checkSummary(results, stale: stale))
        }
        if let shard = options.shard, !options.quiet {
            report("shard \(shard): \(notebooks.count) of \(discovery.notebooks.count) notebooks")
        }
        if let file = options.recordTimesFile { worsen(record(results, to: file)) }
        if results.contains(where: { $0.handouts.values.contains(where: MathAssets.areLoaded(by:)) }) {
            worsen(MathAssets.sync(into: options.outputDirectory, check: options.check, rerun: "nbrun " + paths.joined(separator: " "),
                                   reportError: reportError, changes: assets.value))
        }
        if discovery.writesIndex, !options.toStandardOutput, options.format.writesHTML {
            let inIndex = Set(discovery.notebooks)
            worsen(handleIndex(results, pages: course.pages.filter { inIndex.contains($0.path) }, rerun: paths.joined(separator: " ")))
        }
        return status
    }

    /// The closing line of a check: how many notebooks were current, stale or failed, and which.
    private func checkSummary(_ results: [NotebookResult], stale: [String]) -> String {
        let failed = results.filter { !$0.succeeded }.map(\.path)
        let count = "\(results.count) notebook\(results.count == 1 ? "" : "s")"
        if stale.isEmpty && failed.isEmpty { return "checked \(count): every handout is current" }
        var parts: [String] = []
        if !stale.isEmpty { parts.append("\(stale.count) of \(count) stale (\(stale.joined(separator: ", ")))") }
        if !failed.isEmpty { parts.append("\(failed.count) of \(count) failed (\(failed.joined(separator: ", ")))") }
        return "checked: " + parts.joined(separator: "; ")
    }

    /// The notebooks this run takes: all of them, this shard's share, or none for `--index-only`.
    private func share(of notebooks: [String]) throws(RunTimes.Problem) -> [String] {
        if options.indexOnly { return [] }
        guard let shard = options.shard else { return notebooks }
        let times = try options.timesFile.map { file throws(RunTimes.Problem) in try RunTimes(readingFile: file) } ?? RunTimes()
        if let file = options.timesFile, !times.seconds.isEmpty, !notebooks.contains(where: { times.seconds[$0] != nil }) {
            // Paths are matched as the command line spells them: `./notebooks` finds none of `notebooks/…`.
            reportError("\(file): note: it times none of the notebooks found (it has paths such as \(times.seconds.keys.sorted()[0])); shares are balanced by file size")
        }
        return shard.select(notebooks, weights: times.weights(for: notebooks))
    }

    /// Writes how long each notebook that could be read took.
    private func record(_ results: [NotebookResult], to file: String) -> Status {
        var times = RunTimes()
        for result in results where !result.unreadable { times.seconds[result.path] = result.seconds }
        do { try AtomicFile.write(times.text, to: file); return .success } catch {
            reportError("error: \(error)")
            return .badInput
        }
    }

    /// Runs the notebooks, `options.jobs` at a time, each written to its place, and returns their results in input order.
    private func runAll(_ paths: [String], names: [String: String], whenStarted: () -> Void,
                        course: Background<Course>) -> [NotebookResult] {
        let options = self.options
        return WorkerPool(options: options).map(paths, whenStarted: whenStarted) { path, worker in
            var options = options
            options.place = HandoutPlace(name: names[path] ?? Notebook.name(forPath: path), links: CourseLinks())
            let links = { @Sendable in course.value.links(for: path) }
            guard let worker else { return NotebookPipeline.run(path: path, options: options, links: links) }
            return worker.run(path: path, options: options, links: links)
        }
    }

    private func summarize(_ result: NotebookResult, handled: Status) {
        guard !options.quiet else { return }
        let time = NumberFormat.printf("%.3f", result.seconds) + " s"
        let cells = "\(result.cellsRun) cell\(result.cellsRun == 1 ? "" : "s")"
        if !result.succeeded {
            report("\(result.path): FAILED after \(cells), \(time)")
        } else if handled != .success {
            report("\(result.path): \(cells), \(time), \(options.check ? "STALE" : "NOT WRITTEN")")
        } else if options.check {
            report("\(result.path): \(cells), \(time), checked against \(handoutPaths(result).joined(separator: ", "))")
        } else {
            report("\(result.path): \(cells), \(time) -> \(handoutPaths(result).joined(separator: ", "))")
        }
    }

    private func handoutPaths(_ result: NotebookResult) -> [String] {
        var paths: [String] = []
        for writer in HandoutWriters.all where result.handouts[writer.fileExtension] != nil {
            paths.append(outputPath(result.name + "." + writer.fileExtension))
        }
        return paths
    }

    private func outputPath(_ file: String) -> String {
        FilePathText.joining(options.outputDirectory, file)
    }

    /// Why this run must not write its files (a handout or the times file would replace a notebook, or a
    /// handout would be the index), if so. Every notebook found is protected, not only this shard's.
    private func writeProblem(_ discovery: NotebookDiscovery, running notebooks: [String]) -> String? {
        if let file = options.recordTimesFile,
           let problem = SourceProtection.problem(notebooks: discovery.notebooks, targets: [file], kind: "the run times file",
                                                  remedy: "choose another --record-times file") {
            return problem
        }
        var targets: [String] = []
        if !options.check, !options.toStandardOutput {
            for notebook in notebooks {
                let name = discovery.handoutNames[notebook] ?? Notebook.name(forPath: notebook)
                for writer in options.format.writers { targets.append(outputPath(name + "." + writer.fileExtension)) }
            }
            if discovery.writesIndex && options.format.writesHTML { targets.append(outputPath("index.html")) }
            // The math assets too: a notebook given by a strange path must not be replaced by a font.
            if options.format.writesHTML, options.math == .local, let assets = try? MathAssets.paths() {
                targets += assets.map(outputPath)
            }
        }
        if !options.toStandardOutput, discovery.writesIndex, options.format.writesHTML,
           let notebook = discovery.notebooks.first(where: { discovery.handoutNames[$0] == "index" }) {
            return "\(notebook) would write index.html, which lists the folder's handouts; rename the notebook"
        }
        return SourceProtection.problem(notebooks: discovery.notebooks, targets: targets)
    }

    private func write(_ result: NotebookResult) -> Status {
        // Both handouts or neither: a failure after the first is written puts the old pair back.
        var files: [(text: String, path: String)] = []
        for writer in HandoutWriters.all {
            if let text = result.handouts[writer.fileExtension] { files.append((text, outputPath(result.name + "." + writer.fileExtension))) }
        }
        do {
            try AtomicFile.write(files)
            return .success
        } catch {
            reportError("error: \(error)")
            return .badInput
        }
    }

    /// Compares every handout. A handout that keeps the notebook's lines (Markdown) is diffed first: when
    /// it is stale, its diff says what changed, so the others (the same change inside markup and SVG) are
    /// only named, not diffed again.
    private func check(_ result: NotebookResult) -> Status {
        let writers = HandoutWriters.all.filter { result.handouts[$0.fileExtension] != nil }
            .sorted { $0.keepsNotebookLines && !$1.keepsNotebookLines }
        var staleReport: String?
        var allSame = true
        for writer in writers {
            let path = outputPath(result.name + "." + writer.fileExtension)
            let comparison = compare(result.handouts[writer.fileExtension]!, with: path, notebook: result.path,
                                     keepsNotebookLines: writer.keepsNotebookLines, showingDiff: staleReport == nil)
            if comparison == .stale, let report = staleReport {
                reportError("\(path): error: handout is stale too; the diff of \(report) above shows what changed")
            } else if comparison == .stale, writer.keepsNotebookLines {
                staleReport = path
            }
            if comparison != .same { allSame = false }
        }
        return allSame ? .success : .failure
    }

    /// How a handout compares with the committed one.
    private enum Comparison {
        case same, stale, missing
    }

    /// Diff lines longer than this many characters are cut (an SVG plot is one line of tens of kilobytes).
    static let diffLineLimit = 240
    /// The diff of a handout that does not keep the notebook's lines (a page) shows at most this many
    /// lines: past the first changes, markup and SVG coordinates say nothing the Markdown diff (or a look
    /// at the page) would not.
    static let htmlDiffLines = 120

    private func compare(_ text: String, with path: String, notebook: String, keepsNotebookLines: Bool = false,
                         showingDiff: Bool = true) -> Comparison {
        guard let bytes = FileBytes.read(path) else {
            reportError("\(path): error: no committed handout to check against; run nbrun \(notebook) to write it")
            return .missing
        }
        let committed = String(decoding: bytes, as: UTF8.self)
        let lineMap = keepsNotebookLines ? NotebookLineMap(notebook: notebook, handout: text) : nil
        guard let diff = UnifiedDiff.diff(old: committed, new: text, oldName: path, newName: "\(path) (from \(notebook))",
                                          tolerance: options.tolerance, notebookLine: { lineMap?.notebookLine(forHandoutLine: $0) })
        else { return .same }
        if showingDiff {
            let lines = keepsNotebookLines ? Int.max : Self.htmlDiffLines
            reportError("\(path): error: handout is stale; its cells now produce:\n\(Self.clipped(diff, width: Self.diffLineLimit, lines: lines))")
        }
        return .stale
    }

    /// `diff` with every line longer than `width` characters cut there, and at most `lines` lines, the
    /// rest counted.
    static func clipped(_ diff: String, width: Int, lines: Int = .max) -> String {
        let all = diff.split(separator: "\n", omittingEmptySubsequences: false)
        var shown = all.prefix(lines).map { line in
            line.count > width ? line.prefix(width) + "… (\(line.count - width) more characters)" : String(line)
        }
        if all.count > lines { shown.append("… (\(all.count - lines) more lines of this diff)") }
        return shown.joined(separator: "\n")
    }

    private func handleIndex(_ results: [NotebookResult], pages: [Course.Page], rerun: String) -> Status {
        let page = IndexPage.render(title: "Handouts", entries: indexEntries(results, pages: pages))
        guard options.check else { return write(index: page) }
        return compare(page, with: outputPath("index.html"), notebook: rerun) == .same ? .success : .failure
    }

    /// One entry per notebook, in course order: from its result when it ran here; otherwise (another
    /// shard's, or `--index-only`) from whether its handout is in the output folder. Only a handout that
    /// is there is linked.
    private func indexEntries(_ results: [NotebookResult], pages: [Course.Page]) -> [IndexPage.Entry] {
        var ran: [String: NotebookResult] = [:]
        for result in results { ran[result.path] = result }
        return pages.map { page in
            let file = page.name + ".html"
            let present = FileBytes.isRegularFile(outputPath(file))
            if let result = ran[page.path] {
                return IndexPage.Entry(file: file, title: page.title, description: page.description,
                                       status: result.succeeded ? "ok" : "failed", exists: present)
            }
            return IndexPage.Entry(file: file, title: page.title, description: page.description,
                                   status: present ? "ok" : "missing", exists: present)
        }
    }

    private func write(index page: String) -> Status {
        do { try AtomicFile.write(page, to: outputPath("index.html")); return .success } catch {
            reportError("error: \(error)")
            return .badInput
        }
    }
}
