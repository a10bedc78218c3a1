#!/bin/sh
# SPDX-License-Identifier: MIT
# Plots lpcu-bench's synthetic results: best ticks per sample against LPC order, one line per
# variant, one panel per family, as an SVG (gnuplot, Debian's gnuplot-nox).
#
#   bench/plot.sh RESULTS.csv OUT.svg [TITLE]
set -eu

csv=${1:?usage: bench/plot.sh RESULTS.csv OUT.svg [TITLE]}
svg=${2:?usage: bench/plot.sh RESULTS.csv OUT.svg [TITLE]}
title=${3:-lpcu-bench}
command -v gnuplot >/dev/null || { echo "plot.sh: gnuplot not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One whitespace table per family: order, then one column per variant in the CSV's order.
# gnuplot then draws column i for every i, so each variant keeps its colour in every panel.
families=$(awk -F, 'NR > 1 && $1 == "synthetic" && !seen[$2]++ { print $2 }' "$csv")
[ -n "$families" ] || { echo "plot.sh: no synthetic rows in $csv" >&2; exit 1; }
unit=$(awk -F, 'NR == 2 { print ($8 == "tsc" ? "TSC ticks" : "ns") }' "$csv")
for family in $families; do
    awk -F, -v fam="$family" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $col["input"] == "synthetic" && $col["family"] == fam {
            o = $col["order"] + 0; v = $col["variant"]
            if (!(v in vseen)) { vseen[v] = 1; vars[++nv] = v }
            if (!(o in oseen)) { oseen[o] = 1; ords[++no] = o }
            best[o, v] = $col["best"]
        }
        END {
            printf "order"
            for (j = 1; j <= nv; j++) printf " %s", vars[j]
            printf "\n"
            for (i = 1; i <= no; i++) {
                printf "%d", ords[i]
                for (j = 1; j <= nv; j++) printf " %s", ((ords[i], vars[j]) in best) ? best[ords[i], vars[j]] : "?"
                printf "\n"
            }
        }' "$csv" >"$tmp/$family.dat"
done

n=$(echo "$families" | wc -l)
{
    echo "set terminal svg size $((520 * n)),460 dynamic enhanced font 'sans,12' background '#ffffff'"
    echo "set output '$svg'"
    echo "set datafile missing '?'"
    echo "set key top left"
    echo "set grid"
    echo "set xlabel 'LPC order'"
    echo "set ylabel 'best $unit per sample (lower is better)'"
    echo "set xrange [0.5:32.5]"
    echo "set xtics 4"
    echo "set yrange [0:*]"
    echo "set multiplot layout 1,$n title '$title'"
    for family in $families; do
        echo "set title '$family'"
        # Fixed styles for the reference lines, so every plot reads alike; ISAs take the
        # palette in the CSV's order, which is lpcu-bench's: the order in which
        # kernels/generated/manifest.inc first lists them. auto is dashed on top of the ISA it
        # picked, which stays visible under it.
        i=1
        isa=0
        sep="plot"
        for variant in $(head -1 "$tmp/$family.dat"); do
            [ "$variant" = order ] && continue
            i=$((i + 1))
            case $variant in
            rolled) style="lc rgb '#999999' lw 1.5 pt 1" ;;
            unrolled) style="lc rgb '#1f77b4' lw 2 pt 7" ;;
            auto) style="lc rgb '#000000' lw 2 dt 2 pt 6" ;;
            libflac) style="lc rgb '#d62728' lw 2.5 pt 5" ;;
            *)
                isa=$((isa + 1))
                style="lc rgb '$(echo '#2ca02c #ff7f0e #9467bd #8c564b #e377c2 #17becf' |
                    cut -d' ' -f$(((isa - 1) % 6 + 1)))' lw 2 pt 9"
                ;;
            esac
            printf "%s '%s' using 1:%d with linespoints pointsize 0.5 %s title '%s'" \
                "$sep" "$tmp/$family.dat" "$i" "$style" "$variant"
            sep=","
        done
        echo
    done
    echo "unset multiplot"
} >"$tmp/plot.gp"
gnuplot "$tmp/plot.gp"
