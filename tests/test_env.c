/* SPDX-License-Identifier: MIT */
/*
 * LPCU_ISA at first use. ctest runs this program several times with different values (see
 * tests/CMakeLists.txt); it checks that the first call honours the variable: a usable name
 * is taken as is, "auto" or an unknown or unsupported name gives the automatic choice.
 */
#include "test_util.h"

static void test_first_use_honours_lpcu_isa(void **state)
{
    (void)state;
    const char *env = getenv("LPCU_ISA");
    const char *active = lpcu_active_isa(); /* the first call into the library */
    printf("LPCU_ISA=%s -> %s\n", env ? env : "(unset)", active);
    if (env && strcmp(env, "auto") != 0 && lpcu_cpu_has_isa(env)) {
        assert_string_equal(active, env);
    } else {
        /* whatever was chosen must be what "auto" chooses */
        char first[32];
        snprintf(first, sizeof first, "%s", active);
        assert_int_equal(lpcu_select_isa("auto"), 0);
        assert_string_equal(lpcu_active_isa(), first);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_use_honours_lpcu_isa),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
