/// One row of Figure 15: the OR unit h₅ evaluated on a pattern of (h₁, h₂, h₃, h₄) ∈ {0,1}⁴.
public struct OrTableRow: Sendable, Equatable {
    /// The hidden pattern (h₁, h₂, h₃, h₄), each 0 or 1.
    public var hidden: [Double]
    /// h₅ as the net's output layer computes it from the pattern.
    public var value: Double
    /// `value` read as a boolean: 1 when it is ≥ ½.
    public var label: Int
    /// h₁ ∨ h₂ ∨ h₃ ∨ h₄, the figure's label.
    public var or: Int
}

/// Lecture 13 §2.3's 2-4-1 sigmoid net: four half-plane units h₁…h₄ and their soft OR h₅.
public struct LectureBump: Sendable, Equatable {
    /// The 2-4-1 net: hidden layer h₁…h₄ (sigmoid), output h₅ (sigmoid).
    public var network: Network
    /// The steepness a of the half-plane units h_k = σ(a·(w_k·x + c_k)).
    public var steepness: Double
    /// The steepness b of the OR unit h₅ = σ(b·(h₁ + h₂ + h₃ + h₄ − ½)).
    public var orSteepness: Double
    /// The four lines w_k·x + c_k = 0 as (w₁, w₂, c), before scaling by a.
    public var lines: [[Double]]
    /// Figure 15 reproduced: all 16 patterns, rows in `Dataset.truthTable(bits: 4)` order (0000 first).
    public var orTable: [OrTableRow]
    /// h₅ over the plane (Figure 17): ≈ 0 inside the diamond, ≈ 1 outside; 1 − h₅ is the bump.
    public var heatMap: GridSample

    /// The hidden layer alone, h₁…h₄, as a 2-4 net.
    public var halfPlanes: Network { Network(layers: [network.layers[0]]) }
    /// The output unit alone, h₅ of (h₁, h₂, h₃, h₄), as a 4-1 net.
    public var orUnit: Network { Network(layers: [network.layers[1]]) }
    /// Figure 15's rows in the lecture's order: (1, 1, 1, 1) first, (0, 0, 0, 0) last.
    public var orRows: [OrTableRow] { orTable.reversed() }
    /// h₅ on each of Figure 15's rows, in the lecture's order.
    public var orValues: [Double] { orRows.map(\.value) }
    /// h₅ rounded (1 when ≥ ½) on each row, in the lecture's order.
    public var orLabels: [Int] { orRows.map(\.label) }
    /// h₁ ∨ h₂ ∨ h₃ ∨ h₄ on each row, in the lecture's order.
    public var orTruth: [Int] { orRows.map(\.or) }
    /// Whether the rounded h₅ equals the OR on all 16 patterns.
    public var orTableMatches: Bool { orTable.allSatisfy { $0.label == $0.or } }
}

/// The lines of h₁…h₄ as (w₁, w₂, c) with h = σ(a(w₁x₁ + w₂x₂ + c)).
///
/// h₁ and h₂ are the lecture's XOR units (Figures 3, 6, 11): x₁ − x₂ − ½ and −x₁ + x₂ − ½. The text
/// of Figures 13–14 does not survive, so h₃ and h₄ close the region along the other diagonal,
/// x₁ + x₂ − 3/2 and −x₁ − x₂ + ½: all four are ≈ 0 exactly inside the diamond with corners
/// (½, 0), (1, ½), (½, 1), (0, ½), where h₅ ≈ 0.
public let lectureBumpLines: [[Double]] = [
    [1, -1, -0.5],
    [-1, 1, -0.5],
    [1, 1, -1.5],
    [-1, -1, 0.5],
]

/// Builds the lecture's bump net: h_k = σ(a·line_k(x)) for the four `lectureBumpLines`, and
/// h₅ = σ(b·(h₁ + h₂ + h₃ + h₄ − ½)) (Figure 16); returns it with Figure 15's table and h₅ on a grid.
///
/// ```swift
/// let bump = lectureBump(steepness: 20, orSteepness: 20)
/// bump.orTable.map(\.label)          // [0, 1, 1, …, 1]
/// ```
///
/// A mistake (a steepness that is not positive) stops the program; ``LectureBump/building(steepness:orSteepness:heatMapRange:heatMapPoints:)`` throws instead.
public func lectureBump(steepness: Double = 20, orSteepness: Double = 20,
                        heatMapRange: ClosedRange<Double> = -0.5...1.5, heatMapPoints: Int = 81) -> LectureBump {
    stopOnError {
        try LectureBump.building(steepness: steepness, orSteepness: orSteepness, heatMapRange: heatMapRange,
                                 heatMapPoints: heatMapPoints)
    }
}

extension LectureBump {
    /// The lecture's bump net, or an error for a steepness that is not positive.
    public static func building(steepness: Double = 20, orSteepness: Double = 20,
                                heatMapRange: ClosedRange<Double> = -0.5...1.5, heatMapPoints: Int = 81) throws -> LectureBump {
        try require(steepness > 0 && steepness.isFinite, "the steepness a must be positive, found \(steepness)")
        try require(orSteepness > 0 && orSteepness.isFinite, "the OR steepness b must be positive, found \(orSteepness)")
        let lines = lectureBumpLines
        let halfPlanes = Layer(weights: [lines.map { steepness * $0[0] }, lines.map { steepness * $0[1] }],
                                   bias: lines.map { steepness * $0[2] }, activation: .sigmoid)
        let or = Layer(weights: [[orSteepness], [orSteepness], [orSteepness], [orSteepness]],
                           bias: [-orSteepness / 2], activation: .sigmoid)
        let network = Network(layers: [halfPlanes, or])

        // Figure 15 is read off the output layer alone: the plane never makes all 16 patterns.
        let patterns = try Dataset.checkedTruthTable(bits: 4) { $0.contains(1) ? 1 : 0 }
        let values = try Network(layers: [or]).predict(patterns.inputs)
        let orTable = (0..<patterns.count).map { row in
            OrTableRow(hidden: (0..<4).map { patterns.inputs[row, $0] }, value: values[row, 0],
                       label: values[row, 0] >= 0.5 ? 1 : 0, or: patterns.labels?[row] ?? 0)
        }
        let heatMap = try sampleOnGrid(network, x: heatMapRange, y: heatMapRange, points: heatMapPoints)
        return LectureBump(network: network, steepness: steepness, orSteepness: orSteepness, lines: lines,
                           orTable: orTable, heatMap: heatMap)
    }
}
