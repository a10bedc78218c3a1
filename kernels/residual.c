/* SPDX-License-Identifier: MIT */
/*
 * The encoder's residual functions (lpcunroll.h): the plain loops, and the entry points that
 * run the generated kernels (gen/residual.c). The limit kernels stop before the first block
 * holding a residual outside (INT32_MIN, INT32_MAX]; the entry points finish from there with
 * the plain loop, so every function writes exactly what libFLAC's does.
 */
#include "lpcu_internal.h"

/* The 64-bit residual of sample i, wrapping where libFLAC's arithmetic would overflow. */
static inline uint64_t residual64_of32(const int32_t *data, int64_t i, const int32_t *qlp_coeff,
                                       uint32_t order, int lp_quantization)
{
    uint64_t sum = 0;
    for (uint32_t j = 0; j < order; j++)
        sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)data[i - j - 1];
    return (uint64_t)(int64_t)data[i] - (uint64_t)((int64_t)sum >> lp_quantization);
}

static inline uint64_t residual64_of64(const int64_t *data, int64_t i, const int32_t *qlp_coeff,
                                       uint32_t order, int lp_quantization)
{
    uint64_t sum = 0;
    for (uint32_t j = 0; j < order; j++)
        sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)data[i - j - 1];
    return (uint64_t)data[i] - (uint64_t)((int64_t)sum >> lp_quantization);
}

/* r in (INT32_MIN, INT32_MAX], the range libFLAC's _limit_residual functions accept (so that
   |r| fits an int32). */
static inline int fits(uint64_t r)
{
    return r + UINT64_C(0x7fffffff) <= UINT64_C(0xfffffffe);
}

void lpcu_compute_residual_rolled(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                                  uint32_t order, int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint32_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint32_t)qlp_coeff[j] * (uint32_t)data[(int64_t)i - j - 1];
        residual[i] = (int32_t)((uint32_t)data[i] - (uint32_t)((int32_t)sum >> lp_quantization));
    }
}

void lpcu_compute_residual_wide_rolled(const int32_t *data, uint32_t data_len,
                                       const int32_t *qlp_coeff, uint32_t order,
                                       int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    for (uint32_t i = 0; i < data_len; i++)
        residual[i] =
            (int32_t)(uint32_t)residual64_of32(data, i, qlp_coeff, order, lp_quantization);
}

int lpcu_compute_residual_limit_residual_rolled(const int32_t *data, uint32_t data_len,
                                                const int32_t *qlp_coeff, uint32_t order,
                                                int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return 0;
    for (uint32_t i = 0; i < data_len; i++) {
        const uint64_t r = residual64_of32(data, i, qlp_coeff, order, lp_quantization);
        if (!fits(r))
            return 0;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return 1;
}

int lpcu_compute_residual_limit_residual_33bit_rolled(const int64_t *data, uint32_t data_len,
                                                      const int32_t *qlp_coeff, uint32_t order,
                                                      int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return 0;
    for (uint32_t i = 0; i < data_len; i++) {
        const uint64_t r = residual64_of64(data, i, qlp_coeff, order, lp_quantization);
        if (!fits(r))
            return 0;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return 1;
}

/*
 * Where the build has a slot's exact-double kernel (feature fma: AVX2 with FMA; the tuning
 * gives wide33's limit slots one) and it applies, it runs first. It needs
 * sum_j |qlp_coeff[j]| <= LPCU_EXACT_COEFF_SUM (2^19) and lp_quantization <=
 * LPCU_EXACT_MAX_SHIFT (15), checked here on the order values: FLAC's encoder keeps its
 * coefficients within 15 bits (so at order 32 within 2^19) and its shifts within 0-15. It
 * returns where it stopped (also at int64 samples beyond LPCU_EXACT_SAMPLE_MAX, and before a
 * residual out of range). The integer kernels, or where the build left them out the plain
 * loop, do the rest: other coefficients and shifts, and any samples, give the integer
 * arithmetic's results, wrap-around included.
 */
static lpcu_any_fn exact_kernel(const lpcu_any_fn *slot, const int32_t *qlp_coeff, uint32_t order,
                                int lp_quantization)
{
    if (slot[LPCU_RESIDUAL_EXACT] && lpcu_exact_applies(qlp_coeff, order, lp_quantization) &&
        lpcu_cpu_has_feature(LPCU_FEATURE_fma))
        return slot[LPCU_RESIDUAL_EXACT];
    return 0;
}

void lpcu_compute_residual(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                           uint32_t order, int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    const lpcu_any_fn k =
        lpcu_active_kernels()->residual[LPCU_FAMILY_narrow][order][LPCU_RESIDUAL_INTEGER];
    if (k)
        ((lpcu_residual32_fn)k)(data, data_len, qlp_coeff, lp_quantization, residual);
    else
        lpcu_compute_residual_rolled(data, data_len, qlp_coeff, order, lp_quantization, residual);
}

void lpcu_compute_residual_wide(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                                uint32_t order, int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    const lpcu_any_fn *slot = lpcu_active_kernels()->residual[LPCU_FAMILY_wide][order];
    const lpcu_any_fn x = exact_kernel(slot, qlp_coeff, order, lp_quantization),
                      k = slot[LPCU_RESIDUAL_INTEGER];
    const uint32_t i =
        x ? ((lpcu_residual32_fn)x)(data, data_len, qlp_coeff, lp_quantization, residual) : 0;
    if (k)
        ((lpcu_residual32_fn)k)(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    else
        lpcu_compute_residual_wide_rolled(data + i, data_len - i, qlp_coeff, order, lp_quantization,
                                          residual + i);
}

int lpcu_compute_residual_limit_residual(const int32_t *data, uint32_t data_len,
                                         const int32_t *qlp_coeff, uint32_t order,
                                         int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return 0;
    const lpcu_any_fn *slot = lpcu_active_kernels()->limit[LPCU_FAMILY_wide][order];
    const lpcu_any_fn x = exact_kernel(slot, qlp_coeff, order, lp_quantization),
                      k = slot[LPCU_RESIDUAL_INTEGER];
    uint32_t i =
        x ? ((lpcu_residual32_fn)x)(data, data_len, qlp_coeff, lp_quantization, residual) : 0;
    if (k)
        i += ((lpcu_residual32_fn)k)(data + i, data_len - i, qlp_coeff, lp_quantization,
                                     residual + i);
    return lpcu_compute_residual_limit_residual_rolled(data + i, data_len - i, qlp_coeff, order,
                                                       lp_quantization, residual + i);
}

int lpcu_compute_residual_limit_residual_33bit(const int64_t *data, uint32_t data_len,
                                               const int32_t *qlp_coeff, uint32_t order,
                                               int lp_quantization, int32_t *residual)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return 0;
    const lpcu_any_fn *slot = lpcu_active_kernels()->limit[LPCU_FAMILY_wide33][order];
    const lpcu_any_fn x = exact_kernel(slot, qlp_coeff, order, lp_quantization),
                      k = slot[LPCU_RESIDUAL_INTEGER];
    uint32_t i =
        x ? ((lpcu_residual64_fn)x)(data, data_len, qlp_coeff, lp_quantization, residual) : 0;
    if (k)
        i += ((lpcu_residual64_fn)k)(data + i, data_len - i, qlp_coeff, lp_quantization,
                                     residual + i);
    return lpcu_compute_residual_limit_residual_33bit_rolled(data + i, data_len - i, qlp_coeff,
                                                             order, lp_quantization, residual + i);
}
