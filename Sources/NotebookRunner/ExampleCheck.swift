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
        do { _ = try Notebook(path: path, bytes: bytes) } catch {
            reportError(error.formatted)
            if error.isUnreadable { return nil }
            return PageResult(failed: true)
        }
        let page = String(decoding: bytes, as: UTF8.self)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let examples = Self.examples(in: lines)
        if let open = Self.unclosedOutput(in: lines) {
            reportError("\(path):\(open + 1):1: error: unclosed code fence: this output block has no closing ```")
            return PageResult(failed: true)
        }
        var runnable = lines
        for example in examples {
            runnable[example.outputStart] = String(runnable[example.outputStart].prefix { $0 == "`" }) + "text"
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
            let now = printed[example.cellEnd] ?? []
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

    /// The `swift` blocks followed (after blank lines) by an `output` block.
    static func examples(in lines: [String]) -> [Example] {
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            guard let fence = Self.fence(lines[index]), lines[index].dropFirst(fence.count).hasPrefix("swift") else {
                index += 1
                continue
            }
            let cellEnd = closing(fence, from: index + 1, in: lines)
            var next = cellEnd + 1
            while next < lines.count, lines[next].allSatisfy(\.isWhitespace) { next += 1 }
            if next < lines.count, let outputFence = Self.fence(lines[next]), lines[next].dropFirst(outputFence.count) == "output" {
                let outputEnd = closing(outputFence, from: next + 1, in: lines)
                if outputEnd < lines.count {
                    examples.append(Example(cellEnd: cellEnd, outputStart: next, outputEnd: outputEnd))
                    index = outputEnd + 1
                    continue
                }
            }
            index = cellEnd + 1
        }
        return examples
    }

    /// The line of an `output` block that is never closed, if any.
    static func unclosedOutput(in lines: [String]) -> Int? {
        var index = 0
        while index < lines.count {
            guard let fence = fence(lines[index]) else {
                index += 1
                continue
            }
            let end = closing(fence, from: index + 1, in: lines)
            if end >= lines.count { return lines[index].dropFirst(fence.count) == "output" ? index : nil }
            index = end + 1
        }
        return nil
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
            guard s > 0, let fence = Self.fence(printed[h]), printed[h].dropFirst(fence.count) == "output" else { return nil }
            let end = closing(fence, from: h + 1, in: printed)
            guard end < printed.count else { return nil }
            blocks[s - 1] = Array(printed[h...end])
            h = end + 1
        }
        return s == source.count ? blocks : nil
    }

    /// The backticks opening a fenced block (three or more), if `line` opens one.
    static func fence(_ line: String) -> Substring? {
        let ticks = line.prefix { $0 == "`" }
        return ticks.count >= 3 ? ticks : nil
    }

    /// The index of the line closing a block opened by `fence`, searching from `start`; `lines.count` if none.
    static func closing(_ fence: Substring, from start: Int, in lines: [String]) -> Int {
        var index = start
        while index < lines.count, !(lines[index].hasPrefix(fence) && lines[index].allSatisfy { $0 == "`" }) { index += 1 }
        return index
    }
}
