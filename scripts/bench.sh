#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the benchmark (Release, -O2) and runs it: rolled loop vs unrolled kernels vs the
# dispatched entry points vs libFLAC, per family and order. Prints the Markdown tables and
# writes them, with a CSV of every measurement, to bench/results/. Extra arguments go to
# lpcu-bench (see lpcu-bench --help). Installs the Debian packages it needs when run as
# root, otherwise prints the apt-get line and stops.
set -eu
cd "$(dirname "$0")/.."
. scripts/deps.sh
lpcu_need_packages cmake make gcc libflac-dev libogg-dev libcmocka-dev

cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DLPCU_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench -j "$(nproc)" --target lpcu-bench
mkdir -p bench/results
build/bench/bench/lpcu-bench --csv bench/results/latest.csv "$@" | tee bench/results/latest.md
echo "results: bench/results/latest.md, bench/results/latest.csv"
