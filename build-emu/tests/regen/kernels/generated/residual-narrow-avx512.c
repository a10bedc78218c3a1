/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 the encoder's LPC residual kernels (lpcu_compute_residual, _wide) (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_residual_narrow_o1__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o1__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_residual_narrow_o2__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o2__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_residual_narrow_o3__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o3__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_residual_narrow_o4__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o4__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_residual_narrow_o5__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o5__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_residual_narrow_o6__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o6__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_residual_narrow_o7__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi32(qlp_coeff[6]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o7__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_residual_narrow_o8__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi32(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi32(qlp_coeff[7]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o8__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_residual_narrow_o9__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi32(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi32(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi32(qlp_coeff[8]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o9__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_residual_narrow_o10__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi32(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi32(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi32(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi32(qlp_coeff[9]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o10__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_residual_narrow_o11__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi32(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi32(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi32(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi32(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi32(qlp_coeff[10]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o11__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_residual_narrow_o12__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m512i k5 = simde_mm512_set1_epi32(qlp_coeff[4]);
        const simde__m512i k6 = simde_mm512_set1_epi32(qlp_coeff[5]);
        const simde__m512i k7 = simde_mm512_set1_epi32(qlp_coeff[6]);
        const simde__m512i k8 = simde_mm512_set1_epi32(qlp_coeff[7]);
        const simde__m512i k9 = simde_mm512_set1_epi32(qlp_coeff[8]);
        const simde__m512i k10 = simde_mm512_set1_epi32(qlp_coeff[9]);
        const simde__m512i k11 = simde_mm512_set1_epi32(qlp_coeff[10]);
        const simde__m512i k12 = simde_mm512_set1_epi32(qlp_coeff[11]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k12));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k12));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k11));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k11));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k10));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k10));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k9));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k8));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k7));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k6));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k5));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k4));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k3));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k2));
                LPCU_OFF_CHAIN_V(a1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, k1));
                LPCU_OFF_CHAIN_V(a1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o12__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_residual_narrow_o13__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[13];
        for (int j = 0; j < 13; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 13; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o13__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_residual_narrow_o14__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[14];
        for (int j = 0; j < 14; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 14; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o14__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_residual_narrow_o15__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[15];
        for (int j = 0; j < 15; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 15; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o15__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_residual_narrow_o16__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[16];
        for (int j = 0; j < 16; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 16; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o16__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_residual_narrow_o17__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[17];
        for (int j = 0; j < 17; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 17; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o17__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_residual_narrow_o18__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[18];
        for (int j = 0; j < 18; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 18; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o18__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_residual_narrow_o19__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[19];
        for (int j = 0; j < 19; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 19; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o19__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_residual_narrow_o20__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[20];
        for (int j = 0; j < 20; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 20; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o20__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_residual_narrow_o21__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[21];
        for (int j = 0; j < 21; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 21; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o21__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_residual_narrow_o22__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[22];
        for (int j = 0; j < 22; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 22; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o22__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_residual_narrow_o23__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[23];
        for (int j = 0; j < 23; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 23; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o23__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_residual_narrow_o24__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[24];
        for (int j = 0; j < 24; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 24; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o24__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_residual_narrow_o25__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[25];
        for (int j = 0; j < 25; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 25; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o25__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_residual_narrow_o26__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[26];
        for (int j = 0; j < 26; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 26; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o26__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_residual_narrow_o27__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[27];
        for (int j = 0; j < 27; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 27; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o27__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_residual_narrow_o28__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[28];
        for (int j = 0; j < 28; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 28; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o28__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_residual_narrow_o29__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[29];
        for (int j = 0; j < 29; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 29; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o29__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_residual_narrow_o30__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[30];
        for (int j = 0; j < 30; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 30; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o30__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_residual_narrow_o31__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[31];
        for (int j = 0; j < 31; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 31; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o31__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_residual_narrow_o32__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 64) {
        simde__m512i kv[32];
        for (int j = 0; j < 32; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i sign = simde_mm512_set1_epi32(INT32_MIN);
        const simde__m512i sign_sh = simde_mm512_srl_epi32(sign, sh);
        for (; data_len - i >= 64; i += 64) {
            const int32_t *h = data + i;
            simde__m512i a0 = simde_mm512_setzero_si512();
            simde__m512i a1 = simde_mm512_setzero_si512();
            simde__m512i a2 = simde_mm512_setzero_si512();
            simde__m512i a3 = simde_mm512_setzero_si512();
            for (int j = 32; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    a0 = simde_mm512_add_epi32(a0, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    a1 = simde_mm512_add_epi32(a1, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a1);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 32 - j));
                    a2 = simde_mm512_add_epi32(a2, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a2);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 48 - j));
                    a3 = simde_mm512_add_epi32(a3, simde_mm512_mullo_epi32(x, kv[j - 1]));
                    LPCU_OFF_CHAIN_V(a3);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a0, sign), sh), sign_sh));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a1, sign), sh), sign_sh));
            const simde__m512i d2 = simde_mm512_loadu_si512((const void *)(h + 32));
            const simde__m512i r2 = simde_mm512_sub_epi32(d2, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a2, sign), sh), sign_sh));
            const simde__m512i d3 = simde_mm512_loadu_si512((const void *)(h + 48));
            const simde__m512i r3 = simde_mm512_sub_epi32(d3, simde_mm512_sub_epi32(simde_mm512_srl_epi32(simde_mm512_xor_si512(a3, sign), sh), sign_sh));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
            simde_mm512_storeu_si512((void *)(residual + i + 32), r2);
            simde_mm512_storeu_si512((void *)(residual + i + 48), r3);
        }
    }
    if (i < data_len)
        i += lpcu_residual_narrow_o32__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif
