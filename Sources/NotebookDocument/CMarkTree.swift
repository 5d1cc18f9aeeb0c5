import CCmark

/// Owns one cmark syntax tree and frees it when released.
public final class CMarkTree {
    /// The document node.
    public let root: OpaquePointer

    /// Parses CommonMark text; cmark accepts any input, so this never fails.
    public init(parsing text: String) {
        let bytes = Array(text.utf8)
        root = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }
    }

    deinit { cmark_node_free(root) }

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
