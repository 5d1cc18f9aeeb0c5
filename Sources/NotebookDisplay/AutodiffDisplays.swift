import Display
import NumericCore

// How dual numbers, tapes, gradients, ε sweeps and the cost of the two modes show in a handout.

/// Text shared by the autodiff displays, and by messages about autodiff arguments.
public enum AutodiffNotation {
    /// `∂f/∂x`.
    public static func partial(_ input: String) -> String { "∂f/∂\(input)" }

    /// `∂f/∂x = 9, ∂f/∂y = 13`.
    public static func partials(_ values: [Double], names: [String]) -> String {
        zip(names, values).map { "\(partial($0)) = \(NumberFormat.format($1))" }.joined(separator: ", ")
    }

    /// `1 pass`, `2 passes`.
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}

extension Dual: Displayable {
    /// `26 + 13ε`.
    public var display: [DisplayBlock] { [.text(description)] }
    public var inlineText: String { description }
}

extension TapeTable: Displayable {
    /// The node table, the link table, then one line per input summing its paths
    /// (Lecture 13, Figure 22: ∂f/∂y = 12 + 1 = 13).
    public var display: [DisplayBlock] {
        [.table(nodeTable), .table(linkTable), .text(pathSums.joined(separator: "\n"))]
    }

    /// node | operation | inputs | value | adjoint, inputs first, output last.
    var nodeTable: Table {
        let rows = nodes.map { node -> [String] in
            let operation = node.operation == "input" || node.operation == "constant"
                ? "\(node.operation) \(node.formula)" : node.operation
            return [node.name, operation, node.inputs.joined(separator: ", "),
                    NumberFormat.format(node.value), NumberFormat.format(node.adjoint)]
        }
        return Table(caption: "nodes in topological order (value from the forward pass, adjoint from the backward pass)",
                     header: ["node", "operation", "inputs", "value", "adjoint"], rows: rows)
    }

    /// link | adjoint of its upper end | local partial | number on the link.
    var linkTable: Table {
        let adjoints = Dictionary(nodes.map { ($0.name, $0.adjoint) }, uniquingKeysWith: { a, _ in a })
        let rows = links.map { link -> [String] in
            ["\(link.from) → \(link.to)", NumberFormat.format(adjoints[link.from] ?? 0),
             NumberFormat.format(link.localPartial), NumberFormat.format(link.contribution)]
        }
        return Table(caption: "links in backward-pass order (number on the link = adjoint × local partial)",
                     header: ["link", "adjoint", "local partial", "number on the link"], rows: rows)
    }

    /// `∂f/∂y = adjoint of n₆ = 12 + 1 = 13`, one line per input.
    var pathSums: [String] {
        nodes.filter { $0.operation == "input" }.map { input in
            let shares = links.filter { $0.to == input.name }.map(\.contribution)
            var line = "\(AutodiffNotation.partial(input.formula)) = adjoint of \(input.name) = "
            if shares.count > 1 {
                // 0.05 − 0.138861 rather than 0.05 + -0.138861.
                for (position, share) in shares.enumerated() {
                    if position == 0 { line += NumberFormat.format(share) }
                    else { line += (share < 0 ? " − " : " + ") + NumberFormat.format(Swift.abs(share)) }
                }
                line += " = "
            }
            return line + NumberFormat.format(input.adjoint)
        }
    }
}

extension Tape: Displayable {
    /// The nodes recorded so far, in the order computed, with what was asked for and computed.
    public var display: [DisplayBlock] {
        let rows = nodes.enumerated().map { index, node in
            [String(index), node.operation.symbol, node.operation.formula(node.inputs.map { "node \($0)" }),
             NumberFormat.format(node.value)]
        }
        let caption = "tape: \(nodes.count) nodes in the order computed; \(operationsRequested) operations asked for, \(operationsComputed) computed"
        return [.table(Table(caption: caption, header: ["node", "operation", "computes", "value"], rows: rows))]
    }
}

extension Adjoints: Displayable {
    /// The backward pass as its tape table (``TapeTable``): nodes, links and path sums.
    public var display: [DisplayBlock] { TapeTable(adjoints: self).display }
}

extension ReverseGradient: Displayable {
    /// A summary line, then the tape table.
    public var display: [DisplayBlock] {
        let summary = "reverse mode: \(forwardPasses) forward pass, \(backwardPasses) backward pass; f = \(NumberFormat.format(value)), "
            + AutodiffNotation.partials(partials, names: names)
        return [.text(summary)] + table().display
    }
}

extension ForwardGradient: Displayable {
    /// pass | x | y | f, one row per pass, then the value and the partials.
    public var display: [DisplayBlock] {
        let rows = (0..<(point.isEmpty ? 0 : passes)).map { pass in
            [String(pass + 1)] + inputs(ofPass: pass).map(\.description) + [output(ofPass: pass).description]
        }
        let caption = "forward mode: \(AutodiffNotation.count(passes, "pass", "passes")), one per input, ε on that input"
        return [
            .table(Table(caption: caption, header: ["pass"] + names + ["f"], rows: rows)),
            .text("f = \(NumberFormat.format(value)), " + AutodiffNotation.partials(partials, names: names)),
        ]
    }
}

extension EpsilonSweep: Displayable {
    /// The table of steps, a log-log plot of the error against ε, and the best step.
    public var display: [DisplayBlock] {
        let table = Table(caption: "central differences for \(AutodiffNotation.partial(input)) against reverse mode (\(NumberFormat.format(analytic)))",
                          header: ["ε", "central difference", "relative error"],
                          rows: rows.map { [NumberFormat.format($0.epsilon), NumberFormat.format($0.numerical),
                                            NumberFormat.format($0.relativeError)] })
        var blocks: [DisplayBlock] = [.table(table)]
        if let plot = try? Plot.lines([Plot.Series("relative error", x: epsilons, y: errors)],
                                      title: "error of the central difference against ε",
                                      x: Plot.Axis("ε", scale: .logarithmic),
                                      y: Plot.Axis("relative error", scale: .logarithmic)) {
            blocks.append(.plot(plot))
        }
        blocks.append(.text("smallest error \(NumberFormat.format(smallestError)) at ε = \(NumberFormat.format(bestEpsilon))"))
        return blocks
    }
}

extension AutodiffCost: Displayable {
    /// One row per mode: passes, operations, backward steps and their total.
    public var display: [DisplayBlock] {
        func row(_ mode: String, _ cost: AutodiffModeCost) -> [String] {
            [mode, String(cost.forwardPasses), String(cost.backwardPasses), String(cost.forwardOperations),
             String(cost.backwardSteps), String(cost.total)]
        }
        let caption = "cost of all \(inputs) partials of a function of \(AutodiffNotation.count(inputs, "input", "inputs")), \(AutodiffNotation.count(operationsPerEvaluation, "operation", "operations")) per evaluation"
        return [.table(Table(caption: caption,
                             header: ["mode", "forward passes", "backward passes", "forward operations", "backward steps", "total"],
                             rows: [row("forward (duals)", forwardMode), row("reverse (tape)", reverseMode)]))]
    }
}
