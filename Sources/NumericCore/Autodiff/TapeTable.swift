/// How the nodes of a tape table are named.
public enum TapeNodeNaming: Sendable {
    /// `n₁` is the result, then breadth-first towards the inputs, operands left to right
    /// (Lecture 13, Figure 22: n₁ = n₂ + n₃, n₂ = n₄n₅, …).
    case fromOutput
    /// `v₁ … v_N` in the order computed, inputs first (Grosse, Lecture 6 §2.4).
    case forwardOrder
}

/// One node of a tape table: what a lecture writes inside and beside a node of the graph.
public struct TapeNodeRow: Sendable, Equatable {
    /// The node's position on the tape.
    public let index: Int
    /// `n₁`, `v₃`, …
    public let name: String
    /// The operation's symbol: `input`, `constant`, `+`, `×`, `^2`, `sin`, …
    public let operation: String
    /// The node in terms of its inputs: `n₄ × n₅`, `n₆²`, `y`, `5`.
    public let formula: String
    /// The names of the nodes it was computed from, in operand order.
    public let inputs: [String]
    /// The value from the forward pass.
    public let value: Double
    /// ∂output/∂node from the backward pass.
    public let adjoint: Double
}

/// One link of a tape table, from a node to one of its inputs, with the numbers written on it.
public struct TapeLinkRow: Sendable, Equatable {
    /// The node computed from the input (nearer the output): `n₄`.
    public let from: String
    /// The input: `n₆`.
    public let to: String
    /// ∂from/∂to, evaluated in the forward pass (Lecture 13 eq. 12: ∂n₄/∂n₆ = 6).
    public let localPartial: Double
    /// adjoint(from) × ∂from/∂to: this path's share of the input's adjoint, the number Lecture 13
    /// records on the link (12 on n₄ → n₆; the shares into a node add up to its adjoint).
    public let contribution: Double
}

/// A tape shown as the lectures draw it: its nodes with values and adjoints, and its links with
/// their numbers; plain data for the display layer to render as tables or a graph.
///
/// Nodes appear in topological order (inputs first, output last); only the nodes the output
/// depends on, plus every input, are included. Links appear in backward-pass order: a node's
/// links are listed once its adjoint is final.
public struct TapeTable: Sendable, Equatable {
    /// The nodes, inputs first.
    public let nodes: [TapeNodeRow]
    /// The links, in the order the backward pass follows them.
    public let links: [TapeLinkRow]

    /// Builds the table for the backward pass `adjoints`.
    public init(adjoints: Adjoints, naming: TapeNodeNaming = .fromOutput) {
        let tape = adjoints.tape
        let nodes = tape.nodes
        let included = Self.ancestors(of: adjoints.output, in: nodes)
            .union(nodes.indices.filter { if case .input = nodes[$0].operation { true } else { false } })
        let shown = included.sorted()

        var names: [Int: String] = [:]
        switch naming {
        case .forwardOrder:
            for (position, i) in shown.enumerated() { names[i] = AutodiffText.subscripted("v", position + 1) }
        case .fromOutput:
            var queue = [adjoints.output]
            var head = 0
            names[adjoints.output] = AutodiffText.subscripted("n", 1)
            while head < queue.count {
                let i = queue[head]
                head += 1
                for input in nodes[i].inputs where names[input] == nil {
                    names[input] = AutodiffText.subscripted("n", names.count + 1)
                    queue.append(input)
                }
            }
            for i in shown where names[i] == nil {
                names[i] = AutodiffText.subscripted("n", names.count + 1)
            }
        }

        self.nodes = shown.map { i in
            let node = nodes[i]
            let inputNames = node.inputs.map { names[$0]! }
            return TapeNodeRow(index: i, name: names[i]!, operation: node.operation.symbol,
                               formula: node.operation.formula(inputNames), inputs: inputNames,
                               value: node.value, adjoint: adjoints.values[i])
        }
        self.links = shown.reversed().flatMap { i in
            zip(nodes[i].inputs, nodes[i].localPartials).map { input, partial in
                TapeLinkRow(from: names[i]!, to: names[input]!, localPartial: partial,
                            contribution: adjoints.values[i] * partial)
            }
        }
    }

    /// `output` and every node it was computed from.
    private static func ancestors(of output: Int, in nodes: [Tape.Node]) -> Set<Int> {
        var seen: Set<Int> = [output]
        var stack = [output]
        while let i = stack.popLast() {
            for input in nodes[i].inputs where seen.insert(input).inserted { stack.append(input) }
        }
        return seen
    }
}

extension Tape {
    /// The table of nodes and links after a backward pass from `output`.
    public func table(for output: TapeVariable, naming: TapeNodeNaming = .fromOutput) -> TapeTable {
        TapeTable(adjoints: backward(from: output), naming: naming)
    }
}
