// The benchmark driver; `make bench` builds and runs it (see bench/README.md).
//
// The parent process runs one child per OpenBLAS setting (OpenBLAS reads OPENBLAS_CORETYPE when it
// loads, so a setting needs a fresh process); the child and every Python reference it starts share
// that environment, so both sides always run under the same setting. Children report rows as JSON
// lines; the parent prints the one table.
import Foundation
import NumericCore

let usage = """
usage: nbrun-bench [--runs N] [--warmups N] [--only W1,W2,…] [--settings env,unset,Haswell,SkylakeX]
                   [--all-settings] [--quick] [--markdown FILE] [--python PYTHON]
  --runs N         timed runs per side (median, min, max; at least 5 unless --quick)   default 5
  --settings       OpenBLAS settings to compare under, each for both sides:
                     env      OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE as this environment sets them
                     unset    both variables removed
                     NAME     OPENBLAS_CORETYPE=NAME, OPENBLAS_L2_SIZE removed
                   the first runs every workload; the others W3 and W4 (the BLAS-bound ones)
                   unless --all-settings                                               default env,unset,Haswell,SkylakeX
  --quick          3 runs, micrograd on 1,000 epochs: for trying the driver out, not for results
  --markdown FILE  also write the table and the machine's description as Markdown
"""

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
func flag(_ name: String) -> Bool { arguments.contains(name) }
if flag("--help") || flag("-h") { print(usage); exit(0) }

let quick = flag("--quick")
let runs = Int(option("--runs") ?? "") ?? (quick ? 3 : 5)
let warmups = Int(option("--warmups") ?? "") ?? 1
let root = FileManager.default.currentDirectoryPath
let python = option("--python") ?? which("python3") ?? "/usr/bin/python3"
let allWorkloads = ["W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8", "W9"]

guard FileManager.default.fileExists(atPath: "\(root)/bench/refs/benchserve.py") else {
    FileHandle.standardError.write(Data("nbrun-bench: run me from the repository root (bench/refs not found)\n".utf8))
    exit(2)
}
if !quick && runs < 5 {
    FileHandle.standardError.write(Data("nbrun-bench: at least 5 runs (or --quick)\n".utf8))
    exit(2)
}

// MARK: child: one BLAS setting

if flag("--child") {
    let label = option("--setting-label") ?? "?"
    let workloads = (option("--only") ?? allWorkloads.joined(separator: ",")).split(separator: ",").map(String.init)
    let suite = Suite(root: root, python: python, runs: runs, warmups: warmups, setting: label, quick: quick)
    let numpyKernel = suite.worker("w4_numpy.py").unavailable.map { "unavailable: \($0)" } ?? suite.worker("w4_numpy.py").blas
    Report.info("[\(label)] kernels: NumericCore \(suite.coreKernel); numpy \(numpyKernel)")
    for workload in workloads {
        switch workload {
        case "W1": suite.w1()
        case "W2": suite.w2()
        case "W3": suite.w3()
        case "W4": suite.w4()
        case "W5": suite.w5()
        case "W6": suite.w6()
        case "W7": suite.w7()
        case "W8": suite.w8()
        case "W9": suite.w9()
        default: Report.info("unknown workload \(workload)")
        }
    }
    if let problem = suite.cellLanguageProblem, workloads.contains(where: { ["W1", "W2", "W5", "W6"].contains($0) }) {
        Report.info("[\(label)] cell language: \(problem)")
    }
    suite.stopWorkers()
    exit(0)
}

// MARK: parent

let environment = ProcessInfo.processInfo.environment
let blasVariables = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]
struct Setting { var label: String; var values: [String: String] }
func describe(_ values: [String: String]) -> String {
    values.isEmpty ? "both unset" : blasVariables.compactMap { key in values[key].map { "\(key)=\($0)" } }.joined(separator: " ")
}
var settings: [Setting] = []
let envValues = environment.filter { blasVariables.contains($0.key) }
for name in (option("--settings") ?? "env,unset,Haswell,SkylakeX").split(separator: ",").map(String.init) {
    let setting: Setting
    switch name {
    case "env": setting = Setting(label: "as set: " + (envValues.isEmpty ? "nothing set here" : describe(envValues)), values: envValues)
    case "unset": setting = Setting(label: "unset for both", values: [:])
    default: setting = Setting(label: "OPENBLAS_CORETYPE=\(name) for both", values: ["OPENBLAS_CORETYPE": name])
    }
    if let same = settings.firstIndex(where: { $0.values == setting.values }) {
        if name == "env" { settings[same].label += " (= as set here)" }
        continue
    }
    settings.append(setting)
}

let only = option("--only")?.split(separator: ",").map(String.init) ?? allWorkloads
let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
var rows: [Row] = []
var infos: [String] = []

for (index, setting) in settings.enumerated() {
    let workloads = index == 0 || flag("--all-settings") ? only : only.filter { $0 == "W3" || $0 == "W4" }
    if workloads.isEmpty { continue }
    FileHandle.standardError.write(Data("== \(setting.label): \(workloads.joined(separator: ", "))\n".utf8))
    var childEnvironment = environment
    for key in blasVariables { childEnvironment[key] = nil }
    for (key, value) in setting.values { childEnvironment[key] = value }
    // One thread for every BLAS and OpenMP on both sides (NumericCore also calls openblas_set_num_threads(1)).
    for key in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] { childEnvironment[key] = "1" }
    let child = Process()
    child.executableURL = URL(fileURLWithPath: selfPath)
    child.arguments = ["--child", "--setting-label", setting.label, "--only", workloads.joined(separator: ","),
                       "--runs", "\(runs)", "--warmups", "\(warmups)", "--python", python] + (quick ? ["--quick"] : [])
    child.environment = childEnvironment
    let pipe = Pipe()
    child.standardOutput = pipe
    try child.run()
    let reader = LineReader(pipe.fileHandleForReading)
    while let line = reader.readLine() {
        if line.hasPrefix("ROW "), let row = try? JSONDecoder().decode(Row.self, from: Data(line.dropFirst(4).utf8)) {
            rows.append(row)
        } else if line.hasPrefix("INFO ") {
            infos.append(String(line.dropFirst(5)))
            FileHandle.standardError.write(Data("  \(line.dropFirst(5))\n".utf8))
        } else {
            FileHandle.standardError.write(Data("  \(line)\n".utf8))
        }
    }
    child.waitUntilExit()
    if child.terminationStatus != 0 {
        infos.append("[\(setting.label)] the benchmark child exited with \(child.terminationStatus)")
    }
}

func machine() -> [String] {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    let kernel = (try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
    let simd = ["avx512f", "avx2", "fma"].filter { flags.contains(" \($0)") }.joined(separator: ", ")
    return ["CPU: \(model), \(ProcessInfo.processInfo.activeProcessorCount) cores (\(simd)); Linux \(kernel)",
            "Environment: \(envValues.isEmpty ? "OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE not set" : describe(envValues)); "
            + "both sides run with OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 (torch.set_num_threads(1))",
            "Runs: \(warmups) warm-up + \(runs) timed per side, interleaved; median (min–max); "
            + "ratio = reference median ÷ nbrun median (above 1: nbrun is faster)"]
}

let header = machine()
print("")
header.forEach { print($0) }
infos.forEach { print($0) }
print("")
print(renderTable(rows, markdown: false))
if let path = option("--markdown") {
    var text = header.map { "- " + $0 }.joined(separator: "\n") + "\n"
    text += infos.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
    text += renderTable(rows, markdown: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    print("wrote \(path)")
}
