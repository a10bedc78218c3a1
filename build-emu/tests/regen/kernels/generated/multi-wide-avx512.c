/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 several-subframe kernels (lpcu_restore_signal*_multi) (through SIMDe), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#define LPCU_ISA avx512
#include "multi-wide-128.inc"
#include "multi-wide-256.inc"

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_multi_wide_l8_o1__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 1; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[2];
    for (int j = 1; j <= 1; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_multi_wide_l8_o2__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 2; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[3];
    for (int j = 1; j <= 2; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_multi_wide_l8_o3__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[4];
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_multi_wide_l8_o4__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[5];
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_multi_wide_l8_o5__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[6];
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 5; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_multi_wide_l8_o6__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[7];
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 6; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_multi_wide_l8_o7__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[8];
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 7; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_multi_wide_l8_o8__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[9];
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 8; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_multi_wide_l8_o9__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[10];
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 9; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_multi_wide_l8_o10__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[11];
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 10; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_multi_wide_l8_o11__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[12];
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 11; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_multi_wide_l8_o12__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[13];
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 12; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_multi_wide_l8_o13__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[14];
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 13; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_multi_wide_l8_o14__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[15];
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 14; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_multi_wide_l8_o15__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[16];
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 15; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_multi_wide_l8_o16__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[17];
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 16; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_multi_wide_l8_o17__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[18];
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 17; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_multi_wide_l8_o18__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[19];
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 18; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_multi_wide_l8_o19__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 19; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[20];
    for (int j = 1; j <= 19; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 19; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_multi_wide_l8_o20__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 20; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[21];
    for (int j = 1; j <= 20; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 20; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_multi_wide_l8_o21__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 21; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[22];
    for (int j = 1; j <= 21; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 21; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_multi_wide_l8_o22__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 22; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[23];
    for (int j = 1; j <= 22; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 22; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_multi_wide_l8_o23__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 23; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[24];
    for (int j = 1; j <= 23; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 23; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_multi_wide_l8_o24__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 24; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[25];
    for (int j = 1; j <= 24; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 24; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_multi_wide_l8_o25__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 25; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[26];
    for (int j = 1; j <= 25; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 25; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_multi_wide_l8_o26__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 26; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[27];
    for (int j = 1; j <= 26; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 26; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_multi_wide_l8_o27__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 27; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[28];
    for (int j = 1; j <= 27; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    const simde__m512i c27 = cv[27];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 27; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_multi_wide_l8_o28__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 28; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[29];
    for (int j = 1; j <= 28; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    const simde__m512i c27 = cv[27];
    const simde__m512i c28 = cv[28];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 28; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_multi_wide_l8_o29__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 29; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[30];
    for (int j = 1; j <= 29; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    const simde__m512i c27 = cv[27];
    const simde__m512i c28 = cv[28];
    const simde__m512i c29 = cv[29];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 29; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_multi_wide_l8_o30__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 30; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[31];
    for (int j = 1; j <= 30; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    const simde__m512i c27 = cv[27];
    const simde__m512i c28 = cv[28];
    const simde__m512i c29 = cv[29];
    const simde__m512i c30 = cv[30];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 30; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_multi_wide_l8_o31__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 31; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[32];
    for (int j = 1; j <= 31; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    const simde__m512i c27 = cv[27];
    const simde__m512i c28 = cv[28];
    const simde__m512i c29 = cv[29];
    const simde__m512i c30 = cv[30];
    const simde__m512i c31 = cv[31];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-31]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 31; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_multi_wide_l8_o32__avx512(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    const int32_t *const res4 = g->residual[4];
    const int32_t *const res5 = g->residual[5];
    const int32_t *const res6 = g->residual[6];
    const int32_t *const res7 = g->residual[7];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    int32_t *const out4 = g->data[4];
    int32_t *const out5 = g->data[5];
    int32_t *const out6 = g->data[6];
    int32_t *const out7 = g->data[7];
    simde__m512i hist[32 + 64];
    int32_t w[16] = {0};
    for (int j = 1; j <= 32; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm512_loadu_si512((const void *)w);
    }
    simde__m512i cv[33];
    for (int j = 1; j <= 32; j++) {
        for (int l = 0; l < 8; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm512_loadu_si512((const void *)w);
    }
    const simde__m512i c1 = cv[1];
    const simde__m512i c2 = cv[2];
    const simde__m512i c3 = cv[3];
    const simde__m512i c4 = cv[4];
    const simde__m512i c5 = cv[5];
    const simde__m512i c6 = cv[6];
    const simde__m512i c7 = cv[7];
    const simde__m512i c8 = cv[8];
    const simde__m512i c9 = cv[9];
    const simde__m512i c10 = cv[10];
    const simde__m512i c11 = cv[11];
    const simde__m512i c12 = cv[12];
    const simde__m512i c13 = cv[13];
    const simde__m512i c14 = cv[14];
    const simde__m512i c15 = cv[15];
    const simde__m512i c16 = cv[16];
    const simde__m512i c17 = cv[17];
    const simde__m512i c18 = cv[18];
    const simde__m512i c19 = cv[19];
    const simde__m512i c20 = cv[20];
    const simde__m512i c21 = cv[21];
    const simde__m512i c22 = cv[22];
    const simde__m512i c23 = cv[23];
    const simde__m512i c24 = cv[24];
    const simde__m512i c25 = cv[25];
    const simde__m512i c26 = cv[26];
    const simde__m512i c27 = cv[27];
    const simde__m512i c28 = cv[28];
    const simde__m512i c29 = cv[29];
    const simde__m512i c30 = cv[30];
    const simde__m512i c31 = cv[31];
    const simde__m512i c32 = cv[32];
    simde__m512i shift;
    for (int l = 0; l < 8; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm512_loadu_si512((const void *)w);
    simde__m512i last1 = hist[31];
    simde__m512i last2 = hist[30];
    simde__m512i last3 = hist[29];
    simde__m512i last4 = hist[28];
    simde__m512i prev_res = last1, prev_pred = simde_mm512_setzero_si512();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m512i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m512i in0 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res4 + i)), 2);
            in0 = simde_mm512_inserti32x4(in0, simde_mm_loadu_si128((const void *)(res6 + i)), 3);
            simde__m512i in1 = simde_mm512_castsi128_si512(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res5 + i)), 2);
            in1 = simde_mm512_inserti32x4(in1, simde_mm_loadu_si128((const void *)(res7 + i)), 3);
            const simde__m512i p0 = simde_mm512_unpacklo_epi64(in0, in1), p1 = simde_mm512_unpackhi_epi64(in0, in1);
            const simde__m512i r0 = p0, r1 = simde_mm512_srli_epi64(p0, 32);
            const simde__m512i r2 = p1, r3 = simde_mm512_srli_epi64(p1, 32);
            simde__m512i x0;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c32, h[-32]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-31]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c32, h[-31]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c32, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = simde_mm512_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c32, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c31, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c30, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c29, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m512i pred = simde_mm512_srlv_epi64(simde_mm512_add_epi64(off, simde_mm512_mul_epi32(c1, prev_pred)), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
            simde__m512i ov = simde_mm512_and_si512(simde_mm512_xor_si512(o0, in0), simde_mm512_xor_si512(o0, simde_mm512_sub_epi32(o0, in0)));
            ov = simde_mm512_or_si512(ov, simde_mm512_and_si512(simde_mm512_xor_si512(o1, in1), simde_mm512_xor_si512(o1, simde_mm512_sub_epi32(o1, in1))));
            if (LPCU_UNLIKELY(simde_mm512_test_epi32_mask(ov, simde_mm512_set1_epi32(INT32_MIN))))
                return i; /* none of this block stored */
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm512_castsi512_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm512_extracti32x4_epi32(o0, 1));
            simde_mm_storeu_si128((void *)(out4 + i), simde_mm512_extracti32x4_epi32(o0, 2));
            simde_mm_storeu_si128((void *)(out6 + i), simde_mm512_extracti32x4_epi32(o0, 3));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm512_castsi512_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm512_extracti32x4_epi32(o1, 1));
            simde_mm_storeu_si128((void *)(out5 + i), simde_mm512_extracti32x4_epi32(o1, 2));
            simde_mm_storeu_si128((void *)(out7 + i), simde_mm512_extracti32x4_epi32(o1, 3));
        }
        for (int j = 32; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif
