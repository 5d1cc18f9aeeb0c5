/// What a tape node computes from its inputs.
public enum TapeOperation: Hashable, Sendable {
    /// `x`: an input of the function, by name.
    case input(name: String)
    /// `5`: a constant.
    case constant(Double)
    /// `a + b`
    case add
    /// `a − b`
    case subtract
    /// `a × b`
    case multiply
    /// `a ÷ b`
    case divide
    /// `−a`
    case negate
    /// `aʳ` for a constant exponent r.
    case power(Double)
    /// `sin(a)`, `exp(a)`, …: an ``ElementaryFunction`` by name.
    case function(String)

    /// The operation's symbol as a table shows it: `input`, `constant`, `+`, `−`, `×`, `÷`, `neg`,
    /// `^2`, `sin`.
    public var symbol: String {
        switch self {
        case .input: "input"
        case .constant: "constant"
        case .add: "+"
        case .subtract: "−"
        case .multiply: "×"
        case .divide: "÷"
        case .negate: "neg"
        case .power(let r): "^" + AutodiffText.number(r)
        case .function(let name): name
        }
    }

    /// The node written in terms of its inputs' names: `n₄ × n₅`, `n₆²`, `sin(n₃)`, `x`, `5`.
    public func formula(_ inputs: [String]) -> String {
        switch self {
        case .input(let name): name
        case .constant(let c): AutodiffText.number(c)
        case .add: "\(inputs[0]) + \(inputs[1])"
        case .subtract: "\(inputs[0]) − \(inputs[1])"
        case .multiply: "\(inputs[0]) × \(inputs[1])"
        case .divide: "\(inputs[0]) ÷ \(inputs[1])"
        case .negate: "−\(inputs[0])"
        case .power(let r): inputs[0] + AutodiffText.exponent(r)
        case .function(let name): "\(name)(\(inputs[0]))"
        }
    }

    /// Whether swapping the two inputs gives the same node (`a + b` is `b + a`).
    var isCommutative: Bool { self == .add || self == .multiply }
}
