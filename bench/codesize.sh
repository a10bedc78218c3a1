#!/bin/sh
# SPDX-License-Identifier: MIT
# Bytes of code per kernel file as built: what each kind, family and ISA of kernels costs, for
# embedders choosing a subset (README "Building a subset") and for the tuning tables' "every
# kernel earns its bytes". Prints a Markdown section.
#
#   bench/codesize.sh BUILD_DIR
#
# One row per generated object file (<kind>-<family>-<isa>[-<feature>], see
# kernels/generated/sources.cmake): its kernels (nm -S: symbols lpcu_<kind>_<family>..._o<N>__*),
# the orders they cover, their bytes, and the object's .text from size (code plus read-only
# data, helpers included). Slots a file has no kernel for run another ISA's kernel (manifest.inc
# says which), counted under that ISA. libFLAC's sizes come from the libFLAC.a the build linked.
set -eu

build=${1:?usage: bench/codesize.sh BUILD_DIR}
lib=$(find "$build" -name 'liblpcunroll.a' | head -n 1)
[ -n "$lib" ] || { echo "codesize.sh: no liblpcunroll.a in $build" >&2; exit 1; }
flac=$(sed -n 's/^LPCU_FLAC_STATIC:FILEPATH=//p' "$build/CMakeCache.txt")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -S -t d --defined-only "$lib" >"$tmp/nm"
: >"$tmp/flac"
[ -f "$flac" ] && nm -S -t d --defined-only "$flac" >"$tmp/flac" 2>/dev/null
size "$lib" >"$tmp/size"

echo "## Code size"
echo
echo "Bytes of machine code in \`$(basename "$lib")\` as built: per generated object, the"
echo "kernels' symbol sizes (\`nm -S\`) and the object's .text (\`size\`: code plus read-only data)."
echo "Slots without a kernel of their own run another ISA's (see \`kernels/generated/manifest.inc\`)."
echo
awk '
    FILENAME ~ /size$/ {
        # "text data bss dec hex restore-narrow-avx2.c.o (ex liblpcunroll.a)"
        if ($1 ~ /^[0-9]+$/) {
            libtext += $1
            obj = $6; sub(/\.c\.o$/, "", obj)
            if (obj ~ /^(restore|multi|fixed)-/) { objs[++nobj] = obj; text[obj] = $1 }
            else rest += $1
        }
        next
    }
    FILENAME ~ /flac$/ { if (NF == 4) flacb[$4] = $2 + 0; next }
    /:$/ { obj = $0; sub(/\.c\.o:$/, "", obj); next }
    NF == 4 && $3 == "T" && $4 ~ /_o[0-9]+__[a-z0-9_]+$/ {
        n[obj]++; bytes[obj] += $2
        o = $4; sub(/^.*_o/, "", o); sub(/__.*$/, "", o); o += 0
        if (!((obj, o) in has)) { has[obj, o] = 1 }
    }
    function orders(obj,   s, o, start) {
        s = ""
        for (o = 0; o <= 33; o++) {
            if ((obj, o) in has && !((obj, o - 1) in has)) start = o
            if ((obj, o) in has && !((obj, o + 1) in has))
                s = s (s == "" ? "" : ",") (start == o ? o : start "-" o)
        }
        return s
    }
    END {
        print "| object | kernels | orders | kernel bytes | object .text |"
        print "|---|---:|---|---:|---:|"
        for (i = 1; i <= nobj; i++) {
            k = objs[i]
            printf "| %s | %d | %s | %d | %d |\n", k, n[k], orders(k), bytes[k], text[k]
            kt += text[k]
        }
        printf "| all kernels | | | | %d |\n", kt
        printf "| dispatch, rolled loops, checked and multi entry points | | | | %d |\n", rest
        printf "\nThe whole library: %d bytes of .text.\n", libtext
        split("FLAC__lpc_restore_signal FLAC__lpc_restore_signal_wide " \
              "FLAC__lpc_restore_signal_wide_33bit FLAC__fixed_restore_signal " \
              "FLAC__fixed_restore_signal_wide FLAC__fixed_restore_signal_wide_33bit", f, " ")
        s = ""
        for (i = 1; i <= 6; i++) if (f[i] in flacb) s = s (s == "" ? "" : ", ") "`" f[i] "` " flacb[f[i]]
        if (s != "") printf "libFLAC'"'"'s one function per family for all orders, bytes: %s.\n", s
    }' "$tmp/size" "$tmp/flac" "$tmp/nm"
echo
