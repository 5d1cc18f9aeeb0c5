import Display
@testable import CellLanguage

/// Runs cells in one session and returns the text of each result.
struct Kernel {
    let session: Session

    init(limits: ExecutionLimits = ExecutionLimits()) { session = Session(limits: limits) }

    /// Runs a cell placed at notebook line 10 with a two-column prefix on every line.
    @discardableResult
    func run(_ code: String, firstLine: Int = 10, offset: Int = 2) -> CellResult {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false).count
        return session.run(CellSource(file: "nb.md", code: code, firstLine: firstLine,
                                      columnOffsets: Array(repeating: offset, count: lines)))
    }

    /// The output text of a cell that must succeed, or the error text.
    func output(_ code: String) -> String {
        let result = run(code)
        if let error = result.error { return "ERROR \(error.line):\(error.column): \(error.message)" }
        return result.blocks.text
    }

    /// The `line:column: message` of a cell that must fail.
    func error(_ code: String) -> String {
        let result = run(code)
        guard let error = result.error else { return "no error; output: \(result.blocks.text)" }
        return "\(error.line):\(error.column): \(error.message)"
    }
}

/// The output of one cell in a fresh session.
func output(_ code: String) -> String { Kernel().output(code) }

/// The error of one cell in a fresh session.
func failure(_ code: String) -> String { Kernel().error(code) }
