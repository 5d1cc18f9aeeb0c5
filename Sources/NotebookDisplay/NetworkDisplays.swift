import Display
import NumericCore

// How the network verbs' results show in a handout: tables named as in Lecture 13 (inputs x₁ x₂ …,
// units h₁ h₂ … numbered through all layers, their pre-activations z₁ z₂ …).

extension Network: Displayable, CustomStringConvertible {
    /// The caption if any, a heading with the sizes and the parameter count, then each layer's weights and bias.
    public var display: [DisplayBlock] {
        var heading = "Network " + sizes.map(String.init).joined(separator: " → ") + " (\(parameterCount) parameters)"
        if let caption { heading = caption + "\n" + heading }
        return [.text(heading)] + layers.indices.map { .table(layerTable(of: $0)) }
    }

    /// Layer `index`'s weights and bias, captioned with its shape and activation.
    public func layerTable(of index: Int) -> Table {
        let layer = layers[index]
        let caption = "layer \(index + 1): \(layer.inputCount) → \(layer.outputCount), .\(layer.activation)"
            + "  (W \(layer.weights.rows)×\(layer.weights.columns), b 1×\(layer.bias.columns))"
        return NetworkNotation.parameterTable(caption: caption, weights: layer.weights, bias: layer.bias,
                                              inputNames: NetworkNotation.inputNames(of: index, in: self),
                                              unitNames: NetworkNotation.unitNames("h", of: index, in: self))
    }
}

extension Layer: Displayable, CustomStringConvertible {
    /// The layer alone: its weights and bias, inputs x₁ … and units h₁ ….
    public var display: [DisplayBlock] {
        let caption = "Layer \(inputCount) → \(outputCount), .\(activation)"
        return [.table(NetworkNotation.parameterTable(caption: caption, weights: weights, bias: bias,
                                                       inputNames: (0..<inputCount).map { NetworkNotation.name("x", $0 + 1) },
                                                       unitNames: (0..<outputCount).map { NetworkNotation.name("h", $0 + 1) }))]
    }
}

extension ForwardTrace: Displayable, CustomStringConvertible {
    /// One table per layer: its inputs, then z, then h, a row per example (Lecture 13's table of
    /// x₁ x₂ h₁ h₂ h₃ for the four XOR points).
    public var display: [DisplayBlock] {
        network.layers.indices.map { .table(table(of: $0)) }
    }

    /// Layer `index`: its inputs, z = (inputs)·W + b and h = f(z), one row per example.
    public func table(of index: Int) -> Table {
        let layer = network.layers[index]
        let layerInputs = index == 0 ? inputs : activations[index - 1]
        let inputNames = NetworkNotation.inputNames(of: index, in: network)
        let inputColumns = NetworkNotation.shownColumns(layerInputs.columns, limit: 8)
        let unitColumns = NetworkNotation.shownColumns(layer.outputCount, limit: 8)
        let zNames = NetworkNotation.unitNames("z", of: index, in: network)
        let hNames = NetworkNotation.unitNames("h", of: index, in: network)
        let header = inputColumns.map { $0.map { inputNames[$0] } ?? "…" }
            + unitColumns.map { $0.map { zNames[$0] } ?? "…" } + unitColumns.map { $0.map { hNames[$0] } ?? "…" }
        func cells(_ matrix: Matrix, _ columns: [Int?], row: Int) -> [String] {
            columns.map { $0.map { NetworkNotation.number(matrix[row, $0]) } ?? "…" }
        }
        var rows: [[String]] = []
        for row in NetworkNotation.shownRows(inputs.rows) {
            guard let row else { rows.append(["⋮"] + header.dropFirst().map { _ in "" }); continue }
            rows.append(cells(layerInputs, inputColumns, row: row) + cells(preActivations[index], unitColumns, row: row)
                        + cells(activations[index], unitColumns, row: row))
        }
        let input = index == 0 ? "x" : "h"
        let caption = "layer \(index + 1): z = \(input)·W + b, h = \(layer.activation.symbol)(z)"
            + (inputs.rows > 12 ? "  (\(inputs.rows) examples)" : "")
        return Table(caption: caption, header: header, rows: rows)
    }
}

extension Dataset: Displayable, CustomStringConvertible {
    /// A row per example (x₁ x₂ … then t₁ … or the class), cut after a dozen rows.
    public var display: [DisplayBlock] {
        let inputColumns = NetworkNotation.shownColumns(inputs.columns, limit: 8)
        let showsClass = labels != nil && targets.columns > 1
        var header = inputColumns.map { $0.map { NetworkNotation.name("x", $0 + 1) } ?? "…" }
        if showsClass {
            header.append("class")
        } else {
            header += (0..<targets.columns).map { targets.columns == 1 ? "t" : NetworkNotation.name("t", $0 + 1) }
        }
        var rows: [[String]] = []
        for row in NetworkNotation.shownRows(count) {
            guard let row else { rows.append(["⋮"] + header.dropFirst().map { _ in "" }); continue }
            var cells = inputColumns.map { $0.map { NetworkNotation.number(inputs[row, $0]) } ?? "…" }
            if showsClass, let labels {
                cells.append(classNames.map { $0[labels[row]] } ?? String(labels[row]))
            } else {
                cells += (0..<targets.columns).map { NetworkNotation.number(targets[row, $0]) }
            }
            rows.append(cells)
        }
        var caption = "Dataset: \(count) example\(count == 1 ? "" : "s"), \(inputs.columns) input\(inputs.columns == 1 ? "" : "s")"
        if showsClass { caption += ", \(classCount) classes (one-hot targets)" }
        return [.table(Table(caption: caption, header: header, rows: rows))]
    }
}

extension LinearFit: Displayable, CustomStringConvertible {
    /// The weights and bias as a table, then the mean squared error.
    public var display: [DisplayBlock] {
        let inputs = (0..<weights.rows).map { NetworkNotation.name("x", $0 + 1) }
        let outputs = weights.columns == 1 ? ["y"] : (0..<weights.columns).map { NetworkNotation.name("y", $0 + 1) }
        return [.table(NetworkNotation.parameterTable(caption: "least-squares fit y = x·w + b", weights: weights, bias: bias,
                                                      inputNames: inputs, unitNames: outputs)),
                .text("mean squared error \(NetworkNotation.number(meanSquaredError))")]
    }
}

extension PerceptronRun: Displayable, CustomStringConvertible {
    /// Whether the rule converged, in words.
    public var verdict: String {
        converged ? "converged: epoch \(epochs) made no errors"
            : "did not converge in \(epochs) epochs (still \(history.last?.errors ?? 0) errors in the last)"
    }

    /// A row per epoch (weights, bias, errors), then the verdict.
    public var display: [DisplayBlock] {
        guard let first = history.first else { return [.text(verdict)] }
        let weightCount = first.weights.count, biasCount = first.bias.count
        let header = ["epoch"] + (0..<weightCount).map { NetworkNotation.name("w", $0 + 1) }
            + (biasCount == 1 ? ["b"] : (0..<biasCount).map { NetworkNotation.name("b", $0 + 1) }) + ["errors"]
        let rows = NetworkNotation.shownRows(epochs, limit: 14).map { index -> [String] in
            guard let index else { return ["⋮"] + header.dropFirst().map { _ in "" } }
            let epoch = history[index]
            return [String(epoch.epoch)] + epoch.weights.storage.map(NetworkNotation.number)
                + epoch.bias.storage.map(NetworkNotation.number) + [String(epoch.errors)]
        }
        return [.table(Table(caption: "perceptron rule, weights and bias at the end of each epoch", header: header, rows: rows)),
                .text(verdict)]
    }
}

extension Displayable {
    /// The display's text, for `print` and string interpolation.
    public var description: String { display.text }
}

extension Activation: Displayable {
    /// `.sigmoid`: the name as a cell writes it after the dot.
    public var display: [DisplayBlock] { [.text(inlineText)] }
    public var inlineText: String { "." + rawValue }
}
