/* SPDX-License-Identifier: MIT */
/*
 * The fixed-predictor rows of lpcu-bench (family "fixed"): FLAC's FIXED subframes, orders
 * 0-4, restored by the rolled loop, the scalar ("unrolled") kernel, every other ISA's kernel
 * listed in kernels/generated/manifest.inc, the dispatching function ("auto") and libFLAC's
 * FLAC__fixed_restore_signal*, in one process on the same inputs. Every variant's output is
 * first compared with libFLAC's, so only correct code is timed.
 *
 * Two kinds of input, as for the LPC tables:
 * - synthetic, per family and order: sines plus noise at the family's bit depth, the residual
 *   its exact difference of that order;
 * - real: the FIXED subframes of libFLAC encodes at compression level 1 (levels 0-2 code with
 *   fixed predictors only) of the music-like signal of flac_subframes.c, each restored with
 *   the family libFLAC's decoder picks, in stream order.
 */
#define _POSIX_C_SOURCE 200112L /* clock_gettime, posix_memalign */

#include "bench_fixed.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_report.h"
#include "flac_internal.h"
#include "flac_subframes.h"
#include "manifest_rows.h"

#define ORDERS (LPCU_FIXED_MAX_ORDER + 1)
#define GUARD_SAMPLES 16u /* checked after data[n-1] to catch stray writes */
#define BUF_ALIGN 64u     /* like libFLAC's decoder buffers */
#define SENTINEL INT64_C(0x5A5A5A5A5A5A5A5A)
#define SIGNAL_LIMIT (INT64_C(1) << 40) /* synthetic wide33 samples stay far from overflow */
#define MAX_CHANNELS 2u

/* Bit depth of each family's synthetic signal: where libFLAC's decoder calls that function
   (narrow: bps + order <= 32; wide: above, up to 32 bits; wide33: 33-bit side channels). */
static const unsigned synthetic_bps[LPCU_FAMILY_COUNT] = {16, 32, 33};

/* The level-1 encodes: 16-bit 44.1 kHz and 24-bit 48 kHz, as `flac -1` makes them. */
static const struct stream_spec fixed_specs[] = {
    {"16bit-1", "16-bit 44.1 kHz, flac -1", 16, 44100, 1, 0, 0},
    {"24bit-1", "24-bit 48 kHz, flac -1", 24, 48000, 1, 0, 0},
};
#define N_SPECS (sizeof fixed_specs / sizeof fixed_specs[0])

/* ---- variants ---------------------------------------------------------------------------- */

typedef void (*fixed32_restore)(const int32_t *, uint32_t, uint32_t, int32_t *);
typedef void (*fixed64_restore)(const int32_t *, uint32_t, uint32_t, int64_t *);

struct fixed_callee {
    fixed32_restore r32;
    fixed64_restore r64;
    lpcu_fixed32_fn k32;
    lpcu_fixed64_fn k64;
};

static const fixed32_restore rolled32[LPCU_FAMILY_COUNT] = {
    lpcu_fixed_restore_signal_rolled, lpcu_fixed_restore_signal_wide_rolled, NULL};
static const fixed32_restore auto32[LPCU_FAMILY_COUNT] = {lpcu_fixed_restore_signal,
                                                          lpcu_fixed_restore_signal_wide, NULL};
static const fixed32_restore flac32[LPCU_FAMILY_COUNT] = {FLAC__fixed_restore_signal,
                                                          FLAC__fixed_restore_signal_wide, NULL};

/* Returns 0 if the variant has no kernel for this family and order. */
static int resolve(const struct variant *v, enum lpcu_family fam, unsigned order,
                   struct fixed_callee *c)
{
    const struct manifest_row *k;
    memset(c, 0, sizeof *c);
    switch (v->kind) {
    case V_ROLLED:
        c->r32 = rolled32[fam];
        c->r64 = fam == LPCU_FAMILY_wide33 ? lpcu_fixed_restore_signal_wide_33bit_rolled : NULL;
        return 1;
    case V_AUTO:
        c->r32 = auto32[fam];
        c->r64 = fam == LPCU_FAMILY_wide33 ? lpcu_fixed_restore_signal_wide_33bit : NULL;
        return 1;
    case V_LIBFLAC:
        c->r32 = flac32[fam];
        c->r64 = fam == LPCU_FAMILY_wide33 ? FLAC__fixed_restore_signal_wide_33bit : NULL;
        return 1;
    case V_KERNEL:
        k = manifest_find(LPCU_KIND_fixed, fam, v->isa, LPCU_FEATURE_base, 1, order);
        if (k == NULL)
            return 0;
        if (fam == LPCU_FAMILY_wide33)
            c->k64 = (lpcu_fixed64_fn)k->fn;
        else
            c->k32 = (lpcu_fixed32_fn)k->fn;
        return 1;
    }
    return 0;
}

static void call(const struct fixed_callee *c, const struct fixed_subframe *in, void *data)
{
    if (c->r32 != NULL)
        c->r32(in->residual, in->n, in->order, data);
    else if (c->r64 != NULL)
        c->r64(in->residual, in->n, in->order, data);
    else if (c->k32 != NULL)
        c->k32(in->residual, in->n, data);
    else
        c->k64(in->residual, in->n, data);
}

/* ---- buffers ----------------------------------------------------------------------------- */

/* Aligned like a decoder's channel buffer, warm-up right before data[0]. */
struct fixed_buffer {
    void *base;
    size_t capacity; /* samples */
};

static void buffer_init(struct fixed_buffer *b, size_t capacity)
{
    /* int64_t slots serve every family: a 32-bit family uses the first half of the bytes */
    if (posix_memalign(&b->base, BUF_ALIGN, capacity * sizeof(int64_t)) != 0)
        bench_die("out of memory");
    b->capacity = capacity;
}

static size_t width(enum lpcu_family fam)
{
    return fam == LPCU_FAMILY_wide33 ? sizeof(int64_t) : sizeof(int32_t);
}

static void set(enum lpcu_family fam, void *base, size_t i, int64_t v)
{
    if (fam == LPCU_FAMILY_wide33)
        ((int64_t *)base)[i] = v;
    else
        ((int32_t *)base)[i] = (int32_t)v;
}

static int64_t get(enum lpcu_family fam, const void *base, size_t i)
{
    return fam == LPCU_FAMILY_wide33 ? ((const int64_t *)base)[i] : ((const int32_t *)base)[i];
}

/* Warm-up from the input, output and guard set to a sentinel; returns data. */
static void *buffer_reset(struct fixed_buffer *b, const struct fixed_subframe *in)
{
    size_t i;
    if (in->order + in->n + GUARD_SAMPLES > b->capacity)
        bench_die("buffer too small");
    for (i = 0; i < in->order; i++)
        set(in->family, b->base, i, in->warmup[i]);
    for (; i < in->order + in->n + GUARD_SAMPLES; i++)
        set(in->family, b->base, i, SENTINEL);
    return (char *)b->base + in->order * width(in->family);
}

/* Runs c on a fresh buffer and dies unless warm-up, output and guard equal libFLAC's. */
static void verify(const struct fixed_callee *c, const struct fixed_callee *flac,
                   const struct fixed_subframe *in, struct fixed_buffer *got,
                   struct fixed_buffer *want, const char *variant, const char *where)
{
    size_t i;
    call(flac, in, buffer_reset(want, in));
    call(c, in, buffer_reset(got, in));
    for (i = 0; i < in->order + in->n + GUARD_SAMPLES; i++)
        if (get(in->family, got->base, i) != get(in->family, want->base, i))
            bench_die("fixed %s order %u (%s): %s differs from libFLAC at data[%ld]: %" PRId64
                      " != %" PRId64 " (refusing to time incorrect code)",
                      bench_families[in->family].name, in->order, where, variant,
                      (long)i - (long)in->order, get(in->family, got->base, i),
                      get(in->family, want->base, i));
}

/* ---- synthetic inputs ---------------------------------------------------------------------- */

/*
 * Sines plus noise at `bps` bits, at half scale so that differences of order 4 (which can
 * reach 16 times the noise) still fit the 32-bit residual; the residual is the exact
 * difference, clamped to 32 bits should it not fit, and the restored signal is checked to
 * stay far from 64-bit overflow.
 */
static void make_input(enum lpcu_family fam, unsigned order, uint32_t n, struct fixed_subframe *in)
{
    static const double hz[3] = {220.0, 1375.0, 5170.0}, amp[3] = {0.25, 0.12, 0.04};
    const double pi = 3.14159265358979323846, rate = 44100.0;
    const double full = ldexp(1.0, (int)synthetic_bps[fam] - 1);
    int64_t *x = bench_malloc((order + n) * sizeof *x);
    uint64_t rng = BENCH_SEED + (uint64_t)fam;
    size_t i;
    unsigned j;
    static const int64_t coeff[ORDERS][LPCU_FIXED_MAX_ORDER] = {
        {0, 0, 0, 0}, {1, 0, 0, 0}, {2, -1, 0, 0}, {3, -3, 1, 0}, {4, -6, 4, -1}};

    for (i = 0; i < order + n; i++) {
        double s = (bench_uniform(&rng) - 0.5) / 128.0;
        int p;
        for (p = 0; p < 3; p++)
            s += amp[p] * sin(2.0 * pi * hz[p] * (double)i / rate + p);
        x[i] = (int64_t)llround(s * full);
    }
    in->family = fam;
    in->order = order;
    in->channel = 0;
    in->n = n;
    in->residual = bench_malloc(n * sizeof *in->residual);
    for (j = 0; j < order; j++)
        in->warmup[j] = x[j];
    for (i = order; i < order + n; i++) {
        int64_t pred = 0, r;
        for (j = 0; j < order; j++)
            pred += coeff[order][j] * x[i - j - 1];
        r = x[i] - pred;
        r = r < INT32_MIN ? INT32_MIN : r > INT32_MAX ? INT32_MAX : r;
        in->residual[i - order] = (int32_t)r;
        x[i] = pred + r;
        if (fam != LPCU_FAMILY_wide33)
            x[i] = (int32_t)(uint32_t)(uint64_t)x[i];
        if (x[i] >= SIGNAL_LIMIT || x[i] <= -SIGNAL_LIMIT)
            bench_die("fixed %s order %u: synthetic signal out of range (bench bug)",
                      bench_families[fam].name, order);
    }
    free(x);
}

void bench_fixed_synthetic(const struct variant *v, size_t n_variants, uint32_t n, unsigned reps,
                           FILE *csv)
{
    uint64_t *ticks = bench_malloc((size_t)reps * BENCH_MAX_VARIANTS * sizeof *ticks);
    const int flac_idx = bench_variant_by_name(v, n_variants, "libflac");
    struct fixed_buffer buf, ref, check;
    int fam;

    buffer_init(&buf, ORDERS + (size_t)n + GUARD_SAMPLES);
    buffer_init(&ref, ORDERS + (size_t)n + GUARD_SAMPLES);
    buffer_init(&check, ORDERS + (size_t)n + GUARD_SAMPLES);
    for (fam = 0; fam < LPCU_FAMILY_COUNT; fam++) {
        struct table t;
        unsigned order;
        char family[BENCH_NAME_LEN];
        snprintf(family, sizeof family, "fixed-%s", bench_families[fam].name);
        table_init(&t, v, n_variants);
        printf("## fixed predictor, %s (%u-bit signal), best ticks per sample\n\n",
               bench_families[fam].name, synthetic_bps[fam]);
        table_head(&t, "| order |", "|------:|");
        for (order = 0; order < ORDERS; order++) {
            struct fixed_subframe in;
            struct fixed_callee callees[BENCH_MAX_VARIANTS], flac;
            struct timing res[BENCH_MAX_VARIANTS];
            size_t col_of[BENCH_MAX_VARIANTS], n_timed = 0, c, k;
            unsigned round;
            char lead[32], order_text[8];
            double start;

            make_input((enum lpcu_family)fam, order, n, &in);
            (void)resolve(&v[flac_idx], (enum lpcu_family)fam, order, &flac);
            for (c = 0; c < t.n_cols; c++) {
                res[c].present = 0;
                if (!resolve(&v[t.cols[c]], (enum lpcu_family)fam, order, &callees[n_timed]))
                    continue;
                verify(&callees[n_timed], &flac, &in, &check, &ref, v[t.cols[c]].name, "synthetic");
                col_of[n_timed++] = c;
            }
            /* Each round calls every variant once from a rotating start, so drift touches
               all alike; repeated calls are idempotent, reading only the warm-up. */
            (void)buffer_reset(&buf, &in);
            start = now_ns();
            for (round = 0; round < WARMUP_ROUNDS ||
                            (fam == 0 && order == 0 && now_ns() - start < CPU_WARMUP_NS);
                 round++)
                for (k = 0; k < n_timed; k++)
                    call(&callees[k], &in, (char *)buf.base + order * width(in.family));
            for (round = 0; round < reps; round++)
                for (k = 0; k < n_timed; k++) {
                    const size_t x = (round + k) % n_timed;
                    const uint64_t t0 = now_ticks();
                    call(&callees[x], &in, (char *)buf.base + order * width(in.family));
                    ticks[x * reps + round] = now_ticks() - t0;
                }
            for (k = 0; k < n_timed; k++)
                res[col_of[k]] = summarize(&ticks[k * reps], reps, (double)n);
            snprintf(lead, sizeof lead, "| %5u |", order);
            table_row(&t, lead, res);
            /* CSV rows of their own: input "fixed" and family "fixed-<family>" here (out of
               the way of the LPC plot, which takes every "synthetic" family), the stream and
               family "fixed" for the real mix */
            snprintf(order_text, sizeof order_text, "%u", order);
            for (c = 0; c < t.n_cols; c++)
                csv_row(csv, "fixed", family, order_text, v[t.cols[c]].name, n, &res[c]);
            free(in.residual);
        }
        table_geomean(&t, "| geomean |");
        printf("\n");
    }
    free(buf.base);
    free(ref.base);
    free(check.base);
    free(ticks);
}

/* ---- real inputs ------------------------------------------------------------------------- */

/* One pass: every FIXED subframe of every stream, in order, each call timed alone after the
   decoder-like copies of its residual and warm-up into the channel's (warm) buffers. */
static void real_pass(const struct captured_stream *cs, size_t n_streams,
                      struct fixed_callee (*callees)[ORDERS], int32_t *const *residual,
                      struct fixed_buffer *out, uint64_t *ticks)
{
    size_t s, i, j = 0;
    for (s = 0; s < n_streams; s++)
        for (i = 0; i < cs[s].n_fixed; i++) {
            struct fixed_subframe in = cs[s].fixed[i];
            void *data;
            uint64_t t0;
            memcpy(residual[in.channel], in.residual, in.n * sizeof *in.residual);
            in.residual = residual[in.channel];
            data = buffer_reset(&out[in.channel], &in);
            t0 = now_ticks();
            call(&callees[in.family][in.order], &in, data);
            ticks[j++] = now_ticks() - t0;
        }
}

void bench_fixed_real(const struct variant *v, size_t n_variants, unsigned passes, unsigned seconds,
                      FILE *csv)
{
    struct captured_stream cs[N_SPECS];
    struct fixed_callee(*callees)[LPCU_FAMILY_COUNT][ORDERS] =
        bench_malloc(BENCH_MAX_VARIANTS * sizeof *callees);
    struct fixed_callee flac[LPCU_FAMILY_COUNT][ORDERS];
    struct fixed_buffer out[MAX_CHANNELS], ref, check;
    int32_t *residual[MAX_CHANNELS];
    size_t s, i, c, k, n_sub = 0, timed[BENCH_MAX_VARIANTS], n_timed = 0;
    uint64_t samples[N_SPECS + 1] = {0}, by_order[N_SPECS + 1][ORDERS] = {{0}};
    uint32_t max_n = 0;
    uint64_t *ticks, *per_pass;
    struct table t;
    unsigned p, o;
    int f;
    const int flac_idx = bench_variant_by_name(v, n_variants, "libflac");

    for (s = 0; s < N_SPECS; s++) {
        flac_capture(&fixed_specs[s], seconds, &cs[s]);
        n_sub += cs[s].n_fixed;
        for (i = 0; i < cs[s].n_fixed; i++) {
            const struct fixed_subframe *sf = &cs[s].fixed[i];
            if (sf->channel >= MAX_CHANNELS)
                bench_die("%s: more channels than expected", fixed_specs[s].id);
            max_n = sf->n > max_n ? sf->n : max_n;
            samples[s] += sf->n;
            samples[N_SPECS] += sf->n;
            by_order[s][sf->order] += sf->n;
            by_order[N_SPECS][sf->order] += sf->n;
        }
    }
    printf("## fixed predictor, real signal: FIXED subframes of libFLAC encodes at level 1, "
           "restored in stream order\n\n");
    printf("| stream | encoded as | FIXED subframes | samples | order 0 | order 1 | order 2 | "
           "order 3 | order 4 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (s = 0; s < N_SPECS; s++) {
        printf("| %s | %s | %zu | %" PRIu64 " |", fixed_specs[s].id, fixed_specs[s].label,
               cs[s].n_fixed, samples[s]);
        for (o = 0; o < ORDERS; o++)
            printf(" %.1f%% |",
                   samples[s] ? 100.0 * (double)by_order[s][o] / (double)samples[s] : 0.0);
        printf("\n");
    }
    printf("\n");

    for (c = 0; c < MAX_CHANNELS; c++) {
        residual[c] = bench_malloc((max_n ? max_n : 1) * sizeof *residual[c]);
        buffer_init(&out[c], ORDERS + (size_t)max_n + GUARD_SAMPLES);
    }
    buffer_init(&ref, ORDERS + (size_t)max_n + GUARD_SAMPLES);
    buffer_init(&check, ORDERS + (size_t)max_n + GUARD_SAMPLES);

    /* every variant against libFLAC on every subframe, before any timing */
    table_init(&t, v, n_variants);
    for (f = 0; f < LPCU_FAMILY_COUNT; f++)
        for (o = 0; o < ORDERS; o++)
            (void)resolve(&v[flac_idx], (enum lpcu_family)f, o, &flac[f][o]);
    for (c = 0; c < t.n_cols; c++) {
        int complete = 1;
        for (f = 0; f < LPCU_FAMILY_COUNT; f++)
            for (o = 0; o < ORDERS; o++)
                complete &= resolve(&v[t.cols[c]], (enum lpcu_family)f, o, &callees[c][f][o]);
        if (!complete)
            continue;
        for (s = 0; s < N_SPECS; s++)
            for (i = 0; i < cs[s].n_fixed; i++) {
                const struct fixed_subframe *sf = &cs[s].fixed[i];
                verify(&callees[c][sf->family][sf->order], &flac[sf->family][sf->order], sf, &check,
                       &ref, v[t.cols[c]].name, fixed_specs[s].id);
            }
        timed[n_timed++] = c;
    }

    ticks = bench_malloc(n_timed * passes * (n_sub ? n_sub : 1) * sizeof *ticks);
    per_pass = bench_malloc(passes * sizeof *per_pass);
    {
        const double start = now_ns();
        do /* untimed passes: caches, predictors, clocks */
            for (k = 0; k < n_timed; k++)
                real_pass(cs, N_SPECS, callees[timed[k]], residual, out, ticks);
        while (now_ns() - start < CPU_WARMUP_NS);
    }
    for (p = 0; p < passes; p++)
        for (k = 0; k < n_timed; k++) {
            const size_t x = (p + k) % n_timed;
            real_pass(cs, N_SPECS, callees[timed[x]], residual, out,
                      &ticks[(x * passes + p) * n_sub]);
        }

    printf("Best ticks per FIXED-restored sample: each subframe's best over %u passes, summed:\n\n",
           passes);
    table_head(&t, "| stream | samples |", "|---|---:|");
    for (s = 0; s <= N_SPECS; s++) {
        struct timing res[BENCH_MAX_VARIANTS];
        char lead[96];
        const char *id = s < N_SPECS ? fixed_specs[s].id : "all";
        if (samples[s] == 0)
            continue;
        for (c = 0; c < t.n_cols; c++)
            res[c].present = 0;
        for (k = 0; k < n_timed; k++) {
            double best = 0.0, median = 0.0;
            size_t j = 0, s2;
            for (s2 = 0; s2 < N_SPECS; s2++)
                for (i = 0; i < cs[s2].n_fixed; i++, j++) {
                    struct timing one;
                    if (s2 != s && s < N_SPECS)
                        continue;
                    for (p = 0; p < passes; p++)
                        per_pass[p] = ticks[(k * passes + p) * n_sub + j];
                    one = summarize(per_pass, passes, 1.0);
                    best += one.best;
                    median += one.median;
                }
            res[timed[k]].present = 1;
            res[timed[k]].best = best / (double)samples[s];
            res[timed[k]].median = median / (double)samples[s];
            csv_row(csv, id, "fixed", "mix", v[t.cols[timed[k]]].name, samples[s], &res[timed[k]]);
        }
        snprintf(lead, sizeof lead, "| %s | %" PRIu64 " |", id, samples[s]);
        table_row(&t, lead, res);
    }
    printf("\n");

    free(per_pass);
    free(ticks);
    for (c = 0; c < MAX_CHANNELS; c++) {
        free(residual[c]);
        free(out[c].base);
    }
    free(ref.base);
    free(check.base);
    for (s = 0; s < N_SPECS; s++)
        flac_capture_free(&cs[s]);
    free(callees);
}
