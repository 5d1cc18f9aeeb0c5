/// Where a handout sits in the course: the way back to the index and to the handouts before and after it.
public struct CourseLinks: Sendable, Codable, Equatable {
    /// A neighbouring handout.
    public struct Neighbour: Sendable, Codable, Equatable {
        /// Its HTML handout, relative to the output folder (`week2/intro.html`).
        public var file: String
        /// Its title.
        public var title: String

        /// Creates a neighbour.
        public init(file: String, title: String) {
            self.file = file
            self.title = title
        }
    }

    /// The page's way to the output folder: `""`, or `"../"` per sub-folder level.
    public var root: String
    /// Whether the page links to the course index (`index.html` in the output folder).
    public var linksIndex: Bool
    /// The handout before this one in course order.
    public var previous: Neighbour?
    /// The handout after this one in course order.
    public var next: Neighbour?

    /// Creates links; the default is a page at the top of the output folder with no course around it.
    public init(root: String = "", linksIndex: Bool = false, previous: Neighbour? = nil, next: Neighbour? = nil) {
        self.root = root
        self.linksIndex = linksIndex
        self.previous = previous
        self.next = next
    }

    /// `"../"` once per folder in `file`, a path relative to the output folder.
    public static func root(of file: String) -> String {
        String(repeating: "../", count: file.split(separator: "/", omittingEmptySubsequences: true).count - 1)
    }

    /// The navigation bar, or `""` when there is nothing to link.
    public func html() -> String {
        guard linksIndex || previous != nil || next != nil else { return "" }
        var items: [String] = []
        if let previous {
            items.append("<a rel=\"prev\" href=\"\(HTMLEscaping.escape(root + previous.file))\">← \(HTMLEscaping.escape(previous.title))</a>")
        }
        if linksIndex { items.append("<a href=\"\(HTMLEscaping.escape(root))index.html\">Course index</a>") }
        if let next {
            items.append("<a rel=\"next\" href=\"\(HTMLEscaping.escape(root + next.file))\">\(HTMLEscaping.escape(next.title)) →</a>")
        }
        return "<nav class=\"course\">" + items.joined(separator: " ") + "</nav>\n"
    }
}
