/* SPDX-License-Identifier: MIT */
/*
 * What lpcu-bench's LPC sections share: the options main() parsed, the warm-up rules, and
 * each section's entry point. The sections are bench_synthetic.c, bench_real.c,
 * bench_multi.c and bench_ffmpeg.c; the FIXED tables (bench_fixed.h) take plain arguments instead.
 */
#ifndef LPCU_BENCH_SECTIONS_H
#define LPCU_BENCH_SECTIONS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "bench_common.h"

/* --family fixed: the fixed-predictor tables of bench_fixed.c */
#define FAM_FIXED LPCU_FAMILY_COUNT
/* --family encoder: the encoder-side tables of bench_residual.c and bench_encoder.c */
#define FAM_ENCODER (LPCU_FAMILY_COUNT + 1)

struct options {
    int family[LPCU_FAMILY_COUNT + 2]; /* by enum lpcu_family, then FAM_FIXED, FAM_ENCODER */
    int order[LPCU_MAX_ORDER + 1];
    int synthetic, real, multi, ffmpeg;
    uint32_t n;
    unsigned reps, passes, seconds;
    FILE *csv;
};

/*
 * Each section prints Markdown tables to stdout and appends CSV rows to opt->csv if open.
 * first_run says nothing has been timed yet: the section's first timing is then preceded by
 * CPU_WARMUP_NS of work, so the clocks leave their idle state; each section clears it once it
 * has timed.
 */

/* Synthetic inputs: one table for `fam`, a row per order selected (bench_synthetic.c). */
void bench_family(enum lpcu_family fam, const struct options *opt, const struct variant *v,
                  size_t n_variants, int *first_run);

/* Real inputs: the LPC subframes of libFLAC encodes, in stream order, one call each, then
   a frame's subframes per multi call (bench_real.c). */
void bench_real(const struct options *opt, const struct variant *v, size_t n_variants,
                int *first_run);

/* Several subframes per lpcu_restore_signal(_wide)_multi call (bench_multi.c). */
void bench_multi(const struct options *opt, int *first_run);

/* FFmpeg's lpc16/lpc32 (C and x86 assembly) beside libFLAC and lpcunroll, in place, per order
   (bench_ffmpeg.c; only in builds configured with LPCU_FFMPEG_BUILD). */
void bench_ffmpeg(const struct options *opt, int *first_run);

#endif /* LPCU_BENCH_SECTIONS_H */
