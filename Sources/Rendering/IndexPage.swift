/// The `index.html` of a course: every handout in course order with its title, description and status.
public enum IndexPage {
    /// One handout in the list.
    public struct Entry: Sendable {
        /// The handout's file, relative to the index (`xor.html`, `week1/intro.html`).
        public var file: String
        /// The notebook's title.
        public var title: String
        /// The front matter's description, if any.
        public var description: String?
        /// `ok`, or a short word for what went wrong (`failed`, `missing`).
        public var status: String
        /// Whether the handout exists, so the title links to it (a notebook that failed before its first
        /// handout was written has none).
        public var exists: Bool

        /// Creates an entry.
        public init(file: String, title: String, description: String? = nil, status: String, exists: Bool = true) {
            self.file = file
            self.title = title
            self.description = description
            self.status = status
            self.exists = exists
        }
    }

    /// The page listing `entries` in the given order.
    public static func render(title: String, entries: [Entry]) -> String {
        var body = "<h1>\(HTMLEscaping.escape(title))</h1>\n"
        body += "<table class=\"index\"><thead><tr><th class=\"num\">#</th><th>Handout</th><th>Status</th></tr></thead><tbody>\n"
        for (number, entry) in entries.enumerated() {
            let name = HTMLEscaping.escape(entry.title)
            body += "<tr><td class=\"num\">\(number + 1)</td><td class=\"description\">"
            body += entry.exists ? "<a href=\"\(HTMLEscaping.escape(entry.file))\">\(name)</a>" : name
            if let description = entry.description { body += "<br><small>\(HTMLEscaping.escape(description))</small>" }
            let status = HTMLEscaping.escape(entry.status)
            body += "</td><td class=\"status-\(status)\">\(status)</td></tr>\n"
        }
        body += "</tbody></table>\n"
        return HandoutPage.wrap(title: HTMLEscaping.escape(title), body: body, math: .none, course: CourseLinks(), generatedOn: nil)
    }
}
