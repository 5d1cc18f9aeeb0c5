import SwiftParserDiagnostics
import SwiftSyntax

extension Compiler {
    /// swift-syntax 603's diagnostics trap on one input a student can type by accident: an invisible
    /// character (a control character, a vertical tab, a form feed) right before `=`, with spaces
    /// around both (`let a \u{17}= 1`): the fix it builds for "'=' must have consistent whitespace"
    /// has no changes, which `FixIt` rejects with a fatal error. Found by `make fuzz`; this reports
    /// the character before the diagnostics run.
    static func checkInvisibleCharacterBeforeEqual(_ tree: SourceFileSyntax, converter: SourceLocationConverter) throws {
        for token in tree.tokens(viewMode: .all)
        where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
            let before = token.previousToken(viewMode: .all)?.trailingTrivia ?? []
            guard before.contains(where: isSpaceOrTab), token.trailingTrivia.contains(where: isSpaceOrTab) else { continue }
            let invisible = (before.pieces + token.leadingTrivia.pieces).lazy.compactMap(invisibleScalar).first
            let name = invisible.map { "U+" + hexadecimal($0.value) } ?? "an invisible character"
            let location = converter.location(for: token.positionAfterSkippingLeadingTrivia)
            throw CellError("invisible character \(name) before '='; delete it",
                            position: CellPosition(line: location.line, column: location.column))
        }
    }

    private static func isSpaceOrTab(_ piece: TriviaPiece) -> Bool {
        switch piece {
        case .spaces, .tabs: return true
        default: return false
        }
    }

    private static func invisibleScalar(_ piece: TriviaPiece) -> Unicode.Scalar? {
        switch piece {
        case .verticalTabs: return "\u{0B}"
        case .formfeeds: return "\u{0C}"
        case .unexpectedText(let text): return text.unicodeScalars.first
        default: return nil
        }
    }
}

/// `value` in at least four upper-case hexadecimal digits, as code points are written (`U+200B`).
private func hexadecimal(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
