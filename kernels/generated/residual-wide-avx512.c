/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 the encoder's LPC residual kernels (lpcu_compute_residual, _wide) (through SIMDe), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_residual_wide_o1__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o1__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_residual_wide_o2__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o2__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_residual_wide_o3__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o3__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_residual_wide_o4__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        const simde__m512i k1 = simde_mm512_set1_epi32(qlp_coeff[0]);
        const simde__m512i k2 = simde_mm512_set1_epi32(qlp_coeff[1]);
        const simde__m512i k3 = simde_mm512_set1_epi32(qlp_coeff[2]);
        const simde__m512i k4 = simde_mm512_set1_epi32(qlp_coeff[3]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o4__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_residual_wide_o5__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o5__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_residual_wide_o6__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o6__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_residual_wide_o7__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k7));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k7));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o7__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_residual_wide_o8__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k8));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k8));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k7));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k7));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o8__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_residual_wide_o9__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k9));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k9));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k8));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k8));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k7));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k7));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o9__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_residual_wide_o10__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k10));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k10));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k9));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k9));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k8));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k8));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k7));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k7));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o10__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_residual_wide_o11__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k11));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k11));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k10));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k10));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k9));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k9));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k8));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k8));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k7));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k7));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o11__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_residual_wide_o12__avx512(const int32_t *restrict data, uint32_t data_len,
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
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -12));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k12));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 4));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k12));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -11));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k11));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 5));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k11));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -10));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k10));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 6));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k10));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -9));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k9));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 7));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k9));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -8));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k8));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 8));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k8));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -7));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k7));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 9));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k7));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -6));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k6));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 10));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k6));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -5));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k5));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 11));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k5));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -4));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k4));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 12));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k4));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -3));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k3));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 13));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k3));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -2));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k2));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 14));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k2));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + -1));
                e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, k1));
                o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 15));
                e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, k1));
                o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o12__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_residual_wide_o13__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[13];
        for (int j = 0; j < 13; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 13; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o13__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_residual_wide_o14__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[14];
        for (int j = 0; j < 14; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 14; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o14__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_residual_wide_o15__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[15];
        for (int j = 0; j < 15; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 15; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o15__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_residual_wide_o16__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[16];
        for (int j = 0; j < 16; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 16; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o16__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_residual_wide_o17__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[17];
        for (int j = 0; j < 17; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 17; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o17__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_residual_wide_o18__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[18];
        for (int j = 0; j < 18; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 18; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o18__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_residual_wide_o19__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[19];
        for (int j = 0; j < 19; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 19; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o19__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_residual_wide_o20__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[20];
        for (int j = 0; j < 20; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 20; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o20__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_residual_wide_o21__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[21];
        for (int j = 0; j < 21; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 21; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o21__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_residual_wide_o22__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[22];
        for (int j = 0; j < 22; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 22; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o22__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_residual_wide_o23__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[23];
        for (int j = 0; j < 23; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 23; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o23__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_residual_wide_o24__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[24];
        for (int j = 0; j < 24; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 24; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o24__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_residual_wide_o25__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[25];
        for (int j = 0; j < 25; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 25; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o25__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_residual_wide_o26__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[26];
        for (int j = 0; j < 26; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 26; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o26__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_residual_wide_o27__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[27];
        for (int j = 0; j < 27; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 27; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o27__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_residual_wide_o28__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[28];
        for (int j = 0; j < 28; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 28; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o28__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_residual_wide_o29__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[29];
        for (int j = 0; j < 29; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 29; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o29__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_residual_wide_o30__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[30];
        for (int j = 0; j < 30; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 30; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o30__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_residual_wide_o31__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[31];
        for (int j = 0; j < 31; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 31; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o31__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_residual_wide_o32__avx512(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 32) {
        simde__m512i kv[32];
        for (int j = 0; j < 32; j++)
            kv[j] = simde_mm512_set1_epi32(qlp_coeff[j]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m512i lo32 = simde_mm512_set1_epi64(INT64_C(0xffffffff));
        for (; data_len - i >= 32; i += 32) {
            const int32_t *h = data + i;
            simde__m512i e0 = simde_mm512_setzero_si512(), o0 = simde_mm512_setzero_si512();
            simde__m512i e1 = simde_mm512_setzero_si512(), o1 = simde_mm512_setzero_si512();
            for (int j = 32; j >= 1; j--) {
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 0 - j));
                    e0 = simde_mm512_add_epi64(e0, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o0 = simde_mm512_add_epi64(o0, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e0);
                    LPCU_OFF_CHAIN_V(o0);
                }
                {
                    const simde__m512i x = simde_mm512_loadu_si512((const void *)(h + 16 - j));
                    e1 = simde_mm512_add_epi64(e1, simde_mm512_mul_epi32(x, kv[j - 1]));
                    o1 = simde_mm512_add_epi64(o1, simde_mm512_mul_epi32(simde_mm512_srli_epi64(x, 32), kv[j - 1]));
                    LPCU_OFF_CHAIN_V(e1);
                    LPCU_OFF_CHAIN_V(o1);
                }
            }
            const simde__m512i d0 = simde_mm512_loadu_si512((const void *)(h + 0));
            const simde__m512i r0 = simde_mm512_sub_epi32(d0, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e0, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o0, sh), 32)));
            const simde__m512i d1 = simde_mm512_loadu_si512((const void *)(h + 16));
            const simde__m512i r1 = simde_mm512_sub_epi32(d1, simde_mm512_or_si512(simde_mm512_and_si512(simde_mm512_srl_epi64(e1, sh), lo32), simde_mm512_slli_epi64(simde_mm512_srl_epi64(o1, sh), 32)));
            simde_mm512_storeu_si512((void *)(residual + i + 0), r0);
            simde_mm512_storeu_si512((void *)(residual + i + 16), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o32__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif
