/// Escapes text for HTML element content and attribute values.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>` and `"` (and `'`, for SVG attributes) replaced by entities, and control
    /// characters made inert (``InertText``).
    public static func escape(_ text: String, apostrophes: Bool = false) -> String {
        // Most values (numbers, colours, plain words) need nothing: skip the per-character walk.
        let text = InertText.make(text)
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || (apostrophes && $0 == 39) })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where apostrophes: result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
