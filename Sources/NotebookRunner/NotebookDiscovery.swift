import CellLanguage
import NotebookDocument
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Finds the notebooks a command line names: files as given, and every `.md` under a folder, sorted.
struct NotebookDiscovery {
    /// Notebook paths in the order they run and report.
    let notebooks: [String]
    /// Each notebook's handout path in the output folder, without extension: its path under the folder
    /// the command line named (`week1/intro`), or the file name of a notebook named as a file.
    let handoutNames: [String: String]
    /// The notebooks of the course, with their handout names: those found, and for a notebook named as a
    /// file, the others of its folder (they are linked, not run).
    let course: [(path: String, name: String)]
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
        var names: [String: String] = [:]
        var course: [(path: String, name: String)] = []
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
                for relative in try Self.markdownFiles(under: path) {
                    let notebook = FilePathText.joining(path, relative)
                    guard !isSkipped(notebook) else { continue }
                    notebooks.append(notebook)
                    names[notebook] = names[notebook] ?? String(relative.dropLast(3))
                    course.append((notebook, String(relative.dropLast(3))))
                }
            } else {
                notebooks.append(path)
                let name = Notebook.name(forPath: path)
                names[path] = names[path] ?? name
                course.append((path, name))
                // The other notebooks directly in its folder are its course (its sub-folders are not searched:
                // a notes file in a home folder must not read the whole tree); an unreadable folder leaves it alone.
                let folder = FilePathText.folder(of: path)
                for relative in (try? Self.markdownFiles(under: folder.isEmpty ? "." : folder, recursive: false)) ?? [] {
                    let sibling = folder.isEmpty ? relative : FilePathText.joining(folder, relative)
                    if relative != FilePathText.name(of: path), !isSkipped(sibling) { course.append((sibling, String(relative.dropLast(3)))) }
                }
            }
        }
        var seen: [String: String] = [:]
        for path in notebooks {
            let name = names[path] ?? path
            if let other = seen[name], other != path {
                throw Problem(description: "two notebooks would write the same handout \(name).html: \(other) and \(path)")
            }
            seen[name] = path
        }
        // The notebooks that run come first with their own names; a sibling never takes a name one of them has.
        var coursePaths = Set<String>(), courseNames = Set<String>()
        var members: [(path: String, name: String)] = []
        for path in notebooks where coursePaths.insert(path).inserted {
            courseNames.insert(names[path] ?? path)
            members.append((path, names[path] ?? path))
        }
        for entry in course where !coursePaths.contains(entry.path) && courseNames.insert(entry.name).inserted {
            coursePaths.insert(entry.path)
            members.append(entry)
        }
        self.course = members
        self.handoutNames = names
        if notebooks.isEmpty { throw Problem(description: "no notebooks (.md files) found in \(paths.joined(separator: " "))") }
        var listed = Set<String>()
        self.notebooks = notebooks.filter { listed.insert($0).inserted }
        self.writesIndex = sawFolder
    }

    /// The `.md` files under `folder`, relative to it and sorted; hidden entries are skipped and symlinked
    /// folders are not followed (a link to `..` must not loop). A folder that cannot be read is an error
    /// naming it, not a silently empty course.
    private static func markdownFiles(under folder: String, recursive: Bool = true) throws(Problem) -> [String] {
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
                    if recursive { pending.append(child) }
                } else if name.hasSuffix(".md") {
                    found.append(child)
                }
            }
        }
        return found.sorted()
    }
}
