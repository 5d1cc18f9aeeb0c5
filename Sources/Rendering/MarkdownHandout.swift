import Display
import NotebookDocument

/// Writes the Markdown handout: the notebook byte for byte with each cell's output as text.
public enum MarkdownHandout: HandoutWriter {
    public static let fileExtension = "md"
    public static let keepsNotebookLines = true

    /// The handout; the options (math, links) are the page's concern, not this one's.
    public static func render(_ notebook: Notebook, cells: [Int: CellPresentation], options: HandoutOptions) -> String {
        render(notebook, cells: cells)
    }

    /// The handout text for a notebook and the presentation of each of its cells (keyed by cell index).
    public static func render(_ notebook: Notebook, cells: [Int: CellPresentation]) -> String {
        Splicer.handout(notebook, outputs: cells.mapValues { cell in
            Splicer.CellOutput(text: cell.showsOutput ? InertText.make(cell.blocks.text) : nil, hideCode: cell.hideCode)
        })
    }
}
