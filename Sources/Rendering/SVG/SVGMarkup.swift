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
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return (hundredths < 0 ? "-" : "") + String(magnitude / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// Text made safe for XML content and attribute values.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text, apostrophes: true) }
}
