import CellLanguage
import NotebookDocument
import NotebookExport

/// `nbrun export NOTEBOOK… --output DIR`: reads the notebooks (a folder gives every `.md` under it) and
/// writes one SwiftPM package into `DIR` (``SwiftPackageExport``). Parsing only: no cell runs.
public struct ExportRun {
    let paths: [String]
    let outputDirectory: String
    let nbrunLocation: String
    let report: (String) -> Void
    let reportError: (String) -> Void

    public init(paths: [String], outputDirectory: String, nbrunLocation: String,
                report: @escaping (String) -> Void, reportError: @escaping (String) -> Void) {
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.nbrunLocation = nbrunLocation
        self.report = report
        self.reportError = reportError
    }

    /// Writes the package, or nothing when a notebook cannot be read.
    public func run() -> Runner.Status {
        let discovery: NotebookDiscovery
        do { discovery = try NotebookDiscovery(paths: paths, skipping: outputDirectory) } catch {
            reportError("error: \(error.description)")
            return .badInput
        }
        var notebooks: [Notebook] = []
        for path in discovery.notebooks {
            guard case .bytes(let bytes) = FileBytes.read(path, atMost: NotebookPipeline.maximumNotebookBytes) else {
                reportError("error: cannot read \(path)")
                return .badInput
            }
            do { notebooks.append(try Notebook(path: path, bytes: bytes)) } catch {
                reportError(error.formatted)
                return .badInput
            }
        }
        let folders = discovery.notebooks.map { realPath(FilePathText.folder(of: $0)) ?? FilePathText.folder(of: $0) }
        let files = SwiftPackageExport(nbrunLocation: nbrunLocation).files(for: notebooks, folders: folders)
        do {
            try AtomicFile.write(files.map { (text: $0.text, path: FilePathText.joining(outputDirectory, $0.path)) })
        } catch {
            reportError("error: \(error.description)")
            return .badInput
        }
        report("exported \(notebooks.count) notebook\(notebooks.count == 1 ? "" : "s") to \(outputDirectory): "
               + "swift run --package-path \(outputDirectory) \(SwiftPackageExport.executableNames(discovery.notebooks).first ?? "")")
        return .success
    }
}
