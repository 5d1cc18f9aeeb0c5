import Display
import NumericCore

extension ParityNetwork: Displayable {
    /// What the net is, the net on every input, and whether it is right on all of them.
    public var display: [DisplayBlock] {
        guard let data = try? Dataset.checkedParity(bits: bits, bipolar: bipolar),
              let outputs = try? network.predict(data.inputs).storage else { return [.text(summary)] }
        let verdict = verified ? "right on all \(data.count) inputs"
            : "wrong on \(zip(outputs, data.targets.storage).filter { $0 != $1 }.count) of the \(data.count) inputs"
        return [.text(summary), .table(table(data, outputs)), .text(verdict)]
    }

    public var inlineText: String { summary }

    /// The net's depth, inputs, shape and units.
    public var summary: String {
        let inputs = bipolar ? "{−1, 1}" : "{0, 1}"
        let layers = hiddenLayerSizes.count
        var text = "\(isDeep ? "deep" : "shallow") parity net over D = \(bits) inputs in \(inputs): \(UniversalNotation.shape(network)), "
            + "\(hiddenUnits) hidden step units in \(layers) hidden layer\(layers == 1 ? "" : "s")"
        if xorBlocks > 0 {
            text += " (\(xorBlocks) XOR blocks of 2 units"
                + (carryUnits > 0 ? ", \(carryUnits) carry unit\(carryUnits == 1 ? "" : "s"))" : ")")
        } else {
            text += " (one per odd pattern: 2^(D−1) = \(1 << (bits - 1)))"
        }
        return text
    }

    /// x₁ … x_D | parity | net, at most eighteen rows.
    func table(_ data: Dataset, _ outputs: [Double]) -> Table {
        let header = (0..<bits).map { NetworkNotation.name("x", $0 + 1) } + ["parity", "net"]
        let rows = NetworkNotation.shownRows(data.count, limit: 18).map { row -> [String] in
            guard let row else { return ["⋮"] + header.dropFirst().map { _ in "" } }
            return (0..<bits).map { NumberFormat.format(data.inputs[row, $0]) }
                + [NumberFormat.format(data.targets[row, 0]), NumberFormat.format(outputs[row])]
        }
        return Table(caption: "the net on every input (1 for an odd number of ones)", header: header, rows: rows)
    }
}

extension ParityUnitCounts: Displayable {
    /// The table of unit counts and the two growth laws on a log axis.
    public var display: [DisplayBlock] {
        var blocks: [DisplayBlock] = [.table(table)]
        if let plot = try? plot() { blocks.append(.plot(plot)) }
        return blocks
    }

    /// D | shallow | 2^(D−1) | deep | 2(D − 1) | carries | deep layers | verified.
    public var table: Table {
        Table(caption: "hidden units of the two parity nets, counted from the built nets",
              header: ["D", "shallow", "2^(D−1)", "deep", "2(D − 1)", "carries", "deep layers", "verified"],
              rows: rows.map { row in
                  [String(row.bits), String(row.shallowHiddenUnits), String(1 << (row.bits - 1)),
                   String(row.deepHiddenUnits), String(2 * (row.bits - 1)), String(row.deepCarryUnits),
                   String(row.deepHiddenLayers), row.verified ? "yes" : "no"]
              })
    }

    /// Hidden units of both nets against D, on a log axis.
    public func plot() throws -> Plot {
        let bits = rows.map { Double($0.bits) }
        return try Plot.lines([Plot.Series("shallow", x: bits, y: shallowUnits.map(Double.init)),
                               Plot.Series("deep", x: bits, y: deepUnits.map(Double.init))],
                              title: "hidden units for parity of D inputs", x: Plot.Axis("D"),
                              y: Plot.Axis("hidden units", scale: .logarithmic))
    }
}
