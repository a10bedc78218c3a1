/* SPDX-License-Identifier: MIT */
/* The encoder's residual tables of lpcu-bench (bench_residual.c). */
#ifndef LPCU_BENCH_RESIDUAL_H
#define LPCU_BENCH_RESIDUAL_H

#include <stdint.h>
#include <stdio.h>

/* One table per family: ticks per sample for orders[1..32] that are set, n samples per call,
   best of `reps` calls; CSV rows to csv if open. */
void bench_residual(uint32_t n, unsigned reps, const int *orders, FILE *csv);

/* The LPC subframes of the real streams (flac_subframes.h), each recomputed by the function
   libFLAC's encoder calls for it and by lpcunroll's; best of `passes` passes over each stream
   of `seconds` seconds. */
void bench_residual_real(unsigned passes, unsigned seconds, FILE *csv);

#endif /* LPCU_BENCH_RESIDUAL_H */
