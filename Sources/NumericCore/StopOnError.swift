#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Runs a throwing operation for a function that reads as Swift without `try` (`forward(net, data)`,
/// `a * b`): on an error the program stops with the error's message, as a failed precondition does.
///
/// Each such function has a throwing method beside it (`net.forward(_:)`, `a.multiplied(by:)`) for a
/// program that handles the error; nbrun's interpreter calls those and reports a cell error instead.
@inline(__always)
public func stopOnError<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { stop("\(error)") }
}

/// Stops the program with `message` on standard error, after `location` (`file:line`) when given, and exit status 1.
public func stop(_ message: String, at location: String? = nil) -> Never {
    fflush(nil)
    var line = Array(((location.map { $0 + ": " } ?? "") + "error: \(message)\n").utf8)
    _ = line.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}
