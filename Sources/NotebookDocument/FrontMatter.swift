import Yams

/// The YAML block (`---` … `---`) that may open a notebook: title, author, description and course order.
///
/// The block is read, never shown: the HTML handout leaves its lines out, and the Markdown handout keeps
/// them byte for byte (GitHub and most Markdown renderers hide front matter themselves).
///
/// ```yaml
/// ---
/// title: Backpropagation by hand
/// author: A. Instructor
/// description: The chain rule, layer by layer, on a 2-2-1 net.
/// order: 3
/// ---
/// ```
public struct FrontMatter: Sendable, Equatable {
    /// The page title; overrides the first heading.
    public var title: String?
    /// Who wrote the notebook, shown under the title.
    public var author: String?
    /// One or two sentences, shown under the title and in the course index.
    public var description: String?
    /// The notebook's place in the course index: lower comes first; notebooks without one come after, by path.
    public var order: Double?
    /// Notebook lines the block takes, fences included (line 1 through `lineCount`).
    public var lineCount: Int

    /// The keys a front-matter block may hold.
    public static let keys = ["title", "author", "description", "order"]

    /// Creates front matter.
    public init(title: String? = nil, author: String? = nil, description: String? = nil, order: Double? = nil, lineCount: Int = 0) {
        self.title = title
        self.author = author
        self.description = description
        self.order = order
        self.lineCount = lineCount
    }

    /// Reads the block that opens `source`, if its first line is `---`; `nil` when there is none.
    ///
    /// The block ends at the next line that is `---` or `...`; one that never ends, YAML that does not
    /// parse, a key that looks like a misspelt known one or a value of the wrong kind is an error at its
    /// notebook line and column. Other keys are ignored.
    public init?(source: SourceText, path: String) throws(DocumentDiagnostic) {
        guard let first = source.lines.first, first.content.trimmingTrailingSpaces == "---" else { return nil }
        guard let end = source.lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.content.trimmingTrailingSpaces) })
        else {
            throw DocumentDiagnostic(file: path, line: 1, column: 1,
                                     message: "front matter opened by '---' is never closed; end it with a line '---'")
        }
        let yaml = source.lines[1..<end].map { $0.content + "\n" }.joined()
        // YAML lines are counted from the line after the opening fence.
        func error(_ message: String, _ mark: Mark?) -> DocumentDiagnostic {
            DocumentDiagnostic(file: path, line: (mark?.line ?? 1) + 1, column: mark?.column ?? 1,
                               message: "front matter: \(message)")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: yaml, .basic) } catch let failure as YamlError {
            switch failure {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                // The usual cause: a value with ": " in it, which YAML reads as a second key.
                let hint = problem.contains("mapping values are not allowed") ? "; put a value that holds ': ' in quotes" : ""
                throw error(problem + hint, mark)
            case .duplicatedKeysInMapping(let duplicates, let context):
                throw error("key '\(duplicates.first ?? "")' is given twice", context.mark)
            default:
                throw error("\(failure)", nil)
            }
        } catch {
            throw DocumentDiagnostic(file: path, line: 2, column: 1, message: "front matter: \(error)")
        }
        self.init(lineCount: end + 1)
        guard let node else { return }
        guard let mapping = node.mapping else {
            throw error("expected 'key: value' lines (\(Self.keys.joined(separator: ", "))), found \(node.scalar == nil ? "a list" : "a single value")", node.mark)
        }
        for (key, value) in mapping {
            guard let name = key.string, Self.keys.contains(name) else {
                // Other keys (`date`, `tags`) are the author's own and ignored; one that looks like a
                // misspelt known key is an error, or the value would be silently lost.
                if let near = closest(to: key.string ?? "", in: Self.keys) {
                    throw error("unknown key '\(key.string ?? "")'; did you mean '\(near)'? (keys: \(Self.keys.joined(separator: ", ")))", key.mark)
                }
                continue
            }
            if name == "order" {
                guard let number = value.float, value.scalar != nil, number.isFinite else {
                    throw error("'order' must be a number, found '\(value.string ?? "a list")'", value.mark)
                }
                order = number
                continue
            }
            guard let text = value.scalar?.string else {
                throw error("'\(name)' must be text, found a \(value.mapping != nil ? "mapping" : "list")", value.mark)
            }
            switch name {
            case "title": title = text
            case "author": author = text
            default: description = text
            }
        }
    }

    /// `text` with the block's lines emptied (their terminators kept), so a Markdown parser sees no front
    /// matter and every later line keeps its number.
    public func blanking(_ text: String) -> String {
        var result = ""
        var remaining = lineCount
        var index = text.startIndex
        while remaining > 0, index < text.endIndex {
            guard let newline = text[index...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else {
                return result
            }
            result.append(text[newline])
            index = text.index(after: newline)
            remaining -= 1
        }
        return result + text[index...]
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
