import Display
import NumericCore

extension LectureBump: Displayable {
    /// What the net is, its four half-planes, Figure 15's table, whether h₅ rounds to the OR, and h₅ as a heat map.
    public var display: [DisplayBlock] {
        let summary = "Lecture 13's bump: a \(UniversalNotation.shape(network)) sigmoid net, "
            + "h₅ ≈ 0 inside the diamond (½, 0), (1, ½), (½, 1), (0, ½) and ≈ 1 outside; 1 − h₅ is the bump"
        let verdict = orTableMatches ? "h₅ rounds to the OR on all 16 patterns"
            : "h₅ does not round to the OR on every pattern; make the OR steepness b larger"
        var blocks: [DisplayBlock] = [.text(summary), .table(linesTable), .table(orTableDisplay), .text(verdict)]
        if let plot = try? heatMapPlot() { blocks.append(.plot(plot)) }
        return blocks
    }

    /// `x₁ − x₂ − 0.5`: the line w₁x₁ + w₂x₂ + c as the lecture writes it.
    static func lineText(_ line: [Double]) -> String {
        var text = ""
        for (index, weight) in line.prefix(2).enumerated() where weight != 0 {
            let magnitude = Swift.abs(weight) == 1 ? "" : NumberFormat.format(Swift.abs(weight))
            text += text.isEmpty ? (weight < 0 ? "−" : "") : (weight < 0 ? " − " : " + ")
            text += magnitude + NetworkNotation.name("x", index + 1)
        }
        if let constant = line.last, line.count == 3, constant != 0 {
            text += (constant < 0 ? " − " : " + ") + NumberFormat.format(Swift.abs(constant))
        }
        return text
    }

    /// unit | σ(a·(line)).
    var linesTable: Table {
        let rows = lines.enumerated().map { index, line in
            [NetworkNotation.name("h", index + 1), "σ(\(NumberFormat.format(steepness))·(\(Self.lineText(line))))"]
        }
        return Table(caption: "the four half-plane units, each ≈ 0 on the diamond's side of its line", header: ["unit", "value"],
                     rows: rows)
    }

    /// Figure 15: h₁ … h₄, h₅, h₅ rounded, and the OR, in the lecture's order.
    var orTableDisplay: Table {
        let rows = orRows.map { row in
            row.hidden.map(NumberFormat.format) + [NumberFormat.format(row.value), String(row.label), String(row.or)]
        }
        return Table(caption: "Figure 15: h₅ = σ(\(NumberFormat.format(orSteepness))·(h₁ + h₂ + h₃ + h₄ − 0.5)) on every pattern",
                     header: ["h₁", "h₂", "h₃", "h₄", "h₅", "h₅ ≥ ½", "h₁∨h₂∨h₃∨h₄"], rows: rows)
    }

    /// h₅ over the region the bump was sampled on (Figure 17).
    public func heatMapPlot() throws -> Plot {
        guard let xLow = heatMap.xs.first, let xHigh = heatMap.xs.last,
              let yLow = heatMap.ys.first, let yHigh = heatMap.ys.last else {
            throw ConstructionError.invalidArgument("the bump's heat map has no points")
        }
        return try NotebookDisplay.heatMapPlot(network, x: xLow...xHigh, y: yLow...yHigh,
                                               resolution: UniversalNotation.heatMapResolution,
                                               title: "h₅ over the plane (Figure 17)")
    }
}
