#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The one place numbers become text, so every handout prints them the same way on every platform.
///
/// A `Double` prints with at most ``significantDigits`` significant digits (C's `%.6g`), trailing
/// zeros dropped, never as `-0`: `0.5`, `4`, `-0.000123`, `1.5e-08`, `nan`, `inf`.
public enum NumberFormat {
    /// Significant digits shown for a `Double`; `--check` treats one unit in the last of them as equal.
    public static let significantDigits = 6

    /// Formats a floating-point number for display.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        var text = printf("%.\(significantDigits)g", value)
        if let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let mantissa = trimZeros(String(text[..<exponent]))
            text = mantissa + text[exponent...]
        } else {
            text = trimZeros(text)
        }
        if text == "-0" { return "0" }
        return text
    }

    /// `value` as C's `printf` formats it with `format` (one `double` conversion, such as `%.3f`): the same
    /// text on every platform, with no locale.
    public static func printf(_ format: String, _ value: Double) -> String {
        var capacity = 64
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let length = Int(withVaList([value]) { vsnprintf(&buffer, capacity, format, $0) })
            guard length >= 0 else { return "" }
            if length < capacity {
                return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = length + 1
        }
    }

    /// Formats an integer for display.
    public static func format(_ value: Int) -> String { String(value) }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
