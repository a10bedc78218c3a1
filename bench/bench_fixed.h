/* SPDX-License-Identifier: MIT */
/* The fixed-predictor tables of lpcu-bench (family "fixed"): see bench_fixed.c. */
#ifndef LPCU_BENCH_FIXED_H
#define LPCU_BENCH_FIXED_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "bench_common.h"

/* Per family (narrow, wide, wide33) and order 0-4: n samples per call, reps calls per variant.
   Prints Markdown tables; appends CSV rows to csv if not NULL. */
void bench_fixed_synthetic(const struct variant *v, size_t n_variants, uint32_t n, unsigned reps,
                           FILE *csv);

/* The FIXED subframes of libFLAC encodes at compression level 1 (`seconds` of the music-like
   signal of flac_subframes.c), restored in stream order, `passes` times per variant. */
void bench_fixed_real(const struct variant *v, size_t n_variants, unsigned passes, unsigned seconds,
                      FILE *csv);

#endif /* LPCU_BENCH_FIXED_H */
