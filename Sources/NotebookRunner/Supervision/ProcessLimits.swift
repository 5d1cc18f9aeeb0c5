import CProcessControl
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The operating system's hard limits on a worker process, on top of nbrun's own checks.
///
/// - Address space: the worker may map `memoryLimitMegabytes` more than it had at start, so an allocation
///   past it fails (and the worker stops) instead of the machine running out of memory.
/// - File size 0: a worker writes no file at all; only the runner writes handouts.
/// - No core dumps, no new privileges, and the worker dies with the runner (Linux).
/// - CPU time: each job may use a bounded number of CPU seconds (``limitCPU(seconds:)``), a backstop
///   behind the runner's own wall-clock watch.
enum ProcessLimits {
    /// Applies the limits that hold for the worker's whole life, except the address space's.
    static func applyToWorker() {
        set(RLIMIT_CORE, 0)
        set(RLIMIT_FSIZE, 0)
        #if os(Linux)
        _ = nbrun_no_new_privileges()
        _ = nbrun_die_with_parent()
        #endif
    }

    /// Lets the worker map at most `megabytes` more than it has mapped now (once: the limit only falls).
    static func limitAddressSpace(megabytes: Int) {
        #if os(Linux)
        if let mapped = mappedBytes() {
            let (extra, overflow) = megabytes.multipliedReportingOverflow(by: 1 << 20)
            if !overflow, case (let total, false) = mapped.addingReportingOverflow(extra) { set(RLIMIT_AS, total) }
        }
        #endif
    }

    /// Lets the process use `seconds` more CPU time from now, then stops it with SIGXCPU (SIGKILL after one more).
    static func limitCPU(seconds: Int) {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let used = Int(usage.ru_utime.tv_sec) + Int(usage.ru_stime.tv_sec) + 1
        let (soft, overflow) = used.addingReportingOverflow(seconds)
        guard !overflow else { return }
        var limit = rlimit()
        limit.rlim_cur = rlim_t(soft)
        limit.rlim_max = rlim_t(soft + 1)
        #if os(Linux)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &limit)
        #else
        _ = setrlimit(RLIMIT_CPU, &limit)
        #endif
    }

    #if os(Linux)
    private static func set(_ resource: __rlimit_resource, _ value: Int) {
        var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        _ = setrlimit(__rlimit_resource_t(resource.rawValue), &limit)
    }

    /// The process's mapped address space now (`/proc/self/statm`'s first field, in pages).
    private static func mappedBytes() -> Int? {
        guard let bytes = FileBytes.read("/proc/self/statm"),
              let pages = String(decoding: bytes, as: UTF8.self).split(separator: " ").first.flatMap({ Int($0) })
        else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
    #else
    private static func set(_ resource: Int32, _ value: Int) {
        var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        _ = setrlimit(resource, &limit)
    }
    #endif
}
