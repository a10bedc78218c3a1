/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 several-subframe kernels (lpcu_restore_signal*_multi) (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <immintrin.h>

#include <simde/x86/avx512.h>

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_multi_narrow_l2_o3__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[4];
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_multi_narrow_l2_o4__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[5];
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_multi_narrow_l2_o5__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[6];
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 5; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_multi_narrow_l2_o6__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[7];
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm_loadu_si128((const void *)w);
    }
    const simde__m128i c1 = cv[1];
    const simde__m128i c2 = cv[2];
    const simde__m128i c3 = cv[3];
    const simde__m128i c4 = cv[4];
    const simde__m128i c5 = cv[5];
    const simde__m128i c6 = cv[6];
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 6; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_multi_narrow_l2_o7__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[8];
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 7; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_multi_narrow_l2_o8__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[9];
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 8; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_multi_narrow_l2_o9__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[10];
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c9, h[-9]);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c9, h[-8]);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c9, h[-7]);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c9, h[-6]);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 9; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_multi_narrow_l2_o10__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[11];
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c10, h[-10]);
                off = _mm_madd52lo_epu64(off, c9, h[-9]);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c10, h[-9]);
                off = _mm_madd52lo_epu64(off, c9, h[-8]);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c10, h[-8]);
                off = _mm_madd52lo_epu64(off, c9, h[-7]);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c10, h[-7]);
                off = _mm_madd52lo_epu64(off, c9, h[-6]);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 10; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_multi_narrow_l2_o11__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[12];
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c11, h[-11]);
                off = _mm_madd52lo_epu64(off, c10, h[-10]);
                off = _mm_madd52lo_epu64(off, c9, h[-9]);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c11, h[-10]);
                off = _mm_madd52lo_epu64(off, c10, h[-9]);
                off = _mm_madd52lo_epu64(off, c9, h[-8]);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c11, h[-9]);
                off = _mm_madd52lo_epu64(off, c10, h[-8]);
                off = _mm_madd52lo_epu64(off, c9, h[-7]);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c11, h[-8]);
                off = _mm_madd52lo_epu64(off, c10, h[-7]);
                off = _mm_madd52lo_epu64(off, c9, h[-6]);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 11; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_multi_narrow_l2_o12__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[13];
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c12, h[-12]);
                off = _mm_madd52lo_epu64(off, c11, h[-11]);
                off = _mm_madd52lo_epu64(off, c10, h[-10]);
                off = _mm_madd52lo_epu64(off, c9, h[-9]);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c12, h[-11]);
                off = _mm_madd52lo_epu64(off, c11, h[-10]);
                off = _mm_madd52lo_epu64(off, c10, h[-9]);
                off = _mm_madd52lo_epu64(off, c9, h[-8]);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c12, h[-10]);
                off = _mm_madd52lo_epu64(off, c11, h[-9]);
                off = _mm_madd52lo_epu64(off, c10, h[-8]);
                off = _mm_madd52lo_epu64(off, c9, h[-7]);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c12, h[-9]);
                off = _mm_madd52lo_epu64(off, c11, h[-8]);
                off = _mm_madd52lo_epu64(off, c10, h[-7]);
                off = _mm_madd52lo_epu64(off, c9, h[-6]);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 12; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_multi_narrow_l2_o13__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[14];
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c13, h[-13]);
                off = _mm_madd52lo_epu64(off, c12, h[-12]);
                off = _mm_madd52lo_epu64(off, c11, h[-11]);
                off = _mm_madd52lo_epu64(off, c10, h[-10]);
                off = _mm_madd52lo_epu64(off, c9, h[-9]);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c13, h[-12]);
                off = _mm_madd52lo_epu64(off, c12, h[-11]);
                off = _mm_madd52lo_epu64(off, c11, h[-10]);
                off = _mm_madd52lo_epu64(off, c10, h[-9]);
                off = _mm_madd52lo_epu64(off, c9, h[-8]);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c13, h[-11]);
                off = _mm_madd52lo_epu64(off, c12, h[-10]);
                off = _mm_madd52lo_epu64(off, c11, h[-9]);
                off = _mm_madd52lo_epu64(off, c10, h[-8]);
                off = _mm_madd52lo_epu64(off, c9, h[-7]);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c13, h[-10]);
                off = _mm_madd52lo_epu64(off, c12, h[-9]);
                off = _mm_madd52lo_epu64(off, c11, h[-8]);
                off = _mm_madd52lo_epu64(off, c10, h[-7]);
                off = _mm_madd52lo_epu64(off, c9, h[-6]);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 13; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_multi_narrow_l2_o14__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i cv[15];
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[j - 1][l];
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
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
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
            const simde__m128i p0 = simde_mm_unpacklo_epi64(in0, in1), p1 = simde_mm_unpackhi_epi64(in0, in1);
            const simde__m128i r0 = p0, r1 = simde_mm_srli_epi64(p0, 32);
            const simde__m128i r2 = p1, r3 = simde_mm_srli_epi64(p1, 32);
            simde__m128i x0;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c14, h[-14]);
                off = _mm_madd52lo_epu64(off, c13, h[-13]);
                off = _mm_madd52lo_epu64(off, c12, h[-12]);
                off = _mm_madd52lo_epu64(off, c11, h[-11]);
                off = _mm_madd52lo_epu64(off, c10, h[-10]);
                off = _mm_madd52lo_epu64(off, c9, h[-9]);
                off = _mm_madd52lo_epu64(off, c8, h[-8]);
                off = _mm_madd52lo_epu64(off, c7, h[-7]);
                off = _mm_madd52lo_epu64(off, c6, h[-6]);
                off = _mm_madd52lo_epu64(off, c5, h[-5]);
                off = _mm_madd52lo_epu64(off, c4, last4);
                off = _mm_madd52lo_epu64(off, c3, last3);
                off = _mm_madd52lo_epu64(off, c2, last2);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c14, h[-13]);
                off = _mm_madd52lo_epu64(off, c13, h[-12]);
                off = _mm_madd52lo_epu64(off, c12, h[-11]);
                off = _mm_madd52lo_epu64(off, c11, h[-10]);
                off = _mm_madd52lo_epu64(off, c10, h[-9]);
                off = _mm_madd52lo_epu64(off, c9, h[-8]);
                off = _mm_madd52lo_epu64(off, c8, h[-7]);
                off = _mm_madd52lo_epu64(off, c7, h[-6]);
                off = _mm_madd52lo_epu64(off, c6, h[-5]);
                off = _mm_madd52lo_epu64(off, c5, last4);
                off = _mm_madd52lo_epu64(off, c4, last3);
                off = _mm_madd52lo_epu64(off, c3, last2);
                off = _mm_madd52lo_epu64(off, c2, last1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c14, h[-12]);
                off = _mm_madd52lo_epu64(off, c13, h[-11]);
                off = _mm_madd52lo_epu64(off, c12, h[-10]);
                off = _mm_madd52lo_epu64(off, c11, h[-9]);
                off = _mm_madd52lo_epu64(off, c10, h[-8]);
                off = _mm_madd52lo_epu64(off, c9, h[-7]);
                off = _mm_madd52lo_epu64(off, c8, h[-6]);
                off = _mm_madd52lo_epu64(off, c7, h[-5]);
                off = _mm_madd52lo_epu64(off, c6, last4);
                off = _mm_madd52lo_epu64(off, c5, last3);
                off = _mm_madd52lo_epu64(off, c4, last2);
                off = _mm_madd52lo_epu64(off, c3, last1);
                off = _mm_madd52lo_epu64(off, c2, x0);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = _mm_madd52lo_epu64(simde_mm_setzero_si128(), c1, prev_res);
                off = _mm_madd52lo_epu64(off, c14, h[-11]);
                off = _mm_madd52lo_epu64(off, c13, h[-10]);
                off = _mm_madd52lo_epu64(off, c12, h[-9]);
                off = _mm_madd52lo_epu64(off, c11, h[-8]);
                off = _mm_madd52lo_epu64(off, c10, h[-7]);
                off = _mm_madd52lo_epu64(off, c9, h[-6]);
                off = _mm_madd52lo_epu64(off, c8, h[-5]);
                off = _mm_madd52lo_epu64(off, c7, last4);
                off = _mm_madd52lo_epu64(off, c6, last3);
                off = _mm_madd52lo_epu64(off, c5, last2);
                off = _mm_madd52lo_epu64(off, c4, last1);
                off = _mm_madd52lo_epu64(off, c3, x0);
                off = _mm_madd52lo_epu64(off, c2, x1);
                const simde__m128i pred = _mm_srav_epi32(_mm_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m128i q0 = simde_mm_blend_epi32(x0, simde_mm_slli_epi64(x1, 32), 0xA);
            const simde__m128i q1 = simde_mm_blend_epi32(x2, simde_mm_slli_epi64(x3, 32), 0xA);
            const simde__m128i o0 = simde_mm_unpacklo_epi64(q0, q1), o1 = simde_mm_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), o0);
            simde_mm_storeu_si128((void *)(out1 + i), o1);
        }
        for (int j = 14; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_multi_narrow_l4_o11__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m256i hist[32 + 64];
    int32_t w[8] = {0};
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm256_loadu_si256((const void *)w);
    }
    simde__m256i cv[12];
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm256_loadu_si256((const void *)w);
    }
    const simde__m256i c1 = cv[1];
    const simde__m256i c2 = cv[2];
    const simde__m256i c3 = cv[3];
    const simde__m256i c4 = cv[4];
    const simde__m256i c5 = cv[5];
    const simde__m256i c6 = cv[6];
    const simde__m256i c7 = cv[7];
    const simde__m256i c8 = cv[8];
    const simde__m256i c9 = cv[9];
    const simde__m256i c10 = cv[10];
    const simde__m256i c11 = cv[11];
    simde__m256i shift;
    for (int l = 0; l < 4; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm256_loadu_si256((const void *)w);
    simde__m256i last1 = hist[31];
    simde__m256i last2 = hist[30];
    simde__m256i last3 = hist[29];
    simde__m256i last4 = hist[28];
    simde__m256i prev_res = last1, prev_pred = simde_mm256_setzero_si256();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m256i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m256i in0 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm256_inserti128_si256(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            simde__m256i in1 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm256_inserti128_si256(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            const simde__m256i p0 = simde_mm256_unpacklo_epi64(in0, in1), p1 = simde_mm256_unpackhi_epi64(in0, in1);
            const simde__m256i r0 = p0, r1 = simde_mm256_srli_epi64(p0, 32);
            const simde__m256i r2 = p1, r3 = simde_mm256_srli_epi64(p1, 32);
            simde__m256i x0;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c11, h[-11]);
                off = _mm256_madd52lo_epu64(off, c10, h[-10]);
                off = _mm256_madd52lo_epu64(off, c9, h[-9]);
                off = _mm256_madd52lo_epu64(off, c8, h[-8]);
                off = _mm256_madd52lo_epu64(off, c7, h[-7]);
                off = _mm256_madd52lo_epu64(off, c6, h[-6]);
                off = _mm256_madd52lo_epu64(off, c5, h[-5]);
                off = _mm256_madd52lo_epu64(off, c4, last4);
                off = _mm256_madd52lo_epu64(off, c3, last3);
                off = _mm256_madd52lo_epu64(off, c2, last2);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm256_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m256i x1;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c11, h[-10]);
                off = _mm256_madd52lo_epu64(off, c10, h[-9]);
                off = _mm256_madd52lo_epu64(off, c9, h[-8]);
                off = _mm256_madd52lo_epu64(off, c8, h[-7]);
                off = _mm256_madd52lo_epu64(off, c7, h[-6]);
                off = _mm256_madd52lo_epu64(off, c6, h[-5]);
                off = _mm256_madd52lo_epu64(off, c5, last4);
                off = _mm256_madd52lo_epu64(off, c4, last3);
                off = _mm256_madd52lo_epu64(off, c3, last2);
                off = _mm256_madd52lo_epu64(off, c2, last1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm256_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m256i x2;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c11, h[-9]);
                off = _mm256_madd52lo_epu64(off, c10, h[-8]);
                off = _mm256_madd52lo_epu64(off, c9, h[-7]);
                off = _mm256_madd52lo_epu64(off, c8, h[-6]);
                off = _mm256_madd52lo_epu64(off, c7, h[-5]);
                off = _mm256_madd52lo_epu64(off, c6, last4);
                off = _mm256_madd52lo_epu64(off, c5, last3);
                off = _mm256_madd52lo_epu64(off, c4, last2);
                off = _mm256_madd52lo_epu64(off, c3, last1);
                off = _mm256_madd52lo_epu64(off, c2, x0);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm256_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m256i x3;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c11, h[-8]);
                off = _mm256_madd52lo_epu64(off, c10, h[-7]);
                off = _mm256_madd52lo_epu64(off, c9, h[-6]);
                off = _mm256_madd52lo_epu64(off, c8, h[-5]);
                off = _mm256_madd52lo_epu64(off, c7, last4);
                off = _mm256_madd52lo_epu64(off, c6, last3);
                off = _mm256_madd52lo_epu64(off, c5, last2);
                off = _mm256_madd52lo_epu64(off, c4, last1);
                off = _mm256_madd52lo_epu64(off, c3, x0);
                off = _mm256_madd52lo_epu64(off, c2, x1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm256_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m256i q0 = simde_mm256_blend_epi32(x0, simde_mm256_slli_epi64(x1, 32), 0xAA);
            const simde__m256i q1 = simde_mm256_blend_epi32(x2, simde_mm256_slli_epi64(x3, 32), 0xAA);
            const simde__m256i o0 = simde_mm256_unpacklo_epi64(q0, q1), o1 = simde_mm256_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm256_castsi256_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm256_extracti128_si256(o0, 1));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm256_castsi256_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm256_extracti128_si256(o1, 1));
        }
        for (int j = 11; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_multi_narrow_l4_o12__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m256i hist[32 + 64];
    int32_t w[8] = {0};
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm256_loadu_si256((const void *)w);
    }
    simde__m256i cv[13];
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm256_loadu_si256((const void *)w);
    }
    const simde__m256i c1 = cv[1];
    const simde__m256i c2 = cv[2];
    const simde__m256i c3 = cv[3];
    const simde__m256i c4 = cv[4];
    const simde__m256i c5 = cv[5];
    const simde__m256i c6 = cv[6];
    const simde__m256i c7 = cv[7];
    const simde__m256i c8 = cv[8];
    const simde__m256i c9 = cv[9];
    const simde__m256i c10 = cv[10];
    const simde__m256i c11 = cv[11];
    const simde__m256i c12 = cv[12];
    simde__m256i shift;
    for (int l = 0; l < 4; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm256_loadu_si256((const void *)w);
    simde__m256i last1 = hist[31];
    simde__m256i last2 = hist[30];
    simde__m256i last3 = hist[29];
    simde__m256i last4 = hist[28];
    simde__m256i prev_res = last1, prev_pred = simde_mm256_setzero_si256();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m256i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m256i in0 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm256_inserti128_si256(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            simde__m256i in1 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm256_inserti128_si256(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            const simde__m256i p0 = simde_mm256_unpacklo_epi64(in0, in1), p1 = simde_mm256_unpackhi_epi64(in0, in1);
            const simde__m256i r0 = p0, r1 = simde_mm256_srli_epi64(p0, 32);
            const simde__m256i r2 = p1, r3 = simde_mm256_srli_epi64(p1, 32);
            simde__m256i x0;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c12, h[-12]);
                off = _mm256_madd52lo_epu64(off, c11, h[-11]);
                off = _mm256_madd52lo_epu64(off, c10, h[-10]);
                off = _mm256_madd52lo_epu64(off, c9, h[-9]);
                off = _mm256_madd52lo_epu64(off, c8, h[-8]);
                off = _mm256_madd52lo_epu64(off, c7, h[-7]);
                off = _mm256_madd52lo_epu64(off, c6, h[-6]);
                off = _mm256_madd52lo_epu64(off, c5, h[-5]);
                off = _mm256_madd52lo_epu64(off, c4, last4);
                off = _mm256_madd52lo_epu64(off, c3, last3);
                off = _mm256_madd52lo_epu64(off, c2, last2);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm256_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m256i x1;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c12, h[-11]);
                off = _mm256_madd52lo_epu64(off, c11, h[-10]);
                off = _mm256_madd52lo_epu64(off, c10, h[-9]);
                off = _mm256_madd52lo_epu64(off, c9, h[-8]);
                off = _mm256_madd52lo_epu64(off, c8, h[-7]);
                off = _mm256_madd52lo_epu64(off, c7, h[-6]);
                off = _mm256_madd52lo_epu64(off, c6, h[-5]);
                off = _mm256_madd52lo_epu64(off, c5, last4);
                off = _mm256_madd52lo_epu64(off, c4, last3);
                off = _mm256_madd52lo_epu64(off, c3, last2);
                off = _mm256_madd52lo_epu64(off, c2, last1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm256_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m256i x2;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c12, h[-10]);
                off = _mm256_madd52lo_epu64(off, c11, h[-9]);
                off = _mm256_madd52lo_epu64(off, c10, h[-8]);
                off = _mm256_madd52lo_epu64(off, c9, h[-7]);
                off = _mm256_madd52lo_epu64(off, c8, h[-6]);
                off = _mm256_madd52lo_epu64(off, c7, h[-5]);
                off = _mm256_madd52lo_epu64(off, c6, last4);
                off = _mm256_madd52lo_epu64(off, c5, last3);
                off = _mm256_madd52lo_epu64(off, c4, last2);
                off = _mm256_madd52lo_epu64(off, c3, last1);
                off = _mm256_madd52lo_epu64(off, c2, x0);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm256_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m256i x3;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c12, h[-9]);
                off = _mm256_madd52lo_epu64(off, c11, h[-8]);
                off = _mm256_madd52lo_epu64(off, c10, h[-7]);
                off = _mm256_madd52lo_epu64(off, c9, h[-6]);
                off = _mm256_madd52lo_epu64(off, c8, h[-5]);
                off = _mm256_madd52lo_epu64(off, c7, last4);
                off = _mm256_madd52lo_epu64(off, c6, last3);
                off = _mm256_madd52lo_epu64(off, c5, last2);
                off = _mm256_madd52lo_epu64(off, c4, last1);
                off = _mm256_madd52lo_epu64(off, c3, x0);
                off = _mm256_madd52lo_epu64(off, c2, x1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm256_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m256i q0 = simde_mm256_blend_epi32(x0, simde_mm256_slli_epi64(x1, 32), 0xAA);
            const simde__m256i q1 = simde_mm256_blend_epi32(x2, simde_mm256_slli_epi64(x3, 32), 0xAA);
            const simde__m256i o0 = simde_mm256_unpacklo_epi64(q0, q1), o1 = simde_mm256_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm256_castsi256_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm256_extracti128_si256(o0, 1));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm256_castsi256_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm256_extracti128_si256(o1, 1));
        }
        for (int j = 12; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_multi_narrow_l4_o13__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m256i hist[32 + 64];
    int32_t w[8] = {0};
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm256_loadu_si256((const void *)w);
    }
    simde__m256i cv[14];
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm256_loadu_si256((const void *)w);
    }
    const simde__m256i c1 = cv[1];
    const simde__m256i c2 = cv[2];
    const simde__m256i c3 = cv[3];
    const simde__m256i c4 = cv[4];
    const simde__m256i c5 = cv[5];
    const simde__m256i c6 = cv[6];
    const simde__m256i c7 = cv[7];
    const simde__m256i c8 = cv[8];
    const simde__m256i c9 = cv[9];
    const simde__m256i c10 = cv[10];
    const simde__m256i c11 = cv[11];
    const simde__m256i c12 = cv[12];
    const simde__m256i c13 = cv[13];
    simde__m256i shift;
    for (int l = 0; l < 4; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm256_loadu_si256((const void *)w);
    simde__m256i last1 = hist[31];
    simde__m256i last2 = hist[30];
    simde__m256i last3 = hist[29];
    simde__m256i last4 = hist[28];
    simde__m256i prev_res = last1, prev_pred = simde_mm256_setzero_si256();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m256i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m256i in0 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm256_inserti128_si256(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            simde__m256i in1 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm256_inserti128_si256(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            const simde__m256i p0 = simde_mm256_unpacklo_epi64(in0, in1), p1 = simde_mm256_unpackhi_epi64(in0, in1);
            const simde__m256i r0 = p0, r1 = simde_mm256_srli_epi64(p0, 32);
            const simde__m256i r2 = p1, r3 = simde_mm256_srli_epi64(p1, 32);
            simde__m256i x0;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c13, h[-13]);
                off = _mm256_madd52lo_epu64(off, c12, h[-12]);
                off = _mm256_madd52lo_epu64(off, c11, h[-11]);
                off = _mm256_madd52lo_epu64(off, c10, h[-10]);
                off = _mm256_madd52lo_epu64(off, c9, h[-9]);
                off = _mm256_madd52lo_epu64(off, c8, h[-8]);
                off = _mm256_madd52lo_epu64(off, c7, h[-7]);
                off = _mm256_madd52lo_epu64(off, c6, h[-6]);
                off = _mm256_madd52lo_epu64(off, c5, h[-5]);
                off = _mm256_madd52lo_epu64(off, c4, last4);
                off = _mm256_madd52lo_epu64(off, c3, last3);
                off = _mm256_madd52lo_epu64(off, c2, last2);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm256_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m256i x1;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c13, h[-12]);
                off = _mm256_madd52lo_epu64(off, c12, h[-11]);
                off = _mm256_madd52lo_epu64(off, c11, h[-10]);
                off = _mm256_madd52lo_epu64(off, c10, h[-9]);
                off = _mm256_madd52lo_epu64(off, c9, h[-8]);
                off = _mm256_madd52lo_epu64(off, c8, h[-7]);
                off = _mm256_madd52lo_epu64(off, c7, h[-6]);
                off = _mm256_madd52lo_epu64(off, c6, h[-5]);
                off = _mm256_madd52lo_epu64(off, c5, last4);
                off = _mm256_madd52lo_epu64(off, c4, last3);
                off = _mm256_madd52lo_epu64(off, c3, last2);
                off = _mm256_madd52lo_epu64(off, c2, last1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm256_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m256i x2;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c13, h[-11]);
                off = _mm256_madd52lo_epu64(off, c12, h[-10]);
                off = _mm256_madd52lo_epu64(off, c11, h[-9]);
                off = _mm256_madd52lo_epu64(off, c10, h[-8]);
                off = _mm256_madd52lo_epu64(off, c9, h[-7]);
                off = _mm256_madd52lo_epu64(off, c8, h[-6]);
                off = _mm256_madd52lo_epu64(off, c7, h[-5]);
                off = _mm256_madd52lo_epu64(off, c6, last4);
                off = _mm256_madd52lo_epu64(off, c5, last3);
                off = _mm256_madd52lo_epu64(off, c4, last2);
                off = _mm256_madd52lo_epu64(off, c3, last1);
                off = _mm256_madd52lo_epu64(off, c2, x0);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm256_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m256i x3;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c13, h[-10]);
                off = _mm256_madd52lo_epu64(off, c12, h[-9]);
                off = _mm256_madd52lo_epu64(off, c11, h[-8]);
                off = _mm256_madd52lo_epu64(off, c10, h[-7]);
                off = _mm256_madd52lo_epu64(off, c9, h[-6]);
                off = _mm256_madd52lo_epu64(off, c8, h[-5]);
                off = _mm256_madd52lo_epu64(off, c7, last4);
                off = _mm256_madd52lo_epu64(off, c6, last3);
                off = _mm256_madd52lo_epu64(off, c5, last2);
                off = _mm256_madd52lo_epu64(off, c4, last1);
                off = _mm256_madd52lo_epu64(off, c3, x0);
                off = _mm256_madd52lo_epu64(off, c2, x1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm256_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m256i q0 = simde_mm256_blend_epi32(x0, simde_mm256_slli_epi64(x1, 32), 0xAA);
            const simde__m256i q1 = simde_mm256_blend_epi32(x2, simde_mm256_slli_epi64(x3, 32), 0xAA);
            const simde__m256i o0 = simde_mm256_unpacklo_epi64(q0, q1), o1 = simde_mm256_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm256_castsi256_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm256_extracti128_si256(o0, 1));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm256_castsi256_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm256_extracti128_si256(o1, 1));
        }
        for (int j = 13; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_multi_narrow_l4_o14__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m256i hist[32 + 64];
    int32_t w[8] = {0};
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm256_loadu_si256((const void *)w);
    }
    simde__m256i cv[15];
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm256_loadu_si256((const void *)w);
    }
    const simde__m256i c1 = cv[1];
    const simde__m256i c2 = cv[2];
    const simde__m256i c3 = cv[3];
    const simde__m256i c4 = cv[4];
    const simde__m256i c5 = cv[5];
    const simde__m256i c6 = cv[6];
    const simde__m256i c7 = cv[7];
    const simde__m256i c8 = cv[8];
    const simde__m256i c9 = cv[9];
    const simde__m256i c10 = cv[10];
    const simde__m256i c11 = cv[11];
    const simde__m256i c12 = cv[12];
    const simde__m256i c13 = cv[13];
    const simde__m256i c14 = cv[14];
    simde__m256i shift;
    for (int l = 0; l < 4; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm256_loadu_si256((const void *)w);
    simde__m256i last1 = hist[31];
    simde__m256i last2 = hist[30];
    simde__m256i last3 = hist[29];
    simde__m256i last4 = hist[28];
    simde__m256i prev_res = last1, prev_pred = simde_mm256_setzero_si256();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m256i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m256i in0 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm256_inserti128_si256(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            simde__m256i in1 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm256_inserti128_si256(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            const simde__m256i p0 = simde_mm256_unpacklo_epi64(in0, in1), p1 = simde_mm256_unpackhi_epi64(in0, in1);
            const simde__m256i r0 = p0, r1 = simde_mm256_srli_epi64(p0, 32);
            const simde__m256i r2 = p1, r3 = simde_mm256_srli_epi64(p1, 32);
            simde__m256i x0;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c14, h[-14]);
                off = _mm256_madd52lo_epu64(off, c13, h[-13]);
                off = _mm256_madd52lo_epu64(off, c12, h[-12]);
                off = _mm256_madd52lo_epu64(off, c11, h[-11]);
                off = _mm256_madd52lo_epu64(off, c10, h[-10]);
                off = _mm256_madd52lo_epu64(off, c9, h[-9]);
                off = _mm256_madd52lo_epu64(off, c8, h[-8]);
                off = _mm256_madd52lo_epu64(off, c7, h[-7]);
                off = _mm256_madd52lo_epu64(off, c6, h[-6]);
                off = _mm256_madd52lo_epu64(off, c5, h[-5]);
                off = _mm256_madd52lo_epu64(off, c4, last4);
                off = _mm256_madd52lo_epu64(off, c3, last3);
                off = _mm256_madd52lo_epu64(off, c2, last2);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm256_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m256i x1;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c14, h[-13]);
                off = _mm256_madd52lo_epu64(off, c13, h[-12]);
                off = _mm256_madd52lo_epu64(off, c12, h[-11]);
                off = _mm256_madd52lo_epu64(off, c11, h[-10]);
                off = _mm256_madd52lo_epu64(off, c10, h[-9]);
                off = _mm256_madd52lo_epu64(off, c9, h[-8]);
                off = _mm256_madd52lo_epu64(off, c8, h[-7]);
                off = _mm256_madd52lo_epu64(off, c7, h[-6]);
                off = _mm256_madd52lo_epu64(off, c6, h[-5]);
                off = _mm256_madd52lo_epu64(off, c5, last4);
                off = _mm256_madd52lo_epu64(off, c4, last3);
                off = _mm256_madd52lo_epu64(off, c3, last2);
                off = _mm256_madd52lo_epu64(off, c2, last1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm256_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m256i x2;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c14, h[-12]);
                off = _mm256_madd52lo_epu64(off, c13, h[-11]);
                off = _mm256_madd52lo_epu64(off, c12, h[-10]);
                off = _mm256_madd52lo_epu64(off, c11, h[-9]);
                off = _mm256_madd52lo_epu64(off, c10, h[-8]);
                off = _mm256_madd52lo_epu64(off, c9, h[-7]);
                off = _mm256_madd52lo_epu64(off, c8, h[-6]);
                off = _mm256_madd52lo_epu64(off, c7, h[-5]);
                off = _mm256_madd52lo_epu64(off, c6, last4);
                off = _mm256_madd52lo_epu64(off, c5, last3);
                off = _mm256_madd52lo_epu64(off, c4, last2);
                off = _mm256_madd52lo_epu64(off, c3, last1);
                off = _mm256_madd52lo_epu64(off, c2, x0);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm256_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m256i x3;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c14, h[-11]);
                off = _mm256_madd52lo_epu64(off, c13, h[-10]);
                off = _mm256_madd52lo_epu64(off, c12, h[-9]);
                off = _mm256_madd52lo_epu64(off, c11, h[-8]);
                off = _mm256_madd52lo_epu64(off, c10, h[-7]);
                off = _mm256_madd52lo_epu64(off, c9, h[-6]);
                off = _mm256_madd52lo_epu64(off, c8, h[-5]);
                off = _mm256_madd52lo_epu64(off, c7, last4);
                off = _mm256_madd52lo_epu64(off, c6, last3);
                off = _mm256_madd52lo_epu64(off, c5, last2);
                off = _mm256_madd52lo_epu64(off, c4, last1);
                off = _mm256_madd52lo_epu64(off, c3, x0);
                off = _mm256_madd52lo_epu64(off, c2, x1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm256_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m256i q0 = simde_mm256_blend_epi32(x0, simde_mm256_slli_epi64(x1, 32), 0xAA);
            const simde__m256i q1 = simde_mm256_blend_epi32(x2, simde_mm256_slli_epi64(x3, 32), 0xAA);
            const simde__m256i o0 = simde_mm256_unpacklo_epi64(q0, q1), o1 = simde_mm256_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm256_castsi256_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm256_extracti128_si256(o0, 1));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm256_castsi256_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm256_extracti128_si256(o1, 1));
        }
        for (int j = 14; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_multi_narrow_l4_o15__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m256i hist[32 + 64];
    int32_t w[8] = {0};
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm256_loadu_si256((const void *)w);
    }
    simde__m256i cv[16];
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm256_loadu_si256((const void *)w);
    }
    const simde__m256i c1 = cv[1];
    const simde__m256i c2 = cv[2];
    const simde__m256i c3 = cv[3];
    const simde__m256i c4 = cv[4];
    const simde__m256i c5 = cv[5];
    const simde__m256i c6 = cv[6];
    const simde__m256i c7 = cv[7];
    const simde__m256i c8 = cv[8];
    const simde__m256i c9 = cv[9];
    const simde__m256i c10 = cv[10];
    const simde__m256i c11 = cv[11];
    const simde__m256i c12 = cv[12];
    const simde__m256i c13 = cv[13];
    const simde__m256i c14 = cv[14];
    const simde__m256i c15 = cv[15];
    simde__m256i shift;
    for (int l = 0; l < 4; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm256_loadu_si256((const void *)w);
    simde__m256i last1 = hist[31];
    simde__m256i last2 = hist[30];
    simde__m256i last3 = hist[29];
    simde__m256i last4 = hist[28];
    simde__m256i prev_res = last1, prev_pred = simde_mm256_setzero_si256();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m256i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m256i in0 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm256_inserti128_si256(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            simde__m256i in1 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm256_inserti128_si256(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            const simde__m256i p0 = simde_mm256_unpacklo_epi64(in0, in1), p1 = simde_mm256_unpackhi_epi64(in0, in1);
            const simde__m256i r0 = p0, r1 = simde_mm256_srli_epi64(p0, 32);
            const simde__m256i r2 = p1, r3 = simde_mm256_srli_epi64(p1, 32);
            simde__m256i x0;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c15, h[-15]);
                off = _mm256_madd52lo_epu64(off, c14, h[-14]);
                off = _mm256_madd52lo_epu64(off, c13, h[-13]);
                off = _mm256_madd52lo_epu64(off, c12, h[-12]);
                off = _mm256_madd52lo_epu64(off, c11, h[-11]);
                off = _mm256_madd52lo_epu64(off, c10, h[-10]);
                off = _mm256_madd52lo_epu64(off, c9, h[-9]);
                off = _mm256_madd52lo_epu64(off, c8, h[-8]);
                off = _mm256_madd52lo_epu64(off, c7, h[-7]);
                off = _mm256_madd52lo_epu64(off, c6, h[-6]);
                off = _mm256_madd52lo_epu64(off, c5, h[-5]);
                off = _mm256_madd52lo_epu64(off, c4, last4);
                off = _mm256_madd52lo_epu64(off, c3, last3);
                off = _mm256_madd52lo_epu64(off, c2, last2);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm256_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m256i x1;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c15, h[-14]);
                off = _mm256_madd52lo_epu64(off, c14, h[-13]);
                off = _mm256_madd52lo_epu64(off, c13, h[-12]);
                off = _mm256_madd52lo_epu64(off, c12, h[-11]);
                off = _mm256_madd52lo_epu64(off, c11, h[-10]);
                off = _mm256_madd52lo_epu64(off, c10, h[-9]);
                off = _mm256_madd52lo_epu64(off, c9, h[-8]);
                off = _mm256_madd52lo_epu64(off, c8, h[-7]);
                off = _mm256_madd52lo_epu64(off, c7, h[-6]);
                off = _mm256_madd52lo_epu64(off, c6, h[-5]);
                off = _mm256_madd52lo_epu64(off, c5, last4);
                off = _mm256_madd52lo_epu64(off, c4, last3);
                off = _mm256_madd52lo_epu64(off, c3, last2);
                off = _mm256_madd52lo_epu64(off, c2, last1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm256_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m256i x2;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c15, h[-13]);
                off = _mm256_madd52lo_epu64(off, c14, h[-12]);
                off = _mm256_madd52lo_epu64(off, c13, h[-11]);
                off = _mm256_madd52lo_epu64(off, c12, h[-10]);
                off = _mm256_madd52lo_epu64(off, c11, h[-9]);
                off = _mm256_madd52lo_epu64(off, c10, h[-8]);
                off = _mm256_madd52lo_epu64(off, c9, h[-7]);
                off = _mm256_madd52lo_epu64(off, c8, h[-6]);
                off = _mm256_madd52lo_epu64(off, c7, h[-5]);
                off = _mm256_madd52lo_epu64(off, c6, last4);
                off = _mm256_madd52lo_epu64(off, c5, last3);
                off = _mm256_madd52lo_epu64(off, c4, last2);
                off = _mm256_madd52lo_epu64(off, c3, last1);
                off = _mm256_madd52lo_epu64(off, c2, x0);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm256_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m256i x3;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c15, h[-12]);
                off = _mm256_madd52lo_epu64(off, c14, h[-11]);
                off = _mm256_madd52lo_epu64(off, c13, h[-10]);
                off = _mm256_madd52lo_epu64(off, c12, h[-9]);
                off = _mm256_madd52lo_epu64(off, c11, h[-8]);
                off = _mm256_madd52lo_epu64(off, c10, h[-7]);
                off = _mm256_madd52lo_epu64(off, c9, h[-6]);
                off = _mm256_madd52lo_epu64(off, c8, h[-5]);
                off = _mm256_madd52lo_epu64(off, c7, last4);
                off = _mm256_madd52lo_epu64(off, c6, last3);
                off = _mm256_madd52lo_epu64(off, c5, last2);
                off = _mm256_madd52lo_epu64(off, c4, last1);
                off = _mm256_madd52lo_epu64(off, c3, x0);
                off = _mm256_madd52lo_epu64(off, c2, x1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm256_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m256i q0 = simde_mm256_blend_epi32(x0, simde_mm256_slli_epi64(x1, 32), 0xAA);
            const simde__m256i q1 = simde_mm256_blend_epi32(x2, simde_mm256_slli_epi64(x3, 32), 0xAA);
            const simde__m256i o0 = simde_mm256_unpacklo_epi64(q0, q1), o1 = simde_mm256_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm256_castsi256_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm256_extracti128_si256(o0, 1));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm256_castsi256_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm256_extracti128_si256(o1, 1));
        }
        for (int j = 15; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_multi_narrow_l4_o16__avx512_ifma(const struct lpcu_group *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    simde__m256i hist[32 + 64];
    int32_t w[8] = {0};
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm256_loadu_si256((const void *)w);
    }
    simde__m256i cv[17];
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 4; l++)
            w[2 * l] = g->coeff[j - 1][l];
        cv[j] = simde_mm256_loadu_si256((const void *)w);
    }
    const simde__m256i c1 = cv[1];
    const simde__m256i c2 = cv[2];
    const simde__m256i c3 = cv[3];
    const simde__m256i c4 = cv[4];
    const simde__m256i c5 = cv[5];
    const simde__m256i c6 = cv[6];
    const simde__m256i c7 = cv[7];
    const simde__m256i c8 = cv[8];
    const simde__m256i c9 = cv[9];
    const simde__m256i c10 = cv[10];
    const simde__m256i c11 = cv[11];
    const simde__m256i c12 = cv[12];
    const simde__m256i c13 = cv[13];
    const simde__m256i c14 = cv[14];
    const simde__m256i c15 = cv[15];
    const simde__m256i c16 = cv[16];
    simde__m256i shift;
    for (int l = 0; l < 4; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm256_loadu_si256((const void *)w);
    simde__m256i last1 = hist[31];
    simde__m256i last2 = hist[30];
    simde__m256i last3 = hist[29];
    simde__m256i last4 = hist[28];
    simde__m256i prev_res = last1, prev_pred = simde_mm256_setzero_si256();
    const uint32_t steps = n & ~(uint32_t)3;
    uint32_t i = 0;
    while (i < steps) {
        const uint32_t end = steps - i < 64 ? steps : i + 64;
        simde__m256i *h = hist + 32;
        for (; i < end; i += 4, h += 4) {
            simde__m256i in0 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res0 + i)));
            in0 = simde_mm256_inserti128_si256(in0, simde_mm_loadu_si128((const void *)(res2 + i)), 1);
            simde__m256i in1 = simde_mm256_castsi128_si256(simde_mm_loadu_si128((const void *)(res1 + i)));
            in1 = simde_mm256_inserti128_si256(in1, simde_mm_loadu_si128((const void *)(res3 + i)), 1);
            const simde__m256i p0 = simde_mm256_unpacklo_epi64(in0, in1), p1 = simde_mm256_unpackhi_epi64(in0, in1);
            const simde__m256i r0 = p0, r1 = simde_mm256_srli_epi64(p0, 32);
            const simde__m256i r2 = p1, r3 = simde_mm256_srli_epi64(p1, 32);
            simde__m256i x0;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c16, h[-16]);
                off = _mm256_madd52lo_epu64(off, c15, h[-15]);
                off = _mm256_madd52lo_epu64(off, c14, h[-14]);
                off = _mm256_madd52lo_epu64(off, c13, h[-13]);
                off = _mm256_madd52lo_epu64(off, c12, h[-12]);
                off = _mm256_madd52lo_epu64(off, c11, h[-11]);
                off = _mm256_madd52lo_epu64(off, c10, h[-10]);
                off = _mm256_madd52lo_epu64(off, c9, h[-9]);
                off = _mm256_madd52lo_epu64(off, c8, h[-8]);
                off = _mm256_madd52lo_epu64(off, c7, h[-7]);
                off = _mm256_madd52lo_epu64(off, c6, h[-6]);
                off = _mm256_madd52lo_epu64(off, c5, h[-5]);
                off = _mm256_madd52lo_epu64(off, c4, last4);
                off = _mm256_madd52lo_epu64(off, c3, last3);
                off = _mm256_madd52lo_epu64(off, c2, last2);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm256_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m256i x1;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c16, h[-15]);
                off = _mm256_madd52lo_epu64(off, c15, h[-14]);
                off = _mm256_madd52lo_epu64(off, c14, h[-13]);
                off = _mm256_madd52lo_epu64(off, c13, h[-12]);
                off = _mm256_madd52lo_epu64(off, c12, h[-11]);
                off = _mm256_madd52lo_epu64(off, c11, h[-10]);
                off = _mm256_madd52lo_epu64(off, c10, h[-9]);
                off = _mm256_madd52lo_epu64(off, c9, h[-8]);
                off = _mm256_madd52lo_epu64(off, c8, h[-7]);
                off = _mm256_madd52lo_epu64(off, c7, h[-6]);
                off = _mm256_madd52lo_epu64(off, c6, h[-5]);
                off = _mm256_madd52lo_epu64(off, c5, last4);
                off = _mm256_madd52lo_epu64(off, c4, last3);
                off = _mm256_madd52lo_epu64(off, c3, last2);
                off = _mm256_madd52lo_epu64(off, c2, last1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm256_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m256i x2;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c16, h[-14]);
                off = _mm256_madd52lo_epu64(off, c15, h[-13]);
                off = _mm256_madd52lo_epu64(off, c14, h[-12]);
                off = _mm256_madd52lo_epu64(off, c13, h[-11]);
                off = _mm256_madd52lo_epu64(off, c12, h[-10]);
                off = _mm256_madd52lo_epu64(off, c11, h[-9]);
                off = _mm256_madd52lo_epu64(off, c10, h[-8]);
                off = _mm256_madd52lo_epu64(off, c9, h[-7]);
                off = _mm256_madd52lo_epu64(off, c8, h[-6]);
                off = _mm256_madd52lo_epu64(off, c7, h[-5]);
                off = _mm256_madd52lo_epu64(off, c6, last4);
                off = _mm256_madd52lo_epu64(off, c5, last3);
                off = _mm256_madd52lo_epu64(off, c4, last2);
                off = _mm256_madd52lo_epu64(off, c3, last1);
                off = _mm256_madd52lo_epu64(off, c2, x0);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm256_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m256i x3;
            {
                simde__m256i off = _mm256_madd52lo_epu64(simde_mm256_setzero_si256(), c1, prev_res);
                off = _mm256_madd52lo_epu64(off, c16, h[-13]);
                off = _mm256_madd52lo_epu64(off, c15, h[-12]);
                off = _mm256_madd52lo_epu64(off, c14, h[-11]);
                off = _mm256_madd52lo_epu64(off, c13, h[-10]);
                off = _mm256_madd52lo_epu64(off, c12, h[-9]);
                off = _mm256_madd52lo_epu64(off, c11, h[-8]);
                off = _mm256_madd52lo_epu64(off, c10, h[-7]);
                off = _mm256_madd52lo_epu64(off, c9, h[-6]);
                off = _mm256_madd52lo_epu64(off, c8, h[-5]);
                off = _mm256_madd52lo_epu64(off, c7, last4);
                off = _mm256_madd52lo_epu64(off, c6, last3);
                off = _mm256_madd52lo_epu64(off, c5, last2);
                off = _mm256_madd52lo_epu64(off, c4, last1);
                off = _mm256_madd52lo_epu64(off, c3, x0);
                off = _mm256_madd52lo_epu64(off, c2, x1);
                const simde__m256i pred = _mm256_srav_epi32(_mm256_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm256_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
                h[3] = x3;
            }
            last1 = x3;
            last2 = x2;
            last3 = x1;
            last4 = x0;
            const simde__m256i q0 = simde_mm256_blend_epi32(x0, simde_mm256_slli_epi64(x1, 32), 0xAA);
            const simde__m256i q1 = simde_mm256_blend_epi32(x2, simde_mm256_slli_epi64(x3, 32), 0xAA);
            const simde__m256i o0 = simde_mm256_unpacklo_epi64(q0, q1), o1 = simde_mm256_unpackhi_epi64(q0, q1);
            simde_mm_storeu_si128((void *)(out0 + i), simde_mm256_castsi256_si128(o0));
            simde_mm_storeu_si128((void *)(out2 + i), simde_mm256_extracti128_si256(o0, 1));
            simde_mm_storeu_si128((void *)(out1 + i), simde_mm256_castsi256_si128(o1));
            simde_mm_storeu_si128((void *)(out3 + i), simde_mm256_extracti128_si256(o1, 1));
        }
        for (int j = 16; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    return steps;
}
#endif

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_multi_narrow_l8_o1__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
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
uint32_t lpcu_multi_narrow_l8_o2__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x3 = simde_mm512_add_epi32(r3, pred);
                prev_res = r3;
                prev_pred = pred;
            }
            last1 = x3;
            last2 = x2;
            const simde__m512i q0 = simde_mm512_mask_blend_epi32(0xAAAA, x0, simde_mm512_slli_epi64(x1, 32));
            const simde__m512i q1 = simde_mm512_mask_blend_epi32(0xAAAA, x2, simde_mm512_slli_epi64(x3, 32));
            const simde__m512i o0 = simde_mm512_unpacklo_epi64(q0, q1), o1 = simde_mm512_unpackhi_epi64(q0, q1);
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
uint32_t lpcu_multi_narrow_l8_o3__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o4__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o5__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c5, h[-5]);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c5, last4);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c5, last3);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c5, last2);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o6__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c6, h[-6]);
                off = _mm512_madd52lo_epu64(off, c5, h[-5]);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c6, h[-5]);
                off = _mm512_madd52lo_epu64(off, c5, last4);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c6, last4);
                off = _mm512_madd52lo_epu64(off, c5, last3);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c6, last3);
                off = _mm512_madd52lo_epu64(off, c5, last2);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o7__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c7, h[-7]);
                off = _mm512_madd52lo_epu64(off, c6, h[-6]);
                off = _mm512_madd52lo_epu64(off, c5, h[-5]);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c7, h[-6]);
                off = _mm512_madd52lo_epu64(off, c6, h[-5]);
                off = _mm512_madd52lo_epu64(off, c5, last4);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c7, h[-5]);
                off = _mm512_madd52lo_epu64(off, c6, last4);
                off = _mm512_madd52lo_epu64(off, c5, last3);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c7, last4);
                off = _mm512_madd52lo_epu64(off, c6, last3);
                off = _mm512_madd52lo_epu64(off, c5, last2);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o8__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c8, h[-8]);
                off = _mm512_madd52lo_epu64(off, c7, h[-7]);
                off = _mm512_madd52lo_epu64(off, c6, h[-6]);
                off = _mm512_madd52lo_epu64(off, c5, h[-5]);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c8, h[-7]);
                off = _mm512_madd52lo_epu64(off, c7, h[-6]);
                off = _mm512_madd52lo_epu64(off, c6, h[-5]);
                off = _mm512_madd52lo_epu64(off, c5, last4);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c8, h[-6]);
                off = _mm512_madd52lo_epu64(off, c7, h[-5]);
                off = _mm512_madd52lo_epu64(off, c6, last4);
                off = _mm512_madd52lo_epu64(off, c5, last3);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c8, h[-5]);
                off = _mm512_madd52lo_epu64(off, c7, last4);
                off = _mm512_madd52lo_epu64(off, c6, last3);
                off = _mm512_madd52lo_epu64(off, c5, last2);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o9__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c9, h[-9]);
                off = _mm512_madd52lo_epu64(off, c8, h[-8]);
                off = _mm512_madd52lo_epu64(off, c7, h[-7]);
                off = _mm512_madd52lo_epu64(off, c6, h[-6]);
                off = _mm512_madd52lo_epu64(off, c5, h[-5]);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c9, h[-8]);
                off = _mm512_madd52lo_epu64(off, c8, h[-7]);
                off = _mm512_madd52lo_epu64(off, c7, h[-6]);
                off = _mm512_madd52lo_epu64(off, c6, h[-5]);
                off = _mm512_madd52lo_epu64(off, c5, last4);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c9, h[-7]);
                off = _mm512_madd52lo_epu64(off, c8, h[-6]);
                off = _mm512_madd52lo_epu64(off, c7, h[-5]);
                off = _mm512_madd52lo_epu64(off, c6, last4);
                off = _mm512_madd52lo_epu64(off, c5, last3);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c9, h[-6]);
                off = _mm512_madd52lo_epu64(off, c8, h[-5]);
                off = _mm512_madd52lo_epu64(off, c7, last4);
                off = _mm512_madd52lo_epu64(off, c6, last3);
                off = _mm512_madd52lo_epu64(off, c5, last2);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
uint32_t lpcu_multi_narrow_l8_o10__avx512_ifma(const struct lpcu_group *g, uint32_t n)
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
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c10, h[-10]);
                off = _mm512_madd52lo_epu64(off, c9, h[-9]);
                off = _mm512_madd52lo_epu64(off, c8, h[-8]);
                off = _mm512_madd52lo_epu64(off, c7, h[-7]);
                off = _mm512_madd52lo_epu64(off, c6, h[-6]);
                off = _mm512_madd52lo_epu64(off, c5, h[-5]);
                off = _mm512_madd52lo_epu64(off, c4, last4);
                off = _mm512_madd52lo_epu64(off, c3, last3);
                off = _mm512_madd52lo_epu64(off, c2, last2);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x0 = simde_mm512_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m512i x1;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c10, h[-9]);
                off = _mm512_madd52lo_epu64(off, c9, h[-8]);
                off = _mm512_madd52lo_epu64(off, c8, h[-7]);
                off = _mm512_madd52lo_epu64(off, c7, h[-6]);
                off = _mm512_madd52lo_epu64(off, c6, h[-5]);
                off = _mm512_madd52lo_epu64(off, c5, last4);
                off = _mm512_madd52lo_epu64(off, c4, last3);
                off = _mm512_madd52lo_epu64(off, c3, last2);
                off = _mm512_madd52lo_epu64(off, c2, last1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x1 = simde_mm512_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m512i x2;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c10, h[-8]);
                off = _mm512_madd52lo_epu64(off, c9, h[-7]);
                off = _mm512_madd52lo_epu64(off, c8, h[-6]);
                off = _mm512_madd52lo_epu64(off, c7, h[-5]);
                off = _mm512_madd52lo_epu64(off, c6, last4);
                off = _mm512_madd52lo_epu64(off, c5, last3);
                off = _mm512_madd52lo_epu64(off, c4, last2);
                off = _mm512_madd52lo_epu64(off, c3, last1);
                off = _mm512_madd52lo_epu64(off, c2, x0);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
                x2 = simde_mm512_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m512i x3;
            {
                simde__m512i off = _mm512_madd52lo_epu64(simde_mm512_setzero_si512(), c1, prev_res);
                off = _mm512_madd52lo_epu64(off, c10, h[-7]);
                off = _mm512_madd52lo_epu64(off, c9, h[-6]);
                off = _mm512_madd52lo_epu64(off, c8, h[-5]);
                off = _mm512_madd52lo_epu64(off, c7, last4);
                off = _mm512_madd52lo_epu64(off, c6, last3);
                off = _mm512_madd52lo_epu64(off, c5, last2);
                off = _mm512_madd52lo_epu64(off, c4, last1);
                off = _mm512_madd52lo_epu64(off, c3, x0);
                off = _mm512_madd52lo_epu64(off, c2, x1);
                const simde__m512i pred = _mm512_srav_epi32(_mm512_madd52lo_epu64(off, c1, prev_pred), shift);
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
