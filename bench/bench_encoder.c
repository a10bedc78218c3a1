/* SPDX-License-Identifier: MIT */
/*
 * The autocorrelation rows of lpcu-bench (family "autoc"): lpcu_compute_autocorrelation per
 * lag count 1-33 on one block of windowed 16-bit music-like samples (as libFLAC's encoder
 * feeds it), timed in one process, interleaved: the rolled loop, each ISA's kernel from
 * kernels/generated/manifest.inc, the dispatching function ("auto"), libFLAC's C
 * FLAC__lpc_compute_autocorrelation and, where Debian's libFLAC.a has one for the lag count,
 * its intrinsic variant (SSE2 for 8, 10, 14; FMA for 8, 12, 16; each computes its own fixed
 * lag count, so it is timed at that count only). Every lpcunroll variant is first checked to
 * give the C function's doubles, so only correct code is timed. libFLAC's SSE2 variants sum in
 * another order; their doubles differ, and they are timed anyway, as the speed libFLAC's
 * encoder gets from them.
 */
#define _POSIX_C_SOURCE 200112L

#include "bench_encoder.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"
#include "bench_report.h"
#include "flac_internal.h"
#include "manifest_rows.h"

typedef void (*autoc_api_fn)(const float *, uint32_t, uint32_t, double *);

/* What the columns call: an entry point with a lag argument, or a kernel without. */
struct autoc_callee {
    const char *name;
    autoc_api_fn api;
    lpcu_autoc_fn kernel;
    uint32_t only_lag; /* libFLAC's intrinsic variants: the one lag count they compute */
    int check;         /* must give libFLAC's C doubles */
};

#define MAX_COLS (BENCH_MAX_ISAS + 6)
#define FLAC_COL_C 0 /* index among the libFLAC columns */

struct flac_variant {
    const char *name;
    autoc_api_fn fn;
    uint32_t lag;
    const char *needs; /* ISA lpcunroll must see for the CPU to run it */
};

static const struct flac_variant flac_variants[] = {
#if defined(__x86_64__)
    {"libFLAC sse2", FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_8, 8, "scalar"},
    {"libFLAC sse2", FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_10, 10, "scalar"},
    {"libFLAC sse2", FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_14, 14, "scalar"},
    {"libFLAC fma", FLAC__lpc_compute_autocorrelation_intrin_fma_lag_8, 8, "avx2"},
    {"libFLAC fma", FLAC__lpc_compute_autocorrelation_intrin_fma_lag_12, 12, "avx2"},
    {"libFLAC fma", FLAC__lpc_compute_autocorrelation_intrin_fma_lag_16, 16, "avx2"},
#endif
    {NULL, NULL, 0, NULL},
};

/* libFLAC's Tukey(0.5) window over 16-bit sines and noise, rounded to float. */
static float *make_signal(uint32_t n)
{
    const double pi = 3.14159265358979323846;
    float *x = bench_malloc((n ? n : 1) * sizeof *x);
    uint64_t rng = BENCH_SEED;
    const uint32_t taper = n / 4;
    for (uint32_t i = 0; i < n; i++) {
        double s = 9000.0 * sin(2.0 * pi * 220.0 * i / 44100.0) +
                   4000.0 * sin(2.0 * pi * 1375.0 * i / 44100.0 + 1.0) +
                   600.0 * (bench_uniform(&rng) - 0.5);
        float w = 1.0f;
        if (taper && (i < taper || i >= n - taper)) {
            const uint32_t k = i < taper ? i : n - 1 - i;
            w = (float)(0.5 - 0.5 * cos(pi * k / taper));
        }
        x[i] = (float)(int32_t)lrint(s) * w;
    }
    return x;
}

static void call(const struct autoc_callee *c, const float *x, uint32_t n, uint32_t lag,
                 double *out)
{
    if (c->kernel)
        c->kernel(x, n, out);
    else
        c->api(x, n, lag, out);
}

/* The columns: rolled, each ISA's kernels (those this CPU runs), auto, libFLAC C, then one
   column per distinct libFLAC intrinsic name. */
static size_t columns(struct autoc_callee *col, const char **isa, size_t *n_isa)
{
    size_t n = 0;
    col[n++] = (struct autoc_callee){"rolled", lpcu_compute_autocorrelation_rolled, NULL, 0, 1};
    *n_isa = 0;
    for (size_t r = 0; r < MANIFEST_ROW_COUNT; r++) {
        const struct manifest_row *m = &manifest_rows[r];
        int seen = 0;
        for (size_t i = 0; i < *n_isa; i++)
            seen |= strcmp(isa[i], m->isa) == 0;
        if (m->kind != LPCU_KIND_autoc || seen || !lpcu_cpu_has_isa(m->isa))
            continue;
        isa[(*n_isa)++] = m->isa;
        col[n++] = (struct autoc_callee){m->isa, NULL, NULL, 0, 1};
    }
    col[n++] = (struct autoc_callee){"auto", lpcu_compute_autocorrelation, NULL, 0, 1};
    col[n++] = (struct autoc_callee){"libFLAC C", FLAC__lpc_compute_autocorrelation, NULL, 0, 0};
    for (size_t v = 0; flac_variants[v].name; v++) {
        int seen = 0;
        for (size_t c = 0; c < n; c++)
            seen |= strcmp(col[c].name, flac_variants[v].name) == 0;
        if (!seen && lpcu_cpu_has_isa(flac_variants[v].needs))
            col[n++] = (struct autoc_callee){flac_variants[v].name, NULL, NULL, 0, 0};
    }
    return n;
}

/* A column's callee at one lag count; 0 if it has none there. */
static int resolve(const struct autoc_callee *col, uint32_t lag, struct autoc_callee *c)
{
    *c = *col;
    if (col->api)
        return 1;
    if (strncmp(col->name, "libFLAC", 7) == 0) {
        for (size_t v = 0; flac_variants[v].name; v++)
            if (strcmp(flac_variants[v].name, col->name) == 0 && flac_variants[v].lag == lag) {
                c->api = flac_variants[v].fn;
                c->only_lag = lag;
                return 1;
            }
        return 0;
    }
    const struct manifest_row *m =
        manifest_find(LPCU_KIND_autoc, LPCU_FAMILY_narrow, col->name, LPCU_FEATURE_base, 1, lag);
    if (!m)
        return 0;
    c->kernel = (lpcu_autoc_fn)m->fn;
    return 1;
}

static double geomean(const double *v, size_t count)
{
    double s = 0.0;
    for (size_t i = 0; i < count; i++)
        s += log(v[i]);
    return count ? exp(s / (double)count) : 0.0;
}

void bench_autoc(uint32_t n, unsigned reps, FILE *csv)
{
    struct autoc_callee col[MAX_COLS];
    const char *isa[BENCH_MAX_ISAS];
    size_t n_isa;
    const size_t n_cols = columns(col, isa, &n_isa);
    size_t c_auto = 0, c_flac = 0;
    for (size_t c = 0; c < n_cols; c++) {
        c_auto = strcmp(col[c].name, "auto") == 0 ? c : c_auto;
        c_flac = strcmp(col[c].name, "libFLAC C") == 0 ? c : c_flac;
    }
    float *x = make_signal(n);
    uint64_t *ticks = bench_malloc((size_t)reps * MAX_COLS * sizeof *ticks);
    double ratio_c[LPCU_MAX_LAG], ratio_best[LPCU_MAX_LAG];
    size_t n_low = 0, n_high = 0;
    double low[LPCU_MAX_LAG], high[LPCU_MAX_LAG];

    printf("## autocorrelation (lpcu_compute_autocorrelation), n = %u windowed 16-bit samples, "
           "best ticks per sample\n\n",
           n);
    printf("| lags |");
    for (size_t c = 0; c < n_cols; c++)
        printf(" %s |", col[c].name);
    printf(" auto vs libFLAC C | auto vs libFLAC's best |\n|---:|");
    for (size_t c = 0; c < n_cols + 2; c++)
        printf("---:|");
    printf("\n");
    for (uint32_t lag = 1; lag <= LPCU_MAX_LAG; lag++) {
        struct autoc_callee k[MAX_COLS];
        int present[MAX_COLS];
        struct timing res[MAX_COLS];
        double want[16 + LPCU_MAX_LAG], got[16 + LPCU_MAX_LAG];
        FLAC__lpc_compute_autocorrelation(x, n, lag, want);
        for (size_t c = 0; c < n_cols; c++) {
            present[c] = resolve(&col[c], lag, &k[c]);
            res[c].present = 0;
            if (present[c] && k[c].check) {
                call(&k[c], x, n, lag, got);
                if (memcmp(got, want, lag * sizeof *got) != 0)
                    bench_die("autoc lag %u: %s differs from libFLAC's C (refusing to time "
                              "incorrect code)",
                              lag, col[c].name);
            }
        }
        for (unsigned round = 0; round < WARMUP_ROUNDS; round++)
            for (size_t c = 0; c < n_cols; c++)
                if (present[c])
                    call(&k[c], x, n, lag, got);
        for (unsigned round = 0; round < reps; round++)
            for (size_t j = 0; j < n_cols; j++) {
                const size_t c = (round + j) % n_cols;
                if (!present[c])
                    continue;
                const uint64_t t0 = now_ticks();
                call(&k[c], x, n, lag, got);
                ticks[c * reps + round] = now_ticks() - t0;
            }
        double flac_best = 0.0;
        printf("| %u |", lag);
        for (size_t c = 0; c < n_cols; c++) {
            if (!present[c]) {
                printf(" n/a |");
                continue;
            }
            res[c] = summarize(&ticks[c * reps], reps, (double)n);
            printf(" %.2f |", res[c].best);
            if (strncmp(col[c].name, "libFLAC", 7) == 0 &&
                (flac_best == 0.0 || res[c].best < flac_best))
                flac_best = res[c].best;
            char lag_text[8];
            snprintf(lag_text, sizeof lag_text, "%u", lag);
            csv_row(csv, "autoc", "autoc", lag_text, col[c].name, n, &res[c]);
        }
        ratio_c[lag - 1] = res[c_flac].best / res[c_auto].best;
        ratio_best[lag - 1] = flac_best / res[c_auto].best;
        printf(" %.2f | %.2f |\n", ratio_c[lag - 1], ratio_best[lag - 1]);
        if (lag <= 16)
            low[n_low++] = ratio_best[lag - 1];
        else
            high[n_high++] = ratio_best[lag - 1];
    }
    printf("| geomean 1-16 |");
    for (size_t c = 0; c < n_cols + 1; c++)
        printf(" |");
    printf(" %.2f |\n| geomean 17-33 |", geomean(low, n_low));
    for (size_t c = 0; c < n_cols; c++)
        printf(" |");
    printf(" %.2f | %.2f |\n", geomean(ratio_c + 16, LPCU_MAX_LAG - 16), geomean(high, n_high));
    printf("| geomean 1-33 |");
    for (size_t c = 0; c < n_cols; c++)
        printf(" |");
    printf(" %.2f | |\n\n", geomean(ratio_c, LPCU_MAX_LAG));
    free(ticks);
    free(x);
}

/* ---- the fixed best predictor -------------------------------------------------------------- */

typedef uint32_t (*best_fn)(const int32_t *, uint32_t, float *);

struct best_col {
    const char *name;
    const char *isa; /* lpcunroll's public function under this ISA; NULL: fn as it is */
    best_fn fn[2];   /* narrow, wide */
};

void bench_fixed_best(uint32_t n, unsigned reps, FILE *csv)
{
    static const char *const isas[] = {"scalar", "sse41", "avx2", "avx512", "neon"};
    static const char *const family[2] = {"narrow", "wide"};
    struct best_col col[16];
    size_t n_cols = 0;
    for (size_t i = 0; i < sizeof isas / sizeof isas[0]; i++)
        if (lpcu_cpu_has_isa(isas[i]))
            col[n_cols++] = (struct best_col){
                isas[i],
                isas[i],
                {lpcu_fixed_compute_best_predictor, lpcu_fixed_compute_best_predictor_wide}};
    col[n_cols++] = (struct best_col){
        "auto",
        "auto",
        {lpcu_fixed_compute_best_predictor, lpcu_fixed_compute_best_predictor_wide}};
    col[n_cols++] = (struct best_col){
        "libFLAC C",
        NULL,
        {FLAC__fixed_compute_best_predictor, FLAC__fixed_compute_best_predictor_wide}};
#if defined(__x86_64__)
    col[n_cols++] = (struct best_col){"libFLAC sse2",
                                      NULL,
                                      {FLAC__fixed_compute_best_predictor_intrin_sse2,
                                       FLAC__fixed_compute_best_predictor_wide_intrin_sse2}};
    col[n_cols++] = (struct best_col){"libFLAC ssse3",
                                      NULL,
                                      {FLAC__fixed_compute_best_predictor_intrin_ssse3,
                                       FLAC__fixed_compute_best_predictor_wide_intrin_ssse3}};
#endif
    /* a 16-bit signal with its four warm-up samples before data[0], as libFLAC's encoder
       passes signal + 4 and blocksize - 4 */
    float *xf = make_signal(n + 4);
    int32_t *x = bench_malloc((n + 4) * sizeof *x);
    for (uint32_t i = 0; i < n + 4; i++)
        x[i] = (int32_t)lrintf(xf[i]);
    uint64_t *ticks = bench_malloc((size_t)reps * n_cols * sizeof *ticks);

    printf("## fixed best predictor (lpcu_fixed_compute_best_predictor), n = %u 16-bit samples, "
           "best ticks per sample\n\n| sums |",
           n);
    for (size_t c = 0; c < n_cols; c++)
        printf(" %s |", col[c].name);
    printf(" auto vs libFLAC C | auto vs libFLAC's best |\n|---|");
    for (size_t c = 0; c < n_cols + 2; c++)
        printf("---:|");
    printf("\n");
    for (int w = 0; w < 2; w++) {
        float want[5], got[5];
        const uint32_t order = FLAC__fixed_compute_best_predictor(x + 4, n, want);
        for (size_t c = 0; c < n_cols; c++) {
            if (col[c].isa)
                lpcu_select_isa(col[c].isa);
            if (col[c].fn[w](x + 4, n, got) != order || memcmp(got, want, sizeof got) != 0)
                bench_die("fixed best predictor (%s): %s differs from libFLAC's C", family[w],
                          col[c].name);
        }
        for (unsigned round = 0; round < reps + WARMUP_ROUNDS; round++)
            for (size_t j = 0; j < n_cols; j++) {
                const size_t c = (round + j) % n_cols;
                if (col[c].isa)
                    lpcu_select_isa(col[c].isa);
                const uint64_t t0 = now_ticks();
                (void)col[c].fn[w](x + 4, n, got);
                if (round >= WARMUP_ROUNDS)
                    ticks[c * reps + round - WARMUP_ROUNDS] = now_ticks() - t0;
            }
        lpcu_select_isa("auto");
        double flac_c = 0.0, flac_best = 0.0, ours = 0.0;
        printf("| %s |", family[w]);
        for (size_t c = 0; c < n_cols; c++) {
            const struct timing res = summarize(&ticks[c * reps], reps, (double)n);
            printf(" %.2f |", res.best);
            csv_row(csv, "fixed-best", family[w], "-", col[c].name, n, &res);
            if (strcmp(col[c].name, "auto") == 0)
                ours = res.best;
            if (strcmp(col[c].name, "libFLAC C") == 0)
                flac_c = res.best;
            if (strncmp(col[c].name, "libFLAC", 7) == 0 &&
                (flac_best == 0.0 || res.best < flac_best))
                flac_best = res.best;
        }
        printf(" %.2f | %.2f |\n", flac_c / ours, flac_best / ours);
    }
    printf("\n");
    free(ticks);
    free(x);
    free(xf);
}
