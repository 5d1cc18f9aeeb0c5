/// The options after the word `swift` in a cell's info string.
public struct CellOptions: Sendable, Equatable {
    /// `hide-code`: run; the handout shows only the output.
    public var hideCode = false
    /// `hide-output`: run; the handout shows only the code.
    public var hideOutput = false
    /// `no-run`: show the code; never run it.
    public var noRun = false
    /// `should-fail`: the cell must raise an error, whose text becomes its output.
    public var shouldFail = false
    /// `solution`: the whole cell is the exercise's answer; `nbrun assign` replaces it by a stub.
    public var solution = false
    /// `test`: an assignment's test cell; its `expect` lines are the tests.
    public var test = false
    /// `points=N`: what a test cell is worth; `nil` when not given, and a test cell is then worth 1.
    public var points: Int?
    /// `hidden`: a test cell students never see; `nbrun assign` removes it.
    public var hidden = false

    /// Creates options with every flag off.
    public init() {}

    /// The option words, as written in an info string, in the order the README lists them.
    public static var names: [String] { CellOption.table.map(\.spelling) }
}

/// One row of the table of cell options: its name, what it means and its effect on ``CellOptions``.
///
/// The parser, the README's list, the error's "did you mean" and the option list in that error all
/// read ``table``; a new option is one more row.
public struct CellOption: Sendable {
    /// The word before any `=`: `points` in `points=2`.
    public var name: String
    /// How the option is written, with a placeholder for its value (`points=N`).
    public var spelling: String
    /// One sentence for users.
    public var documentation: String
    /// Sets the option from its value (the text after `=`; `nil` without one); a message when the value is wrong.
    let apply: @Sendable (inout CellOptions, String?) -> String?

    /// Every cell option.
    public static let table: [CellOption] = [
        flag("hide-code", "run; the handout shows only the output") { $0.hideCode = true },
        flag("hide-output", "run; the handout shows only the code") { $0.hideOutput = true },
        flag("no-run", "show the code; never run it") { $0.noRun = true },
        flag("should-fail", "the cell must raise an error; the error text is its output; a cell that does not fail is a failure") {
            $0.shouldFail = true
        },
        flag("solution", "assignments: the whole cell is the answer; the student version has a stub in its place") {
            $0.solution = true
        },
        flag("test", "assignments: a test cell; its expect lines are the tests, graded from the key") { $0.test = true },
        CellOption(name: "points", spelling: "points=N",
                   documentation: "assignments: what a test cell is worth, a whole number from 0 to 1000 (default 1)") { options, value in
            guard let value, let points = Int(value), (0...1000).contains(points) else {
                return "points takes a whole number from 0 to 1000, as in points=2"
            }
            options.points = points
            return nil
        },
        flag("hidden", "assignments: a test students never see; the student version leaves it out") { $0.hidden = true },
    ]

    /// An option without a value.
    private static func flag(_ name: String, _ documentation: String,
                             _ set: @escaping @Sendable (inout CellOptions) -> Void) -> CellOption {
        CellOption(name: name, spelling: name, documentation: documentation) { options, value in
            if value != nil { return "\(name) takes no value" }
            set(&options)
            return nil
        }
    }

    /// Reads one word of an info string into `options`; the message when it is not a known option or
    /// its value is wrong.
    static func read(_ word: String, into options: inout CellOptions) -> String? {
        let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard let option = table.first(where: { $0.name == name }) else {
            var message = "unknown cell option '\(word)'"
            if let near = closest(to: name, in: table.map(\.name)) {
                message += "; did you mean '\(table.first { $0.name == near }!.spelling)'?"
            }
            return message + " (options: \(CellOptions.names.joined(separator: ", ")))"
        }
        return option.apply(&options, parts.count > 1 ? String(parts[1]) : nil)
    }

    /// Options that only make sense together: the message for a combination that does not.
    static func problem(with options: CellOptions) -> String? {
        if (options.hidden || options.points != nil) && !options.test { return "\(options.hidden ? "hidden" : "points") needs test: a test cell is written 'swift test points=2'" }
        if options.test && options.solution { return "a cell is a test or a solution, not both" }
        if options.test && (options.noRun || options.shouldFail) { return "a test cell must run and pass; drop \(options.noRun ? "no-run" : "should-fail")" }
        return nil
    }
}
