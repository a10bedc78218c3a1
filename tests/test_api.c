/* SPDX-License-Identifier: MIT */
/*
 * The public API beyond the arithmetic: the README example, ISA selection and LPCU_ISA,
 * and the contract that out-of-range parameters write nothing.
 */
#include "test_util.h"

/* README's example: 12 taps, coefficients 12..1 in libFLAC order (qlp_coeff[0] multiplies
   the newest sample), history 10..120, shift 2, residual 130. The prediction is
   (12*120 + 11*110 + ... + 1*10) >> 2 = 6500 >> 2 = 1625, so the sample is 1755. */
static void test_readme_example(void **state)
{
    (void)state;
    const int32_t coeff[12] = {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    const int32_t residual[1] = {130};
    int32_t buf[13] = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 0};
    int64_t buf64[13] = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 0};

    lpcu_restore_signal(residual, 1, coeff, 12, 2, buf + 12);
    assert_int_equal(buf[12], 1755);
    buf[12] = 0;
    lpcu_restore_signal_wide(residual, 1, coeff, 12, 2, buf + 12);
    assert_int_equal(buf[12], 1755);
    lpcu_restore_signal_wide_33bit(residual, 1, coeff, 12, 2, buf64 + 12);
    assert_int_equal(buf64[12], 1755);
}

static void test_select_isa(void **state)
{
    (void)state;
    assert_int_equal(lpcu_select_isa("scalar"), 0);
    assert_string_equal(lpcu_active_isa(), "scalar");
    assert_int_equal(lpcu_select_isa("no-such-isa"), LPCU_E_UNKNOWN_ISA);
    assert_int_equal(lpcu_select_isa(NULL), LPCU_E_UNKNOWN_ISA);
    assert_string_equal(lpcu_active_isa(), "scalar"); /* a failed call changes nothing */
    assert_int_equal(lpcu_select_isa("auto"), 0);
    printf("auto selects %s\n", lpcu_active_isa());
    /* Every ISA name a kernel carries is known: selecting it succeeds exactly when the CPU
       runs it, and never reports it as unknown. */
    for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
        const int rc = lpcu_select_isa(manifest_rows[k].isa);
        assert_int_equal(rc, lpcu_cpu_has_isa(manifest_rows[k].isa) ? 0 : LPCU_E_UNSUPPORTED_ISA);
        if (rc == 0)
            assert_string_equal(lpcu_active_isa(), manifest_rows[k].isa);
    }
    assert_int_equal(lpcu_select_isa("auto"), 0);
}

/* Out-of-range order or shift: nothing is written, by any entry point. The checks assert in
   builds without NDEBUG, so this test only runs where NDEBUG is set. */
static void test_bad_parameters_write_nothing(void **state)
{
    (void)state;
#ifndef NDEBUG
    skip();
#else
    const int32_t coeff[33] = {1, 2, 3};
    const int32_t residual[4] = {1, 2, 3, 4};
    const struct {
        uint32_t order;
        int shift;
    } bad[] = {{0, 0}, {33, 0}, {UINT32_MAX, 0}, {1, -1}, {1, 32}, {12, 1000}};
    for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
        int32_t buf[40];
        int64_t buf64[40];
        for (int w = 0; w < 40; w++) {
            buf[w] = (int32_t)TEST_GUARD_32;
            buf64[w] = (int64_t)TEST_GUARD_64;
        }
        int32_t *d = buf + 34;
        int64_t *d64 = buf64 + 34;
        lpcu_restore_signal(residual, 4, coeff, bad[b].order, bad[b].shift, d);
        lpcu_restore_signal_wide(residual, 4, coeff, bad[b].order, bad[b].shift, d);
        lpcu_restore_signal_rolled(residual, 4, coeff, bad[b].order, bad[b].shift, d);
        lpcu_restore_signal_wide_rolled(residual, 4, coeff, bad[b].order, bad[b].shift, d);
        lpcu_restore_signal_wide_33bit(residual, 4, coeff, bad[b].order, bad[b].shift, d64);
        lpcu_restore_signal_wide_33bit_rolled(residual, 4, coeff, bad[b].order, bad[b].shift, d64);
        for (int w = 0; w < 40; w++) {
            assert_int_equal(buf[w], (int32_t)TEST_GUARD_32);
            assert_int_equal(buf64[w], (int64_t)TEST_GUARD_64);
        }
    }
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_readme_example),
        cmocka_unit_test(test_select_isa),
        cmocka_unit_test(test_bad_parameters_write_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
