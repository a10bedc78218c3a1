/* SPDX-License-Identifier: MIT */
/*
 * The autocorrelation (lpcu_compute_autocorrelation): every generated kernel of every ISA
 * this CPU runs, the public (dispatched) function and the rolled loop, compared as doubles,
 * bit for bit (memcmp), with libFLAC 1.4.2's C FLAC__lpc_compute_autocorrelation:
 *   - lag counts 1-33, every length 0-300 and lengths around the kernels' conversion chunk
 *     (LPCU_AUTOC_CHUNK) up to a few thousand; lengths below the lag count are compared with
 *     the rolled loop, since libFLAC requires lag <= data_len (lags past the data are 0.0);
 *   - signals as libFLAC's encoder makes them (integer samples of 8-24 bits times a window,
 *     rounded to float), music-like ones (sines, noise, silence, clipping) and finite floats of
 *     any exponent;
 *   - the input in a buffer of exactly its size (poisoned guards under AddressSanitizer), the
 *     output between guard words, and both against PROT_NONE pages: no access outside them;
 *   - a lag count out of range writes nothing.
 * It also reports whether libFLAC's own intrinsic variants (SSE2 lags 8/10/14, FMA 8/12/16)
 * give the C function's doubles. Seeds are printed; LPCU_TEST_SEED reproduces a run. Built a
 * second time as test_autoc_avx512_emulated, it also runs the AVX-512 kernels' code where the
 * CPU lacks AVX-512, through SIMDe's emulation (autoc_avx512_emulated.c).
 */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */

#include "test_util.h"

#include "page_region.h"

#include <math.h>

#define LAGS LPCU_MAX_LAG
#define SHORT_MAX 300
#define OUT_GUARD 8         /* guard doubles each side of autoc[] */
#define FLAC_AUTOC_SLACK 16 /* libFLAC's C may write up to autoc[15] whatever the lag */
static const uint32_t long_lengths[] = {LPCU_AUTOC_CHUNK - 1,
                                        LPCU_AUTOC_CHUNK,
                                        LPCU_AUTOC_CHUNK + 1,
                                        LPCU_AUTOC_CHUNK + 33,
                                        2 * LPCU_AUTOC_CHUNK - 7,
                                        2 * LPCU_AUTOC_CHUNK + 40,
                                        1152,
                                        4096,
                                        4608};

/* ---- signals --------------------------------------------------------------------------- */

enum signal { SIG_WINDOWED, SIG_MUSIC, SIG_FLOATS, SIG_COUNT };
static const char *const signal_names[SIG_COUNT] = {"windowed", "music", "floats"};

/* libFLAC's Tukey(0.5) window in float, as its encoder applies it. */
static float window_at(uint32_t i, uint32_t n)
{
    const double pi = 3.14159265358979323846;
    const uint32_t taper = n / 4;
    if (taper == 0 || (i >= taper && i < n - taper))
        return 1.0f;
    const uint32_t k = i < taper ? i : n - 1 - i;
    return (float)(0.5 - 0.5 * cos(pi * k / taper));
}

static void make_signal(enum signal sig, float *x, uint32_t n)
{
    const int bps = (int)test_rand_range(8, 24);
    const int64_t top = (INT64_C(1) << (bps - 1)) - 1;
    switch (sig) {
    case SIG_WINDOWED:
        for (uint32_t i = 0; i < n; i++)
            x[i] = (float)test_rand_range(-top - 1, top) * window_at(i, n);
        break;
    case SIG_MUSIC: { /* sines and noise, held runs and clipping, 16-bit, windowed */
        const double f1 = 0.001 + 0.05 * (double)(test_rand64() % 1000) / 1000.0;
        const double f2 = 0.0003 + 0.2 * (double)(test_rand64() % 1000) / 1000.0;
        const int64_t noise = INT64_C(1) << test_rand_range(0, 10);
        for (uint32_t i = 0; i < n; i++) {
            double v = 20000.0 * sin(f1 * i) + 9000.0 * sin(f2 * i + 1.0) +
                       (double)test_rand_range(-noise, noise);
            if ((test_rand64() & 255) == 0)
                v = 0.0;
            v = v > 32767.0 ? 32767.0 : v < -32768.0 ? -32768.0 : v;
            x[i] = (float)(int32_t)v * window_at(i, n);
        }
        break;
    }
    default: /* finite floats of every sign and exponent, -0.0 and 0.0 included */
        for (uint32_t i = 0; i < n; i++) {
            const uint64_t r = test_rand64();
            const int e = (int)(r % 120) - 60;
            float v = ldexpf((float)(r >> 40) / (float)(1u << 24), e);
            v = (r >> 38) & 1 ? -v : v;
            x[i] = ((r >> 32) & 63) == 0 ? ((r >> 39) & 1 ? -0.0f : 0.0f) : v;
        }
        break;
    }
}

/* Whether to run a kernel: its ISA runs here, or (the emulated build of this test) it is an
   AVX-512 kernel compiled for AVX2, and AVX2 runs here. */
static int kernel_runs(const struct manifest_row *k)
{
#if LPCU_TEST_AVX512_EMULATED
    if (k->isa_id == LPCU_ISA_avx512)
        return lpcu_cpu_has_isa("avx2");
#endif
    return test_kernel_runs(k);
}

/* ---- candidates ---------------------------------------------------------------------------- */

enum cand_kind { CAND_ROLLED, CAND_PUBLIC, CAND_KERNEL };

static void call(enum cand_kind kind, const struct manifest_row *k, const float *x, uint32_t n,
                 uint32_t lag, double *out)
{
    if (kind == CAND_ROLLED)
        lpcu_compute_autocorrelation_rolled(x, n, lag, out);
    else if (kind == CAND_PUBLIC)
        lpcu_compute_autocorrelation(x, n, lag, out);
    else
        ((lpcu_autoc_fn)k->fn)(x, n, out);
}

static const char *cand_name(enum cand_kind kind, const struct manifest_row *k)
{
    return kind == CAND_ROLLED ? "rolled" : kind == CAND_PUBLIC ? "public" : k->symbol;
}

static uint64_t guard_bits(void)
{
    return TEST_GUARD_64;
}

static int mismatches;

/* One candidate on x[0 .. n-1] (a buffer of exactly n floats): autoc[0 .. lag-1] must be
   `want`'s bytes, and the guards around it untouched. */
static void check(enum cand_kind kind, const struct manifest_row *k, const float *x, uint32_t n,
                  uint32_t lag, const double *want, const char *what)
{
    double buf[OUT_GUARD + LAGS + OUT_GUARD];
    const uint64_t g = guard_bits();
    for (size_t i = 0; i < sizeof buf / sizeof buf[0]; i++)
        memcpy(&buf[i], &g, sizeof g);
    const double *out = buf + OUT_GUARD;
    call(kind, k, x, n, lag, buf + OUT_GUARD);
    int bad = memcmp(out, want, lag * sizeof *out) != 0;
    for (size_t i = 0; i < sizeof buf / sizeof buf[0]; i++)
        bad |= (i < OUT_GUARD || i >= OUT_GUARD + lag) && memcmp(&buf[i], &g, sizeof g) != 0;
    if (bad && mismatches++ < 10) {
        for (uint32_t c = 0; c < lag; c++)
            if (memcmp(&out[c], &want[c], sizeof out[c]) != 0) {
                print_error("MISMATCH %s: %s, lag %u, len %u: autoc[%u] = %a, expected %a\n",
                            cand_name(kind, k), what, lag, n, c, out[c], want[c]);
                return;
            }
        print_error("MISMATCH %s: %s, lag %u, len %u: a guard word was written\n",
                    cand_name(kind, k), what, lag, n);
    }
}

/* Every candidate on one signal and lag: libFLAC's C is the reference where it is defined
   (lag <= n), the rolled loop elsewhere. */
static void check_all(const float *x, uint32_t n, uint32_t lag, const char *what)
{
    double want[FLAC_AUTOC_SLACK + LAGS];
    if (lag <= n) {
        FLAC__lpc_compute_autocorrelation(x, n, lag, want);
        check(CAND_ROLLED, NULL, x, n, lag, want, what);
    } else {
        lpcu_compute_autocorrelation_rolled(x, n, lag, want);
        for (uint32_t c = n; c < lag; c++)
            assert_true(want[c] == 0.0 && !signbit(want[c]));
    }
    check(CAND_PUBLIC, NULL, x, n, lag, want, what);
    for (size_t r = 0; r < MANIFEST_ROW_COUNT; r++) {
        const struct manifest_row *k = &manifest_rows[r];
        if (k->kind == LPCU_KIND_autoc && k->order == lag && kernel_runs(k))
            check(CAND_KERNEL, k, x, n, lag, want, what);
    }
}

/* A signal in a buffer of exactly n floats (ASan sees a read past it). */
static void run_case(enum signal sig, uint32_t n)
{
    float *x = malloc((n ? n : 1) * sizeof *x);
    assert_non_null(x);
    make_signal(sig, x, n);
    for (uint32_t lag = 1; lag <= LAGS; lag++)
        check_all(x, n, lag, signal_names[sig]);
    free(x);
}

static void test_short(void **state)
{
    (void)state;
    mismatches = 0;
    for (uint32_t n = 0; n <= SHORT_MAX; n++)
        for (int sig = 0; sig < SIG_COUNT; sig++)
            run_case((enum signal)sig, n);
    assert_int_equal(mismatches, 0);
}

static void test_long(void **state)
{
    (void)state;
    mismatches = 0;
    for (size_t i = 0; i < sizeof long_lengths / sizeof long_lengths[0]; i++)
        for (int sig = 0; sig < SIG_COUNT; sig++)
            run_case((enum signal)sig, long_lengths[i] + (uint32_t)test_rand_range(0, 3));
    assert_int_equal(mismatches, 0);
}

/* Silence, a constant, full-scale alternation: exact sums, and zero products of both signs. */
static void test_special(void **state)
{
    (void)state;
    mismatches = 0;
    enum { N = 700 };
    static float x[N];
    const float values[][2] = {{0.0f, 0.0f}, {-0.0f, 0.0f},         {-0.0f, -0.0f},
                               {1.0f, 1.0f}, {32767.0f, -32768.0f}, {8388607.0f, -8388608.0f}};
    for (size_t v = 0; v < sizeof values / sizeof values[0]; v++) {
        for (uint32_t i = 0; i < N; i++)
            x[i] = values[v][i & 1];
        for (uint32_t lag = 1; lag <= LAGS; lag++)
            check_all(x, N, lag, "special");
    }
    assert_int_equal(mismatches, 0);
}

/* The input against PROT_NONE pages at both ends: every kernel, every lag, lengths 0-100. */
static void test_page_edges(void **state)
{
    (void)state;
    struct region r;
    region_map(&r, 4096);
    region_catch_faults();
    double out[LAGS];
    for (uint32_t n = 0; n <= 100; n++) {
        float *at_end = (float *)(void *)r.end - n;
        float *at_start = (float *)(void *)r.start;
        make_signal(SIG_WINDOWED, at_end, n);
        make_signal(SIG_WINDOWED, at_start, n);
        for (uint32_t lag = 1; lag <= LAGS; lag++) {
            region_case = "public";
            lpcu_compute_autocorrelation(at_end, n, lag, out);
            lpcu_compute_autocorrelation(at_start, n, lag, out);
            for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
                const struct manifest_row *m = &manifest_rows[k];
                if (m->kind != LPCU_KIND_autoc || m->order != lag || !kernel_runs(m))
                    continue;
                region_case = m->symbol;
                ((lpcu_autoc_fn)m->fn)(at_end, n, out);
                ((lpcu_autoc_fn)m->fn)(at_start, n, out);
            }
        }
    }
    region_release_faults();
    region_unmap(&r);
}

/* A lag count of 0 or above LPCU_MAX_LAG writes nothing (release builds; debug ones assert). */
static void test_bad_lag(void **state)
{
    (void)state;
#ifdef NDEBUG
    float x[40] = {1.0f};
    double out[2 * LAGS];
    for (size_t i = 0; i < 2 * LAGS; i++)
        out[i] = 7.0;
    lpcu_compute_autocorrelation(x, 40, 0, out);
    lpcu_compute_autocorrelation(x, 40, LAGS + 1, out);
    lpcu_compute_autocorrelation_rolled(x, 40, LAGS + 1, out);
    for (size_t i = 0; i < 2 * LAGS; i++)
        assert_true(out[i] == 7.0);
#else
    skip();
#endif
}

/* libFLAC's intrinsic variants against its C function: reported, not required (lpcunroll
   matches the C function, which libFLAC's encoder runs for every lag it has no variant for). */
#if defined(__x86_64__)
typedef void (*flac_autoc_fn)(const float *, uint32_t, uint32_t, double *);
static void test_flac_variants(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        flac_autoc_fn fn;
        uint32_t lag;
        int fma;
    } v[] = {
        {"sse2_lag_8", FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_8, 8, 0},
        {"sse2_lag_10", FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_10, 10, 0},
        {"sse2_lag_14", FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_14, 14, 0},
        {"fma_lag_8", FLAC__lpc_compute_autocorrelation_intrin_fma_lag_8, 8, 1},
        {"fma_lag_12", FLAC__lpc_compute_autocorrelation_intrin_fma_lag_12, 12, 1},
        {"fma_lag_16", FLAC__lpc_compute_autocorrelation_intrin_fma_lag_16, 16, 1},
    };
    enum { CASES = 200 };
    static float x[4608];
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        if (v[i].fma && !lpcu_cpu_has_isa("avx2")) {
            printf("libFLAC %s: SKIPPED (no AVX2/FMA here)\n", v[i].name);
            continue;
        }
        int same = 0;
        for (int c = 0; c < CASES; c++) {
            const uint32_t n = (uint32_t)test_rand_range(v[i].lag, 4608);
            double a[FLAC_AUTOC_SLACK + LAGS], b[FLAC_AUTOC_SLACK + LAGS];
            make_signal((enum signal)(c % SIG_COUNT), x, n);
            FLAC__lpc_compute_autocorrelation(x, n, v[i].lag, a);
            v[i].fn(x, n, v[i].lag, b);
            same += memcmp(a, b, v[i].lag * sizeof *a) == 0;
        }
        printf("libFLAC %s: the C function's doubles in %d of %d cases\n", v[i].name, same, CASES);
    }
}
#endif

int main(void)
{
    test_rng_state = test_seed("test_autoc");
    harness_report_isas("test_autoc");
#if LPCU_TEST_AVX512_EMULATED
    printf("test_autoc: the avx512 kernels run emulated on AVX2 (%s here)\n",
           lpcu_cpu_has_isa("avx2") ? "run" : "SKIPPED, no AVX2");
#endif
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short),
        cmocka_unit_test(test_long),
        cmocka_unit_test(test_special),
        cmocka_unit_test(test_page_edges),
        cmocka_unit_test(test_bad_lag),
#if defined(__x86_64__)
        cmocka_unit_test(test_flac_variants),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
