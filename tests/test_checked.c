/* SPDX-License-Identifier: MIT */
/*
 * The checked entry points: each error code for each family, their precedence, that nothing
 * is written (or read) on error, that data_len == 0 needs no buffers, that valid calls give
 * the rolled loop's result under every usable ISA, and lpcu_strerror().
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

static void test_strerror(void **state)
{
    (void)state;
    const int codes[] = {LPCU_E_UNKNOWN_ISA, LPCU_E_UNSUPPORTED_ISA, LPCU_E_NULL, LPCU_E_ORDER,
                         LPCU_E_SHIFT};
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
        cmocka_unit_test(test_strerror),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
