#!/bin/sh
# Times nbrun (release) on generated notebooks of 500, 1,000 and 2,000 cells (about 125 bytes each,
# so 2,000 cells are about 250 kB) and prints wall time, time per cell and peak memory; then the
# time of `--check` against a handout whose every output is stale (its numbers changed, as after a
# change to the numeric core) and against one whose every line changed (the diff's worst case).
# Usage: scripts/measure-scale.sh [NBRUN] [RUNS]   (default .build/release/nbrun, 3 runs; the median is shown)
set -eu
NBRUN=${1:-.build/release/nbrun}
RUNS=${2:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

generate() { # $1 cells -> notebook on stdout
    echo "# Scale, $1 cells"
    echo
    i=0
    while [ "$i" -lt "$1" ]; do
        printf 'Step %d multiplies a small weight matrix by its transpose.\n\n' "$i"
        printf '```swift\nlet w%d = Matrix([[%d, 1], [2, 0.5]])\nw%d * w%d.T\n```\n\n' "$i" "$i" "$i" "$i"
        i=$((i + 1))
    done
}

printf '%6s %9s %10s %12s %13s %16s %16s\n' cells bytes "wall (s)" "ms per cell" "peak RSS (MB)" "stale outputs" "every line"
for cells in 500 1000 2000; do
    generate "$cells" > "$WORK/scale$cells.md"
    bytes=$(wc -c < "$WORK/scale$cells.md")
    : > "$WORK/times"
    run=0
    while [ "$run" -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %M' -o "$WORK/time" "$NBRUN" --quiet --output "$WORK/out" "$WORK/scale$cells.md"
        cat "$WORK/time" >> "$WORK/times"
        run=$((run + 1))
    done
    cp "$WORK/out/scale$cells.md" "$WORK/fresh.md"
    # Every number of every output block changed; then every 1 in the handout, code and prose too.
    awk '/^```output/ { out = 1 } /^```$/ { out = 0 } { if (out) gsub(/[0-9]/, "7"); print }' "$WORK/fresh.md" > "$WORK/out/scale$cells.md"
    /usr/bin/time -f '%e' -o "$WORK/check" "$NBRUN" --check --quiet --format md --output "$WORK/out" "$WORK/scale$cells.md" 2> /dev/null || true
    outputs=$(tail -n 1 "$WORK/check")
    sed 's/1/7/g' "$WORK/fresh.md" > "$WORK/out/scale$cells.md"
    /usr/bin/time -f '%e' -o "$WORK/check" "$NBRUN" --check --quiet --format md --output "$WORK/out" "$WORK/scale$cells.md" 2> /dev/null || true
    check=$(tail -n 1 "$WORK/check")
    sort -n "$WORK/times" | awk -v cells="$cells" -v bytes="$bytes" -v runs="$RUNS" -v outputs="$outputs" -v check="$check" '
        { wall[NR] = $1; rss[NR] = $2 }
        END { m = int((runs + 1) / 2); printf "%6d %9d %10.3f %12.3f %13.1f %14s s %14s s\n", cells, bytes, wall[m], 1000 * wall[m] / cells, rss[m] / 1024, outputs, check }'
done
