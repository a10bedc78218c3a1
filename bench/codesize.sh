#!/bin/sh
# SPDX-License-Identifier: MIT
# Bytes of code per family and ISA, as built: for decoders on small devices, what each set of
# kernels costs next to libFLAC's single function per family. Prints a Markdown section.
#
#   bench/codesize.sh BUILD_DIR
#
# Per (family, ISA) of kernels/generated/kernels.inc: the orders with a kernel of that ISA's
# own (other orders reuse another ISA's kernel, whose bytes are counted there), the sum of
# those kernels' symbol sizes (nm -S), and the .text of the ISA's object file (size: code plus
# read-only data, including any helpers). libFLAC's sizes come from the libFLAC.a the build
# linked.
set -eu

build=${1:?usage: bench/codesize.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
lib=$(find "$build" -name 'liblpcunroll.a' -o -name 'liblpcunroll.so' | head -n 1)
[ -n "$lib" ] || { echo "codesize.sh: no liblpcunroll in $build" >&2; exit 1; }
flac=$(sed -n 's/^LPCU_FLAC_STATIC:FILEPATH=//p' "$build/CMakeCache.txt")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -S -t d --defined-only "$lib" >"$tmp/nm"
[ -f "$flac" ] && nm -S -t d --defined-only "$flac" >>"$tmp/nm" 2>/dev/null
size "$lib" >"$tmp/size"

echo "## Code size"
echo
echo "Bytes of machine code in \`$(basename "$lib")\` as built (\`nm -S\`; object .text from"
echo "\`size\`, code plus read-only data). An ISA's own kernels cover the orders listed; for"
echo "the other orders its table points at the kernels of the ISAs named, counted under those."
echo "libFLAC has one function per family for all orders."
echo
awk '
    FILENAME ~ /nm$/ { if (NF == 4) bytes[$4] = $2 + 0; next }
    FILENAME ~ /size$/ {
        # "text data bss dec hex restore-narrow-avx2.c.o (ex liblpcunroll.a)"
        if ($1 ~ /^[0-9]+$/) libtext += $1
        if ($6 ~ /^restore-.*\.c\.o$/) { obj = $6; sub(/^restore-/, "", obj); sub(/\.c\.o$/, "", obj); text[obj] = $1 }
        next
    }
    /^LPCU_KERNEL\(/ {
        line = $0
        sub(/^LPCU_KERNEL\(/, "", line); sub(/\).*$/, "", line); gsub(/ /, "", line)
        split(line, f, ",")
        fam = f[1]; isa = f[2]; order = f[3] + 0; sym = f[4]
        key = fam "-" isa
        if (!(fam in fseen)) { fseen[fam] = 1; fams[++nfams] = fam }
        if (!(isa in iseen)) { iseen[isa] = 1; isas[++nisas] = isa }
        seen[key] = 1
        if (sym !~ ("__" isa "$")) {
            from = sym; sub(/^.*__/, "", from)
            if (!((key, from) in bseen)) { bseen[key, from] = 1; borrowed[key] = borrowed[key] (borrowed[key] == "" ? "" : ", ") from }
        } else {
            own[key]++
            found[key] += sym in bytes
            b = bytes[sym]; sum[key] += b
            if (!(key in lo) || b < lo[key]) lo[key] = b
            if (!(key in hi) || b > hi[key]) hi[key] = b
            # Orders as ranges: kernels.inc lists them in increasing order.
            if (key in last && order == last[key] + 1) { rng_end[key] = order }
            else {
                if (key in last) ranges[key] = ranges[key] sep_range(key)
                rng_start[key] = rng_end[key] = order
            }
            last[key] = order
        }
    }
    function sep_range(k) {
        return (rng_start[k] == rng_end[k] ? rng_start[k] : rng_start[k] "-" rng_end[k]) ","
    }
    END {
        split("narrow FLAC__lpc_restore_signal lpcu_restore_signal_rolled " \
              "wide FLAC__lpc_restore_signal_wide lpcu_restore_signal_wide_rolled " \
              "wide33 FLAC__lpc_restore_signal_wide_33bit lpcu_restore_signal_wide_33bit_rolled", r, " ")
        for (i = 1; i <= 9; i += 3) { flac_fn[r[i]] = r[i + 1]; rolled_fn[r[i]] = r[i + 2] }
        print "| family | kernels | orders with own kernels | other orders use | bytes | smallest | largest | object .text |"
        print "|---|---|---|---|---:|---:|---:|---:|"
        for (i = 1; i <= nfams; i++) {
            fam = fams[i]
            for (j = 1; j <= nisas; j++) {
                k = fam "-" isas[j]
                if (!(k in seen) || (!found[k] && !(k in text)))
                    continue # not in this build (e.g. neon on x86)
                t = (k in text) ? text[k] : "n/a"
                b = (k in borrowed) ? borrowed[k] : ""
                if (own[k])
                    printf "| %s | %s | %s | %s | %d | %d | %d | %s |\n", fam, isas[j], \
                        ranges[k] (rng_start[k] == rng_end[k] ? rng_start[k] : rng_start[k] "-" rng_end[k]), \
                        b, sum[k], lo[k], hi[k], t
                else
                    printf "| %s | %s | none | %s | 0 | | | %s |\n", fam, isas[j], b, t
            }
            if (rolled_fn[fam] in bytes)
                printf "| %s | rolled loop | all | | %d | | | |\n", fam, bytes[rolled_fn[fam]]
            if (flac_fn[fam] in bytes)
                printf "| %s | libFLAC `%s` | all | | %d | | | |\n", fam, flac_fn[fam], bytes[flac_fn[fam]]
        }
        printf "\nThe whole library: %d bytes of .text.\n", libtext
    }' "$tmp/nm" "$tmp/size" "$root/kernels/generated/kernels.inc"
echo

# The multi-subframe kernels, per object file: lanes-FAMILY-ISA (one subframe per SIMD lane)
# and pairs-FAMILY-scalar (two chains in one scalar loop).
echo "Multi-subframe kernels (\`lpcu_restore_signal*_multi\`), per object file:"
echo
nm -S -t d --defined-only "$lib" 2>/dev/null | awk '
    /^$/ { next }
    /:$/ { obj = $0; sub(/:$/, "", obj); next }
    NF == 4 && obj ~ /^(lanes|pairs)-/ && $4 ~ /_x[0-9]+_o[0-9]+__/ {
        if (!(obj in n)) objs[++nobj] = obj
        n[obj]++; bytes[obj] += $2
    }
    END {
        print "| object | kernels | bytes |"
        print "|---|---:|---:|"
        for (i = 1; i <= nobj; i++) { o = objs[i]; printf "| %s | %d | %d |\n", o, n[o], bytes[o]; total += bytes[o] }
        printf "| all | | %d |\n", total
    }'
echo
