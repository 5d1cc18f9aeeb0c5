/// Which input patterns get a hidden unit in Grosse's universality construction.
public enum IndicatorUnits: String, Sendable, Equatable, CaseIterable {
    /// `.everyPattern`: 2^D units, one per row of the table, as in Grosse §4.2.
    case everyPattern
    /// `.nonzeroRows`: a unit only where the table's value is not 0 (the others add nothing).
    case nonzeroRows
}

/// Grosse's shallow net for a table over {−1, 1}^D: one step unit recognising each chosen pattern.
public struct IndicatorNetwork: Sendable, Equatable {
    /// The D-H-1 net: step hidden units, linear output.
    public var network: Network
    /// The number D of inputs.
    public var inputCount: Int
    /// The table's values, one per row in `Dataset.truthTable(bits: D, bipolar: true)` order.
    public var table: [Double]
    /// The patterns the hidden units recognise, in table order (each unit's incoming weights).
    public var patterns: [[Double]]
    /// Whether the net reproduces every row of the table exactly.
    public var verified: Bool
    /// The largest |net − table| over all 2^D rows.
    public var maxError: Double

    /// The number of hidden units in the built net (1 for an all-zero table with `.nonzeroRows`).
    public var hiddenUnits: Int { network.layers[0].outputCount }
}

/// The inputs of the 2^D rows over {−1, 1}^D, row r having bit j = (r >> (D − 1 − j)) & 1 mapped to
/// +1 for 1 and −1 for 0 (most significant first, as `Dataset.truthTable(bits:bipolar: true)`).
public func bipolarPatterns(bits: Int) throws -> [[Double]] {
    try require((1...20).contains(bits), "the number of inputs must be in 1...20, found \(bits)")
    return (0..<(1 << bits)).map { row in (0..<bits).map { ((row >> (bits - 1 - $0)) & 1) == 1 ? 1 : -1 } }
}

/// Grosse's universality construction for any table over {−1, 1}^D (rows in `bipolarPatterns` order):
/// each hidden unit is step(p·x − (D − ½)) for its pattern p — it fires only on x = p, since p·x = D
/// there and at most D − 2 elsewhere — and the linear output weights it by the table's value.
///
/// ```swift
/// let net = try indicatorNetwork(table: [0, 1, 1, 0])       // XOR on (−1,−1), (−1,1), (1,−1), (1,1)
/// net.verified                                             // true
/// ```
public func indicatorNetwork(table: [Double], units: IndicatorUnits = .everyPattern) throws -> IndicatorNetwork {
    let bits = table.count.trailingZeroBitCount
    try require(table.count >= 2 && table.count == 1 << bits,
                "a table over D inputs has 2^D rows (D ≥ 1), found \(table.count)")
    try require(table.allSatisfy(\.isFinite), "the table's values must be finite")
    let allPatterns = try bipolarPatterns(bits: bits)
    let chosen = allPatterns.indices.filter { units == .everyPattern || table[$0] != 0 }
    let patterns = chosen.map { allPatterns[$0] }
    // A table of zeros with `.nonzeroRows` still gets a valid net: no hidden unit would leave a
    // D-0-1 net, so keep one unit whose output weight is 0.
    let kept = chosen.isEmpty ? [0] : chosen
    // Checking the net runs every row through every hidden unit at once: 2^D × units activations.
    let (activations, overflow) = table.count.multipliedReportingOverflow(by: kept.count)
    try require(!overflow && activations <= Matrix.maximumEntryCount,
                "checking this net runs its \(table.count) rows through \(kept.count) units at once, "
                + "over the limit of \(Matrix.maximumEntryCount) entries; use fewer inputs (D ≤ 12 with every pattern)")
    var weights = Matrix(rows: bits, columns: kept.count)
    for (unit, row) in kept.enumerated() {
        for input in 0..<bits { weights[input, unit] = allPatterns[row][input] }
    }
    let hidden = Layer(weights: weights, bias: Matrix(row: Array(repeating: -(Double(bits) - 0.5), count: kept.count)),
                       activation: .step)
    let output = Layer(weights: Matrix(column: kept.map { table[$0] }), bias: Matrix(row: [0]), activation: .linear)
    let network = Network(layers: [hidden, output])
    let predictions = try network.predict(Matrix(allPatterns))
    let maxError = table.indices.reduce(0.0) { Swift.max($0, Swift.abs(predictions[$1, 0] - table[$1])) }
    return IndicatorNetwork(network: network, inputCount: bits, table: table, patterns: patterns,
                            verified: maxError == 0, maxError: maxError)
}

/// Grosse's construction for a boolean table (true ↦ 1, false ↦ 0).
public func indicatorNetwork(table: [Bool], units: IndicatorUnits = .everyPattern) throws -> IndicatorNetwork {
    try indicatorNetwork(table: table.map { $0 ? 1 : 0 }, units: units)
}
