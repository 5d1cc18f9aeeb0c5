/// The feedback a student reads: their points, each test passed or failed with why, and the errors of
/// their own cells. Markdown; the caller may render it as a page too.
public enum Feedback {
    /// The feedback for `grade`, headed with the key's title.
    public static func markdown(_ grade: SubmissionGrade, keyTitle: String) -> String {
        var text = "# Feedback: \(keyTitle)\n\n"
        text += "Submission \(codeSpan(grade.path)): **\(grade.total) of \(grade.possible) points**.\n\n"
        for problem in grade.problems {
            text += "> **Not everything could run:** \(codeSpan(problem.split(separator: "\n").first.map(String.init) ?? ""))\n\n"
        }
        text += "| Test | Points | Result |\n|:--|--:|:--|\n"
        for outcome in grade.outcomes {
            let name = outcome.test.id + (outcome.test.hidden ? " (hidden)" : "")
            text += "| \(name) | \(outcome.earned) of \(outcome.test.points) | \(outcome.passed ? "passed" : "failed") |\n"
        }
        let failed = grade.outcomes.filter { !$0.passed }
        if !failed.isEmpty {
            text += "\n## Failed tests\n"
            for outcome in failed {
                text += "\n### \(outcome.test.id)\(outcome.test.hidden ? " (hidden)" : "")\n\n" + block(outcome.failure ?? "")
            }
        }
        if !grade.cellErrors.isEmpty {
            text += "\n## Errors in your cells\n\nEach cost only the tests that needed what the cell would have made.\n\n"
            text += grade.cellErrors.map(block).joined(separator: "\n")
        }
        return text
    }

    /// A fenced `text` block fenced with more backticks than any run inside `content`.
    static func block(_ content: String) -> String {
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(content) + 1))
        var body = content
        while body.hasSuffix("\n") { body.removeLast() }
        return fence + "text\n" + body + "\n" + fence + "\n"
    }

    /// Inline code that shows `content` as it is, whatever backticks it holds.
    static func codeSpan(_ content: String) -> String {
        let single = content.replacing("\n", with: " ")
        let fence = String(repeating: "`", count: longestBacktickRun(single) + 1)
        let pad = single.hasPrefix("`") || single.hasSuffix("`") ? " " : ""
        return fence + pad + single + pad + fence
    }

    private static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for character in text.unicodeScalars {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
