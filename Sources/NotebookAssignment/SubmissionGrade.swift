/// How one key test went on one submission.
public struct TestOutcome: Sendable, Codable, Equatable {
    /// The key's test.
    public var test: Assignment.Test
    /// Why it failed, as `file:line:col: error: …` (both values in an `expect` message); `nil` when it passed.
    public var failure: String?

    /// Creates an outcome.
    public init(test: Assignment.Test, failure: String?) {
        self.test = test
        self.failure = failure
    }

    /// Whether the test passed.
    public var passed: Bool { failure == nil }
    /// The points it earned: all or none.
    public var earned: Int { passed ? test.points : 0 }
}

/// Everything grading one submission found.
public struct SubmissionGrade: Sendable, Codable, Equatable {
    /// The submission's path as given.
    public var path: String
    /// One outcome per key test, in the key's order.
    public var outcomes: [TestOutcome]
    /// Errors raised by the student's own cells, formatted; they cost only the tests they break.
    public var cellErrors: [String] = []
    /// Why some or all of the submission could not run (not a notebook, a cell that stopped its worker).
    public var problems: [String] = []

    /// Creates a grade.
    public init(path: String, outcomes: [TestOutcome], cellErrors: [String] = [], problems: [String] = []) {
        self.path = path
        self.outcomes = outcomes
        self.cellErrors = cellErrors
        self.problems = problems
    }

    /// A grade of zero on every test of `assignment`, for a submission that could not be graded at all.
    public static func zero(_ path: String, of assignment: Assignment, because problem: String) -> SubmissionGrade {
        SubmissionGrade(path: path, outcomes: assignment.tests.map { TestOutcome(test: $0, failure: "not run: \(problem)") },
                        problems: [problem])
    }

    /// Points earned.
    public var total: Int { outcomes.reduce(0) { $0 + $1.earned } }
    /// Points possible.
    public var possible: Int { outcomes.reduce(0) { $0 + $1.test.points } }

    /// The gradebook's status: `graded`, else the first problem's first line.
    public var status: String {
        guard let problem = problems.first else { return "graded" }
        return String(problem.split(separator: "\n", maxSplits: 1).first ?? "")
    }
}
