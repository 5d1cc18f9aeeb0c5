import Foundation

extension Suite {
    // MARK: W7 start-up: the whole process for `nbrun --help` and a one-cell notebook

    /// Start-up against the smallest Swift program (`print` only, built here by `swiftc -O`): what nbrun
    /// adds to the process start every notebook in CI, every preview save and every graded submission pays.
    func w7() {
        let scratch = NSTemporaryDirectory() + "nbrun-bench-w7"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let bare: Side
        if let swiftc = which("swiftc") {
            let source = scratch + "/hello.swift", binary = scratch + "/hello"
            FileManager.default.createFile(atPath: source, contents: Data("print(\"hello\")\n".utf8))
            if (try? timeProcess(swiftc, ["-O", source, "-o", binary])) != nil, FileManager.default.fileExists(atPath: binary) {
                bare = Side(name: "a bare Swift program (print only)", kernel: "—") { try timeProcess(binary, []).0 }
            } else {
                bare = Side(name: "a bare Swift program (print only)", unavailable: "swiftc could not build it")
            }
        } else {
            bare = Side(name: "a bare Swift program (print only)", unavailable: "`swiftc` is not on PATH")
        }
        let probe = "\(root)/bench/notebooks/probe.md"
        let cases: [(detail: String, side: String, arguments: [String], target: String)] = [
            ("start-up --help", "nbrun --help", ["--help"], "≤ 15 ms"),
            ("start-up one cell", "nbrun probe.md (one cell, supervised)", [probe, "--output", scratch, "--quiet"], "≤ 20 ms"),
            ("start-up one cell", "nbrun probe.md --in-process", [probe, "--output", scratch, "--quiet", "--in-process"], ""),
        ]
        let sides = cases.map { item -> Side in
            guard FileManager.default.fileExists(atPath: nbrun) else {
                return Side(name: item.side, unavailable: "\(nbrun) is not built (make bench builds it)")
            }
            return Side(name: item.side, kernel: "—") { [self] in try timeProcess(nbrun, item.arguments).0 }
        }
        let outcomes = interleave(sides + [bare], runs: runs, warmups: warmups, label: "W7")
        for (index, item) in cases.enumerated() {
            Report.row(Row(workload: "W7", detail: item.detail, setting: setting, nbrun: sides[index], outcomes[index],
                           reference: bare, outcomes[sides.count], unit: "ms", factor: 1e3, target: item.target))
        }
    }
}
