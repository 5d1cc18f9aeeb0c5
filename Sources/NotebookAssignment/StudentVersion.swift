import NotebookDocument

/// The notebook a student gets: each answer replaced by a stub that fails clearly when run, each hidden
/// test taken out, every other byte as in the key.
public enum StudentVersion {
    /// The stub's lines, in place of each solution region and each solution cell's code.
    public static let stubLines = ["// Your code here.", "fatalError(\"exercise not done yet\")"]
    /// What running an untouched stub reports (Swift's `fatalError` message).
    public static let stubMessage = "Fatal error: exercise not done yet"

    /// The student version's text.
    public static func text(of assignment: Assignment) -> String {
        let key = assignment.key
        let lines = key.source.lines
        // Notebook line → what replaces the lines from it through `through` (stub text or nothing).
        var replacements: [Int: (through: Int, indentation: String?)] = [:]
        for region in assignment.regions {
            replacements[region.lines.lowerBound] = (region.lines.upperBound, region.indentation)
        }
        for cell in key.cells {
            if assignment.solutionCells.contains(cell.index), cell.closingLine > cell.firstCodeLine {
                let first = key.source.content(ofLine: cell.firstCodeLine)
                let indentation = String(first.prefix { $0 == " " || $0 == "\t" || $0 == ">" })
                replacements[cell.firstCodeLine] = (cell.closingLine - 1, indentation)
            } else if assignment.solutionCells.contains(cell.index) {
                replacements[cell.closingLine] = (cell.closingLine - 1, cell.containerPrefix)
            }
            if assignment.test(atCell: cell.index)?.hidden == true {
                // The cell and the blank line after it, so the prose around it closes up as if it was never there.
                var through = cell.closingLine
                if through < lines.count, lines[through].content.allSatisfy({ $0 == " " || $0 == "\t" }) { through += 1 }
                replacements[cell.openingLine] = (through, nil)
            }
        }
        var text = ""
        var number = 1
        while number <= lines.count {
            guard let replacement = replacements[number] else {
                text += lines[number - 1].content + lines[number - 1].terminator
                number += 1
                continue
            }
            if let indentation = replacement.indentation {
                let ending = lines[number - 1].terminator.isEmpty ? key.source.lineEnding : lines[number - 1].terminator
                for stub in stubLines { text += indentation + stub + ending }
            }
            // An empty solution cell gets its stub before its closing fence, which is kept.
            if replacement.through < number {
                text += lines[number - 1].content + lines[number - 1].terminator
                number += 1
            } else {
                number = replacement.through + 1
            }
        }
        return text
    }
}
