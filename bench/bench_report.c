/* SPDX-License-Identifier: MIT */
/* Timing, results tables and CSV rows for lpcu-bench: see bench_report.h. */
#define _POSIX_C_SOURCE 200112L /* clock_gettime */

#include "bench_report.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#endif

#define NS_PER_S 1000000000.0
#define CELL_WIDTH 8 /* minimum width of a table cell, for readable plain-text output */

/* ---- Timing ------------------------------------------------------------------------------ */

uint64_t now_ticks(void)
{
#if defined(__x86_64__) || defined(__i386__)
    /* The first lfence waits for earlier work to finish, the second keeps the timed code
       from starting before the TSC is read. */
    uint64_t t;
    _mm_lfence();
    t = __rdtsc();
    _mm_lfence();
    return t;
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * (uint64_t)NS_PER_S + (uint64_t)ts.tv_nsec;
#endif
}

double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * NS_PER_S + (double)ts.tv_nsec;
}

static int cmp_u64(const void *pa, const void *pb)
{
    const uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return (a > b) - (a < b);
}

struct timing summarize(uint64_t *ticks, size_t count, double samples)
{
    struct timing t;
    qsort(ticks, count, sizeof *ticks, cmp_u64);
    t.present = 1;
    t.best = (double)ticks[0] / samples;
    t.median = (count % 2 ? (double)ticks[count / 2]
                          : ((double)ticks[count / 2 - 1] + (double)ticks[count / 2]) / 2.0) /
               samples;
    return t;
}

/* ---- Tables ------------------------------------------------------------------------------ */

const struct ratio_def ratio_defs[N_RATIOS] = {
    {"unrolled/rolled", "unrolled", "rolled"},
    {"unrolled/libflac", "unrolled", "libflac"},
    {"auto/libflac", "auto", "libflac"},
};

static int cell_width(const char *title)
{
    const int len = (int)strlen(title);
    return len > CELL_WIDTH ? len : CELL_WIDTH;
}

/* At least BENCH_NAME_LEN dashes: enough for any column title plus its leading space. */
static const char rule_dashes[] = "----------------------------------------";

static int column_of(const struct table *t, const char *name)
{
    size_t c;
    for (c = 0; c < t->n_cols; c++)
        if (strcmp(t->v[t->cols[c]].name, name) == 0)
            return (int)c;
    return -1;
}

static int ratio_shown(const struct table *t, size_t r)
{
    return t->ours[r] >= 0 && t->theirs[r] >= 0;
}

void table_init(struct table *t, const struct variant *v, size_t n_variants)
{
    size_t c, r;
    t->v = v;
    t->n_cols = 0;
    for (c = 0; c < n_variants; c++)
        if (v[c].selected && v[c].skip_why == NULL)
            t->cols[t->n_cols++] = c;
    for (r = 0; r < N_RATIOS; r++) {
        t->ours[r] = column_of(t, ratio_defs[r].ours);
        t->theirs[r] = column_of(t, ratio_defs[r].theirs);
        t->log_sum[r] = 0.0;
        t->count[r] = 0;
    }
}

void table_head(const struct table *t, const char *lead, const char *lead_rule)
{
    size_t c, r;
    printf("%s", lead);
    for (c = 0; c < t->n_cols; c++)
        printf(" %*s |", cell_width(t->v[t->cols[c]].name), t->v[t->cols[c]].name);
    for (r = 0; r < N_RATIOS; r++)
        if (ratio_shown(t, r))
            printf(" %*s |", cell_width(ratio_defs[r].title), ratio_defs[r].title);
    printf("\n%s", lead_rule);
    for (c = 0; c < t->n_cols; c++)
        printf("%.*s:|", cell_width(t->v[t->cols[c]].name) + 1, rule_dashes);
    for (r = 0; r < N_RATIOS; r++)
        if (ratio_shown(t, r))
            printf("%.*s:|", cell_width(ratio_defs[r].title) + 1, rule_dashes);
    printf("\n");
}

void table_row(struct table *t, const char *lead, const struct timing *results)
{
    size_t c, r;
    printf("%s", lead);
    for (c = 0; c < t->n_cols; c++) {
        const int w = cell_width(t->v[t->cols[c]].name);
        if (results[c].present)
            printf(" %*.2f |", w, results[c].best);
        else
            printf(" %*s |", w, "n/a");
    }
    for (r = 0; r < N_RATIOS; r++) {
        const int w = cell_width(ratio_defs[r].title);
        if (!ratio_shown(t, r))
            continue;
        if (results[t->ours[r]].present && results[t->theirs[r]].present) {
            const double x = results[t->theirs[r]].best / results[t->ours[r]].best;
            printf(" %*.2f |", w, x);
            t->log_sum[r] += log(x);
            t->count[r]++;
        } else {
            printf(" %*s |", w, "n/a");
        }
    }
    printf("\n");
    fflush(stdout);
}

void table_geomean(const struct table *t, const char *lead)
{
    size_t c, r;
    int any = 0;
    for (r = 0; r < N_RATIOS; r++)
        any |= ratio_shown(t, r);
    if (!any)
        return;
    printf("%s", lead);
    for (c = 0; c < t->n_cols; c++)
        printf(" %*s |", cell_width(t->v[t->cols[c]].name), "");
    for (r = 0; r < N_RATIOS; r++) {
        const int w = cell_width(ratio_defs[r].title);
        if (!ratio_shown(t, r))
            continue;
        if (t->count[r] > 0)
            printf(" %*.2f |", w, exp(t->log_sum[r] / t->count[r]));
        else
            printf(" %*s |", w, "n/a");
    }
    printf("\n");
}

void csv_row(FILE *csv, const char *input, const char *family, const char *order,
             const char *variant, uint64_t samples, const struct timing *t)
{
    if (csv != NULL && t->present)
        fprintf(csv, "%s,%s,%s,%s,%" PRIu64 ",%.4f,%.4f,%s\n", input, family, order, variant,
                samples, t->best, t->median, CSV_UNIT);
}
