import Display
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Rendering
import Testing
@testable import CellLanguage

/// Every plot verb's SVG, as the HTML handout embeds it, is well-formed XML.
@Suite("Plot verbs: SVG") struct PlotSVGTests {
    static let cells = [
        "plot([(\"a < b & c\", sin), (\"cos\", cos)], over: -3...3, title: \"<σ(a·t)>\")",
        "lossCurve([0.7, 0.4, 0.2, 0.1, 0])",
        "heatMap(over: -0.5...1.5, by: -0.5...1.5, resolution: 10, points: [[0, 0], [1, 1]], classes: [0, 1]) { x, y in x * y }",
        "scatter(x: [0, 0, 1, 1], y: [0, 1, 0, 1], classes: [0, 1, 1, 0], classNames: [\"t = 0\", \"t = 1\"])",
        "image([[0, 1], [sqrt(-1), 1]])",
        "bars([\"w₁\", \"b\"], [0.5, -1])",
    ]

    @Test(arguments: cells) func svgParses(_ cell: String) throws {
        let result = Kernel().run(cell)
        #expect(result.error == nil)
        guard case .plot(let plot)? = result.blocks.first else { Issue.record("no plot"); return }
        let svg = SVGPlotRenderer.render(plot)
        #expect(svg.hasPrefix("<svg"))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "SVG does not parse: \(parser.parserError.map(String.init(describing:)) ?? "")")
    }
}
