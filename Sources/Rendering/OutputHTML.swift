import Display

/// Renders a cell's output blocks as HTML: text in `<pre>`, tables as `<table>`, plots as inline SVG.
enum OutputHTML {
    /// The HTML for one cell's output, wrapped in a `<div class="output">`.
    static func render(_ cell: CellPresentation) -> String {
        var html = cell.isError ? "<div class=\"output error\">\n" : "<div class=\"output\">\n"
        var pendingText: [String] = []
        func flushText() {
            guard !pendingText.isEmpty else { return }
            html += "<pre>" + HTMLEscaping.escape(pendingText.joined(separator: "\n")) + "</pre>\n"
            pendingText.removeAll()
        }
        for block in cell.blocks {
            switch block {
            case .text:
                pendingText.append(block.text)
            case .table(let table):
                flushText()
                html += render(table)
            case .plot(let plot):
                flushText()
                html += "<figure class=\"plot\">\n" + SVGPlotRenderer.render(plot) + "\n</figure>\n"
            }
        }
        flushText()
        return html + "</div>\n"
    }

    /// A table with a caption, a header row when there is one, and numeric columns aligned right.
    static func render(_ table: Table) -> String {
        let numeric = (0..<table.columnCount).map(table.isNumeric(column:))
        func cells(_ row: [String], tag: String) -> String {
            (0..<table.columnCount).map { column in
                let text = column < row.count ? HTMLEscaping.escape(row[column]) : ""
                return numeric[column] ? "<\(tag) class=\"num\">\(text)</\(tag)>" : "<\(tag)>\(text)</\(tag)>"
            }.joined()
        }
        // The caption sits above the table rather than in a <caption>, which would wrap to the table's width.
        var html = table.caption.map { "<p class=\"caption\">\(HTMLEscaping.escape($0))</p>" } ?? ""
        html += table.header.isEmpty ? "<table class=\"grid\">" : "<table>"
        if !table.header.isEmpty { html += "<thead><tr>\(cells(table.header, tag: "th"))</tr></thead>" }
        html += "<tbody>"
        for row in table.rows { html += "<tr>\(cells(row, tag: "td"))</tr>" }
        return html + "</tbody></table>\n"
    }
}
