#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads whole files with POSIX calls. `FileManager.contents(atPath:)` leaks its 4 KB read buffer for
/// an empty file (Foundation in Swift 6.3; LeakSanitizer shows it), and an empty notebook is legal input.
enum FileBytes {
    /// The file's bytes, or `nil` when it cannot be opened or read (missing, a folder, no permission).
    static func read(_ path: String) -> [UInt8]? {
        if case .bytes(let bytes) = read(path, atMost: Int.max) { return bytes }
        return nil
    }

    /// Whether `path` is a regular file (following symlinks).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// What reading a file with a size limit found.
    enum Reading {
        case bytes([UInt8])
        /// Missing, a folder, no permission, or a read error.
        case unreadable
        /// A device, a pipe or a socket: `/dev/zero` would never end.
        case notRegular
        case tooLarge
    }

    /// Reads a regular file of at most `limit` bytes, opened read-only.
    static func read(_ path: String, atMost limit: Int) -> Reading {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var status = stat()
        var bytes: [UInt8] = []
        guard fstat(descriptor, &status) == 0 else { return .unreadable }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .unreadable }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        guard Int(status.st_size) <= limit else { return .tooLarge }
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count == 0 { return .bytes(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            bytes.append(contentsOf: chunk[..<count])
            // The file may grow while it is read.
            if bytes.count > limit { return .tooLarge }
        }
    }
}
