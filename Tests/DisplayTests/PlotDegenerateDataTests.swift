import PlotSamples
import Foundation
import Testing
@testable import Display

@Test func emptyAndMismatchedDataThrowClearErrors() {
    #expect(throws: PlotError.noSeries) { try Plot.lines([]) }
    #expect(throws: PlotError.emptySeries(label: "loss")) { try Plot.lines([Plot.Series("loss", x: [], y: [])]) }
    #expect(throws: PlotError.emptySeries(label: "loss")) { try Plot.lossCurve([]) }
    #expect(throws: PlotError.mismatchedLengths(label: "a", xCount: 2, yCount: 1)) {
        try Plot.lines([Plot.Series("a", x: [0, 1], y: [0])])
    }
    #expect(throws: PlotError.noData(kind: "scatter plot")) { try Plot.scatter([]) }
    #expect(throws: PlotError.mismatchedClasses(points: 2, classes: 1)) {
        try Plot.scatter(x: [0, 1], y: [0, 1], classes: [0])
    }
    #expect(throws: PlotError.negativeClass(-1)) { try Plot.scatter([Plot.ClassPoint(x: 0, y: 0, classIndex: -1)]) }
    #expect(throws: PlotError.noData(kind: "heat map")) { try Plot.heatMap([], x: 0...1, y: 0...1) }
    #expect(throws: PlotError.raggedGrid(kind: "heat map", row: 1, count: 1, expected: 2)) {
        try Plot.heatMap([[0, 1], [0]], x: 0...1, y: 0...1)
    }
    #expect(throws: PlotError.shapeMismatch(rows: 28, columns: 28, count: 783)) {
        try Plot.image(Array(repeating: 0, count: 783), rows: 28, columns: 28)
    }
    #expect(throws: PlotError.noData(kind: "image")) { try Plot.image([[Double]]()) }
    #expect(throws: PlotError.mismatchedLabels(labels: 1, values: 2)) { try Plot.bars(["a"], values: [1, 2]) }
    #expect(throws: PlotError.tooFewSamples(1)) { try Plot.function(over: 0...1, samples: 1) { $0 } }
}

@Test func emptyOrZeroWidthRangesThrowWithAMessage() {
    let series = [Plot.Series("a", x: [0, 1], y: [0, 1])]
    #expect(throws: PlotError.emptyRange(axis: "x", lower: 1, upper: 1)) {
        try Plot.lines(series, x: Plot.Axis(range: 1...1))
    }
    #expect(throws: PlotError.nonPositiveLogRange(axis: "y", lower: 0)) {
        try Plot.lines(series, y: Plot.Axis(range: 0...1, scale: .logarithmic))
    }
    #expect(throws: PlotError.emptyRange(axis: "y", lower: 2, upper: 2)) {
        try Plot.heatMap([[1]], x: 0...1, y: 2...2)
    }
    #expect(throws: PlotError.emptyRange(axis: "x", lower: 0, upper: .infinity)) {
        try Plot.function(over: 0...Double.infinity) { $0 }
    }
    #expect(throws: PlotError.emptyRange(axis: "value", lower: 1, upper: 1)) {
        try Plot.image([[0, 1]], valueRange: 1...1)
    }
    let message = PlotError.emptyRange(axis: "x", lower: 1, upper: 1).description
    #expect(message == "the x range 1...1 is empty; give a lower bound below the upper bound, both finite")
}

@Test func constantSeriesGetsARangeAroundItsValue() throws {
    let plot = try Plot.lines([Plot.Series("c", x: [0, 1, 2], y: [0.5, 0.5, 0.5])])
    guard case .lines(let chart) = plot.content else { Issue.record("not a line plot"); return }
    let axis = chart.resolvedAxes.y
    #expect(axis.lower < 0.5 && 0.5 < axis.upper)
    #expect(plot.text.contains("*****"))
    let zero = try Plot.lines([Plot.Series("zero", x: [0, 1], y: [0, 0])])
    #expect(zero.text.contains("0 +***"))
}

@Test func singlePointIsDrawn() throws {
    let plot = try Plot.lines([Plot.Series("p", x: [3], y: [7])])
    #expect(plot.text.filter { $0 == "*" }.count == 2, "one point and its legend")
    #expect(plot.notes.isEmpty)
}

@Test func nonFiniteValuesAreSkippedAndNoted() throws {
    let plot = try Plot.lines([Plot.Series("a", x: [0, 1, 2, 3], y: [0, .nan, -.infinity, 1])])
    #expect(plot.notes == ["series 'a': 2 points with nan or infinite values not drawn"])
    #expect(plot.text.hasSuffix("note: series 'a': 2 points with nan or infinite values not drawn"))
    let nothing = try Plot.lines([Plot.Series("a", x: [0, 1], y: [.nan, .nan])])
    #expect(nothing.notes.last == "nothing to draw: no series has a point that can be placed")
    #expect(!nothing.text.isEmpty)
}

@Test func extremeValuesDoNotCrash() throws {
    let plot = try Plot.lines([Plot.Series("huge", x: [0, 1, 2], y: [-1.7e308, 0, 1.7e308])])
    #expect(plot.text.contains("huge"))
    let tiny = try Plot.lines([Plot.Series("tiny", x: [0, 1], y: [1e-300, 1.0000000000000002e-300])])
    #expect(tiny.text.contains("tiny"))
}

@Test func heatMapWithMissingCellsAndConstantValues() throws {
    let missing = try Plot.heatMap([[0, .nan], [1, 2]], x: 0...1, y: 0...1)
    #expect(missing.text.contains("?"))
    #expect(missing.notes.first?.hasPrefix("1 cell with nan or infinite values") == true)
    let constant = try Plot.heatMap([[3, 3], [3, 3]], x: 0...1, y: 0...1)
    #expect(constant.text.contains("shade: every value is 3, drawn as '+'"))
    let outside = try Plot.heatMap([[0]], x: 0...1, y: 0...1, points: [Plot.ClassPoint(x: 5, y: 0, classIndex: 0)])
    #expect(outside.notes == ["1 marked point outside the map or not finite, not drawn",
                              "every value is 0"])
}

@Test func largeImagesAreAveragedDownToFit() throws {
    let plot = try Plot.image((0..<10_000).map { Double($0 % 100) }, rows: 100, columns: 100)
    let lines = plot.text.split(separator: "\n")
    for line in lines { #expect(line.count <= TextPlotRenderer.maximumWidth) }
    #expect(plot.text.contains("note: drawn at 1/3 size"))
}

@Test func plotsWithNaNEqualThemselves() throws {
    let plot = try PlotSamples.withBadValues()
    #expect(plot == plot)
    let map = try Plot.heatMap([[.nan]], x: 0...1, y: 0...1)
    #expect(map == map)
}
