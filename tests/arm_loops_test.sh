#!/bin/sh
# SPDX-License-Identifier: MIT
# The aarch64 restore kernels' steady-state loops, checked without an ARM core (issue 15):
#
#   tests/arm_loops_test.sh WORK
#
# cross-compiles the checked-in scalar and NEON restore kernels (bench/arm_loops.sh) and fails
# if any kernel's loop, scalar or NEON, narrow or wide, orders 1-32,
#   - reads or writes the stack (sp- or x29-relative: a spill; gen/tuning.c's aarch64 rows
#     are chosen so that a trip's values fit in the registers),
#   - issues more multiply instructions per trip than its generated C writes (the count its
#     shape in gen/tuning.c calls for; gcc may turn some scalar ones into vector ones), or
#   - stores other than one output per sample (the loop found is not the kernel's own).
# Exits 77 (ctest: skipped) when the cross compiler or binutils are missing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$1
for tool in aarch64-linux-gnu-gcc aarch64-linux-gnu-objdump; do
    if ! command -v "$tool" >/dev/null; then
        echo "arm_loops: skipped: $tool is missing (Debian: gcc-aarch64-linux-gnu, binutils-aarch64-linux-gnu)"
        exit 77
    fi
done
"$root/bench/arm_loops.sh" "$work" >"$work.txt"
# bench/arm_loops.sh fields: family order slot symbol function start end samples insns muls
# vmuls loads stores stack values cmuls cvmuls
awk '
    function fail(why) {
        print $1 " o" $2 " (" $3 " slot, " $4 "): " why
        failed++
    }
    {
        n++
        if (NF != 17)
            fail("malformed line")
        else if ($14 != 0)
            fail($14 " stack accesses per trip of " $8 " samples")
        else if ($10 + $11 > $16 + $17)
            fail($10 " scalar and " $11 " vector multiplies per trip of " $8 " samples; the C has " $16 " and " $17)
        else if ($15 != $8)
            fail("stores " $15 " values per trip of " $8 " samples: not the kernel loop")
    }
    END {
        if (n != 128) {
            print "arm_loops: " n " kernel slots, expected 128 (narrow, wide x scalar, neon x orders 1-32)"
            failed++
        }
        printf "arm_loops: %d passed, %d failed\n", n - failed, failed
        exit failed > 0
    }' "$work.txt"
