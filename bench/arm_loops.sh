#!/bin/sh
# SPDX-License-Identifier: MIT
# The steady-state loops of the aarch64 restore kernels, counted without an ARM core:
#
#   bench/arm_loops.sh DIR [CC]
#
# cross-compiles kernels/generated/restore-{narrow,wide}-{scalar,neon}.c with CC
# (aarch64-linux-gnu-gcc by default) at -O2, as the library's Release build does, into DIR,
# and prints one line per family, order and ISA slot (scalar: the scalar kernel; neon: the
# kernel the aarch64 dispatcher runs, which may be the scalar one):
#
#   family order slot symbol function start end samples insns muls vmuls loads stores stack
#   values cmuls cvmuls
#
# function start end: the loop (bench/arm_loops.awk; the function holding it, which is
# `<symbol>_fold` where the compiler kept a speculating kernel's folded loop apart), the
# kernel's largest; samples: outputs per trip (the generated C's `while (data_len - i >= N)`);
# insns .. values: bench/arm_loops.awk's counts per trip; cmuls cvmuls: the scalar and vector
# multiplies the generated C writes in that loop per trip, the count the kernel's shape calls
# for. Used by bench/arm_estimate.sh and tests/arm_loops_test.sh.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$1
cc=${2:-aarch64-linux-gnu-gcc}
objdump=${OBJDUMP:-aarch64-linux-gnu-objdump}
gen=$root/kernels/generated
mkdir -p "$dir/cfg"
{
    echo "/* every kernel (bench/arm_loops.sh) */"
    for name in restore multi fixed residual limit autoc narrow wide wide33 scalar neon sse41 \
        avx2 avx512 base ifma; do
        echo "#define LPCU_WITH_$name 1"
    done
    echo "#define LPCU_WITH_MAX_ORDER 32"
} >"$dir/cfg/lpcu_config.h"

files="restore-narrow-scalar restore-wide-scalar restore-narrow-neon restore-wide-neon"
pids=""
for f in $files; do
    "$cc" -std=c99 -O2 -DNDEBUG -Wno-psabi -I"$root/include" -I"$dir/cfg" \
        -c "$gen/$f.c" -o "$dir/$f.o" &
    pids="$pids $!"
done
for pid in $pids; do wait "$pid"; done
for f in $files; do
    "$objdump" -d --no-show-raw-insn "$dir/$f.o" >"$dir/$f.dis"
    awk -v mode=loops -f "$root/bench/arm_loops.awk" "$dir/$f.dis"
done >"$dir/loops.txt"

# Per kernel of the generated C: trip size and multiplies in the loop body. The body runs
# from the while to its closing brace; products are ` * ` (scalar) and the SIMDe multiplies.
# NEON kernels are in the ISA's file, or in the body it shares with SSE4.1 (LPCU_SYM names).
for src in "$gen"/restore-narrow-scalar.c "$gen"/restore-wide-scalar.c \
    "$gen"/restore-narrow-neon.c "$gen"/restore-wide-neon.c "$gen"/restore-narrow-128.inc \
    "$gen"/restore-wide-128.inc; do
    [ -f "$src" ] || continue
    case $src in *.inc) suffix=__neon ;; *) suffix= ;; esac
    awk -v suffix="$suffix" '
        # a kernel with a shape of its own on aarch64: that one, not the #else one
        /^#if defined\(__aarch64__\)/ { arm = 1; next }
        arm && /^#else/ { skip = 1; next }
        arm && /^#endif/ { arm = skip = 0; next }
        skip { next }
        /^(void|static uint64_t) / {
            name = $0
            sub(/^(void|static uint64_t) (LPCU_SYM\()?/, "", name)
            sub(/[)]?\(.*/, "", name)
            sub(/_fold$/, "", name)
            name = name suffix
        }
        /while \(data_len - i >= [0-9]+\) \{/ && !depth {
            n = $0
            sub(/.*>= /, "", n)
            sub(/\).*/, "", n)
            depth = 1
            muls = vmuls = 0
            next
        }
        depth {
            line = $0
            vmuls += gsub(/mul(lo)?_epi(32|64)\(/, "", line)
            muls += gsub(/ \* /, "", line)
            depth += gsub(/\{/, "{", $0) - gsub(/\}/, "}", $0)
            if (!depth)
                print name, n, muls, vmuls
        }' "$src"
done >"$dir/cloops.txt"

# One line per slot: the manifest says which kernel the neon slot runs.
grep -E '^LPCU_KERNEL\(restore, (narrow|wide), (scalar|neon),' "$gen/manifest.inc" |
    sed 's/LPCU_KERNEL(//; s/[,)]//g' |
    awk -v loops="$dir/loops.txt" -v cloops="$dir/cloops.txt" '
        BEGIN {
            while ((getline line < loops) > 0) {
                split(line, f, " ")
                fn = f[1]
                sub(/_fold$/, "", fn)
                if (!(fn in best) || f[4] + 0 > size[fn]) {
                    best[fn] = line
                    size[fn] = f[4] + 0
                }
            }
            while ((getline line < cloops) > 0) {
                split(line, f, " ")
                trip[f[1]] = f[2]
                cm[f[1]] = f[3]
                cvm[f[1]] = f[4]
            }
        }
        {
            family = $2; slot = $3; order = $6; sym = $7
            if (!(sym in best) || !(sym in trip)) {
                print "arm_loops.sh: no loop found for " sym > "/dev/stderr"
                exit 1
            }
            split(best[sym], f, " ")
            print family, order, slot, sym, f[1], f[2], f[3], trip[sym], f[4], f[5], f[6],
                  f[7], f[8], f[9], f[10], cm[sym], cvm[sym]
        }'
