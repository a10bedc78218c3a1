/* SPDX-License-Identifier: MIT */
/*
 * The fixed-predictor entry points (FLAC FIXED subframes, orders 0-4): dispatch to the
 * active ISA's generated kernel, and the plain rolled loops. The rolled loops multiply by the
 * predictor coefficients as libFLAC states them, not as the nested running sums the kernels
 * run (gen/fixed.c), so the tests compare two formulations as well as two programs.
 */
#include "lpcu_internal.h"

void lpcu_fixed_restore_signal(const int32_t *residual, uint32_t data_len, uint32_t order,
                               int32_t *data)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    const lpcu_any_fn k = lpcu_active_kernels()->fixed[LPCU_FAMILY_narrow][order];
    if (k)
        ((lpcu_fixed32_fn)k)(residual, data_len, data);
    else /* left out of this build */
        lpcu_fixed_restore_signal_rolled(residual, data_len, order, data);
}

void lpcu_fixed_restore_signal_wide(const int32_t *residual, uint32_t data_len, uint32_t order,
                                    int32_t *data)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    const lpcu_any_fn k = lpcu_active_kernels()->fixed[LPCU_FAMILY_wide][order];
    if (k)
        ((lpcu_fixed32_fn)k)(residual, data_len, data);
    else /* left out of this build */
        lpcu_fixed_restore_signal_wide_rolled(residual, data_len, order, data);
}

void lpcu_fixed_restore_signal_wide_33bit(const int32_t *residual, uint32_t data_len,
                                          uint32_t order, int64_t *data)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    const lpcu_any_fn k = lpcu_active_kernels()->fixed[LPCU_FAMILY_wide33][order];
    if (k)
        ((lpcu_fixed64_fn)k)(residual, data_len, data);
    else /* left out of this build */
        lpcu_fixed_restore_signal_wide_33bit_rolled(residual, data_len, order, data);
}

/* The predictor coefficients of each order, newest sample first. */
static const int32_t fixed_coeff[LPCU_FIXED_MAX_ORDER + 1][LPCU_FIXED_MAX_ORDER] = {
    {0, 0, 0, 0}, {1, 0, 0, 0}, {2, -1, 0, 0}, {3, -3, 1, 0}, {4, -6, 4, -1}};

void lpcu_fixed_restore_signal_rolled(const int32_t *residual, uint32_t data_len, uint32_t order,
                                      int32_t *data)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint32_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint32_t)fixed_coeff[order][j] * (uint32_t)data[(int64_t)i - j - 1];
        data[i] = (int32_t)((uint32_t)residual[i] + sum);
    }
}

/* libFLAC's wide arithmetic as written: a 64-bit sum, then its low 32 bits. */
void lpcu_fixed_restore_signal_wide_rolled(const int32_t *residual, uint32_t data_len,
                                           uint32_t order, int32_t *data)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint64_t)(int64_t)fixed_coeff[order][j] *
                   (uint64_t)(int64_t)data[(int64_t)i - j - 1];
        data[i] = (int32_t)(uint32_t)((uint64_t)(int64_t)residual[i] + sum);
    }
}

void lpcu_fixed_restore_signal_wide_33bit_rolled(const int32_t *residual, uint32_t data_len,
                                                 uint32_t order, int64_t *data)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint64_t)(int64_t)fixed_coeff[order][j] * (uint64_t)data[(int64_t)i - j - 1];
        data[i] = (int64_t)((uint64_t)(int64_t)residual[i] + sum);
    }
}
