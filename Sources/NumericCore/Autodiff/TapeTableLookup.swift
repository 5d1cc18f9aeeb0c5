extension TapeTable {
    /// The row for `name`: the table's own name (`"n₄"`), the same typed with plain digits
    /// (`"n4"`), or an input's name (`"y"`). A name the table lacks stops the program with the
    /// table's node names; ``findNode(_:)`` throws instead.
    ///
    /// ```swift
    /// reverseGradient(of: { v in v[0] * v[1] }, at: [2, 3]).table().node("n1").value   // 6
    /// ```
    public func node(_ name: String) -> TapeNodeRow { stopOnError { try findNode(name) } }

    /// The link from `from` to `to` (names as ``node(_:)`` takes them; the first link when an
    /// input is used twice, as in `x × x`). A missing link stops the program; ``findLink(from:to:)`` throws instead.
    public func link(from: String, to: String) -> TapeLinkRow { stopOnError { try findLink(from: from, to: to) } }

    /// The row for `name`, as ``node(_:)`` finds it, or an error listing the table's nodes.
    public func findNode(_ name: String) throws -> TapeNodeRow {
        let wanted = Self.subscriptingDigits(name)
        if let row = nodes.first(where: { $0.name == wanted })
            ?? nodes.first(where: { $0.operation == "input" && $0.formula == name }) {
            return row
        }
        throw AutodiffError(description: "the tape has no node named '\(name)' (nodes: "
                                   + nodes.map(\.name).joined(separator: ", ") + ")")
    }

    /// The link from `from` to `to`, as ``link(from:to:)`` finds it, or an error listing the table's links.
    public func findLink(from: String, to: String) throws -> TapeLinkRow {
        let (source, target) = (Self.subscriptingDigits(from), Self.subscriptingDigits(to))
        if let link = links.first(where: { $0.from == source && $0.to == target }) { return link }
        throw AutodiffError(description: "the tape has no link from '\(from)' to '\(to)' (links: "
                                   + links.map { "\($0.from) → \($0.to)" }.joined(separator: ", ") + ")")
    }

    /// `n4` → `n₄`: a name typed with plain digits after its first letter.
    static func subscriptingDigits(_ typed: String) -> String {
        guard let first = typed.first, first.isLetter else { return typed }
        return String(first) + String(typed.dropFirst().map { AutodiffText.subscriptDigits[$0] ?? $0 })
    }
}
