import CellLanguage
import Synchronization
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes files so a reader (or a crash) sees either the old or the new content, never a torn one, and a
/// set of files (a notebook's two handouts) either all new or all as they were.
enum AtomicFile {
    /// Why a handout could not be written.
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `text` to `path` atomically.
    static func write(_ text: String, to path: String) throws(WriteError) {
        try write([(text, path)])
    }

    /// Writes every file to a temporary file beside it and flushes them all; only then renames each over
    /// its target. When any step fails, the new files are removed and the old ones put back.
    static func write(_ files: [(text: String, path: String)]) throws(WriteError) {
        try write(bytes: files.map { (Array($0.text.utf8), $0.path) })
    }

    /// Writes files of any bytes (a font, a script) the same way, all new or all as they were.
    static func write(bytes files: [(bytes: [UInt8], path: String)]) throws(WriteError) {
        var temporaries: [String] = []
        do {
            for file in files { temporaries.append(try writeTemporary(file.bytes, beside: file.path)) }
        } catch {
            temporaries.forEach { unlink($0) }
            throw error
        }
        // Hard links keep the old files reachable until every rename has succeeded.
        let backups = files.map { file -> String? in
            let backup = hiddenName(beside: file.path, kind: "old")
            return link(file.path, backup) == 0 ? backup : nil
        }
        defer { backups.compactMap { $0 }.forEach { unlink($0) } }
        for (index, file) in files.enumerated() where rename(temporaries[index], file.path) != 0 {
            let reason = String(cString: strerror(errno))
            for undo in 0..<index {
                if let backup = backups[undo] { rename(backup, files[undo].path) } else { unlink(files[undo].path) }
            }
            temporaries[index...].forEach { unlink($0) }
            throw WriteError(description: "cannot replace \(file.path): \(reason)")
        }
    }

    /// Writes `bytes` to a new hidden file in `path`'s folder, flushed to disk; returns its path.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(WriteError) -> String {
        let folder = FilePathText.folder(of: path)
        if !folder.isEmpty, let reason = makeFolders(folder) {
            throw WriteError(description: "cannot create the output folder \(folder): \(reason)")
        }
        let temporary = hiddenName(beside: path, kind: "new")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        var bytes = bytes
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor); unlink(temporary)
                throw WriteError(description: "cannot write \(path): \(reason)")
            }
            written += count
        }
        bytes.removeAll()
        // Both run even when the flush fails, so the descriptor is never leaked.
        let flushed = fsync(descriptor) == 0 ? 0 : errno
        let closed = close(descriptor) == 0 ? 0 : errno
        if flushed != 0 || closed != 0 {
            unlink(temporary)
            throw WriteError(description: "cannot write \(path): \(String(cString: strerror(flushed != 0 ? flushed : closed)))")
        }
        return temporary
    }

    /// Creates `folder` and its missing parents; the system's reason when it cannot (`Not a directory`),
    /// not Foundation's `NSCocoaErrorDomain error 512`.
    private static func makeFolders(_ folder: String) -> String? {
        var path = folder.hasPrefix("/") ? "/" : ""
        for component in folder.split(separator: "/") {
            path += (path.isEmpty || path == "/" ? "" : "/") + component
            if mkdir(path, 0o755) == 0 { continue }
            let failure = errno
            var status = stat()
            if failure == EEXIST, stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { continue }
            return failure == EEXIST ? "\(path) is not a folder" : String(cString: strerror(failure))
        }
        return nil
    }

    private static let counter = Counter()

    /// A short hidden name in `path`'s folder, unique to this process (a long handout name must not make it too long).
    private static func hiddenName(beside path: String, kind: String) -> String {
        let folder = FilePathText.folder(of: path)
        return (folder.isEmpty ? "." : folder) + "/.nbrun-\(getpid())-\(counter.next())-\(kind).tmp"
    }

    private final class Counter: Sendable {
        private let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
    }
}
