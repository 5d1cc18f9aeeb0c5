import CCmark
import Synchronization
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Owns one cmark-gfm syntax tree, parsed with GitHub's extensions, and frees it when released.
public final class CMarkTree {
    /// The document node.
    public let root: OpaquePointer
    private let parser: OpaquePointer

    /// The GFM extensions every notebook is read with: pipe tables, `~~strikethrough~~`, task lists and
    /// bare-URL autolinks (footnotes are a parse option, ``options``). Raw HTML stays as written (no tag filter).
    public static let extensionNames = ["table", "strikethrough", "tasklist", "autolink"]

    /// The cmark options every notebook is parsed and rendered with: footnotes on.
    public static let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES

    /// The extensions, registered once: cmark-gfm's registry is a global list that registering changes
    /// without a lock (two threads registering at once crash), and only reads it afterwards.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// Held while a document is parsed: cmark-gfm adds the extensions' characters (`~`, `|`, `:` …) to a
    /// global table of special characters when a parse starts and removes them when it finishes, so two
    /// parses at once (`--jobs`, in-process) would change each other's results or crash.
    private static let parsing = Mutex(())

    /// Parses CommonMark with the GFM extensions; cmark accepts any input, so this never fails.
    public init(parsing text: String) {
        let bytes = Array(text.utf8)
        (parser, root) = Self.parsing.withLock { _ in
            let parser = cmark_parser_new(Self.options)!
            for syntax in Self.extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            return (parser, cmark_parser_finish(parser))
        }
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The tree as HTML, with the extensions' renderers and raw HTML kept (`CMARK_OPT_UNSAFE`).
    public func html() -> String {
        guard let rendered = cmark_render_html(root, Self.options | CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser))
        else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Calls `visit` for every node as the walk enters it, in document order; `visit` must not change the tree.
    public func forEachNode(_ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The plain text of a node's descendants (text and inline code), as a heading's title.
    public static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            } else {
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}

/// Copies a C string owned by cmark into a Swift string (`""` for null).
public func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}
