import PlotSamples
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Display
@testable import Rendering

@Test func svgPlotsMatchTheirGoldenFiles() throws {
    for (name, plot) in try PlotSamples.all() {
        expectGolden(SVGPlotRenderer.render(plot) + "\n", named: "\(name).svg")
    }
}

/// Collects element names and `text` content while parsing, failing on any XML error.
private final class SVGCollector: NSObject, XMLParserDelegate {
    var elementNames: [String] = []
    var texts: [String] = []
    var attributes: [[String: String]] = []
    private var currentText = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elementNames.append(name)
        self.attributes.append(attributes)
        currentText = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(currentText) }
        currentText = ""
    }
}

private func parse(_ svg: String) -> (ok: Bool, collector: SVGCollector) {
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = SVGCollector()
    parser.delegate = collector
    return (parser.parse(), collector)
}

@Test func svgPlotsAreWellFormedXML() throws {
    for (name, plot) in try PlotSamples.all() {
        let (ok, collector) = parse(SVGPlotRenderer.render(plot))
        #expect(ok, "\(name) is not well-formed XML")
        #expect(collector.elementNames.first == "svg", "\(name)")
    }
}

@Test func svgEscapesTextForXML() throws {
    let plot = try Plot.lines([Plot.Series("a < b & \"c\"", x: [0, 1], y: [0, 1])], title: "<script>&'",
                              x: Plot.Axis("x > 0"), y: Plot.Axis("y"))
    let svg = SVGPlotRenderer.render(plot)
    #expect(!svg.contains("<script>"))
    let (ok, collector) = parse(svg)
    #expect(ok)
    #expect(collector.texts.contains("<script>&'"))
    #expect(collector.texts.contains("a < b & \"c\""))
    #expect(collector.texts.contains("x > 0"))
}

@Test func svgShowsTitleAxisLabelsTicksAndLegend() throws {
    let (ok, collector) = parse(SVGPlotRenderer.render(try PlotSamples.activations()))
    #expect(ok)
    for expected in ["Activations", "x", "h", "sigmoid(x)", "tanh(x)", "-6", "0", "6", "-1", "1"] {
        #expect(collector.texts.contains(expected), "missing text \(expected)")
    }
    let dashed = collector.attributes.filter { $0["stroke-dasharray"] != nil }
    #expect(!dashed.isEmpty, "the second series should be dashed so that it reads in black and white")
}

@Test func svgNumbersHaveTwoDecimals() throws {
    let svg = SVGPlotRenderer.render(try PlotSamples.xorHeatMap())
    let (_, collector) = parse(svg)
    for attributes in collector.attributes {
        for key in ["x", "y", "width", "height", "cx", "cy", "r"] {
            guard let value = attributes[key] else { continue }
            #expect(value.range(of: #"^-?[0-9]+\.[0-9]{2}$"#, options: .regularExpression) != nil || value.hasSuffix("%"),
                    "\(key)=\(value)")
        }
    }
    #expect(!svg.contains("-0.00"))
}

@Test func svgRenderingIsDeterministic() throws {
    for (_, plot) in try PlotSamples.all() {
        #expect(SVGPlotRenderer.render(plot) == SVGPlotRenderer.render(plot))
    }
}

@Test func svgHeatMapIsDarkerWhereValuesAreHigher() throws {
    // f(x, y) = x: the fill of the leftmost cell must be lighter than the rightmost, by luminance.
    let plot = try Plot.heatMap(x: 0...1, y: 0...1, resolution: 8) { x, _ in x }
    let (_, collector) = parse(SVGPlotRenderer.render(plot))
    let cellFills = collector.attributes.filter { $0["height"] != nil && $0["fill"]?.hasPrefix("#") == true
        && $0["stroke"] == nil }
    func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return 0.2126 * Double(value >> 16) + 0.7152 * Double((value >> 8) & 255) + 0.0722 * Double(value & 255)
    }
    // The first row's cells, left to right, come first after the white page background.
    let row = cellFills.dropFirst().prefix(8).map { luminance($0["fill"]!) }
    #expect(row.count == 8)
    for (left, right) in zip(row, row.dropFirst()) { #expect(left > right) }
}

@Test func svgNotesGrowTheViewBox() throws {
    let svg = SVGPlotRenderer.render(try PlotSamples.withBadValues())
    #expect(svg.contains("viewBox=\"0 0 640.00 436.00\""))
    #expect(svg.contains("note: series &apos;loss&apos;: 2 points with nan or infinite values not drawn"))
}

/// Attribute numbers are written digit by digit; each case is worked by hand (hundredths rounded half to even).
@Test func attributeNumbersHaveTwoDecimalsAndNoNegativeZero() {
    let cases: [(Double, String)] = [
        (0, "0.00"), (-0.001, "0.00"), (0.05, "0.05"), (-0.05, "-0.05"), (0.125, "0.12"), (0.375, "0.38"),
        (1, "1.00"), (12.3, "12.30"), (-123.456, "-123.46"), (640, "640.00"), (0.1 + 0.2, "0.30"),
        (99_999.995, "100000.00"), (.infinity, "0.00"), (.nan, "0.00"),
    ]
    for (value, text) in cases { #expect(SVGMarkup.number(value) == text, "\(value)") }
}

/// The heat colours at the ends and the middle are viridis's anchors as matplotlib lists them.
@Test func heatColoursAreViridisReversed() {
    #expect(SVGColorMap.heat(0) == "#fde725")
    #expect(SVGColorMap.heat(0.5) == "#21918c")
    #expect(SVGColorMap.heat(1) == "#440154")
    #expect(SVGColorMap.heat(-3) == "#fde725")
    #expect(SVGColorMap.grey(0) == "#ffffff")
    #expect(SVGColorMap.grey(1) == "#000000")
    #expect(SVGColorMap.grey(0.5) == "#808080")
}
