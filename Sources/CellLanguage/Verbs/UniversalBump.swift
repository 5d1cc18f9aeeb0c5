import Display
import NotebookDisplay
import NumericCore

/// `lectureBump(steepness:orSteepness:over:)`: Lecture 13's 2-4-1 net — four sigmoid half-planes
/// h₁…h₄ and their soft OR h₅ — with Figure 15's table read from the net and h₅ as a heat map.
final class LectureBumpObject: ConstructedNetworkReport {
    let bump: LectureBump
    let networkObject: NetworkObject
    let heatMap: Plot

    init(_ bump: LectureBump) throws {
        self.bump = bump
        networkObject = NetworkObject(bump.network)
        let sample = bump.heatMap
        guard let xRange = sample.xs.first.flatMap({ low in sample.xs.last.map { low...$0 } }),
              let yRange = sample.ys.first.flatMap({ low in sample.ys.last.map { low...$0 } }) else {
            throw CellError("the bump's heat map has no points")
        }
        let grid = try UniversalDisplay.grid(of: bump.network, x: xRange, y: yRange)
        heatMap = try Plot.heatMap(grid, x: xRange, y: yRange, title: "h₅ over the plane (Figure 17)",
                                   xLabel: "x₁", yLabel: "x₂", valueLabel: "h₅", valueRange: 0...1)
    }

    var typeName: String { "LectureBump" }

    /// Figure 15's rows in the lecture's order, (1, 1, 1, 1) first and (0, 0, 0, 0) last.
    var orRows: [OrTableRow] { bump.orTable.reversed() }

    /// `x₁ − x₂ − 0.5`: the line w₁x₁ + w₂x₂ + c as the lecture writes it.
    static func lineText(_ line: [Double]) -> String {
        var text = ""
        for (index, weight) in line.prefix(2).enumerated() where weight != 0 {
            let name = NetworkNotation.name("x", index + 1)
            let magnitude = Swift.abs(weight) == 1 ? "" : UniversalDisplay.number(Swift.abs(weight))
            text += text.isEmpty ? (weight < 0 ? "−" : "") : (weight < 0 ? " − " : " + ")
            text += magnitude + name
        }
        if let constant = line.last, line.count == 3, constant != 0 {
            text += (constant < 0 ? " − " : " + ") + UniversalDisplay.number(Swift.abs(constant))
        }
        return text
    }

    var linesTable: Table {
        let rows = bump.lines.enumerated().map { index, line in
            [NetworkNotation.name("h", index + 1), "σ(\(UniversalDisplay.number(bump.steepness))·(\(LectureBumpObject.lineText(line))))"]
        }
        return Table(caption: "the four half-plane units, each ≈ 0 on the diamond's side of its line", header: ["unit", "value"],
                     rows: rows)
    }

    var orTable: Table {
        let rows = orRows.map { row in
            row.hidden.map(UniversalDisplay.number) + [UniversalDisplay.number(row.value), String(row.label), String(row.or)]
        }
        return Table(caption: "Figure 15: h₅ = σ(\(UniversalDisplay.number(bump.orSteepness))·(h₁ + h₂ + h₃ + h₄ − 0.5)) on every pattern",
                     header: ["h₁", "h₂", "h₃", "h₄", "h₅", "h₅ ≥ ½", "h₁∨h₂∨h₃∨h₄"], rows: rows)
    }

    /// Whether the net's rounded h₅ equals the OR on all 16 patterns.
    var orTableMatches: Bool { bump.orTable.allSatisfy { $0.label == $0.or } }

    func display() -> [DisplayBlock] {
        let summary = "Lecture 13's bump: a \(UniversalDisplay.shape(bump.network)) sigmoid net, "
            + "h₅ ≈ 0 inside the diamond (½, 0), (1, ½), (½, 1), (0, ½) and ≈ 1 outside; 1 − h₅ is the bump"
        let verdict = orTableMatches ? "h₅ rounds to the OR on all 16 patterns"
            : "h₅ does not round to the OR on every pattern; make the OR steepness b larger"
        return [.text(summary), .table(linesTable), .table(orTable), .text(verdict), .plot(heatMap)]
    }

    var memberNames: [String] {
        ["network", "halfPlanes", "orUnit", "steepness", "orSteepness", "lines", "orTable", "orValues", "orLabels",
         "orTruth", "orTableMatches", "heatMap"] + NetworkObject.methods
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "network": return .object(networkObject)
        case "halfPlanes": return .object(NetworkObject(Network(layers: [bump.network.layers[0]])))
        case "orUnit": return .object(NetworkObject(Network(layers: [bump.network.layers[1]])))
        case "steepness": return .double(bump.steepness)
        case "orSteepness": return .double(bump.orSteepness)
        case "lines": return .matrix(try Matrix(bump.lines))
        case "orTable":
            return .matrix(try Matrix(orRows.map { $0.hidden + [$0.value, Double($0.label), Double($0.or)] }))
        case "orValues": return UniversalDisplay.numbers(orRows.map(\.value))
        case "orLabels": return UniversalDisplay.integers(orRows.map(\.label))
        case "orTruth": return UniversalDisplay.integers(orRows.map(\.or))
        case "orTableMatches": return .bool(orTableMatches)
        case "heatMap": return .object(PlotObject(heatMap))
        default: return nil
        }
    }

    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        try networkMethod(name, arguments: arguments, context: context)
    }
}
