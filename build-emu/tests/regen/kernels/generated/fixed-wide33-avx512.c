/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 fixed-predictor kernels (orders 0-4) (through SIMDe), family wide33: 64-bit accumulator and 64-bit samples (FLAC__lpc_restore_signal_wide_33bit semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#ifndef LPCU_PREFIX_HELPERS /* once per translation unit */
#define LPCU_PREFIX_HELPERS
static inline simde__m512i lpcu_load(const int32_t *p)
{
    const simde__m256i lo = simde_mm256_cvtepi32_epi64(simde_mm_loadu_si128((const void *)p));
    const simde__m256i hi = simde_mm256_cvtepi32_epi64(simde_mm_loadu_si128((const void *)(p + 4)));
    return simde_mm512_inserti64x4(simde_mm512_castsi256_si512(lo), hi, 1);
}

/* lpcu_up<s>[l] = l - s: lane l takes lane l - s (lanes below s are masked). */
static const int64_t lpcu_up1[8] = {7, 0, 1, 2, 3, 4, 5, 6};
static const int64_t lpcu_up2[8] = {6, 7, 0, 1, 2, 3, 4, 5};
static const int64_t lpcu_up4[8] = {4, 5, 6, 7, 0, 1, 2, 3};
static const int64_t lpcu_last_idx[8] = {7, 7, 7, 7, 7, 7, 7, 7};

/* Inclusive prefix sum of the 8 lanes (mod 2^64). */
static inline simde__m512i lpcu_prefix(simde__m512i x)
{
    x = simde_mm512_add_epi64(x, simde_mm512_maskz_permutexvar_epi64((simde__mmask8)0xFE,
        simde_mm512_loadu_si512((const void *)lpcu_up1), x));
    x = simde_mm512_add_epi64(x, simde_mm512_maskz_permutexvar_epi64((simde__mmask8)0xFC,
        simde_mm512_loadu_si512((const void *)lpcu_up2), x));
    x = simde_mm512_add_epi64(x, simde_mm512_maskz_permutexvar_epi64((simde__mmask8)0xF0,
        simde_mm512_loadu_si512((const void *)lpcu_up4), x));
    return x;
}

/* The last lane, in every lane. */
static inline simde__m512i lpcu_last(simde__m512i x)
{
    return simde_mm512_permutexvar_epi64(simde_mm512_loadu_si512((const void *)lpcu_last_idx), x);
}

#endif

void lpcu_fixed_wide33_o0__avx512(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 16) { /* shorter calls go straight to the scalar kernel */
        for (; data_len - i >= 16; i += 16) {
            {
                simde__m512i x = lpcu_load(residual + i);
                simde_mm512_storeu_si512((void *)(data + i), x);
            }
            {
                simde__m512i x = lpcu_load(residual + i + 8);
                simde_mm512_storeu_si512((void *)(data + i + 8), x);
            }
        }
    }
    if (i < data_len)
        lpcu_fixed_wide33_o0__scalar(residual + i, data_len - i, data + i);
}

void lpcu_fixed_wide33_o1__avx512(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 16) { /* shorter calls go straight to the scalar kernel */
        const uint64_t d1 = (uint64_t)(int64_t)data[-1];
        uint64_t s0 = d1;
        simde__m512i c0 = simde_mm512_set1_epi64((int64_t)s0);
        for (; data_len - i >= 16; i += 16) {
            {
                simde__m512i x = lpcu_load(residual + i);
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi64(p, c0);
                    c0 = simde_mm512_add_epi64(c0, lpcu_last(p));
                }
                simde_mm512_storeu_si512((void *)(data + i), x);
            }
            {
                simde__m512i x = lpcu_load(residual + i + 8);
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi64(p, c0);
                    c0 = simde_mm512_add_epi64(c0, lpcu_last(p));
                }
                simde_mm512_storeu_si512((void *)(data + i + 8), x);
            }
        }
    }
    if (i < data_len)
        lpcu_fixed_wide33_o1__scalar(residual + i, data_len - i, data + i);
}
