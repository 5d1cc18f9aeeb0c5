#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Which files a cell may read: those inside the notebook's folder or a folder the command line
/// names (`--allow-read`), after every symlink and `..` is resolved. A notebook someone else wrote
/// must not read `/etc/passwd` or `../secret.txt` into its handout.
struct ReadableFiles {
    /// The notebook's folder; relative paths in cells start here.
    var baseDirectory = "."
    /// Further folders cells may read from.
    var extraFolders: [String] = []
    /// Whether notebooks (`.md` files) are refused too: a graded submission must not read the key beside it.
    var refusesNotebooks = false

    /// The resolved path of `path` (as a cell wrote it) when it is a regular file that may be read: not a
    /// folder, and not a pipe or device, which a read could wait on forever.
    func resolve(_ path: String) throws(Refusal) -> String {
        let joined = path.hasPrefix("/") ? path : FilePathText.joining(baseDirectory, path)
        let roots = ([baseDirectory] + extraFolders).compactMap(Self.realPath)
        func inside(_ real: String) -> Bool {
            roots.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
        guard let real = Self.realPath(joined) else {
            // A missing file outside is refused as outside too, so a refusal never tells what exists there.
            let folder = Self.realPath(FilePathText.folder(of: joined))
            if let folder, !inside(folder) { throw .outside }
            throw .missing(looked: joined)
        }
        guard inside(real) else { throw .outside }
        if refusesNotebooks, real.lowercased().hasSuffix(".md") { throw .notebook }
        var status = stat()
        guard stat(real, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { throw .notAFile(looked: joined) }
        return real
    }

    /// Why a path may not be read.
    enum Refusal: Error {
        case missing(looked: String)
        case outside
        /// A folder, a pipe or a device.
        case notAFile(looked: String)
        /// A notebook, while ``refusesNotebooks`` holds.
        case notebook
    }

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
