"""Shared plumbing for the reference programs in bench/refs.

Every reference is a real, standalone program: `python3 bench/refs/w3_numpy.py` sets up,
runs its workload five times after a warm-up and prints the median. The benchmark driver
(`nbrun-bench`) instead starts it with `--serve` and interleaves runs with nbrun's side:
the script prints one JSON line `{"ready": ..., "blas": ...}` after its set-up (imports,
data), then answers each command line on standard input (`run` or `run ARG`) with one
JSON line `{"seconds": S, ...}` timing only the workload, never the interpreter's start-up.
A reference whose package is missing answers `{"unavailable": "reason"}` and exits.
"""
import json
import os
import statistics
import sys
import time


def blas_info():
    """Which BLAS kernel numpy (and anything else loaded) runs, via threadpoolctl."""
    try:
        import threadpoolctl
    except ImportError:
        try:
            import numpy
            cfg = numpy.show_config(mode="dicts")
            blas = cfg.get("Build Dependencies", {}).get("blas", {})
            return "%s %s (threadpoolctl missing: kernel unknown)" % (blas.get("name"), blas.get("version"))
        except Exception as error:  # pragma: no cover
            return "unknown (%s)" % error
    parts = []
    for info in threadpoolctl.threadpool_info():
        if info.get("user_api") != "blas":
            continue
        parts.append("%s %s %s, %s thread(s)" % (info.get("internal_api"), info.get("architecture"),
                                                 info.get("version"), info.get("num_threads")))
    return "; ".join(parts) or "no BLAS loaded"


def unavailable(reason):
    print(json.dumps({"unavailable": reason}), flush=True)
    sys.exit(0)


def main(setup, run, default_arg=None, label=""):
    """setup() -> state; run(state, arg) -> (seconds, extra dict)."""
    serve = "--serve" in sys.argv
    try:
        state = setup()
    except ImportError as error:
        if serve:
            unavailable("%s: %s" % (type(error).__name__, error))
        print("unavailable: %s" % error)
        sys.exit(0)
    if serve:
        print(json.dumps({"ready": True, "blas": blas_info()}), flush=True)
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            if words[0] == "quit":
                break
            arg = words[1] if len(words) > 1 else default_arg
            seconds, extra = run(state, arg)
            reply = {"seconds": seconds}
            reply.update(extra or {})
            print(json.dumps(reply), flush=True)
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    arg = args[0] if args else default_arg
    run(state, arg)  # warm-up
    times = [run(state, arg)[0] for _ in range(5)]
    print("%s%s: median %.6f s (min %.6f, max %.6f); BLAS: %s" % (
        label, "" if arg is None else " " + str(arg), statistics.median(times), min(times), max(times),
        blas_info()))


def clock():
    return time.perf_counter()
