/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 fixed-predictor kernels (orders 0-4) (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#ifndef LPCU_PREFIX_HELPERS /* once per translation unit */
#define LPCU_PREFIX_HELPERS
static inline simde__m512i lpcu_load(const int32_t *p)
{
    return simde_mm512_loadu_si512((const void *)p);
}

/* lpcu_up<s>[l] = l - s: lane l takes lane l - s (lanes below s are masked). */
static const int32_t lpcu_up1[16] = {15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
static const int32_t lpcu_up2[16] = {14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
static const int32_t lpcu_up4[16] = {12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
static const int32_t lpcu_up8[16] = {8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7};
static const int32_t lpcu_last_idx[16] = {15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15};

/* Inclusive prefix sum of the 16 lanes (mod 2^32). */
static inline simde__m512i lpcu_prefix(simde__m512i x)
{
    x = simde_mm512_add_epi32(x, simde_mm512_maskz_permutexvar_epi32((simde__mmask16)0xFFFE,
        simde_mm512_loadu_si512((const void *)lpcu_up1), x));
    x = simde_mm512_add_epi32(x, simde_mm512_maskz_permutexvar_epi32((simde__mmask16)0xFFFC,
        simde_mm512_loadu_si512((const void *)lpcu_up2), x));
    x = simde_mm512_add_epi32(x, simde_mm512_maskz_permutexvar_epi32((simde__mmask16)0xFFF0,
        simde_mm512_loadu_si512((const void *)lpcu_up4), x));
    x = simde_mm512_add_epi32(x, simde_mm512_maskz_permutexvar_epi32((simde__mmask16)0xFF00,
        simde_mm512_loadu_si512((const void *)lpcu_up8), x));
    return x;
}

/* The last lane, in every lane. */
static inline simde__m512i lpcu_last(simde__m512i x)
{
    return simde_mm512_permutexvar_epi32(simde_mm512_loadu_si512((const void *)lpcu_last_idx), x);
}

#endif

void lpcu_fixed_narrow_o1__avx512(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 32) { /* shorter calls go straight to the scalar kernel */
        const uint32_t d1 = (uint32_t)data[-1];
        uint32_t s0 = d1;
        simde__m512i c0 = simde_mm512_set1_epi32((int32_t)s0);
        for (; data_len - i >= 32; i += 32) {
            {
                simde__m512i x = lpcu_load(residual + i);
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi32(p, c0);
                    c0 = simde_mm512_add_epi32(c0, lpcu_last(p));
                }
                simde_mm512_storeu_si512((void *)(data + i), x);
            }
            {
                simde__m512i x = lpcu_load(residual + i + 16);
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi32(p, c0);
                    c0 = simde_mm512_add_epi32(c0, lpcu_last(p));
                }
                simde_mm512_storeu_si512((void *)(data + i + 16), x);
            }
        }
    }
    if (i < data_len)
        lpcu_fixed_narrow_o1__scalar(residual + i, data_len - i, data + i);
}

void lpcu_fixed_narrow_o2__avx512(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 32) { /* shorter calls go straight to the scalar kernel */
        const uint32_t d1 = (uint32_t)data[-1];
        const uint32_t d2 = (uint32_t)data[-2];
        uint32_t s1 = d1 - d2;
        uint32_t s0 = d1;
        simde__m512i c1 = simde_mm512_set1_epi32((int32_t)s1);
        simde__m512i c0 = simde_mm512_set1_epi32((int32_t)s0);
        for (; data_len - i >= 32; i += 32) {
            {
                simde__m512i x = lpcu_load(residual + i);
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi32(p, c1);
                    c1 = simde_mm512_add_epi32(c1, lpcu_last(p));
                }
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi32(p, c0);
                    c0 = simde_mm512_add_epi32(c0, lpcu_last(p));
                }
                simde_mm512_storeu_si512((void *)(data + i), x);
            }
            {
                simde__m512i x = lpcu_load(residual + i + 16);
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi32(p, c1);
                    c1 = simde_mm512_add_epi32(c1, lpcu_last(p));
                }
                {
                    const simde__m512i p = lpcu_prefix(x);
                    x = simde_mm512_add_epi32(p, c0);
                    c0 = simde_mm512_add_epi32(c0, lpcu_last(p));
                }
                simde_mm512_storeu_si512((void *)(data + i + 16), x);
            }
        }
    }
    if (i < data_len)
        lpcu_fixed_narrow_o2__scalar(residual + i, data_len - i, data + i);
}
