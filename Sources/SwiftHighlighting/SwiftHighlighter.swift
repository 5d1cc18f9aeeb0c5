import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Turns Swift source into HTML whose tokens are marked by swift-syntax's own classification.
///
/// The code is parsed, never run. Each keyword, literal, comment, type, attribute and operator becomes a
/// `<span class="…">` (class names in ``TokenClass``); everything else, whitespace included, is copied
/// HTML-escaped. A parse with errors still classifies every token it could read, so any text is accepted.
///
/// ```swift
/// SwiftHighlighter.html(for: "let x = 1 // one")
/// // <span class="kw">let</span> x = <span class="num">1</span> <span class="com">// one</span>
/// ```
public enum SwiftHighlighter {
    /// The span class a classification is shown with; `nil` for plain text (identifiers, punctuation).
    public enum TokenClass: String, Sendable, CaseIterable {
        /// `let`, `func`, `for`, `in`, `true`
        case keyword = "kw"
        /// `Matrix`, `Double` (a name in type position)
        case type = "ty"
        /// `1`, `0.5`
        case number = "num"
        /// `"text"` and its interpolation delimiters
        case string = "str"
        /// `// …`, `/* … */` and doc comments
        case comment = "com"
        /// `@MainActor`, `#if`
        case attribute = "attr"

        init?(_ classification: SyntaxClassification) {
            switch classification {
            case .keyword: self = .keyword
            case .type: self = .type
            case .integerLiteral, .floatLiteral: self = .number
            case .stringLiteral, .regexLiteral: self = .string
            case .lineComment, .blockComment, .docLineComment, .docBlockComment: self = .comment
            case .attribute, .ifConfigDirective: self = .attribute
            default: return nil
            }
        }
    }

    /// `source` as HTML element content (for a `<code>`), its tokens wrapped in classified spans.
    public static func html(for source: String) -> String {
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var html = ""
        html.reserveCapacity(bytes.count * 2)
        var position = 0
        func copy(upTo end: Int) {
            guard end > position else { return }
            html += escape(bytes[position..<end])
            position = end
        }
        for range in tree.classifications {
            guard let tokenClass = TokenClass(range.kind) else { continue }
            let start = max(range.offset, position), end = min(range.endOffset, bytes.count)
            guard start < end else { continue }
            copy(upTo: start)
            html += "<span class=\"\(tokenClass.rawValue)\">"
            copy(upTo: end)
            html += "</span>"
        }
        copy(upTo: bytes.count)
        return html
    }

    /// The bytes as UTF-8 text with `&`, `<` and `>` replaced by entities.
    private static func escape(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 }) else { return text }
        text = text.replacing("&", with: "&amp;")
        return text.replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
