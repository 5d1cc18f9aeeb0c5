import PlotSamples
import Foundation
import Testing
@testable import Display

/// The plot area of a text plot: the rows above the x axis, right of the y axis, as arrays of characters.
private func plotArea(_ text: String) -> [[Character]] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    guard let axisIndex = lines.firstIndex(where: { line in
        let trimmed = line.drop { $0 == " " }
        return trimmed.first == "+" && trimmed.dropFirst().first.map { $0 == "-" || $0 == "+" } == true
    }) else { return [] }
    let offset = lines[axisIndex].firstIndex(of: "+")!
    let width = lines[axisIndex].count - offset - 1
    var rows: [[Character]] = []
    for line in lines[..<axisIndex] where line.count > offset && (line[offset] == "|" || line[offset] == "+") {
        let rest = Array(line[(offset + 1)...])
        rows.append(rest + Array(repeating: " ", count: Swift.max(0, width - rest.count)))
    }
    return rows
}

@Test func sigmoidCurveRisesFromLeftToRight() throws {
    let plot = try Plot.function("sigmoid", over: -6...6, samples: 61) { 1 / (1 + exp(-$0)) }
    let area = plotArea(plot.text)
    #expect(area.count == TextPlotRenderer.chartHeight)
    // Row 0 is the top; for a rising curve the highest and lowest mark of each column never move down.
    var previous: (top: Int, bottom: Int)?
    for column in 0..<area[0].count {
        let rows = area.indices.filter { area[$0][column] == "*" }
        guard let top = rows.first, let bottom = rows.last else { continue }
        if let previous {
            #expect(top <= previous.top, "column \(column)")
            #expect(bottom <= previous.bottom, "column \(column)")
        }
        previous = (top, bottom)
    }
    #expect(area.last?.first == "*", "the curve starts at the bottom left")
    #expect(area.first?.last == "*", "and ends at the top right")
}

@Test func heatMapOfXIsDarkerToTheRight() throws {
    let plot = try Plot.heatMap(x: 0...1, y: 0...1, resolution: 20) { x, _ in x }
    let area = plotArea(plot.text)
    #expect(area.count > 4)
    let ramp = TextPlotRenderer.shadeRamp
    for row in area {
        let shades = row.map { ramp.firstIndex(of: $0) ?? -1 }
        #expect(!shades.contains(-1))
        for (left, right) in zip(shades, shades.dropFirst()) { #expect(left <= right) }
        #expect(shades.first == 0 && shades.last == ramp.count - 1)
    }
}

@Test func heatMapOfYIsDarkerToTheTop() throws {
    let plot = try Plot.heatMap(x: 0...1, y: 0...1, resolution: 20) { _, y in y }
    let ramp = TextPlotRenderer.shadeRamp
    let column = plotArea(plot.text).map { ramp.firstIndex(of: $0[0])! }
    for (upper, lower) in zip(column, column.dropFirst()) { #expect(upper >= lower) }
}

@Test func markedPointsSitOnTheHeatMapWhereTheyBelong() throws {
    let area = plotArea(try PlotSamples.xorHeatMap().text)
    let width = area[0].count, height = area.count
    func marker(atX x: Double, y: Double) -> Character {
        let column = Swift.min(width - 1, Int((x + 0.5) / 2 * Double(width)))
        let row = height - 1 - Swift.min(height - 1, Int((y + 0.5) / 2 * Double(height)))
        return area[row][column]
    }
    #expect(marker(atX: 0, y: 0) == "o")
    #expect(marker(atX: 1, y: 1) == "o")
    #expect(marker(atX: 0, y: 1) == "x")
    #expect(marker(atX: 1, y: 0) == "x")
}

@Test func imageRowsMatchTheDigit() throws {
    let lines = try PlotSamples.digit().text.split(separator: "\n").map(String.init)
    // Title, border, then the first pixel row: 0 0 5 13 9 1 0 0 on a 0...16 scale.
    #expect(lines[2] == "|    --%%++      |")
    #expect(lines.count == 1 + 10 + 1)
}

@Test func automaticTicksAreNiceNumbers() {
    let linear = Plot.ResolvedAxis.fit(Plot.Axis(), to: [0.03, 0.97])
    #expect(linear.lower == 0 && linear.upper == 1)
    #expect(linear.ticks.map(NumberFormat.format) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    let logarithmic = Plot.ResolvedAxis.fit(Plot.Axis(scale: .logarithmic), to: [0.002, 0.7])
    #expect(logarithmic.lower == 0.001 && logarithmic.upper == 1)
    #expect(logarithmic.ticks.map(NumberFormat.format) == ["0.001", "0.01", "0.1", "1"])
    let negative = Plot.ResolvedAxis.fit(Plot.Axis(), to: [-6, 6])
    #expect(negative.ticks.map(NumberFormat.format) == ["-6", "-4", "-2", "0", "2", "4", "6"])
}

@Test func textPlotsAreDeterministic() throws {
    for (_, plot) in try PlotSamples.all() { #expect(plot.text == plot.text) }
}

@Test func longLegendsAndTitlesWrapWithinSeventyTwoColumns() throws {
    let series = (0..<8).map { Plot.Series("a rather long series name \($0)", x: [0, 1], y: [Double($0), 1]) }
    let plot = try Plot.lines(series, title: String(repeating: "very long title ", count: 8))
    for line in plot.text.split(separator: "\n") { #expect(line.count <= TextPlotRenderer.maximumWidth) }
}
