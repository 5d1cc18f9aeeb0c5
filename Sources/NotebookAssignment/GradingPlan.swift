import NotebookDocument

/// The order in which a submission is graded: the student's cells as they wrote them, with each of the
/// key's tests put back at its place. Tests come from the key only: a submission's test cells, and any
/// cell that is a copy of a key test, are never run as the student's code.
///
/// A test's place is before the first cell after it in the key that the submission still has unchanged
/// (found by the longest common subsequence of the two notebooks' cells), so inserted, deleted and
/// shifted cells move the tests with them; a test with no such cell after it runs last.
public struct GradingPlan: Sendable {
    /// One thing to run.
    public enum Step: Sendable, Equatable {
        /// The submission's cell with this index.
        case student(Int)
        /// A key test: its code from the key, located in `file` at `cell`'s lines — the student's
        /// unchanged copy of it when there is one, else the key's own cell.
        case test(Assignment.Test, file: String, cell: Cell)
    }

    /// The steps in order.
    public var steps: [Step]

    /// Plans `submission` against `assignment`'s key.
    public init(assignment: Assignment, submission: Notebook) {
        let key = assignment.key
        let testCodes = Set(assignment.tests.map { key.cells[$0.cell].code })
        let keyCells = key.cells.filter { !$0.options.noRun && !$0.options.test }
        let studentCells = submission.cells.filter { !$0.options.noRun && !$0.options.test && !testCodes.contains($0.code) }
        let matched = Self.commonSubsequence(keyCells.map(\.code), studentCells.map(\.code))
        // Key cell index → the submission's cell index it is matched to.
        var anchor: [Int: Int] = [:]
        for (keyOffset, studentOffset) in matched { anchor[keyCells[keyOffset].index] = studentCells[studentOffset].index }

        var copies = submission.cells.filter { $0.options.test || testCodes.contains($0.code) }
        var before: [Int: [Step]] = [:]
        var atEnd: [Step] = []
        for test in assignment.tests {
            let keyCell = key.cells[test.cell]
            var step = Step.test(test, file: key.path, cell: keyCell)
            if !test.hidden, let copy = copies.firstIndex(where: { $0.code == keyCell.code }) {
                step = .test(test, file: submission.path, cell: copies.remove(at: copy))
            }
            if let next = key.cells[(test.cell + 1)...].first(where: { anchor[$0.index] != nil }), let place = anchor[next.index] {
                before[place, default: []].append(step)
            } else {
                atEnd.append(step)
            }
        }
        var steps: [Step] = []
        for cell in studentCells {
            steps += before[cell.index] ?? []
            steps.append(.student(cell.index))
        }
        self.steps = steps + atEnd
    }

    /// The pairs of positions of a longest common subsequence of `a` and `b`, in order.
    static func commonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] { pairs.append((i, j)); i += 1; j += 1 } else if lengths[i + 1][j] >= lengths[i][j + 1] { i += 1 } else { j += 1 }
        }
        return pairs
    }
}
