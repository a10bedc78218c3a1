#!/bin/sh
# SPDX-License-Identifier: MIT
# The short tables for README.md, from one lpcu-bench CSV: narrow and wide at the orders a
# reader scans (geometric mean of the ratio over every order measured), then the real-signal
# totals, then the multi-subframe rows (lpcu_restore_signal_multi), per subframe count. Same
# numbers as the full tables, nothing re-measured. A table whose rows the CSV lacks (e.g. from
# lpcu-bench --inputs multi) is left out.
#
#   bench/summary.sh RESULTS.csv
set -eu

csv=${1:?usage: bench/summary.sh RESULTS.csv}
lpc=$(awk -F, -v shown="1,2,4,8,12,16,24,32" -v families="narrow,wide" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    {
        key = $col["input"] SUBSEP $col["family"] SUBSEP $col["order"] SUBSEP $col["variant"]
        best[key] = $col["best"]
        if ($col["order"] == "mix" && !($col["input"] in rseen)) {
            rseen[$col["input"]] = 1; rinputs[++nr] = $col["input"]
        }
        if ($col["input"] == "synthetic") sorders[$col["order"] + 0] = 1
    }
    function cell(input, fam, order, v,   k) {
        k = input SUBSEP fam SUBSEP order SUBSEP v
        return (k in best) ? sprintf("%.2f", best[k]) : "n/a"
    }
    function ratio(input, fam, order,   a, f) {
        a = input SUBSEP fam SUBSEP order SUBSEP "auto"
        f = input SUBSEP fam SUBSEP order SUBSEP "libflac"
        return (a in best && f in best) ? best[f] / best[a] : 0
    }
    END {
        nf = split(families, fams, ",")
        no = split(shown, ords, ",")
        split("rolled,unrolled,auto,libflac", vs, ",")
        for (o in sorders) nso++
        if (nso) print_synthetic()
        if (nr == 0) exit
        if (nso) printf "\n"
        print_real()
    }
    function print_synthetic(   i, j, v, o, r, s, n) {
        printf "| order |"
        for (i = 1; i <= nf; i++)
            printf " %s rolled | %s unrolled | %s auto | %s libFLAC | %s auto vs libFLAC |", \
                fams[i], fams[i], fams[i], fams[i], fams[i]
        printf "\n|---:|"
        for (i = 1; i <= nf * 5; i++) printf "---:|"
        printf "\n"
        for (j = 1; j <= no; j++) {
            if (!(ords[j] in sorders)) continue
            printf "| %d |", ords[j]
            for (i = 1; i <= nf; i++) {
                for (v = 1; v <= 4; v++) printf " %s |", cell("synthetic", fams[i], ords[j], vs[v])
                r = ratio("synthetic", fams[i], ords[j])
                printf (r ? " %.2f |" : " n/a |"), r
            }
            printf "\n"
        }
        # Geometric mean over every order measured, not only the rows shown.
        printf "| geomean |"
        for (i = 1; i <= nf; i++) {
            s = 0; n = 0
            for (o = 1; o <= 32; o++)
                if ((r = ratio("synthetic", fams[i], o)) > 0) { s += log(r); n++ }
            printf " | | | |"
            printf (n ? " %.2f |" : " n/a |"), (n ? exp(s / n) : 0)
        }
        printf "\n"
    }
    function print_real(   i, j, v, fam, nrf, rfams) {
        printf "| real-signal stream | family | rolled | unrolled | auto | libFLAC | auto vs libFLAC |\n"
        printf "|---|---|---:|---:|---:|---:|---:|\n"
        nrf = split("narrow,wide,wide33,all", rfams, ",")
        for (j = 1; j <= nr; j++)
            for (i = 1; i <= nrf; i++) {
                fam = rfams[i]
                if (cell(rinputs[j], fam, "mix", "auto") == "n/a") continue
                printf "| %s | %s |", rinputs[j], fam
                for (v = 1; v <= 4; v++) printf " %s |", cell(rinputs[j], fam, "mix", vs[v])
                printf " %.2f |\n", ratio(rinputs[j], fam, "mix")
            }
    }' "$csv")
[ -z "$lpc" ] || printf '%s\n' "$lpc"

# Multi-subframe rows (input multi<count>: 2, 4, 6, 8 subframes), a block per subframe count:
# one lpcu_restore_signal(_wide)_multi call against one call per subframe, at the orders a
# reader scans, then the geometric mean of each ratio: for 2 subframes over stereo orders 1-8
# (issue 8's target range), for more over every order measured.
awk -F, -v shown="1,2,4,8,12,16,24,32" -v families="narrow,wide" -v target_max=8 \
    -v after_table="${lpc:+1}" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $col["input"] ~ /^multi[0-9]+$/ {
        count = substr($col["input"], 6) + 0
        best[count, $col["family"], $col["order"] + 0, $col["variant"]] = $col["best"]
        seen[count, $col["order"] + 0] = 1
        if (!(count in cseen)) { cseen[count] = 1; counts[++nc] = count }
    }
    function cell(c, fam, o, v) {
        return ((c, fam, o, v) in best) ? sprintf("%.2f", best[c, fam, o, v]) : "n/a"
    }
    function ratio(c, fam, o, theirs) {
        return ((c, fam, o, "multi") in best && (c, fam, o, theirs) in best) ? \
            best[c, fam, o, theirs] / best[c, fam, o, "multi"] : 0
    }
    # Geometric mean of multi vs `theirs` over the orders lo..hi measured with c subframes.
    function geomean(c, fam, theirs, lo, hi,   o, r, s, n) {
        s = 0; n = 0
        for (o = lo; o <= hi; o++)
            if ((r = ratio(c, fam, o, theirs)) > 0) { s += log(r); n++ }
        return n ? sprintf("%.2f", exp(s / n)) : "n/a"
    }
    END {
        if (nc == 0) exit
        nf = split(families, fams, ",")
        for (i = 2; i <= nc; i++)  # insertion sort: subframe counts numerically
            for (j = i; j > 1 && counts[j - 1] > counts[j]; j--) {
                t = counts[j]; counts[j] = counts[j - 1]; counts[j - 1] = t
            }
        if (after_table) printf "\n"
        printf "| subframes | order |"
        for (i = 1; i <= nf; i++)
            printf " %s libFLAC | %s auto | %s multi | %s multi vs libFLAC | %s multi vs auto |", \
                fams[i], fams[i], fams[i], fams[i], fams[i]
        printf "\n|---:|---:|"
        for (i = 1; i <= nf * 5; i++) printf "---:|"
        printf "\n"
        for (k = 1; k <= nc; k++) {
            c = counts[k]
            measured = ""
            for (o = 1; o <= 32; o++) {
                if (!((c, o) in seen)) continue
                measured = measured (measured == "" ? "" : ",") o
                if (c == 2 && index("," shown ",", "," o ",") == 0) continue
                printf "| %d | %d |", c, o
                for (i = 1; i <= nf; i++) {
                    printf " %s | %s | %s |", cell(c, fams[i], o, "libflac"), \
                        cell(c, fams[i], o, "auto"), cell(c, fams[i], o, "multi")
                    r = ratio(c, fams[i], o, "libflac")
                    printf (r ? " %.2f |" : " n/a |"), r
                    r = ratio(c, fams[i], o, "auto")
                    printf (r ? " %.2f |" : " n/a |"), r
                }
                printf "\n"
            }
            if (c == 2) { lo = 1; hi = target_max; label = "geomean 1-" target_max }
            else { lo = 1; hi = 32; label = "geomean " measured }
            printf "| %d | %s |", c, label
            for (i = 1; i <= nf; i++)
                printf " | | | %s | %s |", geomean(c, fams[i], "libflac", lo, hi), \
                    geomean(c, fams[i], "auto", lo, hi)
            printf "\n"
        }
    }' "$csv"
