import Display
import NotebookDisplay
import NumericCore

/// `shallowParityNetwork(bits:)` and `deepParityNetwork(bits:bipolar:)`: parity of D inputs by one
/// wide layer (2^(D−1) pattern units) or by a tree of XOR blocks (linear in D), checked on every input.
final class ParityNetworkObject: ConstructedNetworkReport {
    let parity: ParityNetwork
    let networkObject: NetworkObject
    /// `shallow` or `deep`, for the summary.
    let depth: String
    let data: Dataset
    let outputs: [Double]

    init(_ parity: ParityNetwork, depth: String) throws {
        self.parity = parity
        self.depth = depth
        networkObject = NetworkObject(parity.network)
        data = try Dataset.parity(bits: parity.bits, bipolar: parity.bipolar)
        outputs = try parity.network.predict(data.inputs).storage
    }

    var typeName: String { "ParityNetwork" }

    var summary: String {
        let d = parity.bits
        let inputs = parity.bipolar ? "{−1, 1}" : "{0, 1}"
        let layers = parity.hiddenLayerSizes.count
        var text = "\(depth) parity net over D = \(d) inputs in \(inputs): \(UniversalDisplay.shape(parity.network)), "
            + "\(parity.hiddenUnits) hidden step units in \(layers) hidden layer\(layers == 1 ? "" : "s")"
        if parity.xorBlocks > 0 {
            text += " (\(parity.xorBlocks) XOR blocks of 2 units"
                + (parity.carryUnits > 0 ? ", \(parity.carryUnits) carry unit\(parity.carryUnits == 1 ? "" : "s"))" : ")")
        } else {
            text += " (one per odd pattern: 2^(D−1) = \(1 << (d - 1)))"
        }
        return text
    }

    var verdict: String {
        parity.verified ? "right on all \(data.count) inputs"
            : "wrong on \(zip(outputs, data.targets.storage).filter { $0 != $1 }.count) of the \(data.count) inputs"
    }

    var table: Table {
        let d = parity.bits
        let header = (0..<d).map { NetworkNotation.name("x", $0 + 1) } + ["parity", "net"]
        let rows = NetworkNotation.shownRows(data.count, limit: 18).map { row -> [String] in
            guard let row else { return ["⋮"] + header.dropFirst().map { _ in "" } }
            return (0..<d).map { UniversalDisplay.number(data.inputs[row, $0]) }
                + [UniversalDisplay.number(data.targets[row, 0]), UniversalDisplay.number(outputs[row])]
        }
        return Table(caption: "the net on every input (1 for an odd number of ones)", header: header, rows: rows)
    }

    func display() -> [DisplayBlock] { [.text(summary), .table(table), .text(verdict)] }

    var description: String { summary + "\n" + verdict }

    var memberNames: [String] {
        ["network", "bits", "bipolar", "hiddenUnits", "hiddenLayerSizes", "xorBlocks", "carryUnits", "verified",
         "inputs", "outputs", "targets"] + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network": return .object(networkObject)
        case "bits": return .int(parity.bits)
        case "bipolar": return .bool(parity.bipolar)
        case "hiddenUnits": return .int(parity.hiddenUnits)
        case "hiddenLayerSizes": return UniversalDisplay.integers(parity.hiddenLayerSizes)
        case "xorBlocks": return .int(parity.xorBlocks)
        case "carryUnits": return .int(parity.carryUnits)
        case "verified": return .bool(parity.verified)
        case "inputs": return .matrix(data.inputs)
        case "outputs": return UniversalDisplay.numbers(outputs)
        case "targets": return UniversalDisplay.numbers(data.targets.storage)
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        try networkMethod(name, arguments: arguments, context: context)
    }
}

/// `parityUnitCounts(bits: 2...10)`: both parity nets built and checked for each D, their hidden
/// units side by side, and the two growth laws on a log axis.
final class ParityUnitCountsObject: CellObject {
    let rows: [ParityUnitCountRow]
    let plot: Plot

    init(_ rows: [ParityUnitCountRow]) throws {
        self.rows = rows
        let bits = rows.map { Double($0.bits) }
        plot = try Plot.lines([Plot.Series("shallow", x: bits, y: rows.map { Double($0.shallowHiddenUnits) }),
                               Plot.Series("deep", x: bits, y: rows.map { Double($0.deepHiddenUnits) })],
                              title: "hidden units for parity of D inputs", x: Plot.Axis("D"),
                              y: Plot.Axis("hidden units", scale: .logarithmic))
    }

    var typeName: String { "ParityUnitCounts" }

    var table: Table {
        Table(caption: "hidden units of the two parity nets, counted from the built nets",
              header: ["D", "shallow", "2^(D−1)", "deep", "2(D − 1)", "carries", "deep layers", "verified"],
              rows: rows.map { row in
                  [String(row.bits), String(row.shallowHiddenUnits), String(1 << (row.bits - 1)),
                   String(row.deepHiddenUnits), String(2 * (row.bits - 1)), String(row.deepCarryUnits),
                   String(row.deepHiddenLayers), row.verified ? "yes" : "no"]
              })
    }

    func display() -> [DisplayBlock] { [.table(table), .plot(plot)] }

    var memberNames: [String] { ["bits", "shallowUnits", "deepUnits", "deepLayers", "carryUnits", "verified", "plot", "table"] }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "bits": return UniversalDisplay.integers(rows.map(\.bits))
        case "shallowUnits": return UniversalDisplay.integers(rows.map(\.shallowHiddenUnits))
        case "deepUnits": return UniversalDisplay.integers(rows.map(\.deepHiddenUnits))
        case "deepLayers": return UniversalDisplay.integers(rows.map(\.deepHiddenLayers))
        case "carryUnits": return UniversalDisplay.integers(rows.map(\.deepCarryUnits))
        case "verified": return .bool(rows.allSatisfy(\.verified))
        case "plot": return .object(PlotObject(plot))
        case "table": return .object(UniversalTableObject(table))
        default: return nil
        }
    }
}
