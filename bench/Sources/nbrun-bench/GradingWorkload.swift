import Foundation

extension Suite {
    // MARK: W8 grading: 200 submissions of the course's assignment

    /// `nbrun grade` over 200 submissions (the three samples of `submissions/exercise/`, in turn) with two
    /// jobs, against the same 200 graded one `nbrun grade` process at a time. Target: under 30 s for all 200.
    func w8() {
        let scratch = NSTemporaryDirectory() + "nbrun-bench-w8"
        let folder = scratch + "/submissions"
        try? FileManager.default.removeItem(atPath: scratch)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let key = "\(root)/notebooks/exercise.md"
        let samples = ["complete", "partial", "untouched"].compactMap { FileManager.default.contents(atPath: "\(root)/submissions/exercise/\($0).md") }
        let together: Side, oneByOne: Side
        let togetherName = "nbrun grade, 200 submissions, --jobs 2", oneByOneName = "200 × nbrun grade KEY SUBMISSION, one process at a time"
        if FileManager.default.fileExists(atPath: nbrun), FileManager.default.fileExists(atPath: key), samples.count == 3 {
            let paths = (0..<200).map { folder + "/s" + String(1000 + $0).dropFirst() + ".md" }
            for (index, path) in paths.enumerated() { FileManager.default.createFile(atPath: path, contents: samples[index % 3]) }
            together = Side(name: togetherName, kernel: "—") { [self] in
                try timeProcess(nbrun, ["grade", key, folder, "--output", scratch + "/together", "--jobs", "2", "--quiet"]).0
            }
            oneByOne = Side(name: oneByOneName, kernel: "—") { [self] in
                var total = 0.0
                for path in paths { total += try timeProcess(nbrun, ["grade", key, path, "--output", scratch + "/one", "--quiet"]).0 }
                return total
            }
        } else {
            let reason = "nbrun, notebooks/exercise.md or submissions/exercise/ is missing"
            together = Side(name: togetherName, unavailable: reason)
            oneByOne = Side(name: oneByOneName, unavailable: reason)
        }
        let outcomes = interleave([together, oneByOne], runs: runs, warmups: warmups, label: "W8")
        Report.row(Row(workload: "W8", detail: "grade 200", setting: setting, nbrun: together, outcomes[0],
                       reference: oneByOne, outcomes[1], unit: "s", factor: 1, target: "< 30 s"))
    }
}
