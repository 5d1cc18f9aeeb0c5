import NotebookDocument

/// Builds the Markdown handout: the notebook byte for byte, with an `output` block spliced after each cell.
///
/// Nothing is re-rendered: prose passes through untouched, and each output block carries the
/// cell's container prefix (`> `, list indentation) so it renders inside the same block quote or item.
public enum Splicer {
    /// What the handout shows for one cell.
    public struct CellOutput: Sendable, Equatable {
        /// The output text to put in an `output` block; `nil` for none.
        public var text: String?
        /// Whether to drop the cell's own code (for `hide-code`).
        public var hideCode: Bool

        /// Creates a cell's handout entry.
        public init(text: String?, hideCode: Bool = false) {
            self.text = text
            self.hideCode = hideCode
        }
    }

    /// The handout text for `notebook`, with `outputs[i]` after cell `i` (cells missing from `outputs` are left as they are).
    ///
    /// `info` names each output block's info string; the HTML renderer uses it to find each cell's block again.
    public static func handout(_ notebook: Notebook, outputs: [Int: CellOutput],
                               info: (Int) -> String = { _ in "output" }) -> String {
        let lines = notebook.source.lines
        let ending = notebook.source.lineEnding
        var result = ""
        result.reserveCapacity(lines.reduce(0) { $0 + $1.content.utf8.count + 2 })
        var cellsByClosingLine: [Int: Cell] = [:]
        var hiddenLines = Set<Int>()
        for cell in notebook.cells {
            guard let output = outputs[cell.index] else { continue }
            cellsByClosingLine[cell.closingLine] = cell
            if output.hideCode { hiddenLines.formUnion(cell.openingLine...cell.closingLine) }
        }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            var terminator = line.terminator
            if !hiddenLines.contains(number) { result += line.content }
            guard let cell = cellsByClosingLine[number], let output = outputs[cell.index] else {
                if !hiddenLines.contains(number) { result += terminator }
                continue
            }
            let isLastLine = terminator.isEmpty
            if let text = output.text {
                if !hiddenLines.contains(number) { result += terminator.isEmpty ? ending : terminator }
                if terminator.isEmpty { terminator = ending }
                result += block(text, prefix: cell.containerPrefix, ending: terminator, info: info(cell.index))
                if isLastLine { result.removeLast(terminator.count) }
            } else if !hiddenLines.contains(number) {
                result += terminator
            }
        }
        return result
    }

    /// An `output` fenced block, each line prefixed, fenced with more backticks than any run inside it.
    static func block(_ text: String, prefix: String, ending: String, info: String = "output") -> String {
        var longestRun = 0
        var run = 0
        for character in text.unicodeScalars {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        let emptyPrefix = String(prefix.reversed().drop(while: { $0 == " " }).reversed())
        var block = prefix + fence + info + ending
        var content = text
        while content.hasSuffix("\n") { content.removeLast() }
        if !content.isEmpty {
            for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
                block += (line.isEmpty ? emptyPrefix : prefix) + line + ending
            }
        }
        block += prefix + fence + ending
        return block
    }
}
