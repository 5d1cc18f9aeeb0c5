import Foundation

/// Writes files so a reader (or a crash) sees either the old or the new content, never a torn one.
enum AtomicFile {
    /// Why a handout could not be written.
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `text` to a temporary file beside `path`, flushes it, then renames it over `path`.
    static func write(_ text: String, to path: String) throws(WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw WriteError(description: "cannot create the output folder \(folder): \(error.localizedDescription)")
            }
        }
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
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
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(description: "cannot replace \(path): \(reason)")
        }
    }
}
