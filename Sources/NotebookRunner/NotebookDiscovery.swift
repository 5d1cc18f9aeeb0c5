import CellLanguage
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
                notebooks += try Self.markdownFiles(under: path).map { FilePathText.joining(path, $0) }.filter { !isSkipped($0) }
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

    /// The `.md` files under `folder`, relative to it and sorted; hidden entries are skipped and symlinked
    /// folders are not followed (a link to `..` must not loop). A folder that cannot be read is an error
    /// naming it, not a silently empty course.
    private static func markdownFiles(under folder: String) throws(Problem) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : FilePathText.joining(folder, relative)
            guard let directory = opendir(path) else {
                throw Problem(description: "cannot read folder \(path): \(String(cString: strerror(errno)))")
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                guard !name.hasPrefix(".") else { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(FilePathText.joining(folder, child), &status) == 0 else { continue }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(child)
                } else if name.hasSuffix(".md") {
                    found.append(child)
                }
            }
        }
        return found.sorted()
    }
}
