/// A unified diff of two texts, line by line, with lines compared number-tolerantly.
enum UnifiedDiff {
    /// The diff of `old` (the committed handout) against `new` (what the cells produce now), or `nil` when they match.
    ///
    /// `notebookLine` maps a line of the new handout (1-based) to the notebook line it comes from, if any,
    /// so each hunk says where in the notebook to look.
    static func diff(old: String, new: String, oldName: String, newName: String, tolerance: Double,
                     context: Int = 3, notebookLine: (Int) -> Int? = { _ in nil }) -> String? {
        // The usual check: byte for byte the same (String's == would also equate canonically equivalent text).
        if old.utf8.elementsEqual(new.utf8) { return nil }
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        // Each line is split into shape and numbers once, and shapes become small integers: the diff
        // compares O(lines × changes) pairs, and splitting lines on every comparison made a stale
        // 1000-cell handout take a minute (2000 cells: seven).
        var shapeIDs: [String: Int] = [:]
        func prepare(_ lines: [Substring]) -> [(Int, NumberTolerantComparison.Line)] {
            lines.map { text in
                let line = NumberTolerantComparison.Line(text)
                let id = shapeIDs[line.shape] ?? shapeIDs.count
                shapeIDs[line.shape] = id
                return (id, line)
            }
        }
        let oldLines = prepare(a), newLines = prepare(b)
        func same(_ x: (Int, NumberTolerantComparison.Line), _ y: (Int, NumberTolerantComparison.Line)) -> Bool {
            x.0 == y.0 && x.1.equals(y.1, units: tolerance)
        }
        var removed = Set<Int>(), inserted = Set<Int>()
        // The shortest edit script costs time in proportion to lines × changes: seconds when every output
        // of a big notebook changed. When both texts have the same lines but for their numbers (the usual
        // stale handout), line i pairs with line i, in linear time.
        if oldLines.count == newLines.count, zip(oldLines, newLines).allSatisfy({ $0.0 == $1.0 }) {
            for (index, pair) in zip(oldLines, newLines).enumerated() where !same(pair.0, pair.1) {
                removed.insert(index)
                inserted.insert(index)
            }
        } else {
            for change in newLines.difference(from: oldLines, by: same) {
                switch change {
                case .remove(let offset, _, _): removed.insert(offset)
                case .insert(let offset, _, _): inserted.insert(offset)
                }
            }
        }
        guard !removed.isEmpty || !inserted.isEmpty else { return nil }
        // Walk both texts together to list (kind, oldIndex, newIndex) lines.
        enum Kind { case same, removed, inserted }
        var script: [(Kind, Int, Int)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) { script.append((.removed, i, j)); i += 1 }
            else if j < b.count, inserted.contains(j) { script.append((.inserted, i, j)); j += 1 }
            else { script.append((.same, i, j)); i += 1; j += 1 }
        }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard script[index].0 != .same else { index += 1; continue }
            var start = max(0, index - context)
            var end = index
            while end < script.count {
                if script[end].0 != .same { end += 1; continue }
                var run = end
                while run < script.count, script[run].0 == .same { run += 1 }
                if run == script.count || run - end > 2 * context { end = min(script.count, end + context); break }
                end = run
            }
            if start < 0 { start = 0 }
            let hunk = script[start..<end]
            let oldCount = hunk.filter { $0.0 != .inserted }.count, newCount = hunk.filter { $0.0 != .removed }.count
            let newStart = hunk.first!.2 + 1
            var header = "@@ -\(hunk.first!.1 + 1),\(oldCount) +\(newStart),\(newCount) @@"
            if let line = (newStart..<(newStart + max(newCount, 1))).lazy.compactMap(notebookLine).first {
                header += " notebook line \(line)"
            }
            output += header + "\n"
            for (kind, oldIndex, newIndex) in hunk {
                switch kind {
                case .same: output += " \(b[newIndex])\n"
                case .removed: output += "-\(a[oldIndex])\n"
                case .inserted: output += "+\(b[newIndex])\n"
                }
            }
            index = end
        }
        return output
    }
}
