/* SPDX-License-Identifier: MIT */
/* The encoder-side tables of lpcu-bench (family "encoder"): see bench_encoder.c. */
#ifndef LPCU_BENCH_ENCODER_H
#define LPCU_BENCH_ENCODER_H

#include <stdint.h>
#include <stdio.h>

/* Per lag count 1-33: n windowed samples per call, reps calls per variant. Prints a Markdown
   table; appends CSV rows to csv if not NULL. */
void bench_autoc(uint32_t n, unsigned reps, FILE *csv);

/* The fixed best predictor (narrow and wide sums) on n samples of 16-bit music-like signal,
   under each ISA, against libFLAC's C, SSE2 and SSSE3 functions; the same table format. */
void bench_fixed_best(uint32_t n, unsigned reps, FILE *csv);

#endif /* LPCU_BENCH_ENCODER_H */
