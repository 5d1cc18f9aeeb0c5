import CCmark

/// Turns one cmark code-block node into a ``Cell``, reading fences and prefixes from the exact source lines.
struct CellExtractor {
    let source: SourceText
    let path: String

    /// The cell for a fenced block whose info string's first word is `swift`; `nil` for any other code block.
    func cell(from node: OpaquePointer, index: Int) throws(DocumentDiagnostic) -> Cell? {
        let info = string(cmark_node_get_fence_info(node))
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.first == "swift" else { return nil }
        let openingLine = Int(cmark_node_get_start_line(node))
        let openingText = source.content(ofLine: openingLine)
        guard let fence = fence(in: openingText, from: Int(cmark_node_get_start_column(node)) - 1) else {
            return nil  // an indented code block cannot have an info string; be safe anyway
        }

        var options = CellOptions()
        func column(of word: String) -> Int {
            (openingText.utf8.firstRange(of: word.utf8)?.lowerBound)
                .map { openingText.utf8.distance(from: openingText.utf8.startIndex, to: $0) + 1 } ?? 1
        }
        var given: Set<Substring> = []
        for word in words.dropFirst() {
            let name = word.prefix { $0 != "=" }
            if !given.insert(name).inserted {
                throw DocumentDiagnostic(file: path, line: openingLine, column: column(of: word),
                                         message: "cell option '\(name)' is given twice")
            }
            if let message = CellOption.read(word, into: &options) {
                throw DocumentDiagnostic(file: path, line: openingLine, column: column(of: word), message: message)
            }
        }
        if let message = CellOption.problem(with: options) {
            throw DocumentDiagnostic(file: path, line: openingLine, column: column(of: words[1]), message: message)
        }

        var literal = string(cmark_node_get_literal(node))
        if literal.hasSuffix("\n") { literal.removeLast() }
        let codeLines = literal.isEmpty ? [] : literal.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard let closingLine = fencedBlock(from: node)?.closingLine else {
            throw DocumentDiagnostic(file: path, line: openingLine, column: fence.column + 1,
                                     message: "unclosed code fence: this swift cell has no closing \(String(repeating: fence.character, count: fence.length))")
        }

        let offsets = codeLines.enumerated().map { offset, code -> Int in
            let line = source.content(ofLine: openingLine + 1 + offset)
            return line.hasSuffix(code) ? line.utf8.count - code.utf8.count : 0
        }
        let prefix = String(openingText.utf8.prefix(fence.column).map { byte -> Character in
            byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\t") ? Character(UnicodeScalar(byte)) : " "
        })
        return Cell(index: index, options: options, code: codeLines.joined(separator: "\n"),
                    openingLine: openingLine, closingLine: closingLine,
                    columnOffsets: offsets, containerPrefix: prefix)
    }

    /// A fenced block of any info string (its first word), with its fence lines and whether it is closed.
    func fencedBlock(from node: OpaquePointer) -> FencedBlock? {
        let openingLine = Int(cmark_node_get_start_line(node))
        guard let fence = fence(in: source.content(ofLine: openingLine), from: Int(cmark_node_get_start_column(node)) - 1)
        else { return nil }
        let info = string(cmark_node_get_fence_info(node)).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
        var literal = string(cmark_node_get_literal(node))
        if literal.hasSuffix("\n") { literal.removeLast() }
        let lineCount = literal.isEmpty ? 0 : literal.split(separator: "\n", omittingEmptySubsequences: false).count
        let closingLine = openingLine + lineCount + 1
        let isClosed = closingLine == Int(cmark_node_get_end_line(node))
            && isClosingFence(source.content(ofLine: closingLine), fence)
        return FencedBlock(info: info.map(String.init) ?? "", fence: String(repeating: fence.character, count: fence.length),
                           openingLine: openingLine, closingLine: isClosed ? closingLine : nil)
    }

    /// The fence character, its run length and its byte column (0-based) on the opening line.
    private func fence(in line: String, from start: Int) -> (character: Character, length: Int, column: Int)? {
        let bytes = Array(line.utf8)
        var column = max(0, start)
        while column < bytes.count, bytes[column] == UInt8(ascii: " ") { column += 1 }
        guard column < bytes.count, bytes[column] == UInt8(ascii: "`") || bytes[column] == UInt8(ascii: "~") else { return nil }
        var length = 0
        while column + length < bytes.count, bytes[column + length] == bytes[column] { length += 1 }
        return (Character(UnicodeScalar(bytes[column])), length, column)
    }

    /// Whether `line` ends in a run of at least as many fence characters, preceded only by a container prefix.
    private func isClosingFence(_ line: String, _ fence: (character: Character, length: Int, column: Int)) -> Bool {
        var text = Substring(line)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        var run = 0
        while let last = text.last, last == fence.character { text.removeLast(); run += 1 }
        return run >= fence.length && text.allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" }
    }
}

/// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
public func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word, $0)) }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
    guard let best = scored.first, best.1 <= max(2, word.count / 3) else { return nil }
    return best.0
}

/// Levenshtein distance between two strings.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + [Int](repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where j <= b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
