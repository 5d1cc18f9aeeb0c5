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

    /// Every option word, as written in an info string.
    public static let names = ["hide-code", "hide-output", "no-run", "should-fail"]

    /// Creates options with every flag off.
    public init() {}

    /// Sets the option spelled `name`; returns `false` for an unknown word.
    mutating func set(_ name: String) -> Bool {
        switch name {
        case "hide-code": hideCode = true
        case "hide-output": hideOutput = true
        case "no-run": noRun = true
        case "should-fail": shouldFail = true
        default: return false
        }
        return true
    }
}
