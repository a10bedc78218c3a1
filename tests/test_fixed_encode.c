/* SPDX-License-Identifier: MIT */
/*
 * The fixed predictor's encoder side: lpcu_fixed_compute_best_predictor (+ _wide,
 * _limit_residual, _limit_residual_33bit) under every ISA this CPU runs (each hand-written
 * error-sum kernel also called directly) and lpcu_fixed_compute_residual (+ _wide,
 * _wide_33bit), against libFLAC 1.4.2's own functions from libFLAC.a: the same order and the
 * same five floats (memcmp), the same residuals, over lengths 0-300 and block lengths up to
 * 4608, sample widths 4-27 bits where libFLAC's int arithmetic cannot overflow (narrow, wide),
 * any 32-bit and 33-bit values (_limit_residual pair), and signals with ties (silence,
 * constants, ramps) and with errors past INT32_MAX. It also checks libFLAC's SSE2 and SSSE3
 * variants against its C functions. Seeds are printed; LPCU_TEST_SEED reproduces a run. Built
 * again as test_fixed_encode_avx512_emulated, it also runs the AVX-512 kernels' code where
 * the CPU lacks AVX-512, through SIMDe's emulation (fixed_errors_avx512_emulated.c).
 */
#include "test_util.h"

#include <math.h>

#include "lpcu_internal.h"

#define ORDERS (LPCU_FIXED_MAX_ORDER + 1)
#define WARMUP LPCU_FIXED_MAX_ORDER
#define SHORT_MAX 300
static const uint32_t long_lengths[] = {1152 - 4, 4096 - 4, 4608 - 4, 4096};

enum signal { SIG_NOISE, SIG_SMOOTH, SIG_CONST, SIG_EXTREME, SIG_COUNT };

/* x[0 .. n-1] of `bits` bits (up to 33), of one kind. */
static void make_signal(enum signal sig, int bits, int64_t *x, uint32_t n)
{
    const int64_t top = (INT64_C(1) << (bits - 1)) - 1, bottom = -top - 1;
    int64_t v = test_rand_range(bottom, top), slope = 0;
    for (uint32_t i = 0; i < n; i++) {
        switch (sig) {
        case SIG_NOISE:
            v = test_rand_range(bottom, top);
            break;
        case SIG_SMOOTH:
            slope += test_rand_range(-(top >> 8) - 1, (top >> 8) + 1);
            v += slope;
            if (v > top || v < bottom) {
                v = v > top ? top : bottom;
                slope = -slope / 2;
            }
            break;
        case SIG_CONST:
            break;
        default:
            v = (test_rand64() & 1) ? top : bottom;
            break;
        }
        x[i] = v;
    }
}

static int mismatches;

static void report(const char *what, const char *fn, uint32_t n, int bits)
{
    if (mismatches++ < 10)
        print_error("MISMATCH %s: %s, len %u, %d-bit\n", fn, what, n, bits);
}

typedef uint32_t (*best32_fn)(const int32_t *, uint32_t, float *);

/* One best-predictor candidate against the reference's order and floats. */
static void check_best(best32_fn fn, const char *name, const int32_t *d, uint32_t n, int bits,
                       uint32_t want_order, const float *want, const char *what)
{
    float got[ORDERS + 1];
    got[ORDERS] = 123.0f; /* guard */
    const uint32_t order = fn(d, n, got);
    if (order != want_order || memcmp(got, want, sizeof(float) * ORDERS) != 0 ||
        got[ORDERS] != 123.0f)
        report(what, name, n, bits);
}

/* The error sums of one kernel (called directly) against the public function's (libFLAC's
   order and floats follow from them), via their result. */
static uint32_t via_kernel(const lpcu_any_fn k, int wide, const int32_t *d, uint32_t n, float *rbps)
{
    uint64_t t[ORDERS];
    if (wide) {
        ((lpcu_fixed_errors64_fn)k)(d, n, t);
    } else {
        uint32_t t32[ORDERS];
        ((lpcu_fixed_errors32_fn)k)(d, n, t32);
        for (int i = 0; i < ORDERS; i++)
            t[i] = t32[i];
    }
    /* the same choice and estimate as libFLAC, computed here independently */
    uint32_t order = 0;
    while (order < LPCU_FIXED_MAX_ORDER) {
        int lowest = 1;
        for (uint32_t j = order + 1; j < ORDERS; j++)
            lowest &= t[order] <= t[j];
        if (lowest)
            break;
        order++;
    }
    for (int i = 0; i < ORDERS; i++)
        rbps[i] = (float)(t[i] > 0 ? log(0.69314718055994530942 * (double)t[i] / (double)n) /
                                         0.69314718055994530942
                                   : 0.0);
    return order;
}

static const lpcu_any_fn *kernel_under_test;
static int kernel_wide;
static uint32_t kernel_call(const int32_t *d, uint32_t n, float *rbps)
{
    return via_kernel(*kernel_under_test, kernel_wide, d, n, rbps);
}

/* The ISAs whose table this CPU runs. */
static const char *const isa_names[] = {"scalar", "sse41", "avx2", "avx512", "neon"};

/* narrow and wide on one signal (warm-up included): every ISA's public function and kernel. */
static void check_narrow_wide(const int32_t *d, uint32_t n, int bits, const char *what)
{
    float want[ORDERS];
    for (int wide = 0; wide < 2; wide++) {
        const best32_fn flac =
            wide ? FLAC__fixed_compute_best_predictor_wide : FLAC__fixed_compute_best_predictor;
        const best32_fn ours =
            wide ? lpcu_fixed_compute_best_predictor_wide : lpcu_fixed_compute_best_predictor;
        const uint32_t order = flac(d, n, want);
        for (size_t i = 0; i < sizeof isa_names / sizeof isa_names[0]; i++) {
            if (!lpcu_cpu_has_isa(isa_names[i]))
                continue;
            assert_int_equal(lpcu_select_isa(isa_names[i]), 0);
            check_best(ours, isa_names[i], d, n, bits, order, want, what);
            kernel_under_test = &lpcu_active_kernels()->fixed_errors[wide];
            kernel_wide = wide;
            if (*kernel_under_test)
                check_best(kernel_call, isa_names[i], d, n, bits, order, want, what);
        }
        lpcu_select_isa("auto");
    }
}

#if LPCU_TEST_AVX512_EMULATED
/* This build of the test also runs the AVX-512 kernels' code, compiled for AVX2
   (fixed_errors_avx512_emulated.c). */
LPCU_DECLARE_FIXED_ERRORS(avx512_emulated)
static const lpcu_any_fn emulated[2] = {(lpcu_any_fn)lpcu_fixed_errors_narrow__avx512_emulated,
                                        (lpcu_any_fn)lpcu_fixed_errors_wide__avx512_emulated};
#endif

static void check_emulated(const int32_t *d, uint32_t n, int bits)
{
#if LPCU_TEST_AVX512_EMULATED
    if (!lpcu_cpu_has_isa("avx2"))
        return;
    float want[ORDERS];
    for (int wide = 0; wide < 2; wide++) {
        const uint32_t order = (wide ? FLAC__fixed_compute_best_predictor_wide
                                     : FLAC__fixed_compute_best_predictor)(d, n, want);
        kernel_under_test = &emulated[wide];
        kernel_wide = wide;
        check_best(kernel_call, "avx512 (emulated)", d, n, bits, order, want, "emulated");
    }
#else
    (void)d, (void)n, (void)bits;
#endif
}

static void test_best_narrow_wide(void **state)
{
    (void)state;
    mismatches = 0;
    static int32_t buf[WARMUP + 4608 + 8];
    static int64_t x[WARMUP + 4608 + 8];
    for (uint32_t n = 0; n <= SHORT_MAX + 4; n++)
        for (int sig = 0; sig < SIG_COUNT; sig++) {
            const int bits = (int)test_rand_range(4, 27);
            make_signal((enum signal)sig, bits, x, WARMUP + n);
            for (uint32_t i = 0; i < WARMUP + n; i++)
                buf[i] = (int32_t)x[i];
            check_narrow_wide(buf + WARMUP, n, bits, "short");
            check_emulated(buf + WARMUP, n, bits);
        }
    for (size_t l = 0; l < sizeof long_lengths / sizeof long_lengths[0]; l++)
        for (int sig = 0; sig < SIG_COUNT; sig++)
            for (int bits = 4; bits <= 27; bits += 23) {
                const uint32_t n = long_lengths[l];
                make_signal((enum signal)sig, bits, x, WARMUP + n);
                for (uint32_t i = 0; i < WARMUP + n; i++)
                    buf[i] = (int32_t)x[i];
                check_narrow_wide(buf + WARMUP, n, bits, "long");
                check_emulated(buf + WARMUP, n, bits);
            }
    assert_int_equal(mismatches, 0);
}

/* Outside libFLAC's domain (32-bit samples, whose errors wrap): every ISA's kernels give the
   plain loop's sums, as the header defines them (32-bit two's complement errors, |INT32_MIN|
   = 2^31, narrow sums modulo 2^32), every length up to SHORT_MAX and the long ones. */
static void test_best_wrapping(void **state)
{
    (void)state;
    mismatches = 0;
    static int64_t x[WARMUP + 4608];
    static int32_t d[WARMUP + 4608];
    for (uint32_t n = 0; n <= 4608; n = n < SHORT_MAX ? n + 1 : n + 1100)
        for (int sig = SIG_NOISE; sig <= SIG_EXTREME; sig += SIG_EXTREME - SIG_NOISE) {
            make_signal((enum signal)sig, 32, x, WARMUP + n);
            for (uint32_t i = 0; i < WARMUP + n; i++)
                d[i] = (int32_t)x[i];
            for (int wide = 0; wide < 2; wide++) {
                const best32_fn ours = wide ? lpcu_fixed_compute_best_predictor_wide
                                            : lpcu_fixed_compute_best_predictor;
                float want[ORDERS];
                assert_int_equal(lpcu_select_isa("scalar"), 0);
                const uint32_t order = ours(d + WARMUP, n, want);
                for (size_t i = 1; i < sizeof isa_names / sizeof isa_names[0]; i++) {
                    if (!lpcu_cpu_has_isa(isa_names[i]))
                        continue;
                    assert_int_equal(lpcu_select_isa(isa_names[i]), 0);
                    check_best(ours, isa_names[i], d + WARMUP, n, 32, order, want, "wrapping");
                }
            }
        }
    lpcu_select_isa("auto");
    assert_int_equal(mismatches, 0);
}

static void test_best_limit(void **state)
{
    (void)state;
    mismatches = 0;
    static int32_t d32[4608];
    static int64_t d64[4608];
    float want[ORDERS], got[ORDERS];
    for (uint32_t n = 0; n <= 4608; n = n < SHORT_MAX ? n + 1 : n + 1100) {
        for (int sig = 0; sig < SIG_COUNT; sig++) {
            const int bits = (int)test_rand_range(4, 33);
            make_signal((enum signal)sig, bits, d64, n);
            uint32_t o1 = FLAC__fixed_compute_best_predictor_limit_residual_33bit(d64, n, want);
            uint32_t o2 = lpcu_fixed_compute_best_predictor_limit_residual_33bit(d64, n, got);
            if (o1 != o2 || memcmp(want, got, sizeof want) != 0)
                report("limit 33-bit", "lpcu_fixed_compute_best_predictor_limit_residual_33bit", n,
                       bits);
            for (uint32_t i = 0; i < n; i++)
                d32[i] = (int32_t)(d64[i] >> (bits == 33));
            o1 = FLAC__fixed_compute_best_predictor_limit_residual(d32, n, want);
            o2 = lpcu_fixed_compute_best_predictor_limit_residual(d32, n, got);
            if (o1 != o2 || memcmp(want, got, sizeof want) != 0)
                report("limit", "lpcu_fixed_compute_best_predictor_limit_residual", n, bits);
        }
    }
    assert_int_equal(mismatches, 0);
}

static void test_residual(void **state)
{
    (void)state;
    mismatches = 0;
    static int64_t x[WARMUP + 4608];
    static int32_t d32[WARMUP + 4608], want[4608 + 1], got[4608 + 1];
    for (uint32_t n = 0; n <= 4608; n = n < SHORT_MAX ? n + 1 : n + 1100)
        for (uint32_t order = 0; order < ORDERS; order++)
            for (int fam = 0; fam < 3; fam++) {
                /* narrow: bps + order <= 32; wide: 32-bit; wide33: 33-bit (libFLAC's domains) */
                const int bits = fam == 0   ? (int)test_rand_range(4, 32 - (int)order)
                                 : fam == 1 ? (int)test_rand_range(4, 32)
                                            : 33;
                make_signal((enum signal)(n % SIG_COUNT), bits, x, WARMUP + n);
                for (uint32_t i = 0; i < WARMUP + n; i++)
                    d32[i] = (int32_t)x[i];
                want[n] = got[n] = 0x5A5A5A5A;
                if (fam == 0) {
                    FLAC__fixed_compute_residual(d32 + WARMUP, n, order, want);
                    lpcu_fixed_compute_residual(d32 + WARMUP, n, order, got);
                } else if (fam == 1) {
                    FLAC__fixed_compute_residual_wide(d32 + WARMUP, n, order, want);
                    lpcu_fixed_compute_residual_wide(d32 + WARMUP, n, order, got);
                } else {
                    FLAC__fixed_compute_residual_wide_33bit(x + WARMUP, n, order, want);
                    lpcu_fixed_compute_residual_wide_33bit(x + WARMUP, n, order, got);
                }
                if (memcmp(want, got, (n + 1) * sizeof *got) != 0)
                    report("residual", fam == 0 ? "narrow" : fam == 1 ? "wide" : "wide33", n, bits);
            }
    assert_int_equal(mismatches, 0);
}

/* Empty blocks need no buffers: NULL pointers, every order, no undefined behaviour (the
   sanitizer build checks the calls; order 0 once handed NULL to memcpy). */
static void test_residual_empty(void **state)
{
    (void)state;
    for (uint32_t order = 0; order < ORDERS; order++) {
        lpcu_fixed_compute_residual(NULL, 0, order, NULL);
        lpcu_fixed_compute_residual_wide(NULL, 0, order, NULL);
        lpcu_fixed_compute_residual_wide_33bit(NULL, 0, order, NULL);
    }
}

/* libFLAC's SSE2 and SSSE3 variants against its C functions: reported. */
#if defined(__x86_64__)
static void test_flac_variants(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        best32_fn fn, ref;
    } v[] = {
        {"sse2", FLAC__fixed_compute_best_predictor_intrin_sse2,
         FLAC__fixed_compute_best_predictor},
        {"ssse3", FLAC__fixed_compute_best_predictor_intrin_ssse3,
         FLAC__fixed_compute_best_predictor},
        {"wide_sse2", FLAC__fixed_compute_best_predictor_wide_intrin_sse2,
         FLAC__fixed_compute_best_predictor_wide},
        {"wide_ssse3", FLAC__fixed_compute_best_predictor_wide_intrin_ssse3,
         FLAC__fixed_compute_best_predictor_wide},
    };
    enum { CASES = 300 };
    static int64_t x[WARMUP + 4608];
    static int32_t d[WARMUP + 4608];
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        int same = 0;
        for (int c = 0; c < CASES; c++) {
            const uint32_t n = (uint32_t)test_rand_range(0, 4608);
            make_signal((enum signal)(c % SIG_COUNT), (int)test_rand_range(4, 24), x, WARMUP + n);
            for (uint32_t k = 0; k < WARMUP + n; k++)
                d[k] = (int32_t)x[k];
            float a[ORDERS], b[ORDERS];
            const uint32_t oa = v[i].ref(d + WARMUP, n, a), ob = v[i].fn(d + WARMUP, n, b);
            same += oa == ob && memcmp(a, b, sizeof a) == 0;
        }
        printf("libFLAC best_predictor %s: its C function's order and floats in %d of %d cases\n",
               v[i].name, same, CASES);
    }
}
#endif

int main(void)
{
    test_rng_state = test_seed("test_fixed_encode");
    harness_report_isas("test_fixed_encode");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_best_narrow_wide),
        cmocka_unit_test(test_best_wrapping),
        cmocka_unit_test(test_best_limit),
        cmocka_unit_test(test_residual),
        cmocka_unit_test(test_residual_empty),
#if defined(__x86_64__)
        cmocka_unit_test(test_flac_variants),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
