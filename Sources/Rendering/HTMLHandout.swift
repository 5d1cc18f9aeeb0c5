import CCmark
import Display
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NotebookDocument
import SwiftHighlighting

/// Writes the HTML handout: one standalone page rendered by cmark, Swift highlighted, outputs shown
/// richly, math marked for KaTeX.
public enum HTMLHandout: HandoutWriter {
    public static let fileExtension = "html"
    public static let keepsNotebookLines = false
    /// Choices for the page.
    public typealias Options = HandoutOptions

    /// A relative link to another notebook (`backprop.md`, `week1/intro.md#gradients`) as the link to its
    /// HTML handout, which sits where the Markdown one does; `nil` for any other link (a scheme such as
    /// `https:` or `mailto:`, an absolute path, a fragment alone, a file that is not `.md`).
    static func pageLink(_ url: String) -> String? {
        guard !url.hasPrefix("/"), !url.hasPrefix("#") else { return nil }
        let end = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        let path = url[..<end]
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
        guard path.hasSuffix(".md"), path.count > 3 else { return nil }
        return path.dropLast(3) + ".html" + url[end...]
    }

    /// The complete page for a notebook and the presentation of each cell.
    ///
    /// The notebook's source is parsed once more, with its math hidden (``MathProtector``), and each
    /// cell's code block in that tree becomes the cell's box: its highlighted code (unless `hide-code`)
    /// and its output (when it shows one), in the container the cell sits in.
    public static func render(_ notebook: Notebook, cells: [Int: CellPresentation], options: HandoutOptions = HandoutOptions()) -> String {
        // Front matter is read, never shown; its lines stay (empty) so every later line keeps its number.
        // Lines end in LF for the math reader (a page does not show line ends).
        var source = notebook.source.lines.map(\.content).joined(separator: "\n") + "\n"
        if let frontMatter = notebook.frontMatter { source = frontMatter.blanking(source) }
        var protector = MathProtector(avoiding: source)
        let tree = CMarkTree(parsing: protector.protect(source, codeLines: notebook.literalLines))

        var cellsByLine: [Int: Int] = [:]
        for cell in notebook.cells { cellsByLine[cell.openingLine] = cell.index }
        var swiftBlocks: [(node: OpaquePointer, cell: Int?)] = []
        var headings: [OpaquePointer] = []
        var links: [(OpaquePointer, String)] = []
        tree.forEachNode { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_CODE_BLOCK {
                let info = string(cmark_node_get_fence_info(node))
                if info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "swift" {
                    swiftBlocks.append((node, cellsByLine[protector.originalLine(Int(cmark_node_get_start_line(node)))]))
                }
            } else if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_LINK, let page = pageLink(string(cmark_node_get_url(node))) {
                links.append((node, page))
            }
        }
        for (node, page) in links { cmark_node_set_url(node, page) }
        // A cell's box (highlighting, plots) is the costly part of a page: those not made ahead while the
        // cells ran (``PageBoxes``) are made side by side.
        let blocks = swiftBlocks.map { block in
            (code: string(cmark_node_get_literal(block.node)), index: block.cell, cell: block.cell.flatMap { cells[$0] })
        }
        let boxes = options.boxes
        let html = blocks.concurrentMap { block in
            if let index = block.index, let cell = block.cell, let made = boxes?.box(cell: index, code: block.code, shownAs: cell) {
                return made
            }
            return box(code: block.code, cell: block.cell)
        }
        for (block, html) in zip(swiftBlocks, html) { replace(block.node, withHTML: html) }
        let contents = anchorHeadings(headings, protector: protector)
        placeHeader(of: notebook, in: tree, after: headings.first { cmark_node_get_heading_level($0) == 1 },
                    contents: HandoutPage.contents(contents))

        let body = protector.restore(tree.html())
        let title = HTMLEscaping.escape(notebook.title ?? notebook.name)
        return HandoutPage.wrap(title: title, body: body, math: protector.hasMath ? options.math : .none,
                                course: options.course, generatedOn: options.generatedOn)
    }

    /// A swift block's HTML: its highlighted code (unless hidden), the test caption, and the cell's output
    /// in one box with the code when the cell shows one.
    static func box(code source: String, cell: CellPresentation?) -> String {
        var code = ""
        if cell?.hideCode != true {
            code = "<pre><code class=\"language-swift\">" + SwiftHighlighter.html(for: source) + "</code></pre>\n"
        }
        if let caption = cell?.caption {
            code = "<p class=\"cell-caption\"><strong>" + HTMLEscaping.escape(caption) + "</strong></p>\n" + code
        }
        guard let cell, cell.showsOutput else { return code }
        // A cell's code and its output are one box, which print keeps on one page where it fits.
        return code.isEmpty ? OutputHTML.render(cell) : "<div class=\"cell\">\n" + code + OutputHTML.render(cell) + "</div>"
    }

    /// Puts `html` in `node`'s place in the tree (or nothing, for `""`), and frees `node`.
    private static func replace(_ node: OpaquePointer, withHTML html: String) {
        if html.isEmpty { cmark_node_free(node); return }
        guard let replacement = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return }
        cmark_node_set_literal(replacement, html)
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    /// Puts the front matter's author and description and the table of contents after the page's title:
    /// after the first level-1 heading, or at the top under the front matter's title when there is none.
    private static func placeHeader(of notebook: Notebook, in tree: CMarkTree, after title: OpaquePointer?, contents: String) {
        var html = ""
        if title == nil, let heading = notebook.frontMatter?.title {
            html += "<h1>\(HTMLEscaping.escape(heading))</h1>\n"
        }
        if let author = notebook.frontMatter?.author { html += "<p class=\"byline\">\(HTMLEscaping.escape(author))</p>\n" }
        if let description = notebook.frontMatter?.description {
            html += "<p class=\"description\">\(HTMLEscaping.escape(description))</p>\n"
        }
        html += contents
        guard !html.isEmpty, let header = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return }
        cmark_node_set_literal(header, html)
        if let title { cmark_node_insert_after(title, header) } else { cmark_node_prepend_child(tree.root, header) }
    }

    /// Gives each heading an anchor and returns the table of contents entries (level, id, title as HTML).
    private static func anchorHeadings(_ headings: [OpaquePointer], protector: MathProtector) -> [(level: Int, id: String, title: String)] {
        var used: [String: Int] = [:]
        var contents: [(level: Int, id: String, title: String)] = []
        for heading in headings {
            let title = CMarkTree.plainText(of: heading)
            var slug = String(protector.strip(title).lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            while slug.contains("--") { slug = slug.replacing("--", with: "-") }
            if let first = slug.firstIndex(where: { $0 != "-" }), let last = slug.lastIndex(where: { $0 != "-" }) {
                slug = String(slug[first...last])
            } else {
                slug = "section"
            }
            let count = used[slug, default: 0]
            used[slug] = count + 1
            if count > 0 { slug += "-\(count + 1)" }
            if let anchor = cmark_node_new(CMARK_NODE_HTML_INLINE) {
                cmark_node_set_literal(anchor, "<a class=\"anchor\" id=\"\(slug)\" href=\"#\(slug)\"></a>")
                cmark_node_prepend_child(heading, anchor)
            }
            contents.append((Int(cmark_node_get_heading_level(heading)), slug, protector.restore(HTMLEscaping.escape(title))))
        }
        return contents
    }
}
