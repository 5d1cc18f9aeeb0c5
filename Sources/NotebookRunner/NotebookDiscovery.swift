import CellLanguage
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Finds the notebooks a command line names: files as given, and every `.md` under a folder, sorted.
struct NotebookDiscovery {
    /// Notebook paths in the order they run and report.
    let notebooks: [String]
    /// Whether a folder was named, so an `index.html` lists the handouts.
    let writesIndex: Bool

    /// Why the command line's paths cannot be run.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Finds the notebooks under `paths`; a folder's search skips `outputFolder`, whose `.md` files are
    /// handouts (`nbrun notebooks --output notebooks/handouts` run twice finds its own handouts otherwise).
    init(paths: [String], skipping outputFolder: String? = nil) throws(Problem) {
        var notebooks: [String] = []
        var sawFolder = false
        let skipped = outputFolder.flatMap(realPath)
        func isSkipped(_ path: String) -> Bool {
            guard let skipped, let folder = realPath(FilePathText.folder(of: path)) else { return false }
            return folder == skipped || folder.hasPrefix(skipped + "/")
        }
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { throw Problem(description: "no such file or folder: \(path)") }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                sawFolder = true
                let found = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [])
                    .filter { $0.hasSuffix(".md") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .sorted()
                    .map { FilePathText.joining(path, $0) }
                    .filter { !isSkipped($0) }
                notebooks += found
            } else {
                notebooks.append(path)
            }
        }
        var seen: [String: String] = [:]
        for path in notebooks {
            let name = FilePathText.name(of: path)
            if let other = seen[name], other != path {
                throw Problem(description: "two notebooks would write the same handout \(name): \(other) and \(path)")
            }
            seen[name] = path
        }
        if notebooks.isEmpty { throw Problem(description: "no notebooks (.md files) found in \(paths.joined(separator: " "))") }
        var listed = Set<String>()
        self.notebooks = notebooks.filter { listed.insert($0).inserted }
        self.writesIndex = sawFolder
    }
}
