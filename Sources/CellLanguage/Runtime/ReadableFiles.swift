import Foundation

/// Which files a cell may read: those inside the notebook's folder or a folder the command line
/// names (`--allow-read`), after every symlink and `..` is resolved. A notebook someone else wrote
/// must not read `/etc/passwd` or `../secret.txt` into its handout.
struct ReadableFiles {
    /// The notebook's folder; relative paths in cells start here.
    var baseDirectory = "."
    /// Further folders cells may read from.
    var extraFolders: [String] = []

    /// The resolved path of `path` (as a cell wrote it) when it exists and may be read.
    func resolve(_ path: String) throws(Refusal) -> String {
        let joined = path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
        let roots = ([baseDirectory] + extraFolders).compactMap(Self.realPath)
        func inside(_ real: String) -> Bool {
            roots.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
        // The folder first, so a refusal says nothing about whether a file outside exists.
        let folder = Self.realPath((joined as NSString).deletingLastPathComponent)
        if let folder, !inside(folder) { throw .outside }
        guard let real = Self.realPath(joined) else { throw .missing(looked: joined) }
        guard inside(real) else { throw .outside }
        return real
    }

    /// Why a path may not be read.
    enum Refusal: Error {
        case missing(looked: String)
        case outside
    }

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
