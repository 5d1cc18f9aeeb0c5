import Display

/// Short text for numbers and names inside the autodiff types (`Dual.description`, tape formulas).
///
/// Final formatting of handouts belongs to the display layer; this only keeps debug text
/// readable: `%g` (six significant digits, trailing zeros dropped), never `-0`.
enum AutodiffText {
    /// A number as `%g` prints it, with `-0` shown as `0` and any NaN as `nan` (glibc prints `-nan`).
    static func number(_ value: Double) -> String {
        NumberFormat.format(value)
    }

    /// `n` followed by `index` in subscript digits: `n₁₂`.
    static func subscripted(_ prefix: String, _ index: Int) -> String {
        prefix + String(String(index).map { subscriptDigits[$0] ?? $0 })
    }

    /// An integer exponent in superscript digits (`²`), or `^r` for any other exponent.
    static func exponent(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1000 else { return "^" + number(value) }
        return String(String(Int(value)).map { superscriptDigits[$0] ?? $0 })
    }

    static let subscriptDigits: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄",
        "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "-": "₋",
    ]
    private static let superscriptDigits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
        "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]
}
