import NotebookDocument
import NotebookRunner
import Rendering

/// libFuzzer's entry point: arbitrary bytes go through the whole pipeline as a notebook.
///
/// Parsing (cmark), cell extraction, cell parsing (swift-syntax), evaluation with a small per-cell
/// time budget, and both renderers all run; any trap, sanitizer report or hang is a finding.
/// Because a notebook with a failing cell renders nothing, the renderers then also get the parsed
/// notebook with every cell's own code as its output, so splicing sees arbitrary text too.
/// Built only when `NBRUN_FUZZ` is set (see `make fuzz` and docs/hostile-input.md).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var options = RunOptions()
    options.timeout = 0.2
    options.keepGoing = true
    let result = NotebookPipeline.run(path: "fuzz/input.md", bytes: bytes, options: options)
    if result.succeeded != (result.markdown != nil && result.html != nil) {
        fatalError("handouts and success disagree: \(result.errors)")
    }
    if !result.succeeded, let notebook = try? Notebook(path: "fuzz/input.md", bytes: bytes) {
        var cells: [Int: CellPresentation] = [:]
        for cell in notebook.cells {
            cells[cell.index] = CellPresentation(blocks: [.text(cell.code)], isError: cell.index % 2 == 1,
                                                 hideCode: cell.index % 3 == 2)
        }
        _ = MarkdownHandout.render(notebook, cells: cells)
        _ = HTMLHandout.render(notebook, cells: cells)
    }
    return 0
}
