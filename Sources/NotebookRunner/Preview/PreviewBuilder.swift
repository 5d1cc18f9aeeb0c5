import CellLanguage
import NotebookDocument
import Rendering

/// The notebooks side of `nbrun preview`: finds the notebooks under the paths given, runs one when it
/// changed (in a supervised worker, as a normal run does), writes its handouts by a normal run's rules
/// (a failed notebook never replaces the last good ones) and keeps the page to serve: the handout, or
/// a draft with each error at its cell when a cell failed.
public final class PreviewBuilder: @unchecked Sendable {
    /// What the preview serves for one notebook.
    public struct Page: Sendable {
        /// The notebook's path as given.
        public var path: String
        /// The handout's name in the output folder, without extension (`xor`, `week1/intro`).
        public var name: String
        /// The page: the HTML handout, a draft of it, or an error page for a notebook that cannot be read.
        public var html: String
        /// The run: its errors, cells, time and the data files it read.
        public var result: NotebookResult
        /// Why the handouts could not be written, if they could not.
        public var writeError: String?

        /// Whether the page is the notebook's handout (every cell ran as expected).
        public var succeeded: Bool { result.succeeded && writeError == nil }
    }

    /// The notebooks found, in course order, with their handout names.
    public struct Found: Sendable {
        public var notebooks: [String]
        public var names: [String: String]
        /// Whether a folder was named, so the preview serves an index.
        public var writesIndex: Bool
        fileprivate var course: Course
    }

    let paths: [String]
    let options: RunOptions
    private let worker: SupervisedWorker?

    /// A builder for the notebooks under `paths`; `options` as for a run (output folder, math, limits,
    /// the worker executable).
    public init(paths: [String], options: RunOptions) {
        self.paths = paths
        var options = options
        options.keepGoing = true
        options.draft = true
        options.format = .both
        self.options = options
        worker = options.workerExecutable.map { SupervisedWorker(executable: $0, memoryLimitMegabytes: options.memoryLimitMegabytes) }
    }

    /// Why the paths name no notebooks now (a file deleted, a folder unreadable).
    public struct Problem: Error, Sendable {
        public let description: String
    }

    /// The notebooks under the paths now (a folder gains and loses notebooks while it is previewed).
    public func find() throws(Problem) -> Found {
        let discovery: NotebookDiscovery
        do { discovery = try NotebookDiscovery(paths: paths, skipping: options.outputDirectory) } catch {
            throw Problem(description: error.description)
        }
        let course = Course(pages: discovery.course.map { Course.page(path: $0.path, name: $0.name) })
        let found = Set(discovery.notebooks)
        return Found(notebooks: course.pages.map(\.path).filter { found.contains($0) }, names: discovery.handoutNames,
                     writesIndex: discovery.writesIndex, course: course)
    }

    /// Runs the notebook at `path` and writes its handouts when every cell ran as expected.
    public func build(_ path: String, in found: Found) -> Page {
        var options = self.options
        let name = found.names[path] ?? Notebook.name(forPath: path)
        options.place = HandoutPlace(name: name, links: found.course.links(for: path))
        let result = worker?.run(path: path, options: options) ?? NotebookPipeline.run(path: path, options: options)
        var page = Page(path: path, name: name, html: result.html ?? Self.errorPage(for: result), result: result)
        if result.succeeded {
            if let problem = SourceProtection.problem(notebooks: found.notebooks, targets: handoutPaths(name)) {
                page.writeError = "error: \(problem)"
            } else {
                do { try AtomicFile.write(zip(HandoutWriters.all, handoutPaths(name)).compactMap { writer, file in
                    result.handouts[writer.fileExtension].map { (text: $0, path: file) } })
                } catch { page.writeError = "error: \(error)" }
            }
        }
        return page
    }

    /// The folder's index from the pages built so far, in course order.
    public func index(of found: Found, pages: [String: Page]) -> String {
        IndexPage.render(title: "Handouts", entries: found.course.pages.filter { pages[$0.path] != nil }.map { entry in
            let page = pages[entry.path]!
            return IndexPage.Entry(file: entry.name + ".html", title: entry.title, description: entry.description,
                                   status: page.succeeded ? "ok" : "failed", exists: true)
        })
    }

    /// The KaTeX files pages load with `--math local`, by their path under the output folder.
    public func mathAssets() -> [String: [UInt8]] {
        guard options.math == .local, let files = try? MathAssets.files() else { return [:] }
        return Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    /// Writes the math assets into the output folder, as a normal run does.
    public func writeMathAssets(reportError: (String) -> Void) {
        guard options.math == .local else { return }
        _ = MathAssets.sync(into: options.outputDirectory, check: false, rerun: "nbrun", reportError: reportError)
    }

    private func handoutPaths(_ name: String) -> [String] {
        HandoutWriters.all.map { FilePathText.joining(options.outputDirectory, name + "." + $0.fileExtension) }
    }

    /// A page for a notebook that produced no handout at all (not readable, not UTF-8, a bad cell fence).
    static func errorPage(for result: NotebookResult) -> String {
        let errors = result.errors.map { "<pre class=\"error\">" + HTMLEscaping.escape($0) + "</pre>" }.joined(separator: "\n")
        return HandoutPage.wrap(title: HTMLEscaping.escape(result.path), body: "<h1>\(HTMLEscaping.escape(result.path))</h1>\n"
                                + "<p>This notebook could not be read; fix it and save, and this page follows.</p>\n" + errors,
                                math: .none, course: CourseLinks(), generatedOn: nil)
    }
}
