import Foundation

/// One line of the results table: one nbrun side against one reference, under one BLAS setting.
struct Row: Codable {
    var workload: String
    var detail: String
    var setting: String
    var nbrunName: String
    var nbrunKernel: String
    var nbrun: Series?
    var nbrunUnavailable: String?
    var referenceName: String
    var referenceKernel: String
    var reference: Series?
    var referenceUnavailable: String?
    /// Display unit and the factor from seconds to it.
    var unit: String
    var factor: Double
    var target: String

    /// reference ÷ nbrun on medians: how many times faster nbrun is (higher is better for nbrun).
    var ratio: Double? {
        guard let nbrun, let reference, nbrun.median > 0 else { return nil }
        return reference.median / nbrun.median
    }
}

extension Row {
    init(workload: String, detail: String, setting: String, nbrun: Side, _ nbrunOutcome: Outcome,
         reference: Side, _ referenceOutcome: Outcome, unit: String, factor: Double, target: String) {
        self.init(workload: workload, detail: detail, setting: setting,
                  nbrunName: nbrun.name, nbrunKernel: nbrun.kernel, nbrun: nbrunOutcome.series,
                  nbrunUnavailable: nbrunOutcome.unavailable,
                  referenceName: reference.name, referenceKernel: reference.kernel,
                  reference: referenceOutcome.series, referenceUnavailable: referenceOutcome.unavailable,
                  unit: unit, factor: factor, target: target)
    }
}

/// What a child process reports to the parent on standard output, one JSON object a line.
enum Report {
    static func row(_ row: Row) {
        let data = try! JSONEncoder().encode(row)
        FileHandle.standardOutput.write(Data(("ROW " + String(decoding: data, as: UTF8.self) + "\n").utf8))
    }
    static func info(_ text: String) {
        FileHandle.standardOutput.write(Data(("INFO " + text + "\n").utf8))
    }
}

/// Formats a duration in the row's unit with three significant digits.
func format(_ seconds: Double, factor: Double) -> String {
    let value = seconds * factor
    if value >= 100 { return String(format: "%.0f", value) }
    if value >= 10 { return String(format: "%.1f", value) }
    if value >= 1 { return String(format: "%.2f", value) }
    return String(format: "%.3g", value)
}

func cell(_ series: Series?, _ unavailable: String?, _ row: Row, side: String) -> String {
    guard let series else { return "\(side) unavailable: \(unavailable ?? "not run")" }
    return "\(format(series.median, factor: row.factor)) \(row.unit) (\(format(series.minimum, factor: row.factor))–\(format(series.maximum, factor: row.factor)))"
}

/// The one table: workload, nbrun, reference, ratio; as aligned text and as Markdown.
func renderTable(_ rows: [Row], markdown: Bool) -> String {
    let header = ["workload", "BLAS setting", "nbrun side", "nbrun: median (min–max)", "reference",
                  "reference: median (min–max)", "ratio ref/nbrun", "target"]
    var lines: [[String]] = []
    for row in rows {
        let ratio = row.ratio.map { String(format: "%.2f×", $0) } ?? "—"
        lines.append([row.workload + (row.detail.isEmpty ? "" : " " + row.detail), row.setting,
                      row.nbrunName, cell(row.nbrun, row.nbrunUnavailable, row, side: "nbrun side"),
                      row.referenceName, cell(row.reference, row.referenceUnavailable, row, side: "reference"),
                      ratio, row.target])
    }
    if markdown {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in " --- " }.joined(separator: "|") + "|\n"
        for line in lines {
            out += "| " + line.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return out
    }
    // Text: long "unavailable" reasons would wreck the alignment, so cap column widths.
    let cap = 48
    let clipped = lines.map { $0.map { $0.count > cap ? String($0.prefix(cap - 1)) + "…" : $0 } }
    let widths = header.indices.map { column in ([header] + clipped).map { $0[column].count }.max() ?? 0 }
    func pad(_ line: [String]) -> String {
        line.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
            .joined(separator: "  ")
    }
    var out = pad(header) + "\n" + pad(widths.map { String(repeating: "-", count: $0) }) + "\n"
    for line in clipped { out += pad(line) + "\n" }
    let notes = rows.compactMap { row -> String? in
        guard let reason = row.nbrunUnavailable ?? row.referenceUnavailable else { return nil }
        return "\(row.workload) \(row.nbrunUnavailable != nil ? row.nbrunName : row.referenceName): unavailable: \(reason)"
    }
    if !notes.isEmpty {
        out += "\nUnavailable (full reasons):\n"
        for note in Array(Set(notes)).sorted() { out += "  " + note + "\n" }
    }
    return out
}
