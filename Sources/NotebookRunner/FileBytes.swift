import Foundation

/// Reads whole files with POSIX calls. `FileManager.contents(atPath:)` leaks its 4 KB read buffer for
/// an empty file (Foundation in Swift 6.3; LeakSanitizer shows it), and an empty notebook is legal input.
enum FileBytes {
    /// The file's bytes, or `nil` when it cannot be opened or read (missing, a folder, no permission).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        var bytes: [UInt8] = []
        if fstat(descriptor, &status) == 0 { bytes.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
