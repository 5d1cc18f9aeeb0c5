import Foundation

/// Monotonic wall-clock time in seconds.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// The per-run results of one side of a workload (seconds per unit of work: per epoch, per product, per run).
struct Series: Codable {
    var samples: [Double]
    var median: Double {
        let sorted = samples.sorted()
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
    var minimum: Double { samples.min() ?? .nan }
    var maximum: Double { samples.max() ?? .nan }
}

/// One side of a workload: something that can be run and timed, or a reason why it cannot.
struct Side {
    var name: String
    /// Which BLAS kernel this side runs ("—" when it runs none).
    var kernel: String
    /// Runs the workload once and returns seconds per unit of work.
    var measure: (() throws -> Double)?
    var unavailable: String?

    init(name: String, kernel: String, measure: @escaping () throws -> Double) {
        self.name = name; self.kernel = kernel; self.measure = measure
    }
    init(name: String, kernel: String = "—", unavailable: String) {
        self.name = name; self.kernel = kernel; self.unavailable = unavailable
    }
}

/// What one side produced: its samples, or why it has none.
struct Outcome {
    var series: Series?
    var unavailable: String?
}

/// Runs every side in turn, `warmups` untimed rounds then `runs` timed ones, interleaved
/// (nbrun, reference 1, reference 2, …, nbrun, …), so a slow drift of the machine hits all sides alike.
/// A side that fails is dropped from later rounds and reports its error.
func interleave(_ sides: [Side], runs: Int, warmups: Int, label: String) -> [Outcome] {
    var samples = [[Double]](repeating: [], count: sides.count)
    var failures: [String?] = sides.map(\.unavailable)
    for round in 0..<(warmups + runs) {
        for (index, side) in sides.enumerated() where failures[index] == nil {
            guard let measure = side.measure else { continue }
            do {
                let seconds = try measure()
                if round >= warmups { samples[index].append(seconds) }
            } catch {
                failures[index] = "\(error)"
            }
        }
        progress("\(label): round \(round + 1)/\(warmups + runs)")
    }
    return sides.indices.map { index in
        if let failure = failures[index] { return Outcome(series: nil, unavailable: failure) }
        return Outcome(series: Series(samples: samples[index]), unavailable: nil)
    }
}

/// Progress on standard error, overwritten in place when it is a terminal.
func progress(_ text: String) {
    FileHandle.standardError.write(Data("  … \(text)\n".utf8))
}

/// An error with a message, for a side that cannot run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
