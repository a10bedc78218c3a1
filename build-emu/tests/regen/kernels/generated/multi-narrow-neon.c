/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* neon several-subframe kernels (lpcu_restore_signal*_multi) (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx2.h>

#define LPCU_ISA neon
#include "multi-narrow-128.inc"

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_multi_narrow_l4_o1__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 1; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[2];
    for (int j = 1; j <= 1; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_multi_narrow_l4_o2__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 2; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[3];
    for (int j = 1; j <= 2; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_multi_narrow_l4_o3__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[4];
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_multi_narrow_l4_o4__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[5];
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        for (; i < end; i += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_multi_narrow_l4_o5__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[6];
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 5; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_multi_narrow_l4_o6__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[7];
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 6; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_multi_narrow_l4_o7__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[8];
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 7; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_multi_narrow_l4_o8__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[9];
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 8; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_multi_narrow_l4_o9__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[10];
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 9; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_multi_narrow_l4_o10__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[11];
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 10; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_multi_narrow_l4_o11__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[12];
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 11; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_multi_narrow_l4_o12__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[13];
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 12; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_multi_narrow_l4_o13__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[14];
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 13; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_multi_narrow_l4_o14__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[15];
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 14; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_multi_narrow_l4_o15__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[16];
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 15; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_multi_narrow_l4_o16__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[17];
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 16; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_multi_narrow_l4_o17__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[18];
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 17; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_multi_narrow_l4_o18__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[19];
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 18; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_multi_narrow_l4_o19__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 19; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[20];
    for (int j = 1; j <= 19; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 19; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_multi_narrow_l4_o20__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 20; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[21];
    for (int j = 1; j <= 20; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 20; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_multi_narrow_l4_o21__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 21; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[22];
    for (int j = 1; j <= 21; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 21; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_multi_narrow_l4_o22__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 22; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[23];
    for (int j = 1; j <= 22; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 22; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_multi_narrow_l4_o23__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 23; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[24];
    for (int j = 1; j <= 23; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 23; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_multi_narrow_l4_o24__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 24; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[25];
    for (int j = 1; j <= 24; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 24; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_multi_narrow_l4_o25__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 25; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[26];
    for (int j = 1; j <= 25; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    const simde__m128i c25 = cv[25];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 25; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_multi_narrow_l4_o26__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 26; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[27];
    for (int j = 1; j <= 26; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    const simde__m128i c25 = cv[25];
    const simde__m128i c26 = cv[26];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 26; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_multi_narrow_l4_o27__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 27; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[28];
    for (int j = 1; j <= 27; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    const simde__m128i c25 = cv[25];
    const simde__m128i c26 = cv[26];
    const simde__m128i c27 = cv[27];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 27; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_multi_narrow_l4_o28__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 28; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[29];
    for (int j = 1; j <= 28; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    const simde__m128i c25 = cv[25];
    const simde__m128i c26 = cv[26];
    const simde__m128i c27 = cv[27];
    const simde__m128i c28 = cv[28];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 28; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_multi_narrow_l4_o29__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 29; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[30];
    for (int j = 1; j <= 29; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    const simde__m128i c25 = cv[25];
    const simde__m128i c26 = cv[26];
    const simde__m128i c27 = cv[27];
    const simde__m128i c28 = cv[28];
    const simde__m128i c29 = cv[29];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 29; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_multi_narrow_l4_o30__neon(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 30; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[31];
    for (int j = 1; j <= 30; j++) {
        for (int l = 0; l < 4; l++)
            w[l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    const simde__m128i c7 = cv[7];
    const simde__m128i c8 = cv[8];
    const simde__m128i c9 = cv[9];
    const simde__m128i c10 = cv[10];
    const simde__m128i c11 = cv[11];
    const simde__m128i c12 = cv[12];
    const simde__m128i c13 = cv[13];
    const simde__m128i c14 = cv[14];
    const simde__m128i c15 = cv[15];
    const simde__m128i c16 = cv[16];
    const simde__m128i c17 = cv[17];
    const simde__m128i c18 = cv[18];
    const simde__m128i c19 = cv[19];
    const simde__m128i c20 = cv[20];
    const simde__m128i c21 = cv[21];
    const simde__m128i c22 = cv[22];
    const simde__m128i c23 = cv[23];
    const simde__m128i c24 = cv[24];
    const simde__m128i c25 = cv[25];
    const simde__m128i c26 = cv[26];
    const simde__m128i c27 = cv[27];
    const simde__m128i c28 = cv[28];
    const simde__m128i c29 = cv[29];
    const simde__m128i c30 = cv[30];
    simde__m128i shift;
    for (int l = 0; l < 4; l++)
        w[l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m128i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            const simde__m128i in0 = simde_mm_loadu_si128((const void *)(res0 + i));
            const simde__m128i in1 = simde_mm_loadu_si128((const void *)(res1 + i));
            const simde__m128i in2 = simde_mm_loadu_si128((const void *)(res2 + i));
            const simde__m128i in3 = simde_mm_loadu_si128((const void *)(res3 + i));
            const simde__m128i r_a = simde_mm_unpacklo_epi32(in0, in1), r_b = simde_mm_unpacklo_epi32(in2, in3);
            const simde__m128i r_c = simde_mm_unpackhi_epi32(in0, in1), r_d = simde_mm_unpackhi_epi32(in2, in3);
            const simde__m128i r0 = simde_mm_unpacklo_epi64(r_a, r_b), r1 = simde_mm_unpackhi_epi64(r_a, r_b);
            const simde__m128i r2 = simde_mm_unpacklo_epi64(r_c, r_d), r3 = simde_mm_unpackhi_epi64(r_c, r_d);
            simde__m128i x0;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c30, h[-30]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c30, h[-29]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c30, h[-28]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mullo_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c30, h[-27]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c29, h[-26]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c28, h[-25]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c27, h[-24]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c26, h[-23]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c25, h[-22]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c24, h[-21]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c23, h[-20]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c22, h[-19]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c21, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c20, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c19, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi32(off, simde_mm_mullo_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srav_epi32(simde_mm_add_epi32(off, simde_mm_mullo_epi32(c1, prev_pred)), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i o_a = simde_mm_unpacklo_epi32(x0, x1), o_b = simde_mm_unpacklo_epi32(x2, x3);
            const simde__m128i o_c = simde_mm_unpackhi_epi32(x0, x1), o_d = simde_mm_unpackhi_epi32(x2, x3);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(o_a, o_b), o1 = simde_mm_unpackhi_epi64(o_a, o_b);
            const simde__m128i o2 = simde_mm_unpacklo_epi64(o_c, o_d), o3 = simde_mm_unpackhi_epi64(o_c, o_d);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
            simde_mm_storeu_si128((void *)(out2 + i), o2);
            simde_mm_storeu_si128((void *)(out3 + i), o3);
        }
        for (int j = 30; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif
