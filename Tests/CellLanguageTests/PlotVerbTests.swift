import Display
import Foundation
import NotebookDisplay
import NumericCore
import Testing
@testable import CellLanguage

/// The plots a cell displays, in order; fails the test when the cell fails.
private func plots(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Plot] {
    let result = Kernel().run(code)
    if let error = result.error { Issue.record("cell failed: \(error.message)", sourceLocation: sourceLocation) }
    return result.blocks.compactMap { block in
        if case .plot(let plot) = block { return plot }
        return nil
    }
}

/// The one plot a cell displays.
private func plot(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> Plot? {
    let found = plots(code, sourceLocation: sourceLocation)
    #expect(found.count == 1, "expected one plot, found \(found.count)", sourceLocation: sourceLocation)
    return found.first
}

private func lines(_ plot: Plot?) -> Plot.LineChart? {
    if case .lines(let chart)? = plot?.content { return chart }
    return nil
}

@Suite("Plot verbs: line plots") struct PlotLineVerbTests {
    @Test func builtinOverInterval() throws {
        let chart = try #require(lines(plot("plot(sin, over: 0...3.14)")))
        #expect(chart.series.map(\.label) == ["sin(x)"])
        #expect(chart.series[0].x.count == 121)
        #expect(chart.series[0].x.first == 0 && chart.series[0].x.last == 3.14)
        #expect(abs(chart.series[0].y[60] - sin(1.57)) < 1e-12)
        #expect(chart.x.range == 0...3.14)
        #expect(chart.y.scale == .linear)
    }

    @Test func closureWithTrailingSyntaxAndOptions() throws {
        let bump = plot("plot(over: -3...3, samples: 7, title: \"a bump\", yLabel: \"h\") { x in exp(-x * x) }")
        #expect(bump?.title == "a bump")
        let chart = try #require(lines(bump))
        #expect(chart.series[0].label == "f(x)")
        #expect(chart.series[0].x == [-3, -2, -1, 0, 1, 2, 3])
        #expect(chart.series[0].y[3] == 1)
        #expect(chart.y.label == "h")
    }

    @Test func namedFuncAndIntegerResults() throws {
        let chart = try #require(lines(plot("func square(_ x: Double) -> Double { x * x }\nplot(square, over: 0...2, samples: 3)")))
        #expect(chart.series[0].label == "square(x)")
        #expect(chart.series[0].y == [0, 1, 4])
        // A closure that returns an Int is plotted as numbers.
        #expect(lines(plot("plot(over: 0...1, samples: 2) { x in 1 }"))?.series[0].y == [1, 1])
    }

    /// Lecture 13, Figure 4: σ(a·t) for a = 1, 2, 5, 10, with labels in order.
    @Test func severalFunctionsWithLabels() throws {
        let code = """
        let a = [1.0, 2, 5, 10]
        plot([{ t in 1 / (1 + exp(-a[0] * t)) }, { t in 1 / (1 + exp(-a[1] * t)) },
              { t in 1 / (1 + exp(-a[2] * t)) }, { t in 1 / (1 + exp(-a[3] * t)) }],
             over: -5...5, labels: ["a = 1", "a = 2", "a = 5", "a = 10"], title: "σ(a·t)", xLabel: "t", yRange: 0...1)
        """
        let chart = try #require(lines(plot(code)))
        #expect(chart.series.map(\.label) == ["a = 1", "a = 2", "a = 5", "a = 10"])
        #expect(chart.x.label == "t" && chart.y.range == 0...1)
        // Steeper for larger a: at t = 0.5 the values increase with a.
        let atHalf = chart.series.map { $0.y[66] }
        #expect(atHalf == atHalf.sorted())
    }

    @Test func variadicPairsAndDefaultLabels() throws {
        let pairs = try #require(lines(plot("plot([(\"tanh\", tanh), (\"ReLU\", { x in max(0, x) })], over: -3...3)")))
        #expect(pairs.series.map(\.label) == ["tanh", "ReLU"])
        let variadic = try #require(lines(plot("plot(sin, cos, { x in x / 3 }, over: -3...3, xLabel: \"t\")")))
        #expect(variadic.series.map(\.label) == ["sin(t)", "cos(t)", "f3(t)"])
    }

    @Test func seriesFromArrays() throws {
        let xy = try #require(lines(plot("plot(x: [1, 2, 3], y: [[1, 4, 9], [1, 8, 27]], labels: [\"x²\", \"x³\"], logScale: true)")))
        #expect(xy.series.map(\.label) == ["x²", "x³"])
        #expect(xy.series[1].y == [1, 8, 27] && xy.series[1].x == [1, 2, 3])
        #expect(xy.y.scale == .logarithmic)
        let named = try #require(lines(plot("plot(series: [(\"train\", [0.5, 0.25]), (\"test\", [1, 2, 3], [0.6, 0.4, 0.3])])")))
        #expect(named.series.map(\.label) == ["train", "test"])
        #expect(named.series[0].x == [0, 1])
        #expect(named.series[1].x == [1, 2, 3])
        let bare = try #require(lines(plot("plot([3, 1, 2])")))
        #expect(bare.series[0].label == "y" && bare.series[0].x == [0, 1, 2])
    }

    @Test func lossCurve() throws {
        let curve = plot("lossCurve([0.7, 0.4, 0.2, 0.1])")
        #expect(curve?.title == "loss curve")
        let chart = try #require(lines(curve))
        #expect(chart.series[0].x == [1, 2, 3, 4] && chart.y.scale == .logarithmic)
        #expect(lines(plot("lossCurve([0.7, 0.4], logScale: false)"))?.y.scale == .linear)
        // A loss of 0 cannot sit on a log axis: the default falls back to linear.
        #expect(lines(plot("lossCurve([0.5, 0])"))?.y.scale == .linear)
        let runs = try #require(lines(plot("lossCurve([[1, 0.5], [1, 0.1]], labels: [\"η = 0.1\", \"η = 1\"])")))
        #expect(runs.series.map(\.label) == ["η = 0.1", "η = 1"])
    }

    @Test func badValuesBecomeNotes() throws {
        let logPlot = plot("plot(log, over: -1...1, samples: 5)")
        #expect(logPlot?.notes == ["series 'log(x)': 3 points with nan or infinite values not drawn"])
        #expect(logPlot?.text.contains("note: series 'log(x)'") == true)
        #expect(plot("plot(over: 0...1) { x in 5 }")?.text.contains("5 +") == true)
        #expect(plot("lossCurve([0.5, 0], logScale: true)")?.notes
            == ["series 'loss': 1 point at or below 0 not drawn on the log axis"])
    }
}

@Suite("Plot verbs: maps, scatters, images, bars") struct PlotGridVerbTests {
    @Test func heatMapOfClosureWithMarkedPoints() throws {
        let code = """
        heatMap(over: -0.5...1.5, by: -0.5...1.5, resolution: 8, valueLabel: "output",
                points: [[0, 0], [0, 1], [1, 0], [1, 1]], classes: [0, 1, 1, 0], classNames: ["t = 0", "t = 1"]) { x, y in x }
        """
        guard case .heatMap(let map)? = plot(code)?.content else { Issue.record("not a heat map"); return }
        #expect(map.rowCount == 8 && map.columnCount == 8)
        #expect(map.xRange == -0.5...1.5 && map.yRange == -0.5...1.5)
        #expect(map.values[0][0] == -0.375 && map.values[7][0] == -0.375 && map.values[0][7] == 1.375)
        #expect(map.points.map(\.classIndex) == [0, 1, 1, 0] && map.points[2].x == 1)
        #expect(map.classNames == ["t = 0", "t = 1"] && map.valueLabel == "output")
    }

    @Test func heatMapOfBuiltinAndGrid() throws {
        guard case .heatMap(let map)? = plot("heatMap(pow, over: 1...2, by: 0...1, resolution: 2)")?.content else {
            Issue.record("not a heat map"); return
        }
        #expect(map.values[0][1] == pow(1.75, 0.25))
        guard case .heatMap(let grid)? = plot("heatMap([[0, 1], [2, 3]], over: 0...1, by: 0...1)")?.content else {
            Issue.record("not a heat map"); return
        }
        #expect(grid.values == [[0, 1], [2, 3]])
    }

    @Test func scatterForms() throws {
        guard case .scatter(let scatter)? = plot("scatter(x: [0, 0, 1, 1], y: [0, 1, 0, 1], classes: [0, 1, 1, 0])")?.content else {
            Issue.record("not a scatter"); return
        }
        #expect(scatter.points.map(\.classIndex) == [0, 1, 1, 0])
        // The points keep off the frame.
        for axis in [scatter.x, scatter.y] {
            #expect(abs(axis.range!.lowerBound + 0.2) < 1e-12 && abs(axis.range!.upperBound - 1.2) < 1e-12)
        }
        guard case .scatter(let matrix)? = plot("scatter(Matrix([[0, 0], [1, 1]]), classes: [1, 0], classNames: [\"off\", \"on\"])")?.content else {
            Issue.record("not a scatter"); return
        }
        #expect(matrix.points == [Plot.ClassPoint(x: 0, y: 0, classIndex: 1), Plot.ClassPoint(x: 1, y: 1, classIndex: 0)])
        #expect(matrix.classNames == ["off", "on"])
        guard case .scatter(let single)? = plot("scatter(x: [2], y: [2])")?.content else { Issue.record("not a scatter"); return }
        #expect(single.x.range.map { $0.contains(2) && $0.lowerBound < 2 && $0.upperBound > 2 } == true)
    }

    @Test func imageShapes() throws {
        func image(_ code: String) -> Plot.GreyscaleImage? {
            if case .image(let image)? = plot(code)?.content { return image }
            return nil
        }
        let digit = image("image([[0, 1], [2, 3], [4, 5]])")
        #expect(digit?.rows == 3 && digit?.columns == 2 && digit?.value(row: 2, column: 1) == 5)
        let weights = image("var w: [Double] = []\nfor i in 0..<784 { w.append(Double(i % 28)) }\nimage(w, rows: 28, columns: 28, title: \"unit 1\")")
        #expect(weights?.rows == 28 && weights?.columns == 28)
        let square = image("image(Array(repeating: 0.5, count: 64), valueRange: 0...1)")
        #expect(square?.rows == 8 && square?.valueRange == 0...1)
        #expect(image("image([1, 2, 3, 4, 5, 6], columns: 3)")?.rows == 2)
        #expect(image("image(Matrix([[1, 2, 3, 4]]), rows: 2, columns: 2)")?.columns == 2)
    }

    /// A program's `image` (NotebookDisplay) draws what the cell draws, and refuses what the cell refuses
    /// with the cell's message.
    /// XOR's four examples, classed by their targets 0, 1, 1, 0: the same points in a cell and a program.
    @Test func aDatasetsScatterInAProgramIsTheCells() throws {
        let program = NotebookDisplay.scatter(Dataset.xor())
        #expect(plot("scatter(Dataset.xor())") == program)
        guard case .scatter(let scatter) = program.content else { Issue.record("not a scatter plot"); return }
        #expect(scatter.points.map(\.classIndex) == [0, 1, 1, 0])
        #expect(plot("scatter(.xor, title: \"XOR\")") == NotebookDisplay.scatter(.xor, title: "XOR"))
    }

    @Test func imageInAProgramIsTheCellsImage() throws {
        let flat: [Double] = [1, 2, 3, 4, 5, 6]
        #expect(plot("image([1, 2, 3, 4, 5, 6], columns: 3)") == NotebookDisplay.image(flat, columns: 3))
        #expect(plot("image([[0, 1], [2, 3], [4, 5]], title: \"t\")") == NotebookDisplay.image([[0, 1], [2, 3], [4, 5]], title: "t"))
        #expect(plot("image(Matrix([[1, 2, 3, 4]]), rows: 2)") == NotebookDisplay.image(Matrix([[1, 2, 3, 4]]), rows: 2))
        #expect(plot("image(Matrix([[1, 2], [3, 4]]), valueRange: 0...8)")
            == NotebookDisplay.image(Matrix([[1, 2], [3, 4]]), valueRange: 0...8))
        guard case .image(let square) = NotebookDisplay.image(Array(repeating: 0.5, count: 64)).content else {
            Issue.record("not an image"); return
        }
        #expect(square.rows == 8 && square.columns == 8)
        func problem(_ body: () throws -> Plot) -> String? {
            do { _ = try body(); return nil } catch { return "\(error)" }
        }
        #expect(problem { try imagePlot([1, 2, 3], rows: nil, columns: nil, title: nil, valueRange: nil) }
            == "3 pixels do not make a square image; give its shape, as 'rows: 2, columns: 1'")
        #expect(problem { try imagePlot([], rows: nil, columns: nil, title: nil, valueRange: nil) }
            == "an image needs at least one pixel; the array is empty")
        #expect(problem { try imagePlot(flat, rows: 4, columns: nil, title: nil, valueRange: nil) }
            == "6 pixels do not divide into 4 rows")
        #expect(problem { try imagePlot(grid: [[1, 2], [3]], rows: nil, columns: nil, title: nil, valueRange: nil) }
            == "the image's row 1 has 1 values, but row 0 has 2")
    }

    @Test func bars() throws {
        guard case .bars(let chart)? = plot("bars([\"w1\", \"w2\", \"b\"], [0.8, -0.3, 0.1], valueLabel: \"gradient\")")?.content else {
            Issue.record("not bars"); return
        }
        #expect(chart.labels == ["w1", "w2", "b"] && chart.values == [0.8, -0.3, 0.1] && chart.valueLabel == "gradient")
        guard case .bars(let numbered)? = plot("bars([3, 4])")?.content else { Issue.record("not bars"); return }
        #expect(numbered.labels == ["0", "1"])
    }

    @Test func plotsAreValuesThatDisplayWhenLast() {
        // Assigned, a plot displays nothing; named on the last line, it displays; type(of:) names it.
        #expect(plots("let p = plot(sin, over: 0...1)").isEmpty)
        #expect(plots("let p = plot(sin, over: 0...1)\np").count == 1)
        #expect(output("type(of: bars([1]))") == "\"Plot\"")
    }
}

@Suite("Plot verbs: errors") struct PlotVerbErrorTests {
    @Test func functionErrors() {
        #expect(failure("plot(sin)") == "10:3: plot(_:_:over:label:labels:samples:title:xLabel:yLabel:yRange:logScale:) needs an interval to plot a function over, such as 'over: -6...6'")
        #expect(failure("plot(sin, over: 1...1)").hasSuffix("the range 1...1 for argument 'over:' of plot(_:_:over:label:labels:samples:title:xLabel:yLabel:yRange:logScale:) is empty; give a lower bound below the upper bound, both finite"))
        #expect(failure("plot({ x, y in x }, over: 0...1)") == "10:3: plot needs a function of one number, such as { x in sin(x) }; this closure takes 2 arguments")
        #expect(failure("plot(over: 0...1) { x in \"a\" }").contains("'f(x)' returned String \"a\" at x = 0; a plot needs a number"))
        #expect(failure("plot(sin, cos, over: 0...1, labels: [\"sine\"])").contains("1 label for 2 curves"))
        #expect(failure("plot(sin, over: 0...1, samples: 1)").contains("takes 2 to 2000 samples, not 1"))
        #expect(failure("plot(\"sin\", over: 0...1)").contains("expected a function, a (label, function) pair, numbers, or an array of these for argument 1"))
        #expect(failure("plot(over: 0...1) { x in sqrt(-undefinedName) }").contains("undefinedName"))
    }

    @Test func dataErrors() {
        #expect(failure("plot(x: [1, 2, 3], y: [1, 2])") == "10:3: series 'y' has 3 x values but 2 y values")
        #expect(failure("plot(x: [], y: [])") == "10:3: series 'y' has no points")
        #expect(failure("lossCurve([])") == "10:3: lossCurve needs at least one loss; the array is empty")
        #expect(failure("lossCurve([1, 2], labels: [\"a\", \"b\"])").contains("2 labels for 1 run"))
        #expect(failure("scatter(x: [1, 2], y: [1])") == "10:3: scatter has 2 x values but 1 y values")
        #expect(failure("scatter(x: [1, 2], y: [1, 2], classes: [0])").contains("scatter has 2 points but 1 classes"))
        #expect(failure("scatter(x: [1], y: [1], classes: [-1])").contains("expected classes numbered 0, 1, 2, …"))
        #expect(failure("scatter([[1, 2, 3]])").contains("one row (x, y) per point, but row 0 has 3 values"))
        #expect(failure("image([1, 2, 3])") == "10:3: 3 pixels do not make a square image; give its shape, as 'rows: 2, columns: 1'")
        #expect(failure("image([1, 2, 3], rows: 2, columns: 2)") == "10:3: an image of 2×2 pixels needs 4 values, not 3")
        #expect(failure("image([[1, 2], [3]])") == "10:3: the image's row 1 has 1 values, but row 0 has 2")
        #expect(failure("image([])") == "10:3: an image needs at least one pixel; the array is empty")
        #expect(failure("bars([\"a\"], [1, 2])") == "10:3: bars has 1 label but 2 values")
        #expect(failure("bars([])") == "10:3: a bar chart needs at least one value; the array is empty")
    }

    @Test func heatMapErrors() {
        #expect(failure("heatMap(over: 0...1, by: 0...1) { x in x }") == "10:3: heatMap needs a function of two numbers, such as { x, y in x * y }; this closure takes 1 argument")
        #expect(failure("heatMap(over: 0...1, by: 0...1, resolution: 0) { x, y in x }").contains("resolution of 1 to 200 cells a side, not 0"))
        #expect(failure("heatMap(over: 0...1, by: 0...1, points: [[0, 0]], classes: [0, 1]) { x, y in x }").contains("1 point but 2 classes"))
        #expect(failure("heatMap(over: 0...1, by: 0...1, points: [[0]]) { x, y in x }").contains("row 0 has 1 value"))
        #expect(failure("heatMap([[1, 2], [3]], over: 0...1, by: 0...1)") == "10:3: the heat map's row 1 has 1 values, but row 0 has 2")
        #expect(failure("heatMap(over: 0...1, by: 0...1, valueRange: 1...1) { x, y in x }").contains("is empty"))
        #expect(failure("heatMap(\"x\", over: 0...1, by: 0...1)").contains("expected a Matrix or an array of rows of numbers for argument 1"))
    }

    @Test func degenerateDataDrawsWithNotes() {
        let constant = Kernel().output("heatMap(over: 0...1, by: 0...1, resolution: 4) { x, y in 2 }")
        #expect(constant.contains("note: every value is 2"))
        let nan = Kernel().output("image([[0, 1], [sqrt(-1), 1]])")
        #expect(nan.contains("note: 1 pixel"))
        let flat = Kernel().output("plot(x: [1, 2, 3], y: [2, 2, 2])")
        #expect(!flat.hasPrefix("ERROR"))
    }
}
