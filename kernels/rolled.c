/* SPDX-License-Identifier: MIT */
/*
 * The plain rolled restore loops: the reference the tests compare every kernel with, and the
 * baseline of the benchmark. Deliberately the textbook loop (what most decoders ship), with
 * the arithmetic in unsigned types so that wrap-around is defined.
 */
#include "lpcu_internal.h"

void lpcu_restore_signal_rolled(const int32_t *residual, uint32_t data_len,
                                const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                int32_t *data)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint32_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint32_t)qlp_coeff[j] * (uint32_t)data[(int64_t)i - j - 1];
        data[i] = (int32_t)((uint32_t)residual[i] + (uint32_t)((int32_t)sum >> lp_quantization));
    }
}

void lpcu_restore_signal_wide_rolled(const int32_t *residual, uint32_t data_len,
                                     const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                     int32_t *data)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)data[(int64_t)i - j - 1];
        data[i] = (int32_t)((uint32_t)residual[i] + (uint32_t)((int64_t)sum >> lp_quantization));
    }
}

void lpcu_restore_signal_wide_33bit_rolled(const int32_t *residual, uint32_t data_len,
                                           const int32_t *qlp_coeff, uint32_t order,
                                           int lp_quantization, int64_t *data)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)data[(int64_t)i - j - 1];
        data[i] =
            (int64_t)((uint64_t)(int64_t)residual[i] + (uint64_t)((int64_t)sum >> lp_quantization));
    }
}
