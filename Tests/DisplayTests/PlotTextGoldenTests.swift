import PlotSamples
import Testing
@testable import Display

@Test func textPlotsMatchTheirGoldenFiles() throws {
    for (name, plot) in try PlotSamples.all() {
        expectGolden(plot.text + "\n", named: "\(name).txt")
    }
}

@Test func textPlotsFitSeventyTwoColumns() throws {
    for (name, plot) in try PlotSamples.all() {
        for line in plot.text.split(separator: "\n") {
            #expect(line.count <= TextPlotRenderer.maximumWidth, "\(name): \(line)")
        }
    }
}
