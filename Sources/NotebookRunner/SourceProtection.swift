import CellLanguage
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Refuses a run whose handouts could land on a source notebook: by resolved path and by file identity,
/// so a symlinked output folder, `--output .` or a hard link is caught before anything runs.
enum SourceProtection {
    /// A file's identity: the same pair for every path (symlink, hard link, `..`) that reaches it.
    private struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64

        init?(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Why writing `targets` (handouts, or the file `kind` names) could overwrite one of `notebooks`, or `nil` when it cannot.
    static func problem(notebooks: [String], targets: [String], kind: String = "the handout",
                        remedy: String = "choose another --output folder") -> String? {
        var sources: [Identity: String] = [:]
        var resolvedSources: [String: String] = [:]
        for notebook in notebooks {
            if let identity = Identity(notebook) { sources[identity] = notebook }
            resolvedSources[resolved(notebook)] = notebook
        }
        for target in targets {
            let notebook = Identity(target).flatMap { sources[$0] } ?? resolvedSources[resolved(target)]
            if let notebook {
                return "\(kind) \(target) would replace the notebook \(notebook); \(remedy)"
            }
        }
        return nil
    }

    /// `path` with its folder's symlinks resolved (the file itself need not exist).
    private static func resolved(_ path: String) -> String {
        let folder = FilePathText.folder(of: path)
        let name = FilePathText.name(of: path)
        guard let real = realPath(folder) else { return path }
        return real + "/" + name
    }
}
