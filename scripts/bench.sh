#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the benchmarks (Release, -O2) and runs them all, writing bench/results/:
#   latest.md      machine, summary, plot, every in-process table (synthetic per order and
#                  real-signal subframes, multi-subframe calls), hyperfine tables and code size
#   latest.csv     every in-process measurement (best and median)
#   latest.svg     ticks per sample against order, one line per variant, one panel per family
#   hyperfine-<family>.md, .json   hyperfine's own exports
# and prints the summary. Extra arguments go to lpcu-bench (see lpcu-bench --help), e.g.
# --reps 100 for a quicker run. Installs the Debian packages it needs when run as root,
# otherwise prints the apt-get line and stops.
set -eu
cd "$(dirname "$0")/.."
. scripts/deps.sh
lpcu_need_packages cmake make gcc binutils libflac-dev libogg-dev libsimde-dev hyperfine \
    gnuplot-nox

build=build/bench
results=bench/results
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DLPCU_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target lpcu-bench lpcu-restore-run
mkdir -p "$results"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== in-process: synthetic inputs per family and order, real-signal subframes, multi-subframe"
"$build/bench/lpcu-bench" --inputs synthetic,real,multi --csv "$results/latest.csv" "$@" \
    >"$tmp/bench.md"
echo "== hyperfine: whole processes, per kernel and order"
bench/hyperfine.sh "$build" "$results" >"$tmp/hyperfine.md"
echo "== code size, per kernel file and per build profile"
bench/codesize.sh "$build" >"$tmp/codesize.md"
{
    echo "### .text per build profile"
    echo
    echo "README \"Building a subset\": \`size -t liblpcunroll.a\` of Release builds (bench/profiles.sh)."
    echo
    bench/profiles.sh build
    echo
} >>"$tmp/codesize.md"
echo "== plot"
machine=$(sed -n 's/^- CPU: //p' "$tmp/bench.md" | head -n 1)
compiler=$(sed -n 's/^- compiler: //p' "$tmp/bench.md" | head -n 1)
bench/plot.sh "$results/latest.csv" "$results/latest.svg" \
    "lpcu-bench, $machine, $compiler: best ticks per sample, n = 4096"
bench/summary.sh "$results/latest.csv" >"$tmp/summary.md"

# latest.md: lpcu-bench's header (machine, compiler, flags), the summary and the plot, then the
# full tables, hyperfine and code size.
{
    sed -n '/^## /q;p' "$tmp/bench.md"
    echo "## Summary"
    echo
    echo "Best ticks per sample; \"auto vs libFLAC\" is libFLAC's ticks over auto's (> 1: lpcunroll is"
    echo "faster). Synthetic rows: n = 4096 per call; real rows: every LPC subframe of the streams;"
    echo "multi rows: 2, 4, 6 or 8 subframes of 4096, one lpcu_restore_signal(_wide)_multi call against one"
    echo "call per subframe, ticks per output sample."
    echo
    cat "$tmp/summary.md"
    echo
    echo "![ticks per sample against order](latest.svg)"
    echo
    sed -n '/^## /,$p' "$tmp/bench.md"
    echo "## Whole-process comparisons (hyperfine)"
    echo
    cat "$tmp/hyperfine.md"
    cat "$tmp/codesize.md"
} >"$results/latest.md"

sed -n '/^## /q;p' "$tmp/bench.md"
cat "$tmp/summary.md"
echo
echo "results: $results/latest.md (all tables), latest.csv, latest.svg, hyperfine-*.md/json"
