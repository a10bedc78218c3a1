/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx2 fixed-predictor kernels (orders 0-4) (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx2.h>

#ifndef LPCU_PREFIX_HELPERS /* once per translation unit */
#define LPCU_PREFIX_HELPERS
static inline simde__m256i lpcu_load(const int32_t *p)
{
    return simde_mm256_loadu_si256((const void *)p);
}

/* Inclusive prefix sum of the 8 lanes (mod 2^32). */
static inline simde__m256i lpcu_prefix(simde__m256i x)
{
    x = simde_mm256_add_epi32(x, simde_mm256_slli_si256(x, 4));
    x = simde_mm256_add_epi32(x, simde_mm256_slli_si256(x, 8));
    const simde__m256i t = simde_mm256_shuffle_epi32(x, 0xFF);
    return simde_mm256_add_epi32(x, simde_mm256_permute2x128_si256(t, t, 0x08));
}

/* The last lane, in every lane. */
static inline simde__m256i lpcu_last(simde__m256i x)
{
    return simde_mm256_permutevar8x32_epi32(x, simde_mm256_set1_epi32(7));
}

#endif

void lpcu_fixed_narrow_o1__avx2(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 16) { /* shorter calls go straight to the scalar kernel */
        const uint32_t d1 = (uint32_t)data[-1];
        uint32_t s0 = d1;
        simde__m256i c0 = simde_mm256_set1_epi32((int32_t)s0);
        for (; data_len - i >= 16; i += 16) {
            {
                simde__m256i x = lpcu_load(residual + i);
                {
                    const simde__m256i p = lpcu_prefix(x);
                    x = simde_mm256_add_epi32(p, c0);
                    c0 = simde_mm256_add_epi32(c0, lpcu_last(p));
                }
                simde_mm256_storeu_si256((void *)(data + i), x);
            }
            {
                simde__m256i x = lpcu_load(residual + i + 8);
                {
                    const simde__m256i p = lpcu_prefix(x);
                    x = simde_mm256_add_epi32(p, c0);
                    c0 = simde_mm256_add_epi32(c0, lpcu_last(p));
                }
                simde_mm256_storeu_si256((void *)(data + i + 8), x);
            }
        }
    }
    if (i < data_len)
        lpcu_fixed_narrow_o1__scalar(residual + i, data_len - i, data + i);
}
