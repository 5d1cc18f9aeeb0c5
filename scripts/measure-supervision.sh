#!/usr/bin/env bash
# What supervised execution costs: whole-process wall time of `nbrun` on notebooks/xor.md and on the
# whole course, with workers (the default) against --in-process, interleaved in one run, median of RUNS.
# Usage: scripts/measure-supervision.sh [NBRUN] [RUNS]   (default .build/release/nbrun, 9 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
nbrun="${1:-.build/release/nbrun}"
runs="${2:-9}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
python3 - "$nbrun" "$runs" "$scratch" <<'PY'
import statistics, subprocess, sys, time
nbrun, runs, scratch = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cases = [("xor.md", ["notebooks/xor.md"]), ("course", ["notebooks"])]
print(f"{'workload':10} {'supervised ms':>14} {'in-process ms':>14} {'ratio':>7}")
for name, paths in cases:
    times = {"supervised": [], "in-process": []}
    for _ in range(runs):
        for mode, extra in (("supervised", []), ("in-process", ["--in-process"])):
            started = time.perf_counter()
            subprocess.run([nbrun, "--quiet", "-o", f"{scratch}/{mode}", *extra, *paths], check=True)
            times[mode].append((time.perf_counter() - started) * 1000)
    s, p = statistics.median(times["supervised"]), statistics.median(times["in-process"])
    print(f"{name:10} {s:14.1f} {p:14.1f} {s / p:7.2f}")
PY
