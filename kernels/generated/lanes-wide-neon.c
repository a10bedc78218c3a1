/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.1.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Lanes kernels (neon through SIMDe), family wide: one subframe per lane, for lpcu_restore_signal_wide_multi. */

#include <stdint.h>

#include "../lpcu_kernels.h"
#include "lpcunroll.h"

/* Compilers re-associate unsigned sums freely and may put the newest sample's product
   first, lengthening the serial chain; an empty asm pins the off-chain partial sum. */
#if defined(__GNUC__)
#define LPCU_OFF_CHAIN(v) __asm__("" : "+r"(v))
#else
#define LPCU_OFF_CHAIN(v) ((void)0)
#endif
/* Above a few taps the history and coefficients cannot all live in registers. Loading
   them afresh each sample (a load per term, as a spill would cost) through a pointer the
   compiler cannot see through keeps it from carrying them in spilled, shuffled copies. */
#if defined(__GNUC__)
#define LPCU_OPAQUE(p) __asm__("" : "+r"(p))
#else
#define LPCU_OPAQUE(p) ((void)0)
#endif

#if LPCU_HAVE_NEON
#include <simde/x86/avx2.h>

/* Compilers re-associate vector sums too; an empty asm pins the off-chain partial sum in
   its register (x86 only: elsewhere the kernels run unpinned). */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define LPCU_OFF_CHAIN_V(v) __asm__("" : "+x"(v))
#else
#define LPCU_OFF_CHAIN_V(v) ((void)0)
#endif

uint32_t lpcu_restore_wide_x2_o3__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 3, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o4__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 4, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o5__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 5; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 5, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o6__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 6; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 6, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o7__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 7; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 7, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o8__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 8; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 8, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o9__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 9; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 9, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o10__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 10; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 10, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o11__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 11; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 11, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o12__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 12; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 12, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o13__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c13;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[12][l];
        c13 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 13; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 13, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o14__neon(const struct lpcu_lanes *g, uint32_t n)
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
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c13;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[12][l];
        c13 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c14;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[13][l];
        c14 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 14; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 14, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o15__neon(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c13;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[12][l];
        c13 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c14;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[13][l];
        c14 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c15;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[14][l];
        c15 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 15; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 15, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o16__neon(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c13;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[12][l];
        c13 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c14;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[13][l];
        c14 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c15;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[14][l];
        c15 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c16;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[15][l];
        c16 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 16; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 16, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o17__neon(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c13;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[12][l];
        c13 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c14;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[13][l];
        c14 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c15;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[14][l];
        c15 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c16;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[15][l];
        c16 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c17;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[16][l];
        c17 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 17; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 17, steps);
    return steps;
}

uint32_t lpcu_restore_wide_x2_o18__neon(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    simde__m128i hist[32 + 64];
    int32_t w[4] = {0};
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->data[l][-j];
        hist[32 - j] = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c1;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[0][l];
        c1 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c2;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[1][l];
        c2 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c3;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[2][l];
        c3 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c4;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[3][l];
        c4 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c5;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[4][l];
        c5 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c6;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[5][l];
        c6 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c7;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[6][l];
        c7 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c8;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[7][l];
        c8 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c9;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[8][l];
        c9 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c10;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[9][l];
        c10 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c11;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[10][l];
        c11 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c12;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[11][l];
        c12 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c13;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[12][l];
        c13 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c14;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[13][l];
        c14 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c15;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[14][l];
        c15 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c16;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[15][l];
        c16 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c17;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[16][l];
        c17 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i c18;
    {
        for (int l = 0; l < 2; l++)
            w[2 * l] = g->coeff[17][l];
        c18 = simde_mm_loadu_si128((const void *)w);
    }
    simde__m128i shift;
    for (int l = 0; l < 2; l++)
        w[2 * l] = g->shift[l];
    shift = simde_mm_loadu_si128((const void *)w);
    simde__m128i last1 = hist[31];
    simde__m128i last2 = hist[30];
    simde__m128i last3 = hist[29];
    simde__m128i last4 = hist[28];
    simde__m128i prev_res = last1, prev_pred = simde_mm_setzero_si128();
    simde__m128i overflow = simde_mm_setzero_si128();
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
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, h[-18]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last2));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x0 = simde_mm_add_epi32(r0, pred);
                prev_res = r0;
                prev_pred = pred;
                h[0] = x0;
            }
            simde__m128i x1;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, h[-17]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, last1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x1 = simde_mm_add_epi32(r1, pred);
                prev_res = r1;
                prev_pred = pred;
                h[1] = x1;
            }
            simde__m128i x2;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, h[-16]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x0));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
                x2 = simde_mm_add_epi32(r2, pred);
                prev_res = r2;
                prev_pred = pred;
                h[2] = x2;
            }
            simde__m128i x3;
            {
                simde__m128i off = simde_mm_mul_epi32(c1, prev_res);
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, h[-15]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, h[-14]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, h[-13]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, h[-12]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, h[-11]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, h[-10]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, h[-9]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, h[-8]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, h[-7]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, h[-6]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, h[-5]));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, last4));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, last3));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, last2));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, last1));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, x0));
                LPCU_OFF_CHAIN_V(off);
                off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, x1));
                LPCU_OFF_CHAIN_V(off);
                const simde__m128i pred = simde_mm_srlv_epi64(simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, prev_pred)), shift);
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
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o0, in0), simde_mm_xor_si128(o0, simde_mm_sub_epi32(o0, in0))));
            overflow = simde_mm_or_si128(overflow, simde_mm_and_si128(simde_mm_xor_si128(o1, in1), simde_mm_xor_si128(o1, simde_mm_sub_epi32(o1, in1))));
        }
        for (int j = 18; j >= 1; j--)
            hist[32 - j] = h[-j];
    }
    simde_mm_storeu_si128((void *)w, overflow);
    for (int l = 0; l < 4; l++)
        if (w[l] < 0)
            return lpcu_lanes_redo_wide(g, 2, 18, steps);
    return steps;
}
#endif /* LPCU_HAVE_NEON */
