import Foundation
import Testing
@testable import NotebookRunner

/// Loops whose every step is slow stop at the time limit, not 1024 steps after it.
@Suite struct LimitTests {
    func runTimed(_ code: String, timeout: Double) -> (Runner.Status, [String], Double) {
        let scratch = Scratch()
        scratch.write("# Heavy\n\n```swift\n\(code)\n```\n", to: "notebooks/heavy.md")
        let started = Date()
        let (status, _, errors) = scratch.run(["notebooks/heavy.md"]) { $0.timeout = timeout }
        return (status, errors.map { $0.replacingOccurrences(of: scratch.root + "/", with: "") }, Date().timeIntervalSince(started))
    }

    @Test func aLoopOfSlowStepsStopsAtTheTimeLimit() {
        // Each step sums two million numbers; 1000 of them took 20 s in a debug build past a 0.3 s limit.
        let (status, errors, seconds) = runTimed("""
            let a = Array(repeating: 1.0, count: 2_000_000)
            var total = 0.0
            for _ in 0..<1000 { total += a.sum() }
            """, timeout: 0.3)
        #expect(status == .failure)
        #expect(errors.first?.hasPrefix("notebooks/heavy.md:6:1: error: cell exceeded the time limit of 0.3 s") == true, "\(errors)")
        #expect(seconds < 5)
    }

    @Test func doublingAnArrayStopsAtTheTimeOrTheSizeLimit() {
        // Which limit comes first depends on the machine; both stop the cell long before memory runs out.
        let (status, errors, seconds) = runTimed("var a = [1.0]\nfor _ in 0..<64 { a += a }", timeout: 0.3)
        #expect(status == .failure)
        let error = errors.first ?? ""
        #expect(error.contains("error: cell exceeded the time limit of 0.3 s")
                || error.contains("error: an array of 67108864 elements exceeds the limit of 50000000"), "\(error)")
        #expect(seconds < 10)
    }
}

extension LimitTests {
    @Test func exponentialRecursionStopsAtTheTimeLimit() {
        // Where the clock catches it varies from run to run, so only the message is fixed.
        let (status, errors, seconds) = runTimed("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(60)", timeout: 0.3)
        #expect(status == .failure)
        #expect(errors.first?.contains("error: cell exceeded the time limit of 0.3 s") == true, "\(errors)")
        #expect(seconds < 5)
    }
}

extension LimitTests {
    @Test func sortingAndGradientChecksCountTowardTheTimeLimit() {
        // One builtin call each, many seconds of work with no statement of the cell in between; without
        // their own ticks they ran to the end and only the next statement saw the time was up.
        let (sortStatus, sortErrors, sortSeconds) = runTimed("""
            let a = (0..<300_000).map { Double(($0 * 7919) % 300_000) }
            var b = a
            for _ in 0..<5 { b = b + b }
            let c = b.sorted()
            print(c[0])
            """, timeout: 2.5)
        #expect(sortStatus == .failure)
        #expect(sortErrors.first?.contains("error: cell exceeded the time limit of 2.5 s") == true, "\(sortErrors)")
        #expect(sortSeconds < 9, "the sort ran past the limit")

        let (checkStatus, checkErrors, checkSeconds) = runTimed("""
            let net = Network(sizes: [100, 100, 1], activations: [.sigmoid, .sigmoid], seed: 1)
            let report = gradientCheck(net, inputs: Matrix.zeros(rows: 400, columns: 100), targets: Matrix.zeros(rows: 400, columns: 1), loss: .halfSumSquared)
            print(report)
            """, timeout: 0.5)
        #expect(checkStatus == .failure)
        #expect(checkErrors.first?.contains("error: cell exceeded the time limit of 0.5 s") == true, "\(checkErrors)")
        #expect(checkSeconds < 4, "the gradient check ran past the limit")
    }
}
