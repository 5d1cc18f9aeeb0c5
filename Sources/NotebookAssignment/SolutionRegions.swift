import NotebookDocument

/// The lines of a cell that are the exercise's answer: `// BEGIN SOLUTION` … `// END SOLUTION`, each
/// marker alone on its line, markers included.
public struct SolutionRegion: Sendable, Equatable {
    /// The index of the cell the region is in.
    public var cell: Int
    /// Notebook lines of the `BEGIN` and `END` markers.
    public var lines: ClosedRange<Int>
    /// What precedes `//` on the `BEGIN` line (container prefix and indentation): the stub's indentation.
    public var indentation: String

    /// The marker lines, as written after any indentation.
    public static let beginMarker = "// BEGIN SOLUTION"
    public static let endMarker = "// END SOLUTION"

    /// The regions of `cell`, in order; an unmatched or nested marker is an error at its line.
    public static func regions(in cell: Cell, of notebook: Notebook) throws(DocumentDiagnostic) -> [SolutionRegion] {
        var regions: [SolutionRegion] = []
        var open: (line: Int, indentation: String)?
        for line in cell.firstCodeLine..<max(cell.firstCodeLine, cell.closingLine) {
            let text = notebook.source.content(ofLine: line)
            let indentation = String(text.prefix { $0 == " " || $0 == "\t" || $0 == ">" })
            let marker = text.dropFirst(indentation.count).trimmingTrailingSpaces
            func problem(_ message: String) -> DocumentDiagnostic {
                DocumentDiagnostic(file: notebook.path, line: line, column: indentation.utf8.count + 1, message: message)
            }
            if marker == beginMarker {
                if let open { throw problem("solution regions do not nest; the one opened at line \(open.line) is still open") }
                if cell.options.solution { throw problem("a solution cell is all answer already; drop the markers or the solution option") }
                if cell.options.test { throw problem("a test cell cannot hold a solution region") }
                open = (line, indentation)
            } else if marker == endMarker {
                guard let begin = open else { throw problem("'\(endMarker)' without a '\(beginMarker)' before it") }
                regions.append(SolutionRegion(cell: cell.index, lines: begin.line...line, indentation: begin.indentation))
                open = nil
            } else if marker.hasPrefix("// BEGIN SOLUTION") || marker.hasPrefix("// END SOLUTION") {
                throw problem("a solution marker stands alone on its line: '\(beginMarker)' or '\(endMarker)'")
            }
        }
        if let open {
            throw DocumentDiagnostic(file: notebook.path, line: open.line, column: open.indentation.utf8.count + 1,
                                     message: "'\(beginMarker)' has no '\(endMarker)' before the cell ends")
        }
        return regions
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
