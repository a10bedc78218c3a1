/* SPDX-License-Identifier: MIT */
/*
 * lpcu-bench's synthetic inputs, per family and order: three sines plus noise at the
 * family's bit depth, LPC coefficients fitted by Levinson-Durbin and quantised like an
 * encoder, residuals computed in closed loop. Every variant is checked against libFLAC, then
 * all are timed in interleaved rounds; one table per family, a row per order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"
#include "bench_report.h"
#include "bench_sections.h"
/* ---- Timing ------------------------------------------------------------------------------ */

/*
 * Each round calls every variant once, starting at a rotating position, so drift (clock
 * changes, other load) touches all variants alike. All variants share one buffer so they see
 * the same cache state; repeated calls are idempotent as they only read the warm-up.
 */
static void time_variants(const struct callee *callees, size_t count, const struct input *in,
                          struct buffer *buf, unsigned reps, double min_warmup_ns,
                          uint64_t *samples, struct timing *out)
{
    const double start = now_ns();
    unsigned round;
    size_t k;

    for (round = 0; round < WARMUP_ROUNDS || now_ns() - start < min_warmup_ns; round++)
        for (k = 0; k < count; k++)
            bench_call(&callees[k], in, buf->data);

    for (round = 0; round < reps; round++) {
        for (k = 0; k < count; k++) {
            const size_t v = (round + k) % count;
            uint64_t t0, t1;
            t0 = now_ticks();
            bench_call(&callees[v], in, buf->data);
            t1 = now_ticks();
            samples[v * reps + round] = t1 - t0;
        }
    }
    for (k = 0; k < count; k++)
        out[k] = summarize(&samples[k * reps], reps, in->n);
}

/* ---- Synthetic inputs, per family and order ---------------------------------------------- */

void bench_family(enum lpcu_family fam, const struct options *opt, const struct variant *v,
                  size_t n_variants, int *first_run)
{
    const struct family_info *f = &bench_families[fam];
    const struct variant *flac_variant = &v[bench_variant_by_name(v, n_variants, "libflac")];
    struct table t;
    uint64_t *samples = bench_malloc((size_t)opt->reps * BENCH_MAX_VARIANTS * sizeof *samples);
    unsigned order;
    char coeffs[LPCU_MAX_ORDER * BENCH_NAME_LEN] = "";

    table_init(&t, v, n_variants);
    printf("## %s (%u-bit signal), best %s per sample\n\n", f->name, f->bps, TIMER_UNIT);
    table_head(&t, "| order |", "|------:|");

    for (order = 1; order <= LPCU_MAX_ORDER; order++) {
        struct input in;
        struct buffer ref, check, timed;
        struct callee callees[BENCH_MAX_VARIANTS], flac;
        struct timing results[BENCH_MAX_VARIANTS], timed_results[BENCH_MAX_VARIANTS];
        size_t timed_cols[BENCH_MAX_VARIANTS], n_timed = 0, i, c;
        const size_t capacity = (size_t)order + opt->n + BENCH_GUARD_SAMPLES;
        char lead[BENCH_NAME_LEN], order_text[BENCH_NAME_LEN];

        if (!opt->order[order])
            continue;
        bench_make_input(fam, order, opt->n, &in);
        bench_buffer_init(&ref, fam, capacity);
        bench_buffer_init(&check, fam, capacity);
        bench_buffer_init(&timed, fam, capacity);

        /* libFLAC's output (checked against the input's own signal) is the reference. */
        (void)bench_resolve(flac_variant, fam, order, &flac);
        bench_buffer_reset(&ref, &in);
        bench_call(&flac, &in, ref.data);
        for (c = 0; c < t.n_cols; c++) {
            const struct variant *x = &v[t.cols[c]];
            results[c].present = 0;
            if (!bench_resolve(x, fam, order, &callees[n_timed]))
                continue;
            bench_verify(&callees[n_timed], &in, &check, &ref, x->name, "synthetic");
            timed_cols[n_timed++] = c;
        }

        bench_buffer_reset(&timed, &in);
        time_variants(callees, n_timed, &in, &timed, opt->reps, *first_run ? CPU_WARMUP_NS : 0.0,
                      samples, timed_results);
        *first_run = 0;
        for (i = 0; i < n_timed; i++)
            results[timed_cols[i]] = timed_results[i];

        snprintf(lead, sizeof lead, "| %5u |", order);
        table_row(&t, lead, results);
        snprintf(order_text, sizeof order_text, "%u", order);
        for (c = 0; c < t.n_cols; c++)
            csv_row(opt->csv, "synthetic", f->name, order_text, v[t.cols[c]].name, opt->n,
                    &results[c]);
        snprintf(coeffs + strlen(coeffs), sizeof coeffs - strlen(coeffs), "%s%u: %u/%d",
                 coeffs[0] ? ", " : "", order, in.precision, in.shift);

        bench_buffer_free(&ref);
        bench_buffer_free(&check);
        bench_buffer_free(&timed);
        bench_free_input(&in);
    }
    table_geomean(&t, "| geomean |");
    printf("\nCoefficient precision/shift by order: %s\n\n", coeffs);
    free(samples);
}
