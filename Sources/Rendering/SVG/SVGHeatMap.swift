import Display

extension SVGPlotRenderer {
    /// A heat map: one rectangle per run of equal colour, marked points on top, a colour bar and class legend.
    static func drawHeatMap(_ map: Plot.HeatMap, on canvas: inout SVGCanvas) {
        let xAxis = map.xAxis, yAxis = map.yAxis
        fitRectangle(&canvas, aspect: (yAxis.upper - yAxis.lower) / (xAxis.upper - xAxis.lower))
        let scale = map.valueScale
        let cellWidth = (canvas.right - canvas.left) / Double(map.columnCount)
        let cellHeight = (canvas.bottom - canvas.top) / Double(map.rowCount)
        var cells: [String] = []
        for (row, values) in map.values.enumerated() {
            let y = canvas.bottom - Double(row + 1) * cellHeight
            cells += rowRectangles(values.map { scale.fraction(of: $0) }, x: canvas.left, y: y,
                                   cellWidth: cellWidth, cellHeight: cellHeight, color: SVGColorMap.heat)
        }
        canvas.add("<g shape-rendering=\"crispEdges\">\n" + cells.joined(separator: "\n") + "\n</g>")
        canvas.drawAxes(x: xAxis, y: yAxis, xLabel: map.xLabel, yLabel: map.yLabel, gridlines: false)
        var markers = ["<g>"]
        for point in map.points where map.isDrawn(point) {
            let shape = SVGSeriesStyle.at(point.classIndex).marker
            let x = canvas.xPosition(point.x, on: xAxis), y = canvas.yPosition(point.y, on: yAxis)
            // A white halo under a black marker keeps it visible on every shade.
            markers.append(SVGSeriesStyle.marker(shape, x: x, y: y, size: 6, stroke: "#ffffff", fill: "#ffffff",
                                                 strokeWidth: 4.5))
            markers.append(SVGSeriesStyle.marker(shape, x: x, y: y, size: 6, stroke: "#000000", fill: "#ffffff",
                                                 strokeWidth: 2))
        }
        markers.append("</g>")
        if map.points.contains(where: map.isDrawn) { canvas.add(markers.joined(separator: "\n")) }
        let barBottom = drawColorBar(scale, label: map.valueLabel, on: &canvas, color: SVGColorMap.heat)
        for (row, entry) in map.classes.enumerated() {
            let shape = SVGSeriesStyle.at(entry.index).marker
            canvas.legendEntry(index: row, top: barBottom + 36, label: entry.name) { x, y in
                SVGSeriesStyle.marker(shape, x: x, y: y, size: 6, stroke: "#000000", fill: "#ffffff", strokeWidth: 2)
            }
        }
    }

    /// A greyscale image: square pixels, white for the lowest value and black for the highest, with a grey bar.
    static func drawImage(_ image: Plot.GreyscaleImage, on canvas: inout SVGCanvas) {
        fitRectangle(&canvas, aspect: Double(image.rows) / Double(image.columns))
        let scale = image.valueScale
        let pixel = (canvas.right - canvas.left) / Double(image.columns)
        var cells: [String] = []
        for row in 0..<image.rows {
            let fractions = (0..<image.columns).map { scale.fraction(of: image.value(row: row, column: $0)) }
            cells += rowRectangles(fractions, x: canvas.left, y: canvas.top + Double(row) * pixel,
                                   cellWidth: pixel, cellHeight: pixel, color: SVGColorMap.grey)
        }
        canvas.add("<g shape-rendering=\"crispEdges\">\n" + cells.joined(separator: "\n") + "\n</g>")
        let n = SVGMarkup.number
        canvas.add(SVGMarkup.element("rect", ["x": n(canvas.left), "y": n(canvas.top),
                                              "width": n(canvas.right - canvas.left),
                                              "height": n(canvas.bottom - canvas.top), "fill": "none",
                                              "stroke": "#000000", "stroke-width": "1"]))
        canvas.text("\(image.rows) × \(image.columns) pixels", x: (canvas.left + canvas.right) / 2,
                    y: canvas.bottom + 22)
        _ = drawColorBar(scale, label: "value", on: &canvas, color: SVGColorMap.grey)
    }

    /// Shrinks the plot rectangle to a given height-to-width ratio, keeping its top left corner.
    private static func fitRectangle(_ canvas: inout SVGCanvas, aspect: Double) {
        let width = canvas.right - canvas.left, height = canvas.bottom - canvas.top
        if height / aspect <= width {
            canvas.right = canvas.left + height / aspect
        } else {
            canvas.bottom = canvas.top + width * aspect
        }
    }

    /// One row of cells as rectangles, neighbours of the same colour merged; missing values are crossed out.
    private static func rowRectangles(_ fractions: [Double?], x: Double, y: Double, cellWidth: Double,
                                      cellHeight: Double, color: (Double) -> String) -> [String] {
        let n = SVGMarkup.number
        let fills = fractions.map { $0.map(color) }
        let top = n(y), height = n(cellHeight)
        var rectangles: [String] = []
        var start = 0
        while start < fills.count {
            let fill = fills[start]
            var end = start + 1
            while end < fills.count, fills[end] == fill { end += 1 }
            let left = x + Double(start) * cellWidth
            let width = Double(end - start) * cellWidth
            rectangles.append(SVGMarkup.rectangle(x: n(left), y: top, width: n(width), height: height, fill: fill ?? "#ffffff"))
            if fill == nil {
                rectangles.append(SVGMarkup.element("path", [
                    "d": "M\(n(left)) \(n(y + cellHeight))L\(n(left + width)) \(n(y))", "stroke": "#808080",
                    "stroke-width": "1"]))
            }
            start = end
        }
        return rectangles
    }

    /// A vertical colour bar right of the plot, low at the bottom, with ticks; returns its bottom edge.
    private static func drawColorBar(_ scale: Plot.ValueScale, label: String?, on canvas: inout SVGCanvas,
                                     color: (Double) -> String) -> Double {
        let n = SVGMarkup.number
        let x = canvas.right + 24, top = canvas.top + 24
        let height = Swift.min(200, Swift.max(80, canvas.bottom - top))
        canvas.text(label ?? "value", x: x, y: canvas.top + 10, anchor: "start")
        if scale.isConstant {
            canvas.add(SVGMarkup.element("rect", ["x": n(x), "y": n(top), "width": "16.00", "height": "16.00",
                                                  "fill": color(0.5), "stroke": "#000000", "stroke-width": "1"]))
            canvas.text("= " + NumberFormat.format(scale.lower), x: x + 24, y: top + 12.5, anchor: "start")
            return top + 16
        }
        let steps = 48
        let step = height / Double(steps)
        var stripes: [String] = []
        for index in 0..<steps {
            stripes.append(SVGMarkup.element("rect", [
                "x": n(x), "y": n(top + height - Double(index + 1) * step), "width": "16.00",
                "height": n(step), "fill": color((Double(index) + 0.5) / Double(steps))]))
        }
        canvas.add("<g shape-rendering=\"crispEdges\">\n" + stripes.joined(separator: "\n") + "\n</g>")
        canvas.add(SVGMarkup.element("rect", ["x": n(x), "y": n(top), "width": "16.00", "height": n(height),
                                              "fill": "none", "stroke": "#000000", "stroke-width": "1"]))
        let axis = Plot.ResolvedAxis(lower: scale.lower, upper: scale.upper, scale: .linear)
        var ticks: [String] = []
        for tick in axis.ticks {
            let y = top + height - axis.fraction(of: tick) * height
            ticks.append("M\(n(x + 16)) \(n(y))h4")
            canvas.text(NumberFormat.format(tick), x: x + 24, y: y + 4.5, anchor: "start", size: 12)
        }
        canvas.add(SVGMarkup.element("path", ["d": ticks.joined(), "stroke": "#000000", "stroke-width": "1"]))
        return top + height
    }
}
