import NotebookDocument
import Rendering

/// `nbrun check-examples PAGE…`: a reference page as a doc test. Every `swift` block of the page runs
/// as a cell, in one session per page, top to bottom, with the cell options a notebook has (`no-run`,
/// `should-fail`, …); the `output` block that follows a `swift` block (blank lines between allowed) is
/// what that example must print. A page is current when every cell runs as its options say and every
/// such `output` block equals what its cell prints now, numbers compared as `--check` compares them;
/// a block with `⋮` lines is an excerpt, each `⋮` standing for any run of printed lines.
///
/// The page runs as written except that each expected `output` block's info string becomes `text`:
/// it stays an inert code block of the same lines (so an error's `file:line:col` is the page's own,
/// whatever the block holds), and cannot be taken for the `output` block the run inserts.
public struct ExampleCheck {
    /// One `swift` block with the `output` block the page shows for it.
    struct Example {
        /// 0-based index of the `swift` block's closing fence.
        var cellEnd: Int
        /// 0-based indices of the `output` block's opening and closing fences.
        var outputStart: Int
        var outputEnd: Int
    }

    /// A page that could be read and run, and what was found.
    struct PageResult {
        var examples = 0
        var stale = false
        var failed = false
    }

    let paths: [String]
    let options: RunOptions
    let report: (String) -> Void
    let reportError: (String) -> Void

    /// A check of the pages at `paths` (files, or folders searched for `.md` files as for notebooks).
    public init(paths: [String], options: RunOptions, report: @escaping (String) -> Void,
                reportError: @escaping (String) -> Void) {
        self.paths = paths
        self.options = options
        self.report = report
        self.reportError = reportError
    }

    /// Checks every page; `.failure` when a cell failed or a page is stale, `.badInput` when a path cannot be read.
    public func run() -> Runner.Status {
        let pages: [String]
        do { pages = try NotebookDiscovery(paths: paths).notebooks } catch {
            reportError("error: " + error.description)
            return .badInput
        }
        var status = Runner.Status.success
        var examples = 0, stalePages: [String] = []
        for page in pages {
            guard let result = check(page) else {
                status = .badInput
                stalePages.append(page)
                continue
            }
            examples += result.examples
            if result.stale || result.failed {
                stalePages.append(page)
                if status == .success { status = .failure }
            }
        }
        if !options.quiet {
            let count = "\(examples) output block\(examples == 1 ? "" : "s") in \(pages.count) page\(pages.count == 1 ? "" : "s")"
            report(stalePages.isEmpty ? "checked \(count): every example prints what its page shows"
                   : "checked \(count): \(stalePages.count) page\(stalePages.count == 1 ? "" : "s") to fix (\(stalePages.joined(separator: ", ")))")
        }
        return status
    }

    /// Runs one page and compares it; `nil` when it cannot be read.
    func check(_ path: String) -> PageResult? {
        let bytes: [UInt8]
        do { bytes = try NotebookPipeline.readNotebook(path) } catch {
            reportError(error.message)
            return nil
        }
        // The page as a notebook first: invalid UTF-8, an unclosed fence and the like are the errors
        // `nbrun` gives them, before anything runs.
        let notebook: Notebook
        do { notebook = try Notebook(path: path, bytes: bytes) } catch {
            reportError(error.formatted)
            if error.isUnreadable { return nil }
            return PageResult(failed: true)
        }
        let page = String(decoding: bytes, as: UTF8.self)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let open = notebook.outputBlocks.first(where: { $0.closingLine == nil }) {
            reportError("\(path):\(open.openingLine):1: error: unclosed code fence: this output block has no closing \(open.fence)")
            return PageResult(failed: true)
        }
        let examples = Self.examples(of: notebook, lines: lines)
        var runnable = lines
        for example in examples {
            // `output` → `text` in the opening fence's info string.
            let opening = runnable[example.outputStart]
            if let info = opening.ranges(of: "output").last {
                runnable[example.outputStart].replaceSubrange(info, with: "text")
            }
        }
        var runOptions = options
        runOptions.format = .md
        runOptions.toStandardOutput = false
        let result = NotebookPipeline.run(path: path, bytes: Array(runnable.joined(separator: "\n").utf8), options: runOptions)
        var outcome = PageResult(examples: examples.count)
        guard result.succeeded, let handout = result.markdown else {
            for error in result.errors { reportError(error) }
            outcome.failed = true
            return outcome
        }
        guard let printed = Self.insertedOutputs(handout: handout, source: runnable) else {
            reportError("\(path): error: cannot line up the page with what its cells printed")
            outcome.failed = true
            return outcome
        }
        // The page as it would read with every shown output replaced by what its cell prints now.
        var current: [String] = []
        var next = 0
        for example in examples {
            current += lines[next..<example.outputStart]
            let shown = Array(lines[example.outputStart...example.outputEnd])
            // What the cell prints, inside the page's own fences (```` ``` ```` or `~~~`, with their prefix).
            let now = printed[example.cellEnd].map { [shown[0]] + $0.dropFirst().dropLast() + [shown[shown.count - 1]] } ?? []
            // An excerpt (a block with `⋮` lines) that still matches stands as the page shows it.
            let isExcerpt = shown.contains { line in line.drop { $0 == " " } == Self.elision }
            current += isExcerpt && Self.matches(excerpt: shown, printed: now, tolerance: options.tolerance) ? shown : now
            next = example.outputEnd + 1
        }
        current += lines[next...]
        if let diff = UnifiedDiff.diff(old: page, new: current.joined(separator: "\n"), oldName: path,
                                       newName: "\(path) (as its examples print now)", tolerance: options.tolerance) {
            reportError("\(path): error: examples print something else now:\n\(Runner.clipped(diff, width: Runner.diffLineLimit))")
            outcome.stale = true
        }
        if !options.quiet {
            report("\(path): \(result.cellsRun) cell\(result.cellsRun == 1 ? "" : "s"), \(examples.count) output block\(examples.count == 1 ? "" : "s")\(outcome.stale ? ", STALE" : ", current")")
        }
        return outcome
    }

    /// A line of an expected `output` block that stands for any number of printed lines.
    static let elision = "⋮"

    /// Whether `printed` (an `output` block, fences included) reads as `excerpt` with each `⋮` line
    /// standing for any run of lines, zero or more, and every other line equal, numbers compared with `tolerance`.
    static func matches(excerpt: [String], printed: [String], tolerance: Double) -> Bool {
        // reachable[j]: the first i excerpt lines can match the first j printed lines.
        var reachable = [true] + Array(repeating: false, count: printed.count)
        for line in excerpt {
            var next = Array(repeating: false, count: printed.count + 1)
            if line.drop { $0 == " " } == elision {
                var seen = false
                for j in 0...printed.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            } else {
                for j in 0..<printed.count where reachable[j]
                    && NumberTolerantComparison.equal(line[...], printed[j][...], units: tolerance) {
                    next[j + 1] = true
                }
            }
            reachable = next
        }
        return reachable[printed.count]
    }

    /// The cells followed (after blank lines only, `>` in a quote) by an `output` block: cmark's reading of the page.
    static func examples(of notebook: Notebook, lines: [String]) -> [Example] {
        notebook.outputBlocks.compactMap { block in
            guard let closing = block.closingLine,
                  let cell = notebook.cells.last(where: { $0.closingLine < block.openingLine }),
                  lines[cell.closingLine..<(block.openingLine - 1)].allSatisfy({ unprefixed($0).isEmpty })
            else { return nil }
            return Example(cellEnd: cell.closingLine - 1, outputStart: block.openingLine - 1, outputEnd: closing - 1)
        }
    }

    /// For each cell that printed, the index of its closing fence in `source` and the `output` block
    /// the handout inserted after it (fences included); `nil` when the handout is not `source` plus
    /// such blocks.
    static func insertedOutputs(handout: String, source: [String]) -> [Int: [String]]? {
        let printed = handout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [Int: [String]] = [:]
        var s = 0, h = 0
        while h < printed.count {
            if s < source.count, printed[h] == source[s] {
                s += 1
                h += 1
                continue
            }
            let opening = Self.unprefixed(printed[h])
            let fence = opening.prefix { $0 == "`" }
            guard s > 0, fence.count >= 3, opening.dropFirst(fence.count) == "output" else { return nil }
            // The run's closing fence: the same backticks, after the same container prefix (a list's or a quote's).
            guard let end = printed[(h + 1)...].firstIndex(where: { line in
                let body = Self.unprefixed(line)
                return body.count >= fence.count && body.allSatisfy { $0 == "`" }
            }) else { return nil }
            blocks[s - 1] = Array(printed[h...end])
            h = end + 1
        }
        return s == source.count ? blocks : nil
    }

    /// A handout line without its container prefix (the indent of a list item, a quote's `>`).
    static func unprefixed(_ line: String) -> Substring { line.drop { $0 == " " || $0 == ">" || $0 == "\t" } }
}
