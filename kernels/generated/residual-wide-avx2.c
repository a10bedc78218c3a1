/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx2 the encoder's LPC residual kernels (lpcu_compute_residual, _wide) (through SIMDe), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx2.h>

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_residual_wide_o1__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o1__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_residual_wide_o2__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o2__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_residual_wide_o3__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o3__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_residual_wide_o4__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o4__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_residual_wide_o5__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o5__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_residual_wide_o6__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o6__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_residual_wide_o7__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o7__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_residual_wide_o8__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o8__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_residual_wide_o9__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o9__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_residual_wide_o10__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o10__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_residual_wide_o11__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o11__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_residual_wide_o12__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o12__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_residual_wide_o13__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o13__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_residual_wide_o14__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o14__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_residual_wide_o15__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o15__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_residual_wide_o16__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o16__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_residual_wide_o17__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o17__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_residual_wide_o18__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o18__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_residual_wide_o19__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o19__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_residual_wide_o20__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o20__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_residual_wide_o21__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o21__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_residual_wide_o22__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o22__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_residual_wide_o23__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o23__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_residual_wide_o24__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o24__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_residual_wide_o25__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o25__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_residual_wide_o26__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o26__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_residual_wide_o27__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m256i k27 = simde_mm256_set1_epi32(qlp_coeff[26]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -27));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k27));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k27));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o27__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_residual_wide_o28__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m256i k27 = simde_mm256_set1_epi32(qlp_coeff[26]);
        const simde__m256i k28 = simde_mm256_set1_epi32(qlp_coeff[27]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -28));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k28));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k28));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -27));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k27));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k27));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o28__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_residual_wide_o29__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m256i k27 = simde_mm256_set1_epi32(qlp_coeff[26]);
        const simde__m256i k28 = simde_mm256_set1_epi32(qlp_coeff[27]);
        const simde__m256i k29 = simde_mm256_set1_epi32(qlp_coeff[28]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -29));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k29));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k29));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -28));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k28));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k28));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -27));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k27));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k27));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o29__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_residual_wide_o30__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m256i k27 = simde_mm256_set1_epi32(qlp_coeff[26]);
        const simde__m256i k28 = simde_mm256_set1_epi32(qlp_coeff[27]);
        const simde__m256i k29 = simde_mm256_set1_epi32(qlp_coeff[28]);
        const simde__m256i k30 = simde_mm256_set1_epi32(qlp_coeff[29]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -30));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k30));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k30));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k30));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k30));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -29));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k29));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k29));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -28));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k28));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k28));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -27));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k27));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k27));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o30__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_residual_wide_o31__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m256i k27 = simde_mm256_set1_epi32(qlp_coeff[26]);
        const simde__m256i k28 = simde_mm256_set1_epi32(qlp_coeff[27]);
        const simde__m256i k29 = simde_mm256_set1_epi32(qlp_coeff[28]);
        const simde__m256i k30 = simde_mm256_set1_epi32(qlp_coeff[29]);
        const simde__m256i k31 = simde_mm256_set1_epi32(qlp_coeff[30]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -31));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k31));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k31));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k31));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k31));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -30));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k30));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k30));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k30));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k30));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -29));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k29));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k29));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -28));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k28));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k28));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -27));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k27));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k27));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o31__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_residual_wide_o32__avx2(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256i k1 = simde_mm256_set1_epi32(qlp_coeff[0]);
        const simde__m256i k2 = simde_mm256_set1_epi32(qlp_coeff[1]);
        const simde__m256i k3 = simde_mm256_set1_epi32(qlp_coeff[2]);
        const simde__m256i k4 = simde_mm256_set1_epi32(qlp_coeff[3]);
        const simde__m256i k5 = simde_mm256_set1_epi32(qlp_coeff[4]);
        const simde__m256i k6 = simde_mm256_set1_epi32(qlp_coeff[5]);
        const simde__m256i k7 = simde_mm256_set1_epi32(qlp_coeff[6]);
        const simde__m256i k8 = simde_mm256_set1_epi32(qlp_coeff[7]);
        const simde__m256i k9 = simde_mm256_set1_epi32(qlp_coeff[8]);
        const simde__m256i k10 = simde_mm256_set1_epi32(qlp_coeff[9]);
        const simde__m256i k11 = simde_mm256_set1_epi32(qlp_coeff[10]);
        const simde__m256i k12 = simde_mm256_set1_epi32(qlp_coeff[11]);
        const simde__m256i k13 = simde_mm256_set1_epi32(qlp_coeff[12]);
        const simde__m256i k14 = simde_mm256_set1_epi32(qlp_coeff[13]);
        const simde__m256i k15 = simde_mm256_set1_epi32(qlp_coeff[14]);
        const simde__m256i k16 = simde_mm256_set1_epi32(qlp_coeff[15]);
        const simde__m256i k17 = simde_mm256_set1_epi32(qlp_coeff[16]);
        const simde__m256i k18 = simde_mm256_set1_epi32(qlp_coeff[17]);
        const simde__m256i k19 = simde_mm256_set1_epi32(qlp_coeff[18]);
        const simde__m256i k20 = simde_mm256_set1_epi32(qlp_coeff[19]);
        const simde__m256i k21 = simde_mm256_set1_epi32(qlp_coeff[20]);
        const simde__m256i k22 = simde_mm256_set1_epi32(qlp_coeff[21]);
        const simde__m256i k23 = simde_mm256_set1_epi32(qlp_coeff[22]);
        const simde__m256i k24 = simde_mm256_set1_epi32(qlp_coeff[23]);
        const simde__m256i k25 = simde_mm256_set1_epi32(qlp_coeff[24]);
        const simde__m256i k26 = simde_mm256_set1_epi32(qlp_coeff[25]);
        const simde__m256i k27 = simde_mm256_set1_epi32(qlp_coeff[26]);
        const simde__m256i k28 = simde_mm256_set1_epi32(qlp_coeff[27]);
        const simde__m256i k29 = simde_mm256_set1_epi32(qlp_coeff[28]);
        const simde__m256i k30 = simde_mm256_set1_epi32(qlp_coeff[29]);
        const simde__m256i k31 = simde_mm256_set1_epi32(qlp_coeff[30]);
        const simde__m256i k32 = simde_mm256_set1_epi32(qlp_coeff[31]);
        const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);
        const simde__m256i lo32 = simde_mm256_set1_epi64x(INT64_C(0xffffffff));
        for (; data_len - i >= 16; i += 16) {
            const int32_t *h = data + i;
            simde__m256i e0 = simde_mm256_setzero_si256(), o0 = simde_mm256_setzero_si256();
            simde__m256i e1 = simde_mm256_setzero_si256(), o1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -32));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k32));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k32));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k32));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k32));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -31));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k31));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k31));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k31));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k31));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -30));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k30));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k30));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k30));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k30));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -29));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k29));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k29));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k29));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -28));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k28));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k28));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k28));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -27));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k27));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k27));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k27));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -26));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k26));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k26));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k26));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -25));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k25));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k25));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k25));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -24));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k24));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k24));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k24));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -23));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k23));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k23));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k23));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -22));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k22));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k22));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k22));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -21));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k21));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k21));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k21));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -20));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k20));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k20));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k20));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -19));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k19));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k19));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k19));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -18));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k18));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k18));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k18));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -17));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k17));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k17));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k17));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -16));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k16));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k16));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k16));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -15));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k15));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k15));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k15));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -14));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k14));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k14));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k14));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -13));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k13));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k13));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k13));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -12));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k12));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k12));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k12));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -11));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k11));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k11));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k11));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -10));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k10));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k10));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k10));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -9));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k9));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k9));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k9));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -8));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k8));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 0));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k8));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k8));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -7));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k7));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 1));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k7));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k7));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -6));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k6));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 2));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k6));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k6));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -5));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k5));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 3));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k5));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k5));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -4));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k4));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 4));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k4));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k4));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -3));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k3));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 5));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k3));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k3));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -2));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k2));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 6));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k2));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k2));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + -1));
                e0 = simde_mm256_add_epi64(e0, simde_mm256_mul_epi32(x, k1));
                o0 = simde_mm256_add_epi64(o0, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e0);
                LPCU_OFF_CHAIN_V(o0);
            }
            {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(h + 7));
                e1 = simde_mm256_add_epi64(e1, simde_mm256_mul_epi32(x, k1));
                o1 = simde_mm256_add_epi64(o1, simde_mm256_mul_epi32(simde_mm256_srli_epi64(x, 32), k1));
                LPCU_OFF_CHAIN_V(e1);
                LPCU_OFF_CHAIN_V(o1);
            }
            const simde__m256i d0 = simde_mm256_loadu_si256((const void *)(h + 0));
            const simde__m256i r0 = simde_mm256_sub_epi32(d0, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e0, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o0, sh), 32)));
            const simde__m256i d1 = simde_mm256_loadu_si256((const void *)(h + 8));
            const simde__m256i r1 = simde_mm256_sub_epi32(d1, simde_mm256_or_si256(simde_mm256_and_si256(simde_mm256_srl_epi64(e1, sh), lo32), simde_mm256_slli_epi64(simde_mm256_srl_epi64(o1, sh), 32)));
            simde_mm256_storeu_si256((void *)(residual + i + 0), r0);
            simde_mm256_storeu_si256((void *)(residual + i + 8), r1);
        }
    }
    if (i < data_len)
        i += lpcu_residual_wide_o32__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif
