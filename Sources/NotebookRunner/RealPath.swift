#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `path` with every symlink, `.` and `..` resolved (`realpath(3)`); `nil` when it does not exist.
/// An empty path is the current folder.
func realPath(_ path: String) -> String? {
    guard let real = realpath(path.isEmpty ? "." : path, nil) else { return nil }
    defer { free(real) }
    return String(cString: real)
}
