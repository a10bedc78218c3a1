/* SPDX-License-Identifier: MIT */
/*
 * lpcu-bench's multi section: several subframes per call. A frame's independent subframes
 * (2, 4, 6 and 8 of them) restored by one lpcu_restore_signal(_wide)_multi call, against the
 * same subframes restored one call each by libFLAC and by lpcu_restore_signal ("auto"), on
 * synthetic inputs: one table per subframe count, a row per family and order.
 */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"
#include "bench_report.h"
#include "bench_sections.h"

/* ---- Several subframes per call: lpcu_restore_signal_multi ------------------------------- */

/*
 * Issue 8's rows: a frame's independent subframes restored by one lpcu_restore_signal_multi
 * (or _wide_multi) call, against the same subframes restored one call each by libFLAC and by
 * lpcu_restore_signal ("auto"). Subframe k is channel k of bench_make_channel_input(): same
 * order, its own coefficients and residual. Each subframe has its own buffer, as a decoder's
 * channels do; the figures are ticks per output sample (the whole group's time over
 * count * n). wide33 has no multi entry point, so it has no rows.
 */
#define MULTI_STEREO 2u   /* subframes of a stereo frame */
#define MULTI_QUAD 4u     /* quadraphonic, or two stereo frames */
#define MULTI_SURROUND 6u /* the channels of 5.1 */
#define MULTI_MANY 8u     /* e.g. the channels of 7.1, or four stereo frames */
#define MULTI_MAX MULTI_MANY
#define MULTI_GUARD 16u /* sentinel samples before the warm-up and after the output */
#define MULTI_SENTINEL INT32_C(0x5A5A5A5A) /* outside the narrow and wide sample ranges */
/* 12: issue 8's target; 4 and 32: where the lanes have the least and the most work per step. */
static const unsigned multi_many_orders[] = {4, 12, 32};
#define N_MULTI_MANY_ORDERS (sizeof multi_many_orders / sizeof multi_many_orders[0])

enum multi_way { WAY_LIBFLAC, WAY_AUTO, WAY_MULTI, N_WAYS };
static const char *const way_names[N_WAYS] = {"libflac", "auto", "multi"};

struct multi_set {
    enum lpcu_family fam;
    unsigned count, order;
    uint32_t n;
    struct input in[MULTI_MAX];
    struct buffer buf[MULTI_MAX]; /* guard, warm-up, output, guard; not via bench_buffer_reset */
    lpcu_subframe sf[MULTI_MAX];  /* sf[k].data points into buf[k], after the warm-up */
};

static size_t multi_samples(const struct multi_set *m)
{
    return MULTI_GUARD + m->order + m->n + MULTI_GUARD;
}

static void multi_init(struct multi_set *m, enum lpcu_family fam, unsigned count, unsigned order,
                       uint32_t n)
{
    unsigned k;
    m->fam = fam;
    m->count = count;
    m->order = order;
    m->n = n;
    for (k = 0; k < count; k++) {
        struct input *in = &m->in[k];
        bench_make_channel_input(fam, order, n, k, in);
        bench_buffer_init(&m->buf[k], fam, multi_samples(m));
        m->sf[k].residual = in->residual;
        m->sf[k].qlp_coeff = in->coeff;
        m->sf[k].data = (int32_t *)m->buf[k].base + MULTI_GUARD + order;
        m->sf[k].data_len = n;
        m->sf[k].order = order;
        m->sf[k].lp_quantization = in->shift;
    }
}

static void multi_free(struct multi_set *m)
{
    unsigned k;
    for (k = 0; k < m->count; k++) {
        bench_buffer_free(&m->buf[k]);
        bench_free_input(&m->in[k]);
    }
}

/* Sentinels everywhere but the warm-up. */
static void multi_reset(struct multi_set *m)
{
    const size_t total = multi_samples(m);
    unsigned k;
    size_t i;
    for (k = 0; k < m->count; k++) {
        int32_t *b = m->buf[k].base;
        for (i = 0; i < total; i++)
            b[i] = MULTI_SENTINEL;
        for (i = 0; i < m->order; i++)
            b[MULTI_GUARD + i] = (int32_t)m->in[k].warmup[i];
    }
}

/* The whole group's work, one way. Repeating it is idempotent: only the warm-up is read. */
static void multi_run(const struct multi_set *m, enum multi_way way)
{
    const struct family_info *f = &bench_families[m->fam];
    const restore32_fn one = way == WAY_LIBFLAC ? f->flac32 : f->auto32;
    unsigned k;
    if (way == WAY_MULTI) {
        if (m->fam == LPCU_FAMILY_wide)
            lpcu_restore_signal_wide_multi(m->sf, m->count);
        else
            lpcu_restore_signal_multi(m->sf, m->count);
        return;
    }
    for (k = 0; k < m->count; k++)
        one(m->sf[k].residual, m->n, m->sf[k].qlp_coeff, m->order, m->sf[k].lp_quantization,
            m->sf[k].data);
}

/* auto and multi must leave every buffer (guards included) as libFLAC's calls do. */
static void multi_verify(struct multi_set *m)
{
    const size_t total = multi_samples(m);
    int32_t *ref[MULTI_MAX];
    unsigned k, w;
    size_t i;
    multi_reset(m);
    multi_run(m, WAY_LIBFLAC);
    for (k = 0; k < m->count; k++) {
        ref[k] = bench_malloc(total * sizeof *ref[k]);
        memcpy(ref[k], m->buf[k].base, total * sizeof *ref[k]);
    }
    for (w = WAY_AUTO; w < N_WAYS; w++) {
        multi_reset(m);
        multi_run(m, (enum multi_way)w);
        for (k = 0; k < m->count; k++)
            for (i = 0; i < total; i++)
                if (((const int32_t *)m->buf[k].base)[i] != ref[k][i])
                    bench_die("multi: %u %s subframes of order %u: %s differs from libFLAC in "
                              "subframe %u at data[%ld]: %" PRId32 " != %" PRId32
                              " (refusing to time incorrect code)",
                              m->count, bench_families[m->fam].name, m->order, way_names[w], k,
                              (long)i - (long)(MULTI_GUARD + m->order),
                              ((const int32_t *)m->buf[k].base)[i], ref[k][i]);
    }
    for (k = 0; k < m->count; k++)
        free(ref[k]);
}

/* As time_variants() of bench_synthetic.c: interleaved rounds with a rotating first way, one shared
 * set of buffers. */
static void multi_time(const struct multi_set *m, unsigned reps, double min_warmup_ns,
                       uint64_t *ticks, struct timing out[N_WAYS])
{
    const double start = now_ns();
    unsigned round, k;
    for (round = 0; round < WARMUP_ROUNDS || now_ns() - start < min_warmup_ns; round++)
        for (k = 0; k < N_WAYS; k++)
            multi_run(m, (enum multi_way)k);
    for (round = 0; round < reps; round++)
        for (k = 0; k < N_WAYS; k++) {
            const unsigned w = (round + k) % N_WAYS;
            uint64_t t0, t1;
            t0 = now_ticks();
            multi_run(m, (enum multi_way)w);
            t1 = now_ticks();
            ticks[(size_t)w * reps + round] = t1 - t0;
        }
    for (k = 0; k < N_WAYS; k++)
        out[k] = summarize(&ticks[(size_t)k * reps], reps, (double)m->count * m->n);
}

/* Speed-ups of the table: their ticks / our ticks, best and median. */
struct multi_ratio {
    const char *title;
    enum multi_way ours, theirs;
    int median;
};

static const struct multi_ratio multi_ratios[] = {
    {"multi/libflac", WAY_MULTI, WAY_LIBFLAC, 0},
    {"multi/auto", WAY_MULTI, WAY_AUTO, 0},
    {"auto/libflac", WAY_AUTO, WAY_LIBFLAC, 0},
    {"multi/libflac med", WAY_MULTI, WAY_LIBFLAC, 1},
};
#define N_MULTI_RATIOS (sizeof multi_ratios / sizeof multi_ratios[0])

static double multi_ratio_of(const struct multi_ratio *r, const struct timing *t)
{
    return r->median ? t[r->theirs].median / t[r->ours].median
                     : t[r->theirs].best / t[r->ours].best;
}

static void multi_table_head(void)
{
    unsigned w;
    size_t r;
    printf("| family | order |");
    for (w = 0; w < N_WAYS; w++)
        printf(" %s |", way_names[w]);
    for (w = 0; w < N_WAYS; w++)
        printf(" %s med |", way_names[w]);
    for (r = 0; r < N_MULTI_RATIOS; r++)
        printf(" %s |", multi_ratios[r].title);
    printf("\n|---|---:|");
    for (r = 0; r < 2 * N_WAYS + N_MULTI_RATIOS; r++)
        printf("---:|");
    printf("\n");
}

/* One configuration: build, verify, time, print a row (and CSV), add to the geomeans. */
static void multi_row(enum lpcu_family fam, unsigned count, unsigned order,
                      const struct options *opt, uint64_t *ticks, int *first_run,
                      double log_sum[N_MULTI_RATIOS])
{
    struct multi_set m;
    struct timing t[N_WAYS];
    char input[BENCH_NAME_LEN], order_text[BENCH_NAME_LEN];
    unsigned w;
    size_t r;

    multi_init(&m, fam, count, order, opt->n);
    multi_verify(&m);
    multi_reset(&m);
    multi_time(&m, opt->reps, *first_run ? CPU_WARMUP_NS : 0.0, ticks, t);
    *first_run = 0;

    printf("| %s | %u |", bench_families[fam].name, order);
    for (w = 0; w < N_WAYS; w++)
        printf(" %.2f |", t[w].best);
    for (w = 0; w < N_WAYS; w++)
        printf(" %.2f |", t[w].median);
    for (r = 0; r < N_MULTI_RATIOS; r++) {
        const double x = multi_ratio_of(&multi_ratios[r], t);
        printf(" %.2f |", x);
        log_sum[r] += log(x);
    }
    printf("\n");
    fflush(stdout);

    snprintf(input, sizeof input, "multi%u", count);
    snprintf(order_text, sizeof order_text, "%u", order);
    for (w = 0; w < N_WAYS; w++)
        csv_row(opt->csv, input, bench_families[fam].name, order_text, way_names[w],
                (uint64_t)count * opt->n, &t[w]);
    multi_free(&m);
}

static void multi_geomean(const char *family, const double log_sum[N_MULTI_RATIOS], unsigned rows)
{
    unsigned w;
    size_t r;
    if (rows == 0)
        return;
    printf("| %s | geomean |", family);
    for (w = 0; w < 2 * N_WAYS; w++)
        printf(" |");
    for (r = 0; r < N_MULTI_RATIOS; r++)
        printf(" %.2f |", exp(log_sum[r] / rows));
    printf("\n");
}

/* One table: `count` subframes per call, per family (narrow, wide) and order. */
static void multi_table(unsigned count, const unsigned *orders, size_t n_orders,
                        const struct options *opt, uint64_t *ticks, int *first_run)
{
    static const enum lpcu_family fams[] = {LPCU_FAMILY_narrow, LPCU_FAMILY_wide};
    size_t f, i;
    printf("## multi: %u subframes of %" PRIu32 " samples per call, best %s per output sample\n\n",
           count, opt->n, TIMER_UNIT);
    printf("libflac and auto: one FLAC__lpc_restore_signal(_wide) / lpcu_restore_signal(_wide) "
           "call per subframe; multi: one lpcu_restore_signal(_wide)_multi call for all %u. "
           "Best and median (med) of %u interleaved repetitions of the whole group; ratios are "
           "their ticks / our ticks.\n\n",
           count, opt->reps);
    multi_table_head();
    for (f = 0; f < sizeof fams / sizeof fams[0]; f++) {
        double log_sum[N_MULTI_RATIOS] = {0.0};
        unsigned rows = 0;
        if (!opt->family[fams[f]])
            continue;
        for (i = 0; i < n_orders; i++, rows++)
            multi_row(fams[f], count, orders[i], opt, ticks, first_run, log_sum);
        multi_geomean(bench_families[fams[f]].name, log_sum, rows);
    }
    printf("\n");
}

void bench_multi(const struct options *opt, int *first_run)
{
    uint64_t *ticks = bench_malloc((size_t)opt->reps * N_WAYS * sizeof *ticks);
    unsigned stereo_orders[LPCU_MAX_ORDER], o;
    size_t n_stereo = 0;
    for (o = 1; o <= LPCU_MAX_ORDER; o++)
        if (opt->order[o])
            stereo_orders[n_stereo++] = o;
    multi_table(MULTI_STEREO, stereo_orders, n_stereo, opt, ticks, first_run);
    multi_table(MULTI_QUAD, multi_many_orders, N_MULTI_MANY_ORDERS, opt, ticks, first_run);
    multi_table(MULTI_SURROUND, multi_many_orders, N_MULTI_MANY_ORDERS, opt, ticks, first_run);
    multi_table(MULTI_MANY, multi_many_orders, N_MULTI_MANY_ORDERS, opt, ticks, first_run);
    free(ticks);
}
