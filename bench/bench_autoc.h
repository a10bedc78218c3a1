/* SPDX-License-Identifier: MIT */
/* The autocorrelation table of lpcu-bench (family "autoc"): see bench_autoc.c. */
#ifndef LPCU_BENCH_AUTOC_H
#define LPCU_BENCH_AUTOC_H

#include <stdint.h>
#include <stdio.h>

/* Per lag count 1-33: n windowed samples per call, reps calls per variant. Prints a Markdown
   table; appends CSV rows to csv if not NULL. */
void bench_autoc(uint32_t n, unsigned reps, FILE *csv);

#endif /* LPCU_BENCH_AUTOC_H */
