import CCmark

/// A parsed notebook: its source lines, its cells and its title. Parsing never executes anything.
public struct Notebook: Sendable {
    /// The path as given by the user, used in diagnostics.
    public var path: String
    /// The source, line by line, for exact splicing.
    public var source: SourceText
    /// The `swift` cells in document order.
    public var cells: [Cell]
    /// The front matter's title, else the text of the first heading, if any.
    public var title: String?
    /// The YAML block that opens the notebook, if there is one.
    public var frontMatter: FrontMatter?
    /// Lines that hold code (fenced or indented) or raw HTML, where prose readers (math) must not look.
    public var literalLines: Set<Int>
    /// The fenced `output` blocks written in the notebook itself (a reference page's expected
    /// outputs), in document order.
    public var outputBlocks: [FencedBlock] = []

    /// The file name without folders or the `.md` extension, naming the handouts (`xor` for `notebooks/xor.md`).
    public var name: String { Self.name(forPath: path) }

    /// The handout name of the notebook at `path`, known before the file is read.
    public static func name(forPath path: String) -> String {
        var base = path.split(separator: "/").last.map(String.init) ?? path
        if base.hasSuffix(".md") { base.removeLast(3) }
        return base
    }

    /// Parses a notebook's bytes; fails on invalid UTF-8, binary data, unknown cell options and unclosed cell fences.
    public init(path: String, bytes: [UInt8]) throws(DocumentDiagnostic) {
        let text = try Self.decode(bytes, path: path)
        self.path = path
        self.source = SourceText(text)
        let frontMatter = try FrontMatter(source: source, path: path)
        self.frontMatter = frontMatter
        let tree = CMarkTree(parsing: frontMatter?.blanking(text) ?? text)
        var headings: [OpaquePointer] = []
        var blocks: [OpaquePointer] = []
        var literalLines = Set<Int>()
        tree.forEachNode { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
                if type == CMARK_NODE_CODE_BLOCK { blocks.append(node) }
                let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
                if start <= end { literalLines.formUnion(start...end) }
            }
        }
        self.literalLines = literalLines
        self.title = Self.title(frontMatter: frontMatter, headings: headings)
        var cells: [Cell] = []
        let extractor = CellExtractor(source: source, path: path)
        for node in Self.bySourceLine(blocks) {
            if let cell = try extractor.cell(from: node, index: cells.count) {
                cells.append(cell)
            } else if let block = extractor.fencedBlock(from: node), block.info == "output" {
                outputBlocks.append(block)
            }
        }
        self.cells = cells
    }

    /// Parses a notebook from text.
    /// What a course's index and its handouts' links need of a notebook: its title and front matter.
    public struct Outline: Sendable {
        /// The front matter's title, else the text of the first heading, if any.
        public var title: String?
        /// The YAML block that opens the notebook, if there is one.
        public var frontMatter: FrontMatter?
    }

    /// Reads a notebook's title and front matter only: nothing of its cells is extracted or checked, so
    /// a course of many notebooks is outlined in a fraction of the time parsing them takes.
    public static func outline(path: String, bytes: [UInt8]) throws(DocumentDiagnostic) -> Outline {
        let text = try decode(bytes, path: path)
        let frontMatter = try FrontMatter(source: SourceText(text), path: path)
        if let title = frontMatter?.title { return Outline(title: title, frontMatter: frontMatter) }
        let tree = CMarkTree(parsing: frontMatter?.blanking(text) ?? text)
        var headings: [OpaquePointer] = []
        tree.forEachNode { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { headings.append(node) }
        }
        return Outline(title: title(frontMatter: frontMatter, headings: headings), frontMatter: frontMatter)
    }

    /// The front matter's title, else the first heading's text as written top to bottom.
    private static func title(frontMatter: FrontMatter?, headings: [OpaquePointer]) -> String? {
        frontMatter?.title ?? bySourceLine(headings).first.map { CMarkTree.plainText(of: $0).trimmingSpaces }
    }

    /// Source order, not tree order: cmark-gfm moves footnote definitions (and the cells inside them)
    /// to the end of the tree, but cells run, and the title is found, top to bottom as written.
    private static func bySourceLine(_ nodes: [OpaquePointer]) -> [OpaquePointer] {
        nodes.enumerated().sorted {
            let (a, b) = (cmark_node_get_start_line($0.element), cmark_node_get_start_line($1.element))
            return a != b ? a < b : $0.offset < $1.offset
        }.map(\.element)
    }

    public init(path: String, text: String) throws(DocumentDiagnostic) {
        try self.init(path: path, bytes: Array(text.utf8))
    }

    private static func decode(_ bytes: [UInt8], path: String) throws(DocumentDiagnostic) -> String {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 {
                throw DocumentDiagnostic(file: path, line: line, column: index - lineStart + 1,
                                         message: "file contains a NUL byte; a notebook must be a text file", isUnreadable: true)
            }
            if byte == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
            let length = Self.utf8SequenceLength(bytes, at: index)
            if length == 0 {
                throw DocumentDiagnostic(file: path, line: line, column: index - lineStart + 1,
                                         message: "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); a notebook must be UTF-8 text", isUnreadable: true)
            }
            index += length
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        minimum = minimum > 0 ? minimum : 0
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return length
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
