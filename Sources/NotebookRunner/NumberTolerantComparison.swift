/// Compares two handout texts the way `--check` must: exactly, except that printed numbers may
/// differ by a few units in their last printed digit (a different CPU or libm), never more.
enum NumberTolerantComparison {
    /// Whether `expected` and `actual` are equal up to `units` in the last digit of each number.
    static func equal(_ expected: Substring, _ actual: Substring, units: Double) -> Bool {
        if expected == actual { return true }
        let left = tokens(expected), right = tokens(actual)
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) {
            switch (a, b) {
            case (.text(let x), .text(let y)) where x == y: continue
            case (.number(let x), .number(let y)) where close(x, y, units: units): continue
            default: return false
            }
        }
        return true
    }

    fileprivate enum Token { case text(Substring), number(Substring) }

    /// A line split once into its text with every number replaced by a marker (its shape) and its
    /// numbers, so a diff compares many lines without splitting them again on every comparison.
    struct Line {
        let text: Substring
        let shape: String
        let numbers: [Substring]

        init(_ text: Substring) {
            self.text = text
            var shape = "", numbers: [Substring] = []
            for token in NumberTolerantComparison.tokens(text) {
                switch token {
                case .text(let part): shape += part
                case .number(let number): shape += "\u{0}"; numbers.append(number)
                }
            }
            self.shape = shape
            self.numbers = numbers
        }

        /// Whether the lines are equal as ``NumberTolerantComparison/equal(_:_:units:)`` says, given equal shape ids.
        func equals(_ other: Line, units: Double) -> Bool {
            if text == other.text { return true }
            return zip(numbers, other.numbers).allSatisfy { NumberTolerantComparison.close($0, $1, units: units) }
        }
    }

    /// Splits text into numbers (`-12.5e-3`) and the text between them.
    fileprivate static func tokens(_ text: Substring) -> [Token] {
        var result: [Token] = []
        let scalars = Array(text.utf8)
        var index = 0, textStart = 0
        func isDigit(_ i: Int) -> Bool { i < scalars.count && scalars[i] >= 48 && scalars[i] <= 57 }
        while index < scalars.count {
            let startsNumber = isDigit(index) || ((scalars[index] == UInt8(ascii: "-") || scalars[index] == UInt8(ascii: ".")) && isDigit(index + 1))
            let afterWordCharacter = index > 0 && (isDigit(index - 1) || (scalars[index - 1] | 0x20 >= 97 && scalars[index - 1] | 0x20 <= 122) || scalars[index - 1] == UInt8(ascii: "_"))
            guard startsNumber, !afterWordCharacter else { index += 1; continue }
            var end = index
            if scalars[end] == UInt8(ascii: "-") { end += 1 }
            while isDigit(end) { end += 1 }
            if end < scalars.count, scalars[end] == UInt8(ascii: "."), isDigit(end + 1) { end += 1; while isDigit(end) { end += 1 } }
            if end < scalars.count, scalars[end] | 0x20 == UInt8(ascii: "e") {
                var exponent = end + 1
                if exponent < scalars.count, scalars[exponent] == UInt8(ascii: "-") || scalars[exponent] == UInt8(ascii: "+") { exponent += 1 }
                if isDigit(exponent) { end = exponent; while isDigit(end) { end += 1 } }
            }
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: textStart), from = utf8.index(utf8.startIndex, offsetBy: index)
            let to = utf8.index(utf8.startIndex, offsetBy: end)
            if textStart < index { result.append(.text(text[lower..<from])) }
            result.append(.number(text[from..<to]))
            index = end
            textStart = end
        }
        if textStart < scalars.count {
            result.append(.text(text[text.utf8.index(text.utf8.startIndex, offsetBy: textStart)...]))
        }
        return result
    }

    /// Whether two printed numbers differ by at most `units` in the last printed digit of the coarser one.
    fileprivate static func close(_ a: Substring, _ b: Substring, units: Double) -> Bool {
        guard let x = Double(a), let y = Double(b) else { return a == b }
        return abs(x - y) <= units * max(lastDigitUnit(a), lastDigitUnit(b)) * (1 + 1e-9)
    }

    /// The value of one unit in the last printed digit: 0.001 for `0.125`, 1e-9 for `1.5e-08`, 1 for `42`.
    private static func lastDigitUnit(_ text: Substring) -> Double {
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let decimals = mantissa.firstIndex(of: ".").map { mantissa.distance(from: $0, to: mantissa.endIndex) - 1 } ?? 0
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        if exponent > 0 { for _ in 0..<exponent { unit *= 10 } } else { for _ in 0..<(-exponent) { unit /= 10 } }
        return unit
    }
}
