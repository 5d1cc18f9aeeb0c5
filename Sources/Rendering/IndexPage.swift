/// The `index.html` that lists every handout of a folder with its title and status.
public enum IndexPage {
    /// One handout in the list.
    public struct Entry: Sendable {
        /// The handout's file name, relative to the index (`xor.html`).
        public var file: String
        /// The notebook's title.
        public var title: String
        /// `ok`, or a short word for what went wrong (`failed`).
        public var status: String
        /// Cells run.
        public var cells: Int

        /// Creates an entry.
        public init(file: String, title: String, status: String, cells: Int) {
            self.file = file
            self.title = title
            self.status = status
            self.cells = cells
        }
    }

    /// The page listing `entries` in the given order.
    public static func render(title: String, entries: [Entry]) -> String {
        var body = "<h1>\(HTMLEscaping.escape(title))</h1>\n<table class=\"index\"><thead><tr><th>Handout</th><th>File</th><th class=\"num\">Cells</th><th>Status</th></tr></thead><tbody>\n"
        for entry in entries {
            let file = HTMLEscaping.escape(entry.file)
            body += "<tr><td><a href=\"\(file)\">\(HTMLEscaping.escape(entry.title))</a></td><td>\(file)</td>"
            body += "<td class=\"num\">\(entry.cells)</td><td class=\"status-\(HTMLEscaping.escape(entry.status))\">\(HTMLEscaping.escape(entry.status))</td></tr>\n"
        }
        body += "</tbody></table>\n"
        return HandoutPage.wrap(title: HTMLEscaping.escape(title), body: body, contents: [],
                                options: HTMLHandout.Options(mathJax: false))
    }
}
