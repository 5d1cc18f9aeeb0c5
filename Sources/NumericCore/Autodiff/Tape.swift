/// The computational graph of one function evaluation, recorded as the function runs on
/// ``TapeVariable``s, then walked backwards to accumulate adjoints (reverse mode).
///
/// Nodes are stored in the order they were computed, which is a topological order: every node's
/// inputs come before it (Grosse, Lecture 6 §2.4: v₁, …, v_N). A node keeps its value and the
/// local partials ∂node/∂input, so the backward pass only multiplies and adds.
///
/// Repeated subexpressions are computed once (Moon, "Repeated Subexpressions"; Grosse §2.1: "wx + b
/// is computed a total of four times"). Reusing a Swift value (`let s = x * x; s + sin(s)`) is
/// one node used twice; and when ``sharesRepeatedSubexpressions`` is on, asking again for the same
/// operation on the same inputs (`sin(x * x) + cos(x * x)`) returns the existing node instead of
/// recording a new one. `a + b` and `b + a` count as the same node; constants with the same
/// value are one node; inputs are never merged.
///
/// A tape is not thread-safe: record and differentiate one function on one task.
public final class Tape {
    /// One computed value in the graph.
    public struct Node: Sendable, Equatable {
        /// What the node computes.
        public let operation: TapeOperation
        /// Indices of the nodes it was computed from, in operand order.
        public let inputs: [Int]
        /// The value computed in the forward pass.
        public let value: Double
        /// ∂(this node)/∂(input) for each input, evaluated in the forward pass.
        public let localPartials: [Double]
    }

    /// Every recorded node, in the order computed.
    public private(set) var nodes: [Node] = []
    /// Whether asking again for an existing (operation, inputs) node reuses it.
    public let sharesRepeatedSubexpressions: Bool
    /// How many operations the function asked for (inputs and constants excluded).
    public private(set) var operationsRequested = 0
    /// How many operations were actually computed: requested minus those found already on the tape.
    public private(set) var operationsComputed = 0

    private struct NodeKey: Hashable {
        let operation: TapeOperation
        let inputs: [Int]
    }
    private var existingNodes: [NodeKey: Int] = [:]

    /// Creates an empty tape.
    public init(sharesRepeatedSubexpressions: Bool = true) {
        self.sharesRepeatedSubexpressions = sharesRepeatedSubexpressions
    }

    /// Records an input of the function.
    public func variable(_ value: Double, name: String) -> TapeVariable {
        nodes.append(Node(operation: .input(name: name), inputs: [], value: value, localPartials: []))
        return TapeVariable(tape: self, index: nodes.count - 1)
    }

    /// Records a constant (or finds the node already holding it).
    public func constant(_ value: Double) -> TapeVariable {
        TapeVariable(tape: self, index: record(.constant(value), inputs: [], counted: false) {
            (value, [])
        })
    }

    /// Records `operation` on `inputs`, or returns the node that already computes it; `evaluate`
    /// gives the value and the local partials and runs only when a new node is needed.
    func record(_ operation: TapeOperation, inputs: [Int], counted: Bool = true,
                evaluate: () -> (value: Double, partials: [Double])) -> Int {
        if counted { operationsRequested += 1 }
        let key = NodeKey(operation: operation,
                          inputs: operation.isCommutative ? inputs.sorted() : inputs)
        if sharesRepeatedSubexpressions, let existing = existingNodes[key] { return existing }
        let (value, partials) = evaluate()
        if counted { operationsComputed += 1 }
        nodes.append(Node(operation: operation, inputs: inputs, value: value, localPartials: partials))
        existingNodes[key] = nodes.count - 1
        return nodes.count - 1
    }

    /// The backward pass from `output`: adjoint v̄ = ∂output/∂v of every node, accumulated over
    /// every path (Lecture 13: ∂f/∂y = 12 + 1 = 13).
    ///
    /// Grosse's algorithm: v̄_N = 1, then for i = N−1 … 1, v̄ᵢ = Σ over children j of v̄ⱼ ∂vⱼ/∂vᵢ.
    /// Walking the tape backwards, each node pushes its finished adjoint to its inputs.
    public func backward(from output: TapeVariable) -> Adjoints {
        let outputIndex = index(of: output)
        var adjoints = [Double](repeating: 0, count: nodes.count)
        adjoints[outputIndex] = 1
        var steps = 0
        for i in stride(from: outputIndex, through: 0, by: -1) where adjoints[i] != 0 {
            let node = nodes[i]
            for (input, partial) in zip(node.inputs, node.localPartials) {
                adjoints[input] += adjoints[i] * partial
                steps += 1
            }
        }
        return Adjoints(tape: self, output: outputIndex, values: adjoints, steps: steps)
    }

    /// The node index of `variable`, recording it first if it is a free constant.
    func index(of variable: TapeVariable) -> Int {
        switch variable.storage {
        case .constant(let c):
            return constant(c).storage.nodeIndex!
        case .node(let tape, let index):
            precondition(tape === self, "a tape variable was used with a tape it does not belong to")
            return index
        }
    }
}

/// The adjoints of one backward pass: ∂output/∂v for every node v on the tape.
public struct Adjoints {
    /// The tape the pass ran on.
    public let tape: Tape
    /// The node the pass started from (its adjoint is 1).
    public let output: Int
    /// Adjoint of each node, by node index; nodes the output does not depend on have 0.
    public let values: [Double]
    /// Multiply-adds performed: one per link followed backwards.
    public let steps: Int

    /// ∂output/∂variable (0 for a constant).
    public subscript(variable: TapeVariable) -> Double {
        guard case .node(let t, let i) = variable.storage else { return 0 }
        precondition(t === tape, "a tape variable was used with a tape it does not belong to")
        return values[i]
    }
}
