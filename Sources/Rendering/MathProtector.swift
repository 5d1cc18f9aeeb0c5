#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Hides TeX math (`$…$`, `$$…$$`) from the Markdown parser and puts it back verbatim in the HTML.
///
/// CommonMark knows nothing of math, so `w_{ij}^{\ell}` would grow emphasis and lose backslashes.
/// Math outside code is swapped for an inert alphanumeric token before cmark runs, and the
/// original text, HTML-escaped, replaces each token afterwards inside a `<span class="math">`
/// (`class="math display"` for `$$…$$`), the only places the page's KaTeX typesets: a dollar this
/// reading does not take for math (`$5 and $6`) stays text. Rules (as in Pandoc): `\$` is a literal
/// dollar; an inline `$` opens only before a non-space and closes only after a non-space and not
/// before a digit; `$$` may span lines.
struct MathProtector {
    /// The math spans found, in order, with their dollar signs.
    private(set) var spans: [String] = []
    /// The original line of each line of the protected text (`originalLines[n - 1]` for line n): a
    /// `$$…$$` over several lines becomes one token on one line.
    private var originalLines: [Int] = [1]
    private let salt: String

    /// Creates a protector whose tokens cannot occur in `text`.
    init(avoiding text: String) {
        var salt = "nbrunmath"
        while text.contains(salt) { salt += "x" }
        self.salt = salt
    }

    /// `text` (with LF line ends) with math replaced by tokens; lines listed in `codeLines` (1-based) are
    /// copied as they are.
    mutating func protect(_ text: String, codeLines: Set<Int>) -> String {
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(characters.count)
        var index = 0
        var line = 1
        var atLineStart = true
        while index < characters.count {
            let character = characters[index]
            if atLineStart, codeLines.contains(line) {
                while index < characters.count, characters[index] != "\n" { result.append(characters[index]); index += 1 }
                if index < characters.count { result.append("\n"); index += 1 }
                line += 1
                originalLines.append(line)
                continue
            }
            atLineStart = false
            switch character {
            case "\n":
                result.append(character); index += 1; line += 1; atLineStart = true
                originalLines.append(line)
            case "\\" where index + 1 < characters.count && characters[index + 1] == "$":
                // Restored as a plain `$`, which nothing typesets.
                spans.append("\\$")
                result += token(spans.count - 1)
                index += 2
            case "\\":
                result.append(character)
                if index + 1 < characters.count, characters[index + 1] != "\n" { result.append(characters[index + 1]); index += 1 }
                index += 1
            case "`":
                let end = codeSpanEnd(characters, from: index)
                for position in index..<end where characters[position] == "\n" { line += 1; originalLines.append(line) }
                result.append(contentsOf: characters[index..<end])
                index = end
            case "$":
                if let end = mathEnd(characters, from: index, line: line, codeLines: codeLines) {
                    for position in index..<end where characters[position] == "\n" { line += 1 }
                    spans.append(String(characters[index..<end]))
                    result += token(spans.count - 1)
                    index = end
                } else {
                    result.append(character); index += 1
                }
            default:
                result.append(character); index += 1
            }
        }
        return result
    }

    /// The line of the original text that line `line` of the protected text starts.
    func originalLine(_ line: Int) -> Int {
        originalLines.indices.contains(line - 1) ? originalLines[line - 1] : line
    }

    /// Whether any math (not only escaped dollars) was found.
    var hasMath: Bool { spans.contains { $0 != "\\$" } }

    /// `html` with every token replaced by its math, HTML-escaped and in its `span`, in one pass over the page.
    func restore(_ html: String) -> String {
        guard !spans.isEmpty else { return html }
        return replacingTokens(in: html) { number in
            let span = spans[number]
            if span == "\\$" { return "$" }
            let kind = span.hasPrefix("$$") ? "math display" : "math"
            return "<span class=\"\(kind)\">\(HTMLEscaping.escape(span))</span>"
        }
    }

    /// `text` with every token removed, for identifiers that must not hold math.
    func strip(_ text: String) -> String {
        guard !spans.isEmpty else { return text }
        return replacingTokens(in: text) { _ in "" }
    }

    /// Copies `text`, replacing each `salt<number>z` token by `replacement(number)`.
    private func replacingTokens(in text: String, with replacement: (Int) -> String) -> String {
        let bytes = Array(text.utf8), salt = Array(self.salt.utf8)
        var result = [UInt8]()
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == salt[0], index + salt.count < bytes.count,
               bytes[index..<(index + salt.count)].elementsEqual(salt) {
                var end = index + salt.count, number = 0
                while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57, number < spans.count {
                    number = number * 10 + Int(bytes[end] - 48)
                    end += 1
                }
                if end > index + salt.count, end < bytes.count, bytes[end] == UInt8(ascii: "z"), number < spans.count {
                    result.append(contentsOf: replacement(number).utf8)
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func token(_ number: Int) -> String { "\(salt)\(number)z" }

    /// The index just past a backtick code span starting at `start`, or past the backtick run when it never closes.
    private func codeSpanEnd(_ characters: [Character], from start: Int) -> Int {
        var run = 0
        while start + run < characters.count, characters[start + run] == "`" { run += 1 }
        var index = start + run
        while index < characters.count {
            if characters[index] == "`" {
                var closing = 0
                while index + closing < characters.count, characters[index + closing] == "`" { closing += 1 }
                if closing == run { return index + closing }
                index += closing
            } else if characters[index] == "\n", index + 1 < characters.count, characters[index + 1] == "\n" {
                break  // a code span never crosses a blank line
            } else {
                index += 1
            }
        }
        return start + run
    }

    /// The index just past the math starting with the `$` at `start` (on notebook `line`), or `nil` when
    /// it is not math. Inline math may go on over a line break, as in a paragraph, but not into a blank
    /// line or a line of code.
    private func mathEnd(_ characters: [Character], from start: Int, line: Int, codeLines: Set<Int>) -> Int? {
        if start + 1 < characters.count, characters[start + 1] == "$" {
            var index = start + 2
            while index + 1 < characters.count {
                if characters[index] == "\\" { index += 2; continue }
                if characters[index] == "$", characters[index + 1] == "$" { return index + 2 }
                if characters[index] == "\n", characters[index + 1] == "\n" { return nil }
                index += 1
            }
            return nil
        }
        guard start + 1 < characters.count, !characters[start + 1].isWhitespace else { return nil }
        var index = start + 1, line = line
        while index < characters.count {
            if characters[index] == "\n" {
                line += 1
                if index + 1 >= characters.count || characters[index + 1] == "\n" || codeLines.contains(line) { return nil }
            }
            if characters[index] == "\\" { index += 2; continue }
            if characters[index] == "$" {
                let closesAfterSpace = characters[index - 1].isWhitespace
                let digitFollows = index + 1 < characters.count && characters[index + 1].isNumber
                if !closesAfterSpace && !digitFollows { return index + 1 }
                return nil
            }
            index += 1
        }
        return nil
    }
}
