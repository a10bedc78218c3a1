/* SPDX-License-Identifier: MIT */
/*
 * What lpcu-bench's LPC and FIXED sections share: the timer, best and median of repeated
 * timings, the Markdown results tables (a column per variant, then speed-up ratios with
 * their geometric means) and the CSV rows.
 */
#ifndef LPCU_BENCH_REPORT_H
#define LPCU_BENCH_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "bench_common.h"

#if defined(__x86_64__) || defined(__i386__)
#define TIMER_UNIT "TSC ticks (lfence; rdtsc)"
#define CSV_UNIT "tsc"
#else
#define TIMER_UNIT "ns (clock_gettime CLOCK_MONOTONIC)"
#define CSV_UNIT "ns"
#endif

/* The timer of every table (TSC ticks on x86, where lfence on both sides keeps earlier and
   timed work out of the reading, else ns), and a ns clock for warm-up durations. */
uint64_t now_ticks(void);
double now_ns(void);

struct timing {
    int present;
    double best;   /* ticks per sample */
    double median; /* ticks per sample */
};

/* Best and median of `count` tick counts (sorted in place), per sample. */
struct timing summarize(uint64_t *ticks, size_t count, double samples);

/* A ratio column: speed-up of `ours` over `theirs`; shown if both variants are timed. */
struct ratio_def {
    const char *title;
    const char *ours;
    const char *theirs;
};
#define N_RATIOS 3 /* unrolled/rolled, unrolled/libflac, auto/libflac */
extern const struct ratio_def ratio_defs[N_RATIOS];

/*
 * A results table: one column per variant timed, then the ratio columns whose two variants
 * are both timed, each with its geometric mean over the rows.
 */
struct table {
    const struct variant *v;
    size_t cols[BENCH_MAX_VARIANTS], n_cols;
    int ours[N_RATIOS], theirs[N_RATIOS]; /* column indices, -1 if not timed */
    double log_sum[N_RATIOS];
    unsigned count[N_RATIOS];
};

void table_init(struct table *t, const struct variant *v, size_t n_variants);
/* `lead` is the leading cells' titles ("| order |"), `lead_rule` their rule ("|------:|"). */
void table_head(const struct table *t, const char *lead, const char *lead_rule);
/* One row: `lead` holds its leading cells; results[c] is column c's timing. */
void table_row(struct table *t, const char *lead, const struct timing *results);
/* Geometric mean of each ratio: the fair average of speed-ups, where 2x and 0.5x cancel out. */
void table_geomean(const struct table *t, const char *lead);

/* One CSV row (when csv is open and t present): input, family, order, variant, samples, best,
   median, unit. */
void csv_row(FILE *csv, const char *input, const char *family, const char *order,
             const char *variant, uint64_t samples, const struct timing *t);

#endif /* LPCU_BENCH_REPORT_H */
