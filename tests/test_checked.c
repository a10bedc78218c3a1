/* SPDX-License-Identifier: MIT */
/*
 * The checked entry points: each error code for each family, their precedence, that nothing
 * is written (or read) on error, that data_len == 0 needs no buffers, that valid calls give
 * the rolled loop's result under every usable ISA, and lpcu_strerror(). The encoder's checked
 * functions the same way, against their fast functions.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "harness.h"

#define LEN 40
#define GUARD 0x5A

struct bad_case {
    uint32_t order;
    int shift;
    int null_residual, null_coeff, null_data;
    int expected;
};

/* One entry per rule, plus the precedence between rules. */
static const struct bad_case bad_cases[] = {
    {0, 0, 0, 0, 0, LPCU_E_ORDER},
    {33, 0, 0, 0, 0, LPCU_E_ORDER},
    {UINT32_MAX, 0, 0, 0, 0, LPCU_E_ORDER},
    {1, -1, 0, 0, 0, LPCU_E_SHIFT},
    {1, 32, 0, 0, 0, LPCU_E_SHIFT},
    {32, INT_MIN, 0, 0, 0, LPCU_E_SHIFT},
    {32, INT_MAX, 0, 0, 0, LPCU_E_SHIFT},
    {8, 3, 1, 0, 0, LPCU_E_NULL},
    {8, 3, 0, 1, 0, LPCU_E_NULL},
    {8, 3, 0, 0, 1, LPCU_E_NULL},
    {8, 3, 1, 1, 1, LPCU_E_NULL},
    {0, 32, 1, 1, 1, LPCU_E_ORDER}, /* order is reported first */
    {1, 32, 1, 1, 1, LPCU_E_SHIFT}, /* then the shift, then NULL */
};

/* Every bad case, every family, data_len 1 and LEN: the code, and every buffer unchanged. */
static void test_errors_write_nothing(void **state)
{
    (void)state;
    int32_t residual[LEN], coeff[LPCU_MAX_ORDER];
    for (int i = 0; i < LEN; i++)
        residual[i] = i * 7 - 100;
    for (int j = 0; j < LPCU_MAX_ORDER; j++)
        coeff[j] = j - 5;
    unsigned char buf[(LPCU_MAX_ORDER + LEN) * sizeof(int64_t)], copy[sizeof buf];
    for (size_t b = 0; b < sizeof bad_cases / sizeof bad_cases[0]; b++) {
        const struct bad_case *bc = &bad_cases[b];
        for (int f = 0; f < LPCU_FAMILY_COUNT; f++) {
            const uint32_t lens[] = {1, LEN};
            for (int l = 0; l < 2; l++) {
                memset(buf, GUARD, sizeof buf);
                memcpy(copy, buf, sizeof buf);
                void *data = buf + LPCU_MAX_ORDER * harness_width((enum lpcu_family)f);
                const int rc = harness_call(HE_CHECKED, NULL, (enum lpcu_family)f,
                                            bc->null_residual ? NULL : residual, lens[l],
                                            bc->null_coeff ? NULL : coeff, bc->order, bc->shift,
                                            bc->null_data ? NULL : data);
                if (rc != bc->expected)
                    print_error("%s order %u shift %d nulls %d%d%d len %u: got %d, want %d\n",
                                lpcu_family_names[f], bc->order, bc->shift, bc->null_residual,
                                bc->null_coeff, bc->null_data, lens[l], rc, bc->expected);
                assert_int_equal(rc, bc->expected);
                assert_memory_equal(buf, copy, sizeof buf);
            }
        }
    }
}

/* data_len == 0: no buffer is needed, NULLs are fine, and order and shift are still checked. */
static void test_empty(void **state)
{
    (void)state;
    int64_t sentinel[1] = {42};
    for (int f = 0; f < LPCU_FAMILY_COUNT; f++) {
        const enum lpcu_family fam = (enum lpcu_family)f;
        assert_int_equal(harness_call(HE_CHECKED, NULL, fam, NULL, 0, NULL, 1, 0, NULL), 0);
        assert_int_equal(harness_call(HE_CHECKED, NULL, fam, NULL, 0, NULL, 32, 31, NULL), 0);
        assert_int_equal(harness_call(HE_CHECKED, NULL, fam, NULL, 0, NULL, 0, 0, NULL),
                         LPCU_E_ORDER);
        assert_int_equal(harness_call(HE_CHECKED, NULL, fam, NULL, 0, NULL, 1, 32, NULL),
                         LPCU_E_SHIFT);
        assert_int_equal(harness_call(HE_CHECKED, NULL, fam, NULL, 0, NULL, 1, 0, sentinel + 1), 0);
        assert_int_equal(sentinel[0], 42);
    }
}

/* Valid calls: the rolled loop's result, return 0, under every ISA this CPU runs, at the
   limits of both ranges and in between. */
static void test_success_matches_rolled(void **state)
{
    (void)state;
    const char *env = getenv("LPCU_TEST_SEED");
    uint64_t seed = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL);
    printf("test_checked: seed %llu (set LPCU_TEST_SEED=%llu to reproduce)\n",
           (unsigned long long)seed, (unsigned long long)seed);
    uint64_t s = seed;
    const char *isas[HARNESS_MAX_ISAS];
    const int n_isas = harness_isas(isas);
    harness_report_isas("test_checked");
    unsigned runs = 0;
    for (int i = 0; i < n_isas; i++) {
        if (!lpcu_cpu_has_isa(isas[i]))
            continue;
        assert_int_equal(lpcu_select_isa(isas[i]), 0);
        for (int f = 0; f < LPCU_FAMILY_COUNT; f++) {
            const enum lpcu_family fam = (enum lpcu_family)f;
            const size_t w = harness_width(fam);
            for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order++) {
                const int shifts[] = {0, 1, 15, (int)harness_below(&s, 32), LPCU_MAX_SHIFT};
                for (size_t k = 0; k < sizeof shifts / sizeof shifts[0]; k++) {
                    int32_t residual[LEN], coeff[LPCU_MAX_ORDER];
                    unsigned char want[(LPCU_MAX_ORDER + LEN) * sizeof(int64_t)];
                    unsigned char got[sizeof want];
                    for (uint32_t j = 0; j < order; j++)
                        coeff[j] = (int32_t)harness_rand_bits(&s, 15);
                    for (int n = 0; n < LEN; n++)
                        residual[n] = (int32_t)harness_rand_bits(&s, 20);
                    for (size_t b = 0; b < sizeof want; b++)
                        want[b] = (unsigned char)harness_rand(&s);
                    memcpy(got, want, sizeof want);
                    void *dw = want + order * w, *dg = got + order * w;
                    const uint32_t len = (uint32_t)harness_below(&s, LEN + 1);
                    harness_call(HE_ROLLED, NULL, fam, residual, len, coeff, order, shifts[k], dw);
                    assert_int_equal(harness_call(HE_CHECKED, NULL, fam, residual, len, coeff,
                                                  order, shifts[k], dg),
                                     0);
                    assert_memory_equal(got, want, sizeof want);
                    runs++;
                }
            }
        }
    }
    assert_int_equal(lpcu_select_isa("auto"), 0);
    printf("test_checked: %u valid calls matched the rolled loop\n", runs);
}

/* ---- the encoder's checked functions ----------------------------------------------------- */

/* One call of any encoder entry point: samples in (data[0] is the first; warm-up before it),
   coefficients, order (the lag count for the autocorrelation), shift, and the output. */
struct enc_call {
    const void *data;
    uint32_t data_len;
    const int32_t *coeff;
    uint32_t order;
    int shift;
    void *out;
};

enum enc_shape { ENC_LPC, ENC_FIXED_RESIDUAL, ENC_BEST, ENC_AUTOC };

struct enc_fn {
    const char *name;
    enum enc_shape shape;
    size_t in_width; /* bytes per sample: int32_t or float 4, int64_t 8 */
    int (*checked)(const struct enc_call *);
    int (*fast)(const struct enc_call *); /* the fast function's result, 0 for a void one */
};

/* The adapters, one pair per function, by shape. */
#define ENC_LPC_PAIR(fn, sample_t, ret)                                                            \
    static int fn##_c(const struct enc_call *c)                                                    \
    {                                                                                              \
        return fn##_checked(c->data, c->data_len, c->coeff, c->order, c->shift, c->out);           \
    }                                                                                              \
    static int fn##_f(const struct enc_call *c)                                                    \
    {                                                                                              \
        ret fn((const sample_t *)c->data, c->data_len, c->coeff, c->order, c->shift, c->out);      \
        return 0;                                                                                  \
    }
#define ENC_FIXED_PAIR(fn, sample_t)                                                               \
    static int fn##_c(const struct enc_call *c)                                                    \
    {                                                                                              \
        return fn##_checked(c->data, c->data_len, c->order, c->out);                               \
    }                                                                                              \
    static int fn##_f(const struct enc_call *c)                                                    \
    {                                                                                              \
        fn((const sample_t *)c->data, c->data_len, c->order, c->out);                              \
        return 0;                                                                                  \
    }
#define ENC_BEST_PAIR(fn, sample_t)                                                                \
    static int fn##_c(const struct enc_call *c)                                                    \
    {                                                                                              \
        return fn##_checked(c->data, c->data_len, c->out);                                         \
    }                                                                                              \
    static int fn##_f(const struct enc_call *c)                                                    \
    {                                                                                              \
        return (int)fn((const sample_t *)c->data, c->data_len, c->out);                            \
    }

ENC_LPC_PAIR(lpcu_compute_residual, int32_t, (void))
ENC_LPC_PAIR(lpcu_compute_residual_wide, int32_t, (void))
ENC_LPC_PAIR(lpcu_compute_residual_limit_residual, int32_t, return )
ENC_LPC_PAIR(lpcu_compute_residual_limit_residual_33bit, int64_t, return )
ENC_FIXED_PAIR(lpcu_fixed_compute_residual, int32_t)
ENC_FIXED_PAIR(lpcu_fixed_compute_residual_wide, int32_t)
ENC_FIXED_PAIR(lpcu_fixed_compute_residual_wide_33bit, int64_t)
ENC_BEST_PAIR(lpcu_fixed_compute_best_predictor, int32_t)
ENC_BEST_PAIR(lpcu_fixed_compute_best_predictor_wide, int32_t)
ENC_BEST_PAIR(lpcu_fixed_compute_best_predictor_limit_residual, int32_t)
ENC_BEST_PAIR(lpcu_fixed_compute_best_predictor_limit_residual_33bit, int64_t)

static int autoc_c(const struct enc_call *c)
{
    return lpcu_compute_autocorrelation_checked(c->data, c->data_len, c->order, c->out);
}

static int autoc_f(const struct enc_call *c)
{
    lpcu_compute_autocorrelation(c->data, c->data_len, c->order, c->out);
    return 0;
}

#define ENC_FN(fn, shape, width)                                                                   \
    {                                                                                              \
#fn, shape, width, fn##_c, fn##_f                                                          \
    }
static const struct enc_fn enc_fns[] = {
    ENC_FN(lpcu_compute_residual, ENC_LPC, 4),
    ENC_FN(lpcu_compute_residual_wide, ENC_LPC, 4),
    ENC_FN(lpcu_compute_residual_limit_residual, ENC_LPC, 4),
    ENC_FN(lpcu_compute_residual_limit_residual_33bit, ENC_LPC, 8),
    ENC_FN(lpcu_fixed_compute_residual, ENC_FIXED_RESIDUAL, 4),
    ENC_FN(lpcu_fixed_compute_residual_wide, ENC_FIXED_RESIDUAL, 4),
    ENC_FN(lpcu_fixed_compute_residual_wide_33bit, ENC_FIXED_RESIDUAL, 8),
    ENC_FN(lpcu_fixed_compute_best_predictor, ENC_BEST, 4),
    ENC_FN(lpcu_fixed_compute_best_predictor_wide, ENC_BEST, 4),
    ENC_FN(lpcu_fixed_compute_best_predictor_limit_residual, ENC_BEST, 4),
    ENC_FN(lpcu_fixed_compute_best_predictor_limit_residual_33bit, ENC_BEST, 8),
    {"lpcu_compute_autocorrelation", ENC_AUTOC, 4, autoc_c, autoc_f},
};
#define ENC_FN_COUNT (sizeof enc_fns / sizeof enc_fns[0])

/* Samples of warm-up before data[0] each shape may read, and output elements of 8 bytes at
   most (residuals, five floats, lag sums) a call of n samples and order o may write. */
#define ENC_WARMUP LPCU_MAX_ORDER
#define ENC_OUT_MAX (LEN + LPCU_MAX_LAG)

/* Every rule of a shape, plus the precedence between its rules (shift ignored where there is
   none; null_coeff only where there are coefficients). */
struct enc_bad {
    enum enc_shape shape;
    uint32_t order;
    int shift;
    int null_in, null_coeff, null_out;
    int expected;
};

static const struct enc_bad enc_bad_cases[] = {
    {ENC_LPC, 0, 0, 0, 0, 0, LPCU_E_ORDER},
    {ENC_LPC, 33, 0, 0, 0, 0, LPCU_E_ORDER},
    {ENC_LPC, UINT32_MAX, 0, 0, 0, 0, LPCU_E_ORDER},
    {ENC_LPC, 1, -1, 0, 0, 0, LPCU_E_SHIFT},
    {ENC_LPC, 32, 32, 0, 0, 0, LPCU_E_SHIFT},
    {ENC_LPC, 32, INT_MIN, 0, 0, 0, LPCU_E_SHIFT},
    {ENC_LPC, 8, 3, 1, 0, 0, LPCU_E_NULL},
    {ENC_LPC, 8, 3, 0, 1, 0, LPCU_E_NULL},
    {ENC_LPC, 8, 3, 0, 0, 1, LPCU_E_NULL},
    {ENC_LPC, 0, 32, 1, 1, 1, LPCU_E_ORDER},
    {ENC_LPC, 1, 32, 1, 1, 1, LPCU_E_SHIFT},
    {ENC_FIXED_RESIDUAL, 5, 0, 0, 0, 0, LPCU_E_FIXED_ORDER},
    {ENC_FIXED_RESIDUAL, UINT32_MAX, 0, 0, 0, 0, LPCU_E_FIXED_ORDER},
    {ENC_FIXED_RESIDUAL, 0, 0, 1, 0, 0, LPCU_E_NULL},
    {ENC_FIXED_RESIDUAL, 4, 0, 0, 0, 1, LPCU_E_NULL},
    {ENC_FIXED_RESIDUAL, 5, 0, 1, 0, 1, LPCU_E_FIXED_ORDER},
    {ENC_BEST, 0, 0, 1, 0, 0, LPCU_E_NULL},
    {ENC_BEST, 0, 0, 0, 0, 1, LPCU_E_NULL},
    {ENC_BEST, 0, 0, 1, 0, 1, LPCU_E_NULL},
    {ENC_AUTOC, 0, 0, 0, 0, 0, LPCU_E_LAG},
    {ENC_AUTOC, 34, 0, 0, 0, 0, LPCU_E_LAG},
    {ENC_AUTOC, UINT32_MAX, 0, 0, 0, 0, LPCU_E_LAG},
    {ENC_AUTOC, 33, 0, 1, 0, 0, LPCU_E_NULL},
    {ENC_AUTOC, 1, 0, 0, 0, 1, LPCU_E_NULL},
    {ENC_AUTOC, 0, 0, 1, 0, 1, LPCU_E_LAG},
};

/* Every bad case of every function's shape, data_len 1 and LEN: the code, and the samples, the
   coefficients and the output buffer unchanged. */
static void test_encoder_errors_write_nothing(void **state)
{
    (void)state;
    int32_t coeff[LPCU_MAX_ORDER], coeff_copy[LPCU_MAX_ORDER];
    for (int j = 0; j < LPCU_MAX_ORDER; j++)
        coeff[j] = j - 5;
    memcpy(coeff_copy, coeff, sizeof coeff);
    unsigned char in[(ENC_WARMUP + LEN) * sizeof(int64_t)], in_copy[sizeof in];
    unsigned char out[ENC_OUT_MAX * sizeof(int64_t)], out_copy[sizeof out];
    unsigned checked = 0;
    for (size_t f = 0; f < ENC_FN_COUNT; f++) {
        const struct enc_fn *fn = &enc_fns[f];
        for (size_t b = 0; b < sizeof enc_bad_cases / sizeof enc_bad_cases[0]; b++) {
            const struct enc_bad *bc = &enc_bad_cases[b];
            if (bc->shape != fn->shape)
                continue;
            const uint32_t lens[] = {1, LEN};
            for (int l = 0; l < 2; l++) {
                for (size_t i = 0; i < sizeof in; i++)
                    in[i] = (unsigned char)(i * 37 + 11);
                memcpy(in_copy, in, sizeof in);
                memset(out, GUARD, sizeof out);
                memcpy(out_copy, out, sizeof out);
                const struct enc_call c = {bc->null_in ? NULL : in + ENC_WARMUP * fn->in_width,
                                           lens[l],
                                           bc->null_coeff ? NULL : coeff,
                                           bc->order,
                                           bc->shift,
                                           bc->null_out ? NULL : out};
                const int rc = fn->checked(&c);
                if (rc != bc->expected)
                    print_error("%s order %u shift %d nulls %d%d%d len %u: got %d, want %d\n",
                                fn->name, bc->order, bc->shift, bc->null_in, bc->null_coeff,
                                bc->null_out, lens[l], rc, bc->expected);
                assert_int_equal(rc, bc->expected);
                assert_memory_equal(in, in_copy, sizeof in);
                assert_memory_equal(coeff, coeff_copy, sizeof coeff);
                assert_memory_equal(out, out_copy, sizeof out);
                checked++;
            }
        }
    }
    printf("test_checked: %u encoder error calls wrote nothing\n", checked);
}

/* data_len == 0: the pointers a call then does not use may be NULL; order, shift and lag are
   still checked, and the outputs written even for no samples (the five estimates, the lag
   sums) are the fast function's. */
static void test_encoder_empty(void **state)
{
    (void)state;
    int64_t warm[ENC_WARMUP] = {0};
    double got[LPCU_MAX_LAG], want[LPCU_MAX_LAG];
    for (size_t f = 0; f < ENC_FN_COUNT; f++) {
        const struct enc_fn *fn = &enc_fns[f];
        const int limit = strstr(fn->name, "limit_residual") && fn->shape == ENC_LPC;
        struct enc_call c = {NULL, 0, NULL, 1, 0, NULL};
        switch (fn->shape) {
        case ENC_LPC:
            assert_int_equal(fn->checked(&c), limit);
            c.order = LPCU_MAX_ORDER;
            c.shift = LPCU_MAX_SHIFT;
            assert_int_equal(fn->checked(&c), limit);
            c.order = 0;
            assert_int_equal(fn->checked(&c), LPCU_E_ORDER);
            c.order = 1;
            c.shift = LPCU_MAX_SHIFT + 1;
            assert_int_equal(fn->checked(&c), LPCU_E_SHIFT);
            break;
        case ENC_FIXED_RESIDUAL:
            for (c.order = 0; c.order <= LPCU_FIXED_MAX_ORDER; c.order++)
                assert_int_equal(fn->checked(&c), 0);
            assert_int_equal(fn->checked(&c), LPCU_E_FIXED_ORDER);
            break;
        case ENC_BEST:
        case ENC_AUTOC:
            c.order = fn->shape == ENC_AUTOC ? LPCU_MAX_LAG : 0;
            assert_int_equal(fn->checked(&c), LPCU_E_NULL); /* the output is always written */
            memset(got, GUARD, sizeof got);
            memset(want, GUARD, sizeof want);
            c.out = got;
            const int rc = fn->checked(&c);
            c.data = warm + ENC_WARMUP;
            c.out = want;
            assert_int_equal(rc, fn->fast(&c));
            assert_memory_equal(got, want, sizeof got);
            break;
        }
    }
}

/* Random samples of `bits` bits (the 33-bit side channel, 32-bit audio, or smaller), as the
   function's sample type; floats of 16-bit values for the autocorrelation. */
static void enc_fill(const struct enc_fn *fn, void *in, size_t n, int bits, uint64_t *s)
{
    for (size_t i = 0; i < n; i++) {
        const int64_t v = harness_rand_bits(s, bits);
        if (fn->shape == ENC_AUTOC)
            ((float *)in)[i] = (float)harness_sign_extend((uint64_t)v, 16);
        else if (fn->in_width == 8)
            ((int64_t *)in)[i] = v;
        else
            ((int32_t *)in)[i] = (int32_t)(uint32_t)(uint64_t)v;
    }
}

/* Valid calls: the fast function's result and the same whole output buffer (the words after
   the output included), under every ISA this CPU runs, over every order or lag, lengths
   0 .. LEN, and sample widths that make the _limit_ functions fail as well as pass. */
static void test_encoder_success_matches_fast(void **state)
{
    (void)state;
    const char *env = getenv("LPCU_TEST_SEED");
    uint64_t seed = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL) + 1;
    printf("test_checked: encoder seed %llu (set LPCU_TEST_SEED=%llu to reproduce)\n",
           (unsigned long long)seed, (unsigned long long)seed);
    uint64_t s = seed;
    const char *isas[HARNESS_MAX_ISAS];
    const int n_isas = harness_isas(isas);
    unsigned runs = 0, limit_fails = 0;
    for (int i = 0; i < n_isas; i++) {
        if (!lpcu_cpu_has_isa(isas[i]))
            continue;
        assert_int_equal(lpcu_select_isa(isas[i]), 0);
        for (size_t f = 0; f < ENC_FN_COUNT; f++) {
            const struct enc_fn *fn = &enc_fns[f];
            const uint32_t orders[] = {LPCU_MAX_ORDER, LPCU_FIXED_MAX_ORDER, 0, LPCU_MAX_LAG};
            const uint32_t first = fn->shape == ENC_LPC || fn->shape == ENC_AUTOC ? 1 : 0;
            for (uint32_t order = first; order <= orders[fn->shape]; order++) {
                const int bits[] = {16, 24, 32, fn->in_width == 8 ? 33 : 32};
                for (size_t k = 0; k < sizeof bits / sizeof bits[0]; k++) {
                    int32_t coeff[LPCU_MAX_ORDER];
                    unsigned char in[(ENC_WARMUP + LEN) * sizeof(int64_t)];
                    unsigned char want[ENC_OUT_MAX * sizeof(int64_t)], got[sizeof want];
                    for (uint32_t j = 0; j < LPCU_MAX_ORDER; j++)
                        coeff[j] = (int32_t)harness_rand_bits(&s, 15);
                    enc_fill(fn, in, ENC_WARMUP + LEN, bits[k], &s);
                    for (size_t b = 0; b < sizeof want; b++)
                        want[b] = (unsigned char)harness_rand(&s);
                    memcpy(got, want, sizeof want);
                    struct enc_call c = {in + ENC_WARMUP * fn->in_width,
                                         (uint32_t)harness_below(&s, LEN + 1),
                                         coeff,
                                         order,
                                         (int)harness_below(&s, 16),
                                         want};
                    const int expected = fn->fast(&c);
                    c.out = got;
                    const int rc = fn->checked(&c);
                    if (rc != expected || memcmp(got, want, sizeof got) != 0)
                        print_error("%s under %s: order %u, %d bits, len %u: %d, want %d\n",
                                    fn->name, isas[i], order, bits[k], c.data_len, rc, expected);
                    assert_int_equal(rc, expected);
                    assert_memory_equal(got, want, sizeof want);
                    limit_fails += fn->shape == ENC_LPC && strstr(fn->name, "limit") && rc == 0;
                    runs++;
                }
            }
        }
    }
    assert_int_equal(lpcu_select_isa("auto"), 0);
    printf("test_checked: %u valid encoder calls matched the fast functions (%u limit failures)\n",
           runs, limit_fails);
    assert_true(limit_fails > 0); /* the 0 result was exercised */
}

static void test_strerror(void **state)
{
    (void)state;
    const int codes[] = {LPCU_E_UNKNOWN_ISA, LPCU_E_UNSUPPORTED_ISA, LPCU_E_NULL, LPCU_E_ORDER,
                         LPCU_E_SHIFT,       LPCU_E_FIXED_ORDER,     LPCU_E_LAG};
    const size_t n = sizeof codes / sizeof codes[0];
    const char *unknown = lpcu_strerror(-1000);
    assert_non_null(unknown);
    assert_string_equal(lpcu_strerror(0), "success");
    assert_ptr_equal(lpcu_strerror(1), unknown);
    assert_ptr_equal(lpcu_strerror(INT_MIN), unknown);
    for (size_t i = 0; i < n; i++) {
        assert_true(codes[i] < 0);
        const char *msg = lpcu_strerror(codes[i]);
        assert_non_null(msg);
        assert_true(msg != unknown && strcmp(msg, unknown) != 0);
        assert_string_not_equal(msg, "success");
        for (size_t j = 0; j < i; j++) {
            assert_int_not_equal(codes[i], codes[j]);
            assert_string_not_equal(msg, lpcu_strerror(codes[j]));
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors_write_nothing),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_success_matches_rolled),
        cmocka_unit_test(test_encoder_errors_write_nothing),
        cmocka_unit_test(test_encoder_empty),
        cmocka_unit_test(test_encoder_success_matches_fast),
        cmocka_unit_test(test_strerror),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
