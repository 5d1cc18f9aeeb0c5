import NotebookDocument
import Rendering

/// The notebooks of a run as a course: each one's handout name, title, description, and place in
/// course order, which the index lists and each handout's previous/next links follow.
///
/// Course order is front matter `order` (lower first; equal or missing ones by path), notebooks with
/// an `order` before those without. Handouts keep the folders they have under the folder named on the
/// command line (`notebooks/week1/intro.md` → `week1/intro.html`). A notebook named as a file is written
/// at the top of the output folder, with the other notebooks of its own folder as its course.
struct Course: Sendable {
    /// One notebook of the course.
    struct Page: Sendable {
        /// The notebook's path as the command line spells it.
        var path: String
        /// The handout's path relative to the output folder, without extension (`week1/intro`).
        var name: String
        /// Front matter title, first heading, or the name.
        var title: String
        /// The front matter's description.
        var description: String?
        /// The front matter's order.
        var order: Double?
    }

    /// The pages in course order.
    let pages: [Page]

    /// The course of `unordered`, put in course order.
    init(pages unordered: [Page]) {
        pages = unordered.enumerated().sorted { a, b in
            switch (a.element.order, b.element.order) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.element.path < b.element.path
            }
        }.map(\.element)
    }

    /// Reads the page for the notebook at `path`, to be written as `name`, from its outline (front matter and
    /// headings); a notebook that cannot be read, or whose front matter is not valid, gets its name as its
    /// title (its run reports the error).
    static func page(path: String, name: String) -> Page {
        var page = Page(path: path, name: name, title: Notebook.name(forPath: path))
        if case .bytes(let bytes) = FileBytes.read(path, atMost: NotebookPipeline.maximumNotebookBytes),
           let outline = try? Notebook.outline(path: path, bytes: bytes) {
            page.title = outline.title ?? page.title
            page.description = outline.frontMatter?.description
            page.order = outline.frontMatter?.order
        }
        return page
    }

    /// Whether the handouts link to the index: a course of one notebook has nothing to go back to.
    var linksIndex: Bool { pages.count > 1 }

    /// The links of the handout of `path`: to the index and to its nearest neighbours that are not in
    /// `skipping` (notebooks whose handout does not exist).
    func links(for path: String, skipping: Set<String> = []) -> CourseLinks {
        guard let position = pages.firstIndex(where: { $0.path == path }) else { return CourseLinks() }
        func neighbour(from start: Int, by step: Int) -> CourseLinks.Neighbour? {
            var at = start + step
            while pages.indices.contains(at), skipping.contains(pages[at].path) { at += step }
            return pages.indices.contains(at) ? .init(file: pages[at].name + ".html", title: pages[at].title) : nil
        }
        return CourseLinks(root: CourseLinks.root(of: pages[position].name), linksIndex: linksIndex,
                           previous: neighbour(from: position, by: -1), next: neighbour(from: position, by: 1))
    }

    /// `results` with every page's links leading past the notebooks that failed and have no handout
    /// (pages are rendered before their neighbours' runs end, so the bar is put right afterwards).
    func linkingPastMissing(_ results: [NotebookResult], handoutExists: (String) -> Bool) -> [NotebookResult] {
        let missing = Set(results.filter { !$0.succeeded && !handoutExists($0.name + ".html") }.map(\.path))
        guard !missing.isEmpty else { return results }
        return results.map { result in
            guard let html = result.html else { return result }
            let (before, after) = (links(for: result.path).html(), links(for: result.path, skipping: missing).html())
            guard before != after, !before.isEmpty else { return result }
            var fixed = result
            fixed.html = html.replacing(before, with: after)
            return fixed
        }
    }
}
