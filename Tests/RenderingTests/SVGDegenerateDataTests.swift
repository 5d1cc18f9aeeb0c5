import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Display
@testable import Rendering

/// Plots of awkward data that must still render to well-formed SVG.
private func degeneratePlots() throws -> [(String, Plot)] {
    [
        ("constant", try Plot.lines([Plot.Series("c", x: [0, 1, 2], y: [2, 2, 2])])),
        ("single point", try Plot.lines([Plot.Series("p", x: [1], y: [1])])),
        ("all nan", try Plot.lines([Plot.Series("n", x: [0, 1], y: [.nan, .nan])])),
        ("huge", try Plot.lines([Plot.Series("h", x: [0, 1], y: [-1.7e308, 1.7e308])])),
        ("log with zeros", try Plot.lossCurve([0, 0, 0])),
        ("constant heat map", try Plot.heatMap([[1, 1], [1, 1]], x: 0...1, y: 0...1)),
        ("heat map with nan", try Plot.heatMap([[0, .nan], [.infinity, 1]], x: 0...2, y: 0...1)),
        ("constant image", try Plot.image([[0, 0], [0, 0]])),
        ("image with nan", try Plot.image([[0, .nan], [1, 2]])),
        ("one scatter point", try Plot.scatter([Plot.ClassPoint(x: 0, y: 0, classIndex: 3)])),
        ("bars with nan", try Plot.bars(["a", "b"], values: [.nan, 0])),
    ]
}

@Test func degenerateDataRendersWellFormedSVG() throws {
    for (name, plot) in try degeneratePlots() {
        let svg = SVGPlotRenderer.render(plot)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(name)")
        #expect(!svg.contains("nan\"") && !svg.contains("inf\""), "\(name) has a non-finite attribute")
        #expect(svg.contains("note:") == !plot.notes.isEmpty, "\(name)")
    }
}
