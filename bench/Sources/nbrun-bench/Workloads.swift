import Foundation
import NotebookRunner
import NumericCore

/// Everything a workload needs: where things are, how many runs, the BLAS setting's name.
final class Suite {
    let root: String
    let python: String
    let runs: Int
    let warmups: Int
    let setting: String
    let quick: Bool
    /// The release `nbrun` beside this driver.
    let nbrun: String
    let coreKernel = Matrix.blasBackend
    private var workers: [String: PythonWorker] = [:]
    /// nil when the cell language evaluates; otherwise why cell workloads cannot run.
    lazy var cellLanguageProblem: String? = probeCellLanguage()

    init(root: String, python: String, runs: Int, warmups: Int, setting: String, quick: Bool) {
        self.root = root; self.python = python; self.runs = runs; self.warmups = warmups
        self.setting = setting; self.quick = quick
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        nbrun = ((exe as NSString).deletingLastPathComponent as NSString).appendingPathComponent("nbrun")
    }

    func worker(_ script: String) -> PythonWorker {
        if let worker = workers[script] { return worker }
        let worker = PythonWorker(python: python, script: "\(root)/bench/refs/\(script)")
        workers[script] = worker
        return worker
    }

    func stopWorkers() { workers.values.forEach { $0.stop() }; workers = [:] }

    // MARK: Cell notebooks in-process

    func options() -> RunOptions {
        var options = RunOptions()
        options.timeout = 3600
        options.quiet = true
        return options
    }

    func notebookBytes(_ name: String) throws -> [UInt8] {
        let path = "\(root)/bench/notebooks/\(name)"
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        return [UInt8](data)
    }

    /// Runs a notebook in-process and returns its wall time; throws the notebook's first error.
    func runNotebook(_ name: String, bytes: [UInt8]) throws -> Double {
        let start = now()
        let result = NotebookPipeline.run(path: "bench/notebooks/\(name)", bytes: bytes, options: options())
        let seconds = now() - start
        if let error = result.errors.first { throw BenchError(error.split(separator: "\n").first.map(String.init) ?? error) }
        return seconds
    }

    /// Whether `print(40 + 2)` in a cell prints 42: the cell language on main may still be a placeholder.
    func probeCellLanguage() -> String? {
        do {
            let result = NotebookPipeline.run(path: "bench/notebooks/probe.md", bytes: try notebookBytes("probe.md"),
                                              options: options())
            if let error = result.errors.first { return "the probe cell `print(40 + 2)` failed: \(error)" }
            let markdown = result.markdown ?? ""
            let echoes = markdown.components(separatedBy: "print(40 + 2)").count - 1
            guard markdown.contains("\n42\n"), echoes == 1 else {
                return "the cell language does not evaluate yet (on this branch `print(40 + 2)` did not print 42; CellLanguage's Session is a placeholder)"
            }
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// A side that times `notebook` in-process minus `baseline`, divided by `units`.
    func cellSide(_ name: String, notebook: String, baseline: String, units: Double) -> Side {
        if let problem = cellLanguageProblem { return Side(name: name, unavailable: problem) }
        do {
            let work = try notebookBytes(notebook), base = try notebookBytes(baseline)
            _ = try runNotebook(baseline, bytes: base)
            _ = try runNotebook(notebook, bytes: work)
            return Side(name: name, kernel: coreKernel) { [self] in
                let b = try runNotebook(baseline, bytes: base)
                let w = try runNotebook(notebook, bytes: work)
                return max(w - b, 0) / units
            }
        } catch {
            return Side(name: name, unavailable: "\(error)")
        }
    }

    // MARK: W1 render notebooks/xor.md, whole process, cold

    func w1() {
        let notebook = "\(root)/notebooks/xor.md"
        let outputDir = NSTemporaryDirectory() + "nbrun-bench-w1"
        var nbrunSide: Side
        if !FileManager.default.fileExists(atPath: notebook) {
            nbrunSide = Side(name: "nbrun notebooks/xor.md", unavailable: "notebooks/xor.md does not exist on this branch yet")
        } else if let problem = cellLanguageProblem {
            nbrunSide = Side(name: "nbrun notebooks/xor.md", unavailable: problem)
        } else if !FileManager.default.fileExists(atPath: nbrun) {
            nbrunSide = Side(name: "nbrun notebooks/xor.md", unavailable: "\(nbrun) is not built (make bench builds it)")
        } else {
            nbrunSide = Side(name: "nbrun notebooks/xor.md", kernel: coreKernel) { [self] in
                try timeProcess(nbrun, [notebook, "--output", outputDir, "--quiet"]).0
            }
        }
        let ipynb = "\(root)/bench/refs/xor.ipynb"
        let convertDir = NSTemporaryDirectory() + "nbrun-bench-w1-jupyter"
        let nbconvert: Side
        if let jupyter = which("jupyter") {
            nbconvert = Side(name: "jupyter nbconvert --execute (process)", kernel: "—") {
                try timeProcess(jupyter, ["nbconvert", "--to", "markdown", "--execute", ipynb,
                                          "--output-dir", convertDir, "--log-level", "ERROR"]).0
            }
        } else {
            nbconvert = Side(name: "jupyter nbconvert --execute (process)",
                             unavailable: "`jupyter` is not on PATH (pip install nbconvert nbclient ipykernel)")
        }
        let nbclient = worker("w1_nbclient.py").side("nbclient + nbconvert in-process", kernel: "—")
        let outcomes = interleave([nbrunSide, nbconvert, nbclient], runs: runs, warmups: warmups, label: "W1")
        for (index, reference) in [nbconvert, nbclient].enumerated() {
            Report.row(Row(workload: "W1", detail: "render xor (cold)", setting: setting, nbrun: nbrunSide, outcomes[0],
                           reference: reference, outcomes[index + 1], unit: "ms", factor: 1e3,
                           target: index == 0 ? "≥ 100× nbconvert" : ""))
        }
    }

    // MARK: W2 XOR 2-2-1, 10,000 epochs

    static let xorEpochs = 10_000

    func w2() {
        let epochs = Double(Self.xorEpochs)
        let cell = cellSide("cell `train` (in-process − baseline)", notebook: "w2-train.md", baseline: "w2-baseline.md",
                            units: epochs - 1)   // the baseline trains 1 epoch (the verb rejects 0)
        let core = Side(name: "NumericCore train() from Swift (no cells)", kernel: coreKernel) {
            try Self.coreXOR(epochs: Self.xorEpochs).seconds / epochs
        }
        let scalar = Side(name: "hand-written scalar Swift loop", kernel: "—") {
            Self.scalarXOR(epochs: Self.xorEpochs).seconds / epochs
        }
        let numpy = worker("w2_numpy.py").side("numpy hand-written", argument: "\(Self.xorEpochs)", perUnit: epochs)
        let torch = worker("w2_torch.py").side("PyTorch eager", argument: "\(Self.xorEpochs)", perUnit: epochs)
        let microEpochs = quick ? 1000 : Self.xorEpochs
        let micrograd = worker("w2_micrograd.py").side("micrograd", argument: "\(microEpochs)", perUnit: Double(microEpochs))
        let sides = [cell, core, scalar, numpy, torch, micrograd]
        let outcomes = interleave(sides, runs: runs, warmups: warmups, label: "W2")
        // The same initial weights everywhere: the final losses must agree.
        var losses = ["NumericCore \((try? Self.coreXOR(epochs: Self.xorEpochs).loss) ?? .nan)",
                      "scalar Swift \(Self.scalarXOR(epochs: Self.xorEpochs).loss)"]
        for script in ["w2_numpy.py", "w2_torch.py"] {
            if let loss = worker(script).lastReply["loss"] as? Double { losses.append("\(script) \(loss)") }
        }
        Report.info("W2 final loss after \(Self.xorEpochs) epochs from the same weights: " + losses.joined(separator: ", "))
        for (nbrunIndex, target) in [(0, "≤ 0.3 µs/epoch, ≥ 60× numpy"), (1, "(core alone)")] {
            for referenceIndex in 2..<sides.count {
                Report.row(Row(workload: "W2", detail: "XOR 10k epochs", setting: setting, nbrun: sides[nbrunIndex],
                               outcomes[nbrunIndex], reference: sides[referenceIndex], outcomes[referenceIndex],
                               unit: "µs/epoch", factor: 1e6, target: referenceIndex == 3 ? target : ""))
            }
        }
    }

    static let xorInputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    static let xorTargets: [Double] = [0, 1, 1, 0]
    // The initial weights of bench/refs/xor_init.py.
    static let w1Init: [[Double]] = [[0.5, -0.4], [-0.3, 0.6]]
    static let b1Init: [Double] = [0.1, -0.2]
    static let w2Init: [[Double]] = [[0.7], [-0.5]]
    static let b2Init: [Double] = [0.05]

    static func coreXOR(epochs: Int) throws -> (seconds: Double, loss: Double) {
        var net = try Network(sizes: [2, 2, 1], activations: [.sigmoid, .sigmoid])
        net.layers[0].weights = try Matrix(w1Init); net.layers[0].bias = Matrix(row: b1Init)
        net.layers[1].weights = try Matrix(w2Init); net.layers[1].bias = Matrix(row: b2Init)
        let data = Dataset.xor()
        let start = now()
        let history = try net.train(on: data, loss: .meanSquared, learningRate: 0.5, epochs: epochs)
        let seconds = now() - start
        return (seconds, history.losses.last ?? .nan)
    }

    /// The same training written out by hand on scalars: the floor for W2.
    static func scalarXOR(epochs: Int) -> (seconds: Double, loss: Double) {
        var w1 = w1Init, b1 = b1Init, w2 = [w2Init[0][0], w2Init[1][0]], b2 = b2Init[0]
        let x = xorInputs, t = xorTargets
        @inline(__always) func sigmoid(_ z: Double) -> Double { z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z)) }
        var loss = 0.0
        let start = now()
        for _ in 0..<epochs {
            var gw1 = [[0.0, 0.0], [0.0, 0.0]], gb1 = [0.0, 0.0], gw2 = [0.0, 0.0], gb2 = 0.0
            loss = 0
            for n in 0..<4 {
                let h0 = sigmoid(x[n][0] * w1[0][0] + x[n][1] * w1[1][0] + b1[0])
                let h1 = sigmoid(x[n][0] * w1[0][1] + x[n][1] * w1[1][1] + b1[1])
                let y = sigmoid(h0 * w2[0] + h1 * w2[1] + b2)
                let diff = y - t[n]
                loss += diff * diff / 4
                let d2 = 2 * diff / 4 * y * (1 - y)
                gw2[0] += h0 * d2; gw2[1] += h1 * d2; gb2 += d2
                let d10 = d2 * w2[0] * h0 * (1 - h0), d11 = d2 * w2[1] * h1 * (1 - h1)
                gw1[0][0] += x[n][0] * d10; gw1[1][0] += x[n][1] * d10; gb1[0] += d10
                gw1[0][1] += x[n][0] * d11; gw1[1][1] += x[n][1] * d11; gb1[1] += d11
            }
            for i in 0..<2 {
                for j in 0..<2 { w1[i][j] -= 0.5 * gw1[i][j] }
                b1[i] -= 0.5 * gb1[i]; w2[i] -= 0.5 * gw2[i]
            }
            b2 -= 0.5 * gb2
        }
        return (now() - start, loss)
    }

    // MARK: W3 784-128-10 MLP, one epoch of mini-batch SGD

    func w3() {
        let samples = 10_000, inputs = 784, hidden = 128, classes = 10
        var generator = SeededGenerator(seed: 1)
        var x = Matrix(rows: samples, columns: inputs)
        for index in 0..<x.count { x.storage[index] = generator.nextDouble() }
        var t = Matrix(rows: samples, columns: classes)
        for row in 0..<samples { t[row, generator.nextInt(below: classes)] = 1 }
        struct StopAfterOneEpoch: Error {}
        var seed: UInt64 = 0
        let core = Side(name: "NumericCore train(.miniBatch(64))", kernel: coreKernel) {
            seed += 1
            let net = try Network(sizes: [inputs, hidden, classes], activations: [.relu, .softmax], seed: seed)
            let start = now()
            do {
                // Stop after the epoch, before train's closing forward pass over the whole set (finalLoss),
                // which the numpy reference does not do either.
                _ = try net.train(inputs: x, targets: t, loss: .softmaxCrossEntropy, learningRate: 0.01, epochs: 1,
                                  batch: .miniBatch(64), seed: seed) { _ in throw StopAfterOneEpoch() }
            } catch is StopAfterOneEpoch {}
            return now() - start
        }
        let numpy = worker("w3_numpy.py").side("numpy hand-written")
        let outcomes = interleave([core, numpy], runs: runs, warmups: warmups, label: "W3 (\(setting))")
        Report.row(Row(workload: "W3", detail: "MLP epoch", setting: setting, nbrun: core, outcomes[0],
                       reference: numpy, outcomes[1], unit: "ms/epoch", factor: 1e3, target: "≥ 1.2× numpy, same kernel"))
    }

    // MARK: W4 square matrix products

    func w4() {
        let numpy = worker("w4_numpy.py")
        for n in [4, 8, 16, 32, 64, 128, 256, 512, 1024] {
            var generator = SeededGenerator(seed: UInt64(n))
            var a = Matrix(rows: n, columns: n), b = Matrix(rows: n, columns: n)
            for index in 0..<a.count { a.storage[index] = generator.nextDouble(); b.storage[index] = generator.nextDouble() }
            let reps = max(1, 20_000_000 / (n * n * n))   // as w4_numpy.py: at least ~20 ms of work
            let core = Side(name: "Matrix.multiplied(by:)", kernel: n * n * n > Matrix.blasThreshold ? coreKernel : "Swift loop") {
                var check = 0.0
                let start = now()
                for _ in 0..<reps { check += try a.multiplied(by: b).storage[0] }
                let seconds = (now() - start) / Double(reps)
                if check.isNaN { throw BenchError("NaN") }
                return seconds
            }
            let reference = numpy.side("numpy a @ b", argument: "\(n)")
            let outcomes = interleave([core, reference], runs: runs, warmups: warmups, label: "W4 n=\(n) (\(setting))")
            let gflops = outcomes[0].series.map { String(format: "%.1f", 2 * Double(n * n * n) / $0.median / 1e9) } ?? "—"
            let refGflops = outcomes[1].series.map { String(format: "%.1f", 2 * Double(n * n * n) / $0.median / 1e9) } ?? "—"
            Report.info("W4 n=\(n) [\(setting)]: NumericCore \(gflops) GFLOP/s, numpy \(refGflops) GFLOP/s")
            Report.row(Row(workload: "W4", detail: "n=\(n)", setting: setting, nbrun: core, outcomes[0],
                           reference: reference, outcomes[1], unit: "µs", factor: 1e6,
                           target: n <= 64 ? "faster than numpy" : "≥ 0.9× numpy"))
        }
    }

    // MARK: W5 interpreter loop

    func w5() {
        let cell = cellSide("cell loop (in-process − baseline)", notebook: "w5-loop.md", baseline: "w5-baseline.md", units: 1)
        let python = worker("w5_loop.py")
        let top = python.side("CPython, top level (as a Jupyter cell)", argument: "top", kernel: "—")
        let function = python.side("CPython, inside a function", argument: "function", kernel: "—")
        let outcomes = interleave([cell, top, function], runs: runs, warmups: warmups, label: "W5")
        for index in 1...2 {
            Report.row(Row(workload: "W5", detail: "10⁶ mul+add", setting: setting, nbrun: cell, outcomes[0],
                           reference: [top, function][index - 1], outcomes[index], unit: "ms", factor: 1e3,
                           target: "faster than CPython"))
        }
    }

    // MARK: W6 the whole course

    func w6() {
        let outputDir = NSTemporaryDirectory() + "nbrun-bench-w6"
        let notebooks = (try? FileManager.default.subpathsOfDirectory(atPath: "\(root)/notebooks"))?
            .filter { $0.hasSuffix(".md") }.sorted() ?? []
        // The repository's own course folder, as CI's doc test runs it: no copy, no subset.
        Report.info("W6 runs \(root)/notebooks: \(notebooks.count) notebooks (\(notebooks.joined(separator: ", ")))")
        var side: Side
        if notebooks.isEmpty {
            side = Side(name: "nbrun notebooks", unavailable: "notebooks/ holds no notebook on this branch yet")
        } else if let problem = cellLanguageProblem {
            side = Side(name: "nbrun notebooks", unavailable: problem)
        } else if !FileManager.default.fileExists(atPath: nbrun) {
            side = Side(name: "nbrun notebooks", unavailable: "\(nbrun) is not built (make bench builds it)")
        } else {
            side = Side(name: "nbrun notebooks (\(notebooks.count) notebooks)", kernel: coreKernel) { [self] in
                try timeProcess(nbrun, ["\(root)/notebooks", "--output", outputDir, "--quiet"]).0
            }
        }
        let none = Side(name: "— (no reference)", unavailable: "none: the target is absolute")
        let outcomes = interleave([side], runs: runs, warmups: warmups, label: "W6")
        Report.row(Row(workload: "W6", detail: "whole course", setting: setting, nbrun: side, outcomes[0],
                       reference: none, Outcome(series: nil, unavailable: "none: the target is < 1 s"),
                       unit: "ms", factor: 1e3, target: "< 1000 ms"))
    }
}
