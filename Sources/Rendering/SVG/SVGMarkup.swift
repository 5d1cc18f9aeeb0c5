import Foundation

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
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0.00" }
        let text = String(format: "%.2f", value)
        return text == "-0.00" ? "0.00" : text
    }

    /// Text made safe for XML content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
