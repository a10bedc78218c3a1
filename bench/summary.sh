#!/bin/sh
# SPDX-License-Identifier: MIT
# The short tables for README.md, from one lpcu-bench CSV: narrow and wide at the orders a
# reader scans (geometric mean of the ratio over every order measured), then the real-signal
# totals, then the multi-subframe rows (lpcu_restore_signal_multi). Same numbers as the full
# tables, nothing re-measured.
#
#   bench/summary.sh RESULTS.csv
set -eu

csv=${1:?usage: bench/summary.sh RESULTS.csv}
awk -F, -v shown="1,2,4,8,12,16,24,32" -v families="narrow,wide" '
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
        if (nr == 0) exit
        printf "\n| real-signal stream | family | rolled | unrolled | auto | libFLAC | auto vs libFLAC |\n"
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
    }' "$csv"

# Multi-subframe rows (input multi<count>): one lpcu_restore_signal(_wide)_multi call against one
# call per subframe, at the orders a reader scans, and the geometric mean of multi vs libFLAC
# over stereo orders 1-8 (issue 8's target range).
awk -F, -v shown="1,2,4,8,12,16,24,32" -v families="narrow,wide" -v target_max=8 '
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
    END {
        if (nc == 0) exit
        nf = split(families, fams, ",")
        no = split(shown, ords, ",")
        printf "\n| subframes | order |"
        for (i = 1; i <= nf; i++)
            printf " %s libFLAC | %s auto | %s multi | %s multi vs libFLAC | %s multi vs auto |", \
                fams[i], fams[i], fams[i], fams[i], fams[i]
        printf "\n|---:|---:|"
        for (i = 1; i <= nf * 5; i++) printf "---:|"
        printf "\n"
        for (k = 1; k <= nc; k++)
            for (o = 1; o <= 32; o++) {
                if (!((counts[k], o) in seen)) continue
                if (counts[k] == 2 && index("," shown ",", "," o ",") == 0) continue
                printf "| %d | %d |", counts[k], o
                for (i = 1; i <= nf; i++) {
                    printf " %s | %s | %s |", cell(counts[k], fams[i], o, "libflac"), \
                        cell(counts[k], fams[i], o, "auto"), cell(counts[k], fams[i], o, "multi")
                    r = ratio(counts[k], fams[i], o, "libflac")
                    printf (r ? " %.2f |" : " n/a |"), r
                    r = ratio(counts[k], fams[i], o, "auto")
                    printf (r ? " %.2f |" : " n/a |"), r
                }
                printf "\n"
            }
        printf "| 2 | geomean 1-%d |", target_max
        for (i = 1; i <= nf; i++) {
            s = 0; n = 0; sa = 0; na = 0
            for (o = 1; o <= target_max; o++) {
                if ((r = ratio(2, fams[i], o, "libflac")) > 0) { s += log(r); n++ }
                if ((r = ratio(2, fams[i], o, "auto")) > 0) { sa += log(r); na++ }
            }
            printf " | | |"
            printf (n ? " %.2f |" : " n/a |"), (n ? exp(s / n) : 0)
            printf (na ? " %.2f |" : " n/a |"), (na ? exp(sa / na) : 0)
        }
        printf "\n"
    }' "$csv"
