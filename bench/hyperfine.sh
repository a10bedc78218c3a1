#!/bin/sh
# SPDX-License-Identifier: MIT
# Whole-process comparisons with hyperfine: the same restore workload (lpcu-restore-run: one
# synthetic block of a family and order, checked once against libFLAC, then restored until
# LPCU_HF_SAMPLES samples are done) with each kernel this CPU can run, scanned over orders.
# Process start-up and input set-up are included and equal for every kernel, so the gaps
# between kernels are the restore time; the in-process lpcu-bench gives the per-call figures.
#
#   bench/hyperfine.sh BUILD_DIR [OUT_DIR]
#
# writes OUT_DIR/hyperfine-<family>.md and .json (hyperfine's exports) and prints a Markdown
# table per family: CPU time (user + system) per process by order and kernel. OUT_DIR defaults to
# bench/results. Knobs (environment): LPCU_HF_FAMILIES (default "narrow wide"),
# LPCU_HF_ORDERS (1,2,4,8,12,16,24,32), LPCU_HF_SAMPLES (8388608), LPCU_HF_RUNS (10),
# LPCU_HF_WARMUP (3).
set -eu

build=${1:?usage: bench/hyperfine.sh BUILD_DIR [OUT_DIR]}
out=${2:-bench/results}
run=$build/bench/lpcu-restore-run
families=${LPCU_HF_FAMILIES:-narrow wide}
orders=${LPCU_HF_ORDERS:-1,2,4,8,12,16,24,32}
samples=${LPCU_HF_SAMPLES:-8388608}
runs=${LPCU_HF_RUNS:-10}
warmup=${LPCU_HF_WARMUP:-3}

[ -x "$run" ] || { echo "hyperfine.sh: $run not built" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine.sh: hyperfine not installed" >&2; exit 1; }
mkdir -p "$out"
kernels=$("$run" --list-kernels)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for family in $families; do
    # A fixed run count: hyperfine's default (at least 3 s per command) would take minutes.
    hyperfine -N --style none --warmup "$warmup" --runs "$runs" \
        -L order "$orders" -L kernel "$kernels" \
        -n "{kernel} $family order {order}" \
        "$run --kernel {kernel} --family $family --order {order} --samples $samples" \
        --export-markdown "$out/hyperfine-$family.md" \
        --export-json "$out/hyperfine-$family.json" \
        --export-csv "$tmp/$family.csv" >/dev/null 2>"$tmp/log" ||
        { cat "$tmp/log" >&2; exit 1; }

    echo "### hyperfine, $family: CPU time per process (user + system, mean of $runs runs after" \
        "$warmup warm-up), ms, $samples samples restored"
    echo
    # Pivot hyperfine's CSV (one row per command) into order x kernel. CPU time rather than
    # wall time: on a shared machine a process of a few ms is often preempted, and waiting for
    # a core lands in wall time but not in CPU time (on an idle machine the two agree; the .md
    # and .json exports keep the wall times of every run). The ratio is libflac's over auto's,
    # as in lpcu-bench (> 1: lpcunroll is faster).
    awk -F, -v kernels="$kernels" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        {
            k = $col["parameter_kernel"]; o = $col["parameter_order"] + 0
            cpu[o, k] = ($col["user"] + $col["system"]) * 1000
            if (!(o in seen)) { seen[o] = 1; orders[++n] = o }
        }
        END {
            nk = split(kernels, ks, ",")
            printf "| order |"
            for (j = 1; j <= nk; j++) printf " %s |", ks[j]
            printf " auto vs libflac |"
            printf "\n|---:|"
            for (j = 1; j <= nk; j++) printf "---:|"
            printf "---:|\n"
            for (i = 2; i <= n; i++)  # insertion sort: orders numerically
                for (j = i; j > 1 && orders[j - 1] > orders[j]; j--) {
                    t = orders[j]; orders[j] = orders[j - 1]; orders[j - 1] = t
                }
            for (i = 1; i <= n; i++) {
                o = orders[i]
                printf "| %d |", o
                for (j = 1; j <= nk; j++) printf " %.1f |", cpu[o, ks[j]]
                printf " %.2f |\n", cpu[o, "libflac"] / cpu[o, "auto"]
            }
        }' "$tmp/$family.csv"
    echo
done
