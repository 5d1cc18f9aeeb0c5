/// A parity net checked on all 2^D rows of `Dataset.parity(bits: D, bipolar:)`.
public struct ParityNetwork: Sendable, Equatable {
    /// The net: step hidden layers, linear output giving 1 for an odd number of 1s, else 0.
    public var network: Network
    /// The number D of inputs.
    public var bits: Int
    /// Whether the inputs are −1/1 (`true`) or 0/1.
    public var bipolar: Bool
    /// The hidden units per hidden layer.
    public var hiddenLayerSizes: [Int]
    /// The number of two-unit XOR blocks (deep net: D − 1; shallow net: 0).
    public var xorBlocks: Int
    /// Units that only carry a value one layer up, for levels with an odd count (deep net only).
    public var carryUnits: Int
    /// Whether the net's output equals the parity on every row.
    public var verified: Bool
    /// Whether this is the deep net (a tree of XOR blocks) rather than the shallow one.
    public var isDeep: Bool

    /// All hidden units.
    public var hiddenUnits: Int { hiddenLayerSizes.reduce(0, +) }
}

/// The shallow parity net over {−1, 1}^D: Grosse's indicator construction with a unit for each of
/// the 2^(D−1) odd-parity patterns (`IndicatorUnits.nonzeroRows`), one hidden layer.
///
/// A mistake (such as `bits: 0`) stops the program; ``ParityNetwork/shallow(bits:)`` throws instead.
public func shallowParityNetwork(bits: Int) -> ParityNetwork { stopOnError { try ParityNetwork.shallow(bits: bits) } }

/// The deep parity net (see ``ParityNetwork/deep(bits:bipolar:)``); a mistake stops the program.
public func deepParityNetwork(bits: Int, bipolar: Bool = true) -> ParityNetwork {
    stopOnError { try ParityNetwork.deep(bits: bits, bipolar: bipolar) }
}

extension ParityNetwork {
    /// The shallow parity net, or an error for a bad `bits`.
    public static func shallow(bits: Int) throws -> ParityNetwork {
        let data = try Dataset.checkedParity(bits: bits, bipolar: true)
        let construction = try indicatorNetwork(table: data.targets.storage, units: .nonzeroRows)
        return ParityNetwork(network: construction.network, bits: bits, bipolar: true,
                             hiddenLayerSizes: [construction.hiddenUnits], xorBlocks: 0, carryUnits: 0,
                             verified: try reproducesParity(construction.network, on: data), isDeep: false)
    }

    /// The deep parity net: a balanced tree of XOR blocks, ⌈log₂ D⌉ hidden layers of step units.
    ///
    /// A block turns two 0/1 values a, b (linear forms in the layer below) into the units
    /// step(a − b − ½) and step(b − a − ½), exactly one of which fires when a ≠ b, so their sum is
    /// a ⊕ b, and the next layer reads that sum linearly. A level with an odd count carries its last
    /// value up with one unit step(v − ½). D − 1 blocks and at most ⌈log₂ D⌉ carries: linear in D.
    /// With `bipolar` inputs x ∈ {−1, 1} enter as the bit (x + 1)/2.
    public static func deep(bits: Int, bipolar: Bool = true) throws -> ParityNetwork {
        let data = try Dataset.checkedParity(bits: bits, bipolar: bipolar)
        // Each value is a 0/1 quantity written as weights · (the layer below) + constant.
        var values: [(weights: [Double], constant: Double)] = (0..<bits).map { input in
            var weights = [Double](repeating: 0, count: bits)
            weights[input] = bipolar ? 0.5 : 1
            return (weights, bipolar ? 0.5 : 0)
        }
        var width = bits
        var layers: [Layer] = []
        var xorBlocks = 0
        var carryUnits = 0
        while values.count > 1 {
            // Every unit is step(form − ½) for some 0/1-valued linear form of the layer below.
            var forms: [(weights: [Double], constant: Double)] = []
            var next: [[Int]] = []    // the new units whose sum is each value of the next level
            for pairStart in stride(from: 0, to: values.count - 1, by: 2) {
                let (a, b) = (values[pairStart], values[pairStart + 1])
                forms.append((zip(a.weights, b.weights).map { $0 - $1 }, a.constant - b.constant))
                forms.append((zip(b.weights, a.weights).map { $0 - $1 }, b.constant - a.constant))
                next.append([forms.count - 2, forms.count - 1])
                xorBlocks += 1
            }
            if values.count % 2 == 1, let last = values.last {
                forms.append(last)
                next.append([forms.count - 1])
                carryUnits += 1
            }
            var weights = Matrix(rows: width, columns: forms.count)
            for (unit, form) in forms.enumerated() {
                for (input, weight) in form.weights.enumerated() { weights[input, unit] = weight }
            }
            layers.append(Layer(weights: weights, bias: Matrix(row: forms.map { $0.constant - 0.5 }), activation: .step))
            width = forms.count
            values = next.map { units in
                var weights = [Double](repeating: 0, count: width)
                for unit in units { weights[unit] = 1 }
                return (weights, 0)
            }
        }
        layers.append(Layer(weights: Matrix(column: values[0].weights), bias: Matrix(row: [values[0].constant]),
                            activation: .linear))
        let network = Network(layers: layers)
        return ParityNetwork(network: network, bits: bits, bipolar: bipolar,
                             hiddenLayerSizes: layers.dropLast().map(\.outputCount), xorBlocks: xorBlocks,
                             carryUnits: carryUnits, verified: try reproducesParity(network, on: data), isDeep: true)
    }
}

/// Whether `network` outputs exactly the dataset's 0/1 parity target on every row.
private func reproducesParity(_ network: Network, on data: Dataset) throws -> Bool {
    try network.predict(data.inputs) == data.targets
}

/// One row of the width-versus-depth table, counted from the constructed nets.
public struct ParityUnitCountRow: Sendable, Equatable {
    /// The number D of inputs.
    public var bits: Int
    /// Hidden units of the shallow net (2^(D−1)).
    public var shallowHiddenUnits: Int
    /// Hidden units of the deep net (2(D − 1) plus carries).
    public var deepHiddenUnits: Int
    /// Hidden layers of the deep net (⌈log₂ D⌉).
    public var deepHiddenLayers: Int
    /// Carry units inside `deepHiddenUnits`.
    public var deepCarryUnits: Int
    /// Whether both nets were right on all 2^D rows.
    public var verified: Bool
}

/// Both parity nets built and checked for each D, their hidden units side by side.
public struct ParityUnitCounts: Sendable, Equatable {
    /// One row per D.
    public var rows: [ParityUnitCountRow]
    /// The input counts D.
    public var bits: [Int] { rows.map(\.bits) }
    /// Hidden units of the shallow nets.
    public var shallowUnits: [Int] { rows.map(\.shallowHiddenUnits) }
    /// Hidden units of the deep nets.
    public var deepUnits: [Int] { rows.map(\.deepHiddenUnits) }
    /// Hidden layers of the deep nets.
    public var deepLayers: [Int] { rows.map(\.deepHiddenLayers) }
    /// Carry units of the deep nets.
    public var carryUnits: [Int] { rows.map(\.deepCarryUnits) }
    /// Whether every net was right on all its rows.
    public var verified: Bool { rows.allSatisfy(\.verified) }

    /// Builds both parity nets for each D in `bits`, checks them on every row and counts their hidden units.
    public static func counting(bits: ClosedRange<Int> = 2...10) throws -> ParityUnitCounts {
        ParityUnitCounts(rows: try bits.map { count in
            let shallow = try ParityNetwork.shallow(bits: count)
            let deep = try ParityNetwork.deep(bits: count)
            return ParityUnitCountRow(bits: count, shallowHiddenUnits: shallow.hiddenUnits,
                                      deepHiddenUnits: deep.hiddenUnits, deepHiddenLayers: deep.hiddenLayerSizes.count,
                                      deepCarryUnits: deep.carryUnits, verified: shallow.verified && deep.verified)
        })
    }
}

/// Builds both parity nets for each D in `bits` (2…10 by default), checks them on every row and
/// counts their hidden units; a mistake stops the program (``ParityUnitCounts/counting(bits:)`` throws).
public func parityUnitCounts(bits: ClosedRange<Int> = 2...10) -> ParityUnitCounts {
    stopOnError { try ParityUnitCounts.counting(bits: bits) }
}
