import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Builds SVG markup by hand, deterministically: attributes in the order given, numbers to two decimals.
enum SVGMarkup {
    /// One element, self-closing when it has no text; attribute values and text are escaped.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String? = nil) -> String {
        var markup = "<" + name
        for (key, value) in attributes { markup += " \(key)=\"\(escape(value))\"" }
        guard let text else { return markup + "/>" }
        return markup + ">" + escape(text) + "</\(name)>"
    }

    /// A number for an attribute: two decimals, never `-0.00`, so output is the same byte for byte everywhere.
    ///
    /// The value is scaled by 100 and rounded half to even (Foundation's formatter was the slowest part of a page).
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return value.isFinite ? NumberFormat.printf("%.2f", value) : "0.00" }
        let hundredths = Int((value * 100).rounded(.toNearestOrEven))
        if hundredths == 0 { return "0.00" }
        // Digits are written last to first, straight into the string's storage (a page holds thousands).
        var magnitude = hundredths.magnitude
        var digits = 0
        repeat { digits += 1; magnitude /= 10 } while magnitude > 0
        let length = (hundredths < 0 ? 1 : 0) + max(digits, 3) + 1
        magnitude = hundredths.magnitude
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = length - 1
            for position in 0..<max(digits, 3) {
                if position == 2 { buffer[index] = UInt8(ascii: "."); index -= 1 }
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                index -= 1
            }
            if hundredths < 0 { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }

    /// A rectangle with a fill and no other attribute, as ``element(_:_:text:)`` writes it: the heat map's
    /// and the image's cells, which need no escaping.
    static func rectangle(x: String, y: String, width: String, height: String, fill: String) -> String {
        "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\" fill=\"" + fill + "\"/>"
    }

    /// Text made safe for XML content and attribute values.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text, apostrophes: true) }
}
