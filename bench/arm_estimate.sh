#!/bin/sh
# SPDX-License-Identifier: MIT
# An ESTIMATE of lpcunroll's restore speed on aarch64 cores, made without an ARM machine:
#
#   bench/arm_estimate.sh [--raw] [--out FILE]
#
# cross-compiles the generated restore kernels (narrow and wide; bench/arm_loops.sh) and
# libFLAC 1.4.2's C restore (FLAC__lpc_restore_signal and _wide, cut from Debian's flac
# source package, fetched with apt-get source through a sources list of its own: /etc/apt is
# not touched) with aarch64-linux-gnu-gcc 12 -O2, finds each kernel's steady-state loop in the
# disassembly (bench/arm_loops.awk: for libFLAC the loop of that order, or for orders above 12
# the path one sample takes through its switch), and runs llvm-mca 16 on it for two core
# models: -mcpu=neoverse-n1 (LLVM 16 models it, and the Cortex-A76, with its Cortex-A57
# tables: one multiply pipe, but A57 latencies) and -mcpu=neoverse-n2. Estimated cycles per
# sample = llvm-mca's total cycles / (iterations x samples per trip). Prints, per family,
# order and model, lpcunroll auto (the kernel the aarch64 dispatcher runs: NEON where the
# plan has a NEON kernel) and libFLAC, their ratio, the scalar kernels (no NEON), and per
# sample the multiplies, loads, stores and stack accesses of each loop; writes the tables to
# FILE (default bench/results/arm-estimate.md). These are static estimates of loops in
# isolation (no cache, branch or front-end effects), not measurements.
#
# --raw: feed llvm-mca the disassembly as it is, without bench/arm_loops.awk's removal of the
# writeback and zero-register artefacts (to see what they change).
set -eu
cd "$(dirname "$0")/.."
root=$PWD
. scripts/deps.sh
lpcu_need_packages gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu llvm-16 dpkg-dev

raw=0
out=bench/results/arm-estimate.md
while [ $# -gt 0 ]; do
    case $1 in
    --raw) raw=1 ;;
    --out)
        out=$2
        shift
        ;;
    *)
        echo "usage: bench/arm_estimate.sh [--raw] [--out FILE]" >&2
        exit 2
        ;;
    esac
    shift
done

work=$root/build/arm-estimate
cc=aarch64-linux-gnu-gcc
objdump=aarch64-linux-gnu-objdump
mca=llvm-mca-16
mkdir -p "$work"

# ---- the kernels ---------------------------------------------------------------------------
bench/arm_loops.sh "$work/kernels" "$cc" >"$work/kernels.txt"

# ---- libFLAC 1.4.2's C restore -----------------------------------------------------------------
src=$work/src/flac-1.4.2+ds
lpcu_fetch_source flac=1.4.2+ds-2 "$src" "$work"
lpc=$src/src/libFLAC/lpc.c
# From the narrow function's head to the 33-bit one's: the narrow and wide restores, as
# libFLAC compiles them (FLAC__LPC_UNROLLED_FILTER_LOOPS, no overflow detection).
first=$(grep -n '^void FLAC__lpc_restore_signal(' "$lpc" | cut -d: -f1)
end=$(grep -n '^void FLAC__lpc_restore_signal_wide_33bit(' "$lpc" | cut -d: -f1)
if [ -z "$first" ] || [ -z "$end" ]; then
    echo "arm_estimate.sh: $lpc is not libFLAC 1.4.2's" >&2
    exit 1
fi
{
    echo "/* Cut from libFLAC 1.4.2's src/libFLAC/lpc.c by bench/arm_estimate.sh. */"
    echo "#include <stdint.h>"
    echo "typedef int32_t FLAC__int32;"
    echo "typedef int64_t FLAC__int64;"
    echo "#define flac_restrict __restrict__"
    echo "#define FLAC__ASSERT(x) ((void)0)"
    echo "#define FLAC__LPC_UNROLLED_FILTER_LOOPS"
    sed -n "${first},$((end - 1))p" "$lpc"
} >"$work/libflac_restore.c"
"$cc" -std=gnu99 -O2 -c "$work/libflac_restore.c" -o "$work/libflac.o"
"$objdump" -dr --no-show-raw-insn "$work/libflac.o" >"$work/libflac.dis"
rodata=$("$objdump" -s -j .rodata "$work/libflac.o" |
    awk '/^ [0-9a-f]+ / { for (i = 2; i <= 5; i++) if ($i ~ /^[0-9a-f]+$/) printf "%s", $i }')
awk -v mode=loops -f bench/arm_loops.awk "$work/libflac.dis" >"$work/libflac.txt"

# ---- llvm-mca ---------------------------------------------------------------------------------
# cycles per sample of one loop body (stdin) holding `samples` outputs: llvm-mca's total cycles
# over enough iterations that the start-up is a small part of it
mca_cycles() { # CPU SAMPLES INSNS < BODY
    iters=$((20000 / $3))
    [ "$iters" -ge 100 ] || iters=100
    "$mca" -mtriple=aarch64-linux-gnu -mcpu="$1" -iterations="$iters" 2>/dev/null |
        awk -v it="$iters" -v s="$2" '/^Total Cycles:/ { printf "%.2f", $3 / (it * s) }'
}

body() { # DISASSEMBLY FUNCTION START END
    awk -v mode=body -v raw="$raw" -v fn="$2" -v start="$3" -v end="$4" -f bench/arm_loops.awk "$1"
}

# libFLAC's loop for one order: its own up to 12 (the one loop with that many multiplies),
# the shared switch loop's path above
libflac_body() { # FUNCTION ORDER
    if [ "$2" -le 12 ]; then
        set -- "$1" "$2" "$(awk -v fn="$1" -v o="$2" '$1 == fn && $5 == o && $6 == 0' "$work/libflac.txt")"
        [ "$(echo "$3" | grep -c .)" = 1 ] || {
            echo "arm_estimate.sh: no single order-$2 loop in $1" >&2
            exit 1
        }
        # shellcheck disable=SC2086 # the loop's fields
        set -- $3
        body "$work/libflac.dis" "$1" "$2" "$3"
    else
        set -- "$1" "$2" "$(awk -v fn="$1" '$1 == fn { if ($4 > n) { n = $4; l = $0 } } END { print l }' "$work/libflac.txt")"
        # shellcheck disable=SC2086
        set -- "$2" $3
        awk -v mode=path -v raw="$raw" -v fn="$2" -v start="$3" -v end="$4" -v order="$1" \
            -v rodata="$rodata" -f bench/arm_loops.awk "$work/libflac.dis"
    fi
}

cpus="neoverse-n1 neoverse-n2"
est=$work/estimates$([ "$raw" = 0 ] || echo -raw).txt
: >"$est"
for family in narrow wide; do
    case $family in narrow) flac_fn=FLAC__lpc_restore_signal ;; *) flac_fn=FLAC__lpc_restore_signal_wide ;; esac
    order=1
    while [ "$order" -le 32 ]; do
        libflac_body "$flac_fn" "$order" >"$work/flac$raw.s"
        flac_n=$(grep -c '^	' "$work/flac$raw.s")
        line="$family $order"
        for slot in neon scalar; do
            # shellcheck disable=SC2046 # the kernel's fields
            set -- $(awk -v f="$family" -v o="$order" -v s="$slot" '$1 == f && $2 == o && $3 == s' "$work/kernels.txt")
            [ $# -eq 17 ] || {
                echo "arm_estimate.sh: no $slot kernel of $family order $order" >&2
                exit 1
            }
            sym=$4 samples=$8 insns=$9
            case $sym in
            *__neon) kernel_obj=$work/kernels/restore-$family-neon.dis ;;
            *) kernel_obj=$work/kernels/restore-$family-scalar.dis ;;
            esac
            body "$kernel_obj" "$5" "$6" "$7" >"$work/ours$raw.s"
            for cpu in $cpus; do
                line="$line $(mca_cycles "$cpu" "$samples" "$insns" <"$work/ours$raw.s")"
            done
            # per sample: multiplies (scalar, vector), loads, stores, stack accesses
            line="$line $(echo "${10} ${11} ${12} ${13} ${14} $samples" |
                awk '{ printf "%.2f %.2f %.2f %.2f %.2f", $1 / $6, $2 / $6, $3 / $6, $4 / $6, $5 / $6 }') $sym"
        done
        for cpu in $cpus; do
            line="$line $(mca_cycles "$cpu" 1 "$flac_n" <"$work/flac$raw.s")"
        done
        line="$line $(awk -v mode=count -f bench/arm_loops.awk "$work/flac$raw.s")"
        echo "$line" >>"$est"
        order=$((order + 1))
    done
done

# ---- the report -------------------------------------------------------------------------------
# estimates.txt, per line: family order, then for the neon slot and the scalar one: cycles
# per sample (n1, n2), per sample multiplies, vector multiplies, loads, stores, stack
# accesses, symbol; then libFLAC's cycles (n1, n2) and its path's counts (bench/arm_loops.awk
# count mode: - - - insns muls vmuls loads stores stack values).
{
    echo "# aarch64 restore: ESTIMATED cycles per sample (llvm-mca, not measured)"
    echo
    echo "Written by \`bench/arm_estimate.sh$([ "$raw" = 0 ] || echo " --raw")\`: $("$cc" --version | head -n 1),"
    echo "-O2; $("$mca" --version | grep -i 'llvm version' | sed 's/^ *//'), \`llvm-mca-16 -mtriple=aarch64-linux-gnu"
    echo "-mcpu=neoverse-n1|neoverse-n2\`, on each kernel's steady-state loop$([ "$raw" = 0 ] && echo " with the writeback and zero-register artefacts removed (bench/arm_loops.awk)" || echo " as disassembled")."
    echo "**N1 model**: LLVM 16 has no Neoverse-N1 or Cortex-A76 tables and models both with"
    echo "Cortex-A57's (one multiply pipe; 32-bit multiply latency 3, 64-bit 5, where the A76 has 2"
    echo "and more); **N2 model**: LLVM 16's Neoverse-N2 tables (two multiply pipes, latency 2)."
    echo "speed-up = libFLAC's estimate / lpcunroll's (above 1: lpcunroll estimated faster). auto:"
    echo "the kernel the aarch64 dispatcher runs (NEON where the plan has one); scalar: the scalar"
    echo "kernels, which run where NEON is off. Per sample: multiplies (scalar + vector), loads,"
    echo "stores and stack (sp-relative) accesses of the loop. Loops in isolation: no caches,"
    echo "branch prediction or front end; libFLAC's orders above 12 are the path one sample takes"
    echo "through its switch."
    for family in narrow wide; do
        echo
        echo "## $family"
        echo
        echo "| order | auto kernel | N1: auto | N1: libFLAC | N1 speed-up | N2: auto | N2: libFLAC | N2 speed-up | auto mul+vmul / ld / st / stack | libFLAC mul / ld | scalar N1 / N2 | scalar speed-up N1 / N2 | scalar stack |"
        echo "|---:|---|---:|---:|---:|---:|---:|---:|---|---|---|---|---:|"
        awk -v f="$family" '$1 == f {
            sym = $10; sub(/^lpcu_restore_/, "", sym)
            printf "| %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f+%.2f / %.2f / %.2f / %.2f | %d / %d | %.2f / %.2f | %.2f / %.2f | %.2f |\n",
                $2, sym, $3, $19, $19 / $3, $4, $20, $20 / $4, $5, $6, $7, $8, $9, $25, $27,
                $11, $12, $19 / $11, $20 / $12, $17
        }' "$est"
        awk -v f="$family" '$1 == f {
            n++; a1 += log($19 / $3); a2 += log($20 / $4); s1 += log($19 / $11); s2 += log($20 / $12)
            if (!m1 || $19 / $3 < m1) { m1 = $19 / $3; o1 = $2 }
            if (!m2 || $20 / $4 < m2) { m2 = $20 / $4; o2 = $2 }
        } END {
            printf "\nGeomean speed-up over orders 1-32, auto: %.2f (N1 model), %.2f (N2 model); lowest: %.2f at order %d (N1), %.2f at order %d (N2). Scalar kernels: %.2f (N1), %.2f (N2).\n",
                exp(a1 / n), exp(a2 / n), m1, o1, m2, o2, exp(s1 / n), exp(s2 / n)
        }' "$est"
    done
} >"$out"
cat "$out"
