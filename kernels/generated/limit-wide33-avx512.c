/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 the encoder's range-checked residual kernels (lpcu_compute_residual_limit_*) (through SIMDe), family wide33: 64-bit accumulator and 64-bit samples (FLAC__lpc_restore_signal_wide_33bit semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_limit_wide33_o1__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o1__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_limit_wide33_o2__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o2__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_limit_wide33_o3__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o3__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_limit_wide33_o4__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o4__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_limit_wide33_o5__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o5__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_limit_wide33_o6__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o6__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_limit_wide33_o7__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o7__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_limit_wide33_o8__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o8__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_limit_wide33_o9__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o9__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_limit_wide33_o10__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o10__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_limit_wide33_o11__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o11__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_limit_wide33_o12__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o12__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_limit_wide33_o13__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o13__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_limit_wide33_o14__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o14__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_limit_wide33_o15__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o15__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_limit_wide33_o16__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o16__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_limit_wide33_o17__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o17__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_limit_wide33_o18__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o18__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_limit_wide33_o19__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o19__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_limit_wide33_o20__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o20__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_limit_wide33_o21__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o21__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_limit_wide33_o22__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o22__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_limit_wide33_o23__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o23__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_limit_wide33_o24__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o24__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_limit_wide33_o25__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o25__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_limit_wide33_o26__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o26__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_limit_wide33_o27__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m512i k27 = simde_mm512_set1_epi64(qlp_coeff[26]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -27));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o27__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_limit_wide33_o28__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m512i k27 = simde_mm512_set1_epi64(qlp_coeff[26]);
        const simde__m512i k28 = simde_mm512_set1_epi64(qlp_coeff[27]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -28));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -27));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o28__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_limit_wide33_o29__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m512i k27 = simde_mm512_set1_epi64(qlp_coeff[26]);
        const simde__m512i k28 = simde_mm512_set1_epi64(qlp_coeff[27]);
        const simde__m512i k29 = simde_mm512_set1_epi64(qlp_coeff[28]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -29));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -28));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -27));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o29__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_limit_wide33_o30__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m512i k27 = simde_mm512_set1_epi64(qlp_coeff[26]);
        const simde__m512i k28 = simde_mm512_set1_epi64(qlp_coeff[27]);
        const simde__m512i k29 = simde_mm512_set1_epi64(qlp_coeff[28]);
        const simde__m512i k30 = simde_mm512_set1_epi64(qlp_coeff[29]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -30));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k30));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k30));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -29));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -28));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -27));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o30__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_limit_wide33_o31__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m512i k27 = simde_mm512_set1_epi64(qlp_coeff[26]);
        const simde__m512i k28 = simde_mm512_set1_epi64(qlp_coeff[27]);
        const simde__m512i k29 = simde_mm512_set1_epi64(qlp_coeff[28]);
        const simde__m512i k30 = simde_mm512_set1_epi64(qlp_coeff[29]);
        const simde__m512i k31 = simde_mm512_set1_epi64(qlp_coeff[30]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -31));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k31));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k31));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -30));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k30));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k30));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -29));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -28));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -27));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o31__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_limit_wide33_o32__avx512(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m512i k1 = simde_mm512_set1_epi64(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi64(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi64(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi64(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi64(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi64(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi64(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi64(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi64(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi64(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi64(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi64(qlp_coeff[11]);
        const simde__m512i k13 = simde_mm512_set1_epi64(qlp_coeff[12]);
        const simde__m512i k14 = simde_mm512_set1_epi64(qlp_coeff[13]);
        const simde__m512i k15 = simde_mm512_set1_epi64(qlp_coeff[14]);
        const simde__m512i k16 = simde_mm512_set1_epi64(qlp_coeff[15]);
        const simde__m512i k17 = simde_mm512_set1_epi64(qlp_coeff[16]);
        const simde__m512i k18 = simde_mm512_set1_epi64(qlp_coeff[17]);
        const simde__m512i k19 = simde_mm512_set1_epi64(qlp_coeff[18]);
        const simde__m512i k20 = simde_mm512_set1_epi64(qlp_coeff[19]);
        const simde__m512i k21 = simde_mm512_set1_epi64(qlp_coeff[20]);
        const simde__m512i k22 = simde_mm512_set1_epi64(qlp_coeff[21]);
        const simde__m512i k23 = simde_mm512_set1_epi64(qlp_coeff[22]);
        const simde__m512i k24 = simde_mm512_set1_epi64(qlp_coeff[23]);
        const simde__m512i k25 = simde_mm512_set1_epi64(qlp_coeff[24]);
        const simde__m512i k26 = simde_mm512_set1_epi64(qlp_coeff[25]);
        const simde__m512i k27 = simde_mm512_set1_epi64(qlp_coeff[26]);
        const simde__m512i k28 = simde_mm512_set1_epi64(qlp_coeff[27]);
        const simde__m512i k29 = simde_mm512_set1_epi64(qlp_coeff[28]);
        const simde__m512i k30 = simde_mm512_set1_epi64(qlp_coeff[29]);
        const simde__m512i k31 = simde_mm512_set1_epi64(qlp_coeff[30]);
        const simde__m512i k32 = simde_mm512_set1_epi64(qlp_coeff[31]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i rmax = simde_mm512_set1_epi64(INT32_MAX);
        const simde__m512i rmin = simde_mm512_set1_epi64(INT32_MIN + 1);
        const simde__m512i sign = simde_mm512_set1_epi64(INT64_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi64(sign, sh);
        for (; data_len - i >= 16; i += 16) {
            const int64_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -32));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k32));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k32));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -31));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k31));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k31));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -30));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k30));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k30));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -29));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k29));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -28));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k28));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -27));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k27));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -26));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k26));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -25));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k25));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -24));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k24));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -23));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k23));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -22));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k22));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -21));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k21));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -20));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k20));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -19));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k19));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -18));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k18));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -17));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k17));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -16));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k16));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -15));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k15));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -14));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k14));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -13));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k13));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 1));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 2));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 3));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi64(a0, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi64(a1, simde_mm512_mullo_epi64(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            simde__mmask8 bad = 0;
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi64(d0, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r0, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r0);
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 8));
            const simde__m512i r1 = simde_mm512_sub_epi64(d1, simde_mm512_sub_epi64(simde_mm512_srl_epi64(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            bad |= simde_mm512_cmpgt_epi64_mask(r1, rmax) | simde_mm512_cmpgt_epi64_mask(rmin, r1);
            if (bad)
                return i;
            simde_mm256_storeu_si256((void *)(residual + i + 0), simde_mm512_cvtepi64_epi32(r0));
            simde_mm256_storeu_si256((void *)(residual + i + 8), simde_mm512_cvtepi64_epi32(r1));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o32__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif
