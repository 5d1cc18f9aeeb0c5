import Foundation

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
        let manager = FileManager.default
        let skipped = outputFolder.flatMap(realPath)
        func isSkipped(_ path: String) -> Bool {
            guard let skipped, let folder = realPath((path as NSString).deletingLastPathComponent) else { return false }
            return folder == skipped || folder.hasPrefix(skipped + "/")
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Problem(description: "no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                sawFolder = true
                let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".md") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { !isSkipped($0) }
                notebooks += found
            } else {
                notebooks.append(path)
            }
        }
        var seen: [String: String] = [:]
        for path in notebooks {
            let name = (path as NSString).lastPathComponent
            if let other = seen[name], other != path {
                throw Problem(description: "two notebooks would write the same handout \(name): \(other) and \(path)")
            }
            seen[name] = path
        }
        if notebooks.isEmpty { throw Problem(description: "no notebooks (.md files) found in \(paths.joined(separator: " "))") }
        self.notebooks = Array(NSOrderedSet(array: notebooks)) as? [String] ?? notebooks
        self.writesIndex = sawFolder
    }
}
