import Display
import NumericCore

// How backpropagation, gradient checks, training runs and confusion matrices show in a handout.

extension Gradients: Displayable, CustomStringConvertible {
    /// J (and the penalty), then per layer from the output back: the sensitivities ∂J/∂z and ∂J/∂W, ∂J/∂b.
    public var display: [DisplayBlock] {
        var summary = "J = \(NetworkNotation.number(loss)) (.\(lossFunction))"
        if penalty != 0 {
            summary += " + penalty \(NetworkNotation.number(penalty)) = \(NetworkNotation.number(objective))"
        }
        var blocks: [DisplayBlock] = [.text(summary + "; layers from the output back")]
        for index in network.layers.indices.reversed() {
            let sensitivity = sensitivities[index]
            let names = NetworkNotation.unitNames("z", of: index, in: network).map { "∂J/∂" + $0 }
            let columns = NetworkNotation.shownColumns(sensitivity.columns, limit: 8)
            let rows = NetworkNotation.shownRows(sensitivity.rows).map { row -> [String] in
                guard let row else { return ["⋮"] + columns.dropFirst().map { _ in "" } }
                return columns.map { $0.map { NetworkNotation.number(sensitivity[row, $0]) } ?? "…" }
            }
            blocks.append(.table(Table(caption: "layer \(index + 1): sensitivities ∂J/∂z (a row per example)",
                                       header: columns.map { $0.map { names[$0] } ?? "…" }, rows: rows)))
            blocks.append(.table(NetworkNotation.parameterTable(
                caption: "layer \(index + 1): ∂J/∂W (a row per input) and ∂J/∂b",
                weights: weightGradients[index], bias: biasGradients[index],
                inputNames: NetworkNotation.inputNames(of: index, in: network),
                unitNames: NetworkNotation.unitNames("h", of: index, in: network), biasName: "∂b")))
        }
        return blocks
    }
}

extension GradientCheckEntry {
    /// `W¹[0,1]`, `b²[0]`, `x[2]`.
    public var name: String {
        guard let layer else { return "x[\(column)]" }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let mark = String(String(layer + 1).map { superscripts[Int(String($0))!] })
        return parameter == "bias" ? "b\(mark)[\(column)]" : "W\(mark)[\(row),\(column)]"
    }
}

extension GradientCheckReport: Displayable, CustomStringConvertible {
    /// The worst entry, and whether the check passed at its tolerance.
    public var verdict: String {
        let worst = worstEntry.map { "worst \($0.name): relative error \(NetworkNotation.number($0.relativeError)); " } ?? ""
        return worst + (passed ? "passed" : "FAILED")
            + " (tolerance \(NetworkNotation.number(tolerance)), ε = \(NetworkNotation.number(epsilon)))"
    }

    /// A table per layer (numeric, analytic, relative error for each parameter), then the verdict.
    public var display: [DisplayBlock] {
        let groups = Dictionary(grouping: entries, by: { $0.layer ?? -1 })
        var blocks: [DisplayBlock] = []
        for layer in groups.keys.sorted() {
            let entries = groups[layer]!
            let rows = NetworkNotation.shownRows(entries.count, limit: 24).map { index -> [String] in
                guard let index else { return ["⋮", "", "", ""] }
                let entry = entries[index]
                return [entry.name, NetworkNotation.number(entry.numeric),
                        NetworkNotation.number(entry.analytic), NetworkNotation.number(entry.relativeError)]
            }
            let caption = layer < 0 ? "∂f/∂x: central difference against the given gradient" : "layer \(layer + 1): central difference against backprop"
            blocks.append(.table(Table(caption: caption, header: ["parameter", "numeric", "analytic", "relative error"], rows: rows)))
        }
        return blocks + [.text(verdict)]
    }

    public var description: String { verdict }
}

extension TrainingHistory: Displayable, CustomStringConvertible {
    /// Epochs, loss, learning rate, batching, penalty and the final loss in one line.
    public var summary: String {
        var text = "trained \(losses.count) epochs (.\(loss), η = \(NetworkNotation.number(learningRate)), .\(batch)"
        if !regularization.isNone { text += ", \(regularization)" }
        return text + "): final loss \(NetworkNotation.number(finalLoss))"
    }

    /// The loss per epoch on a log axis (linear when a loss reaches exactly 0); a loss that cannot be
    /// drawn (none, or not finite) stops the program, ``lossCurvePlot()`` throws instead.
    public var lossCurve: Plot { stopOnError { try lossCurvePlot() } }

    /// The loss curve, or the error that says why it cannot be drawn.
    public func lossCurvePlot() throws -> Plot {
        let scale: Plot.AxisScale = losses.allSatisfy { $0 > 0 } ? .logarithmic : .linear
        return try Plot.lossCurve(losses, title: "loss curve", scale: scale)
    }

    /// The summary line, then the loss curve.
    public var display: [DisplayBlock] {
        guard let plot = try? lossCurvePlot() else { return [.text(summary)] }
        return [.text(summary), .plot(plot)]
    }

    public var description: String { summary }
}

extension ConfusionMatrix: Displayable, CustomStringConvertible {
    /// Rows: true class; columns: predicted; with the accuracy in the caption.
    public var display: [DisplayBlock] {
        let names = classNames ?? (0..<counts.rows).map(String.init)
        let rows = (0..<counts.rows).map { row in [names[row]] + (0..<counts.columns).map { NetworkNotation.number(counts[row, $0]) } }
        return [.table(Table(caption: "confusion matrix (rows: true class, columns: predicted); accuracy \(NetworkNotation.number(accuracy))",
                             header: ["true \\ predicted"] + names, rows: rows))]
    }
}

extension ClosureGradientCheckReport: Displayable, CustomStringConvertible {
    /// One row per input (the checked derivative, the central difference, the relative error), then the verdict.
    public var display: [DisplayBlock] {
        let table = rows.map { row in
            [row.name, NumberFormat.format(row.analytic), NumberFormat.format(row.numerical),
             NumberFormat.format(row.relativeError), row.passed ? "pass" : "FAIL"]
        }
        let caption = "gradient check: \(analyticSource) against central differences, ε = \(NumberFormat.format(epsilon))"
        let comparison = passed ? "≤" : ">"
        return [
            .table(Table(caption: caption, header: ["input", analyticSource, "central difference", "relative error", ""],
                         rows: table)),
            .text("\(passed ? "passed" : "FAILED"): worst relative error \(NumberFormat.format(worstRelativeError)) \(comparison) tolerance \(NumberFormat.format(tolerance))"),
        ]
    }
}
