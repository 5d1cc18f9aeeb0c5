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
        if let short = shortestFixed(value) { return short }
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

    /// The common case without `printf`: when Swift's shortest round-trip text of `value` is plain
    /// decimal (no exponent) with at most ``significantDigits`` significant digits, and `%g` would not
    /// use an exponent either (|value| in [10⁻⁴, 10⁶)), rounding to six digits keeps exactly those digits
    /// (the double lies within half a unit of its last place of them, far inside half a step of the
    /// six-digit grid), so `%.6g` prints them, trailing zeros dropped.
    static func shortestFixed(_ value: Double) -> String? {
        if value == 0 { return "0" }
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e6 else { return nil }
        var text = value.description
        var digits = 0, seenNonZero = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0"): if seenNonZero { digits += 1 }
            case UInt8(ascii: "1")...UInt8(ascii: "9"): seenNonZero = true; digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."): break
            default: return nil  // an exponent
            }
        }
        if text.hasSuffix(".0") { text.removeLast(2); digits -= 1 }
        // Zeros after the decimal point but before the end were counted; the trailing ones Swift never writes.
        return digits <= significantDigits ? text : nil
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
