#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Text for the terminal's error stream, written whole and unbuffered (progress lines, diagnostics).
public enum StandardError {
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(2, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return }
                written += count
            }
        }
    }
}
