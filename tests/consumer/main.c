/* SPDX-License-Identifier: MIT */
/* A program outside the project, built against an installed lpcunroll (find_package,
   pkg-config) or one added with add_subdirectory(): README's usage example, printed. */
#include <stdio.h>

#include <lpcunroll.h>

int main(void)
{
    /* 12 taps; qlp_coeff[0] multiplies the newest sample, as in libFLAC. */
    const int32_t coeff[12] = {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    const int32_t residual[1] = {130};
    int32_t buf[13] = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120}; /* warm-up */
    lpcu_restore_signal(residual, 1, coeff, 12, 2, buf + 12);
    printf("%ld\n", (long)buf[12]); /* 130 + (6500 >> 2) == 1755 */
    return buf[12] == 1755 ? 0 : 1;
}
