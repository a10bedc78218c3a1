/* SPDX-License-Identifier: MIT */
/*
 * The encoder's residual rows of lpcu-bench (--family residual): residual[i] = data[i] -
 * prediction, per order 1-32, for the rolled loop, the scalar ("unrolled") kernel, every other
 * ISA's kernel listed in kernels/generated/manifest.inc, the public function ("auto"),
 * libFLAC's C function and libFLAC's x86 intrinsic variants this CPU runs, in one process on
 * the same input. Every variant's output is first compared with libFLAC's C function's, so
 * only correct code is timed.
 *
 * Inputs are the synthetic signals of the restore tables (bench_make_input: three sines plus
 * noise at the family's bit depth, coefficients fitted and quantised like an encoder's),
 * restored, then predicted again: exactly the signal and coefficients an encoder evaluates.
 *   narrow: 16-bit, where libFLAC's encoder calls its 32-bit function, or the _16 one
 *           (samples and coefficients within 16 bits), whose AVX2 form is its fastest;
 *   wide:   24-bit with 15-bit coefficients, ..._wide (64-bit sums);
 *   wide33: the 33-bit side channel, ..._limit_residual_33bit (libFLAC has only C).
 * With --inputs real (bench_residual_real), the LPC subframes of libFLAC encodes instead, each
 * recomputed by the function libFLAC's encoder calls for it and by lpcunroll's.
 */
#define _POSIX_C_SOURCE 200112L /* posix_memalign */

#include "bench_residual.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bench_report.h"
#include "flac_internal.h"
#include "flac_subframes.h"
#include "manifest_rows.h"

#define GUARD 16u /* residual words checked after residual[n-1] */
#define SENTINEL32 INT32_C(0x5A5A5A5A)
#define MAX_COLS 13
#define LOW_ORDERS 12 /* the orders libFLAC has intrinsics for: geomeans apart */

typedef void (*resid32_fn)(const int32_t *, uint32_t, const int32_t *, uint32_t, int, int32_t *);
typedef int (*limit33_fn)(const int64_t *, uint32_t, const int32_t *, uint32_t, int, int32_t *);

/* One column: how to call it. */
struct column {
    char name[BENCH_NAME_LEN];
    resid32_fn f32;            /* a function of libFLAC's or lpcunroll's signature (narrow, wide) */
    limit33_fn f33;            /* the same for wide33 */
    const char *isa;           /* a kernel: its ISA; the row's kernel is looked up per order */
    enum lpcu_feature feature; /* and its CPU feature (fma: the exact-double kernels) */
    int libflac, best;         /* libFLAC's; the one the best-libFLAC ratio uses (last present) */
    const char *skip;          /* why this CPU does not run it, or NULL */
};

static int wide33_limit_rolled(const int64_t *d, uint32_t n, const int32_t *c, uint32_t o, int q,
                               int32_t *r)
{
    return lpcu_compute_residual_limit_residual_33bit_rolled(d, n, c, o, q, r);
}

#ifdef LPCU_FLAC_X86_RESIDUAL
static int x86_has(const char *isa)
{
    if (strcmp(isa, "sse4.1") == 0)
        return __builtin_cpu_supports("sse4.1");
    return __builtin_cpu_supports("avx2");
}
#endif

/* The kernels a family's table times: narrow and wide compute_residual, wide33 the limit one. */
static enum lpcu_kind kind_of(enum lpcu_family fam)
{
    return fam == LPCU_FAMILY_wide33 ? LPCU_KIND_limit : LPCU_KIND_residual;
}

/* The columns of a family's table, in report order. */
static size_t columns(enum lpcu_family fam, struct column *col)
{
    size_t n = 0;
    memset(col, 0, MAX_COLS * sizeof *col);
    snprintf(col[n].name, BENCH_NAME_LEN, "rolled");
    if (fam == LPCU_FAMILY_narrow)
        col[n].f32 = lpcu_compute_residual_rolled;
    else if (fam == LPCU_FAMILY_wide)
        col[n].f32 = lpcu_compute_residual_wide_rolled;
    else
        col[n].f33 = wide33_limit_rolled;
    n++;
    for (int isa = 0; isa < LPCU_ISA_COUNT; isa++)
        for (int feature = 0; feature < LPCU_FEATURE_COUNT; feature++) {
            int present = 0; /* a feature's kernels may start above order 1 */
            for (unsigned order = 1; order <= LPCU_MAX_ORDER && !present; order++)
                present = manifest_find(kind_of(fam), fam, lpcu_isa_names[isa],
                                        (enum lpcu_feature)feature, 1, order) != NULL;
            if (!present)
                continue;
            snprintf(col[n].name, BENCH_NAME_LEN, "%s%s%s", isa ? lpcu_isa_names[isa] : "unrolled",
                     feature ? "-" : "", feature ? lpcu_feature_names[feature] : "");
            col[n].isa = lpcu_isa_names[isa];
            col[n].feature = (enum lpcu_feature)feature;
            col[n].skip = !lpcu_cpu_has_isa(col[n].isa)           ? "this CPU lacks it"
                          : !lpcu_cpu_has_feature(col[n].feature) ? "this CPU lacks its feature"
                                                                  : NULL;
            n++;
        }
    snprintf(col[n].name, BENCH_NAME_LEN, "auto");
    if (fam == LPCU_FAMILY_narrow)
        col[n].f32 = lpcu_compute_residual;
    else if (fam == LPCU_FAMILY_wide)
        col[n].f32 = lpcu_compute_residual_wide;
    else
        col[n].f33 = lpcu_compute_residual_limit_residual_33bit;
    n++;
    snprintf(col[n].name, BENCH_NAME_LEN, "libflac");
    col[n].libflac = col[n].best = 1;
    if (fam == LPCU_FAMILY_narrow)
        col[n].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients;
    else if (fam == LPCU_FAMILY_wide)
        col[n].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients_wide;
    else
        col[n].f33 = FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual_33bit;
    n++;
#ifdef LPCU_FLAC_X86_RESIDUAL
    static const struct {
        enum lpcu_family fam;
        const char *name, *isa;
        resid32_fn f;
    } intrinsics[] = {
        {LPCU_FAMILY_narrow, "flac-sse41", "sse4.1",
         FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_sse41},
        {LPCU_FAMILY_narrow, "flac-avx2", "avx2",
         FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_avx2},
        {LPCU_FAMILY_narrow, "flac-16-avx2", "avx2",
         FLAC__lpc_compute_residual_from_qlp_coefficients_16_intrin_avx2},
        {LPCU_FAMILY_wide, "flac-avx2", "avx2",
         FLAC__lpc_compute_residual_from_qlp_coefficients_wide_intrin_avx2},
    };
    for (size_t i = 0; i < sizeof intrinsics / sizeof intrinsics[0]; i++) {
        if (intrinsics[i].fam != fam)
            continue;
        snprintf(col[n].name, BENCH_NAME_LEN, "%s", intrinsics[i].name);
        col[n].f32 = intrinsics[i].f;
        col[n].libflac = 1;
        col[n].skip = x86_has(intrinsics[i].isa) ? NULL : "this CPU lacks it";
        if (!col[n].skip) { /* the later variants are libFLAC's faster choices */
            for (size_t c = 0; c < n; c++)
                col[c].best = 0;
            col[n].best = 1;
        }
        n++;
    }
#endif
    return n;
}

/* The call for one column and order; kernels return a count, ignored here (the inputs are
   valid, so every kernel writes every residual: the verification checks it). */
struct call {
    resid32_fn f32;
    limit33_fn f33;
    lpcu_residual32_fn k32;
    lpcu_residual64_fn k64;
};

static int resolve(const struct column *c, enum lpcu_family fam, unsigned order, struct call *out)
{
    memset(out, 0, sizeof *out);
    if (c->skip)
        return 0;
    if (!c->isa) {
        out->f32 = c->f32;
        out->f33 = c->f33;
        return 1;
    }
    const struct manifest_row *k = manifest_find(kind_of(fam), fam, c->isa, c->feature, 1, order);
    if (!k)
        return 0;
    if (fam == LPCU_FAMILY_wide33)
        out->k64 = (lpcu_residual64_fn)k->fn;
    else
        out->k32 = (lpcu_residual32_fn)k->fn;
    return 1;
}

struct job {
    const void *data; /* data[-order .. n-1] valid */
    uint32_t n;
    const int32_t *coeff;
    unsigned order;
    int shift;
};

static void run(const struct call *c, const struct job *j, int32_t *res)
{
    if (c->f32)
        c->f32(j->data, j->n, j->coeff, j->order, j->shift, res);
    else if (c->f33)
        (void)c->f33(j->data, j->n, j->coeff, j->order, j->shift, res);
    else if (c->k32)
        (void)c->k32(j->data, j->n, j->coeff, j->shift, res);
    else
        (void)c->k64(j->data, j->n, j->coeff, j->shift, res);
}

/* The signal an encoder sees: the input restored from its residuals. Returns data[0]. */
static void *make_signal(enum lpcu_family fam, const struct input *in, void **base)
{
    const size_t w = fam == LPCU_FAMILY_wide33 ? 8 : 4;
    if (posix_memalign(base, 64, (in->order + in->n) * w) != 0)
        bench_die("out of memory");
    char *data = (char *)*base + in->order * w;
    for (unsigned i = 0; i < in->order; i++) {
        if (w == 8)
            ((int64_t *)*base)[i] = in->warmup[i];
        else
            ((int32_t *)*base)[i] = (int32_t)in->warmup[i];
    }
    if (fam == LPCU_FAMILY_narrow)
        lpcu_restore_signal_rolled(in->residual, in->n, in->coeff, in->order, in->shift,
                                   (int32_t *)(void *)data);
    else if (fam == LPCU_FAMILY_wide)
        lpcu_restore_signal_wide_rolled(in->residual, in->n, in->coeff, in->order, in->shift,
                                        (int32_t *)(void *)data);
    else
        lpcu_restore_signal_wide_33bit_rolled(in->residual, in->n, in->coeff, in->order, in->shift,
                                              (int64_t *)(void *)data);
    return data;
}

/* Dies unless the call writes exactly libFLAC's residuals and nothing past them. */
static void verify(const struct call *c, const struct call *flac, const struct job *j, int32_t *got,
                   int32_t *want, const char *name, const char *fam)
{
    for (uint32_t i = 0; i < j->n + GUARD; i++)
        got[i] = want[i] = SENTINEL32;
    run(flac, j, want);
    run(c, j, got);
    for (uint32_t i = 0; i < j->n + GUARD; i++)
        if (got[i] != want[i])
            bench_die("residual %s order %u: %s differs from libFLAC at residual[%u]: %" PRId32
                      " != %" PRId32 " (refusing to time incorrect code)",
                      fam, j->order, name, i, got[i], want[i]);
}

static void geomean_line(const char *what, const double *log_sum, const unsigned *count)
{
    printf("%s", what);
    for (int r = 0; r < 3; r++)
        if (count[r])
            printf(" %.2fx", exp(log_sum[r] / count[r]));
        else
            printf(" -");
    printf("\n");
}

void bench_residual(uint32_t n, unsigned reps, const int *orders, FILE *csv)
{
    static const char *const titles[LPCU_FAMILY_COUNT] = {
        "narrow (16-bit signal; libFLAC: ..._from_qlp_coefficients, _16 where it fits)",
        "wide (24-bit signal, 15-bit coefficients; libFLAC: ..._wide)",
        "wide33 (33-bit side channel; libFLAC: ..._limit_residual_33bit, C only)"};
    uint64_t *ticks = bench_malloc((size_t)reps * MAX_COLS * sizeof *ticks);
    int32_t *res = bench_malloc((n + GUARD) * sizeof *res);
    int32_t *want = bench_malloc((n + GUARD) * sizeof *want);
    int first = 1;

    for (int fam = 0; fam < LPCU_FAMILY_COUNT; fam++) {
        struct column col[MAX_COLS];
        const size_t n_cols = columns((enum lpcu_family)fam, col);
        /* MAX_COLS: a column this build lacks (its timing is never present) */
        size_t auto_col = 0, flac_col = 0, best_col = 0, unrolled_col = MAX_COLS, rolled_col = 0;
        double log_sum[2][3] = {{0}};
        unsigned count[2][3] = {{0}};
        for (size_t c = 0; c < n_cols; c++) {
            auto_col = strcmp(col[c].name, "auto") == 0 ? c : auto_col;
            flac_col = strcmp(col[c].name, "libflac") == 0 ? c : flac_col;
            unrolled_col = strcmp(col[c].name, "unrolled") == 0 ? c : unrolled_col;
            best_col = col[c].best ? c : best_col;
        }
        printf("## encoder residual, %s: best ticks per sample, n = %u\n\n", titles[fam], n);
        printf("| order |");
        for (size_t c = 0; c < n_cols; c++)
            printf(" %s |", col[c].name);
        printf(" auto / %s | auto / libflac | unrolled / rolled |\n|---:|", col[best_col].name);
        for (size_t c = 0; c < n_cols + 3; c++)
            printf("---:|");
        printf("\n");
        for (unsigned order = 1; order <= LPCU_MAX_ORDER; order++) {
            if (!orders[order])
                continue;
            struct input in;
            void *base;
            bench_make_input((enum lpcu_family)fam, order, n, &in);
            const struct job j = {make_signal((enum lpcu_family)fam, &in, &base), n, in.coeff,
                                  order, in.shift};
            struct call calls[MAX_COLS], flac;
            struct timing t[MAX_COLS + 1];
            size_t timed[MAX_COLS], n_timed = 0;
            t[MAX_COLS].present = 0;
            (void)resolve(&col[flac_col], (enum lpcu_family)fam, order, &flac);
            for (size_t c = 0; c < n_cols; c++) {
                t[c].present = 0;
                if (!resolve(&col[c], (enum lpcu_family)fam, order, &calls[c]))
                    continue;
                verify(&calls[c], &flac, &j, res, want, col[c].name, bench_families[fam].name);
                timed[n_timed++] = c;
            }
            /* the first order timed also runs CPU_WARMUP_NS first, so clocks leave idle */
            const double start = now_ns();
            for (unsigned round = 0;
                 round < WARMUP_ROUNDS || (first && now_ns() - start < CPU_WARMUP_NS); round++)
                for (size_t k = 0; k < n_timed; k++)
                    run(&calls[timed[k]], &j, res);
            first = 0;
            /* every round calls each column once, from a rotating start */
            for (unsigned round = 0; round < reps; round++)
                for (size_t k = 0; k < n_timed; k++) {
                    const size_t x = (round + k) % n_timed;
                    const uint64_t t0 = now_ticks();
                    run(&calls[timed[x]], &j, res);
                    ticks[x * reps + round] = now_ticks() - t0;
                }
            for (size_t k = 0; k < n_timed; k++)
                t[timed[k]] = summarize(&ticks[k * reps], reps, (double)n);
            printf("| %u |", order);
            for (size_t c = 0; c < n_cols; c++)
                if (t[c].present)
                    printf(" %.3f |", t[c].best);
                else
                    printf(" n/a |");
            const size_t ratio_cols[3][2] = {
                {auto_col, best_col}, {auto_col, flac_col}, {unrolled_col, rolled_col}};
            for (int r = 0; r < 3; r++) {
                const struct timing *a = &t[ratio_cols[r][0]], *b = &t[ratio_cols[r][1]];
                if (a->present && b->present) {
                    const double ratio = b->best / a->best;
                    printf(" %.2f |", ratio);
                    log_sum[order > LOW_ORDERS][r] += log(ratio);
                    count[order > LOW_ORDERS][r]++;
                } else {
                    printf(" |");
                }
            }
            printf("\n");
            char family[BENCH_NAME_LEN], order_text[8];
            snprintf(family, sizeof family, "residual-%s", bench_families[fam].name);
            snprintf(order_text, sizeof order_text, "%u", order);
            for (size_t c = 0; c < n_cols; c++)
                csv_row(csv, "residual", family, order_text, col[c].name, n, &t[c]);
            free(base);
            bench_free_input(&in);
        }
        printf("\nGeomeans (auto / %s, auto / libflac, unrolled / rolled):\n\n",
               col[best_col].name);
        geomean_line("- orders 1-12:", log_sum[0], count[0]);
        geomean_line("- orders 13-32:", log_sum[1], count[1]);
        for (size_t c = 0; c < n_cols; c++)
            if (col[c].skip)
                printf("- %s: not run (%s)\n", col[c].name, col[c].skip);
        printf("\n");
    }
    free(ticks);
    free(res);
    free(want);
}

/* ---- Real inputs: the LPC subframes libFLAC's encoder chose ------------------------------ */

/*
 * The function libFLAC 1.4.2's encoder computes a subframe's residual with (its
 * evaluate_lpc_subframe_), from the subframe's bps, coefficients, precision and shift.
 */
enum path { P_16BIT, P_32BIT, P_64BIT, P_LIMIT, P_LIMIT33, N_PATHS };
static const char *const path_names[N_PATHS] = {"16-bit", "32-bit", "64-bit", "limit",
                                                "limit 33-bit"};

static enum path encoder_path(unsigned bps, const struct input *in)
{
    if (FLAC__lpc_max_residual_bps(bps, in->coeff, in->order, in->shift) > 32)
        return bps <= 32 ? P_LIMIT : P_LIMIT33;
    if (FLAC__lpc_max_prediction_before_shift_bps(bps, in->coeff, in->order) > 32)
        return P_64BIT;
    return bps <= 16 && in->precision <= 16 ? P_16BIT : P_32BIT;
}

static void limit32_flac(const int32_t *d, uint32_t n, const int32_t *c, uint32_t o, int q,
                         int32_t *r)
{
    (void)FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual(d, n, c, o, q, r);
}

static void limit32_ours(const int32_t *d, uint32_t n, const int32_t *c, uint32_t o, int q,
                         int32_t *r)
{
    (void)lpcu_compute_residual_limit_residual(d, n, c, o, q, r);
}

/* libFLAC's function for each path on this CPU (the pointers its encoder sets up for x86-64
   CPUs with AVX2; C elsewhere, and always for the limit paths), and lpcunroll's. */
static void path_calls(struct call flac[N_PATHS], struct call ours[N_PATHS], const char **flac_isa)
{
    memset(flac, 0, N_PATHS * sizeof *flac);
    memset(ours, 0, N_PATHS * sizeof *ours);
    flac[P_16BIT].f32 = flac[P_32BIT].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients;
    flac[P_64BIT].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients_wide;
    *flac_isa = "C";
#ifdef LPCU_FLAC_X86_RESIDUAL
    if (x86_has("avx2")) {
        flac[P_16BIT].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients_16_intrin_avx2;
        flac[P_32BIT].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_avx2;
        flac[P_64BIT].f32 = FLAC__lpc_compute_residual_from_qlp_coefficients_wide_intrin_avx2;
        *flac_isa = "AVX2";
    }
#endif
    flac[P_LIMIT].f32 = limit32_flac;
    flac[P_LIMIT33].f33 = FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual_33bit;
    ours[P_16BIT].f32 = ours[P_32BIT].f32 = lpcu_compute_residual;
    ours[P_64BIT].f32 = lpcu_compute_residual_wide;
    ours[P_LIMIT].f32 = limit32_ours;
    ours[P_LIMIT33].f33 = lpcu_compute_residual_limit_residual_33bit;
}

struct real_job {
    struct job j;
    enum path path;
    void *base; /* the signal's allocation */
};

void bench_residual_real(unsigned passes, unsigned seconds, FILE *csv)
{
    enum { FLAC, OURS, N_SIDES };
    static const char *const side_names[N_SIDES] = {"libflac", "auto"};
    struct call calls[N_SIDES][N_PATHS];
    const char *flac_isa;
    path_calls(calls[FLAC], calls[OURS], &flac_isa);

    printf("## encoder residual, real inputs: the LPC subframes libFLAC's encoder chose, "
           "recomputed\n\n");
    printf("Each LPC subframe of the real streams (the restore's real inputs), predicted again "
           "from its decoded signal with its own coefficients and shift, by the function "
           "libFLAC 1.4.2's encoder calls for it (libFLAC: its %s functions, C for the limit "
           "paths; lpcunroll: the matching public function). An encoder also evaluates the "
           "candidates it rejects; these are the ones it kept. Best of %u passes, each over "
           "every subframe of the stream in stream order, the two sides alternating; TSC "
           "ticks per sample.\n\n",
           flac_isa, passes);
    printf("| stream | path | subframes | samples | libFLAC | lpcunroll | speed-up |\n");
    printf("|---|---|---:|---:|---:|---:|---:|\n");
    for (size_t s = 0; s < flac_n_stream_specs; s++) {
        struct captured_stream cs;
        flac_capture(&flac_stream_specs[s], seconds, &cs);
        struct real_job *jobs = bench_malloc((cs.n_lpc ? cs.n_lpc : 1) * sizeof *jobs);
        uint32_t max_n = 1;
        uint64_t samples[N_PATHS + 1] = {0}, subframes[N_PATHS + 1] = {0};
        for (size_t i = 0; i < cs.n_lpc; i++) {
            const struct input *in = &cs.lpc[i].in;
            struct real_job *rj = &jobs[i];
            rj->path = encoder_path(cs.lpc[i].bps, in);
            rj->j = (struct job){make_signal(in->family, in, &rj->base), in->n, in->coeff,
                                 in->order, in->shift};
            max_n = in->n > max_n ? in->n : max_n;
            samples[rj->path] += in->n;
            samples[N_PATHS] += in->n;
            subframes[rj->path]++;
            subframes[N_PATHS]++;
        }
        int32_t *res = bench_malloc((max_n + GUARD) * sizeof *res);
        int32_t *want = bench_malloc((max_n + GUARD) * sizeof *want);
        for (size_t i = 0; i < cs.n_lpc; i++)
            verify(&calls[OURS][jobs[i].path], &calls[FLAC][jobs[i].path], &jobs[i].j, res, want,
                   "lpcunroll", path_names[jobs[i].path]);
        /* each pass's ticks per side and path, and of the whole stream */
        uint64_t *ticks = bench_malloc((size_t)N_SIDES * (N_PATHS + 1) * passes * sizeof *ticks);
        for (unsigned pass = 0; pass < WARMUP_ROUNDS + passes; pass++)
            for (int k = 0; k < N_SIDES; k++) {
                const int side = (int)((pass + (unsigned)k) % N_SIDES);
                uint64_t sum[N_PATHS + 1] = {0};
                for (size_t i = 0; i < cs.n_lpc; i++) {
                    const uint64_t t0 = now_ticks();
                    run(&calls[side][jobs[i].path], &jobs[i].j, res);
                    const uint64_t t = now_ticks() - t0;
                    sum[jobs[i].path] += t;
                    sum[N_PATHS] += t;
                }
                for (int p = 0; pass >= WARMUP_ROUNDS && p <= N_PATHS; p++)
                    ticks[((size_t)side * (N_PATHS + 1) + (size_t)p) * passes + pass -
                          WARMUP_ROUNDS] = sum[p];
            }
        for (int p = 0; p <= N_PATHS; p++) {
            if (!samples[p])
                continue;
            const char *name = p < N_PATHS ? path_names[p] : "all";
            struct timing t[N_SIDES];
            for (int side = 0; side < N_SIDES; side++) {
                t[side] = summarize(&ticks[((size_t)side * (N_PATHS + 1) + (size_t)p) * passes],
                                    passes, (double)samples[p]);
                csv_row(csv, "real-residual", name, flac_stream_specs[s].id, side_names[side],
                        samples[p], &t[side]);
            }
            printf("| %s | %s | %" PRIu64 " | %" PRIu64 " | %.3f | %.3f | %.2f |\n",
                   flac_stream_specs[s].label, name, subframes[p], samples[p], t[FLAC].best,
                   t[OURS].best, t[FLAC].best / t[OURS].best);
        }
        for (size_t i = 0; i < cs.n_lpc; i++)
            free(jobs[i].base);
        free(jobs);
        free(ticks);
        free(res);
        free(want);
        flac_capture_free(&cs);
    }
    printf("\n");
}
