/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.1.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Two-subframe scalar kernels, family wide, for lpcu_restore_signal_wide_multi. */

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

uint32_t lpcu_restore_wide_x2_o1__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const uint64_t sum = c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const uint64_t sum = c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o2__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            uint64_t off = c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            uint64_t off = c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o3__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o4__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o5__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o6__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o7__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o8__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o9__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o10__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o11__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o12__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o13__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o14__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o15__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o16__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o17__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o18__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o19__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o20__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o21__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o22__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o23__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o24__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o25__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o26__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o27__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    const uint64_t c27_0 = (uint64_t)(int64_t)g->coeff[26][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    const uint64_t c27_1 = (uint64_t)(int64_t)g->coeff[26][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c27_0 * (uint64_t)(int64_t)past[-27];
            off += c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c27_1 * (uint64_t)(int64_t)past[-27];
            off += c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o28__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    const uint64_t c27_0 = (uint64_t)(int64_t)g->coeff[26][0];
    const uint64_t c28_0 = (uint64_t)(int64_t)g->coeff[27][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    const uint64_t c27_1 = (uint64_t)(int64_t)g->coeff[26][1];
    const uint64_t c28_1 = (uint64_t)(int64_t)g->coeff[27][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c28_0 * (uint64_t)(int64_t)past[-28];
            off += c27_0 * (uint64_t)(int64_t)past[-27];
            off += c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c28_1 * (uint64_t)(int64_t)past[-28];
            off += c27_1 * (uint64_t)(int64_t)past[-27];
            off += c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o29__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    const uint64_t c27_0 = (uint64_t)(int64_t)g->coeff[26][0];
    const uint64_t c28_0 = (uint64_t)(int64_t)g->coeff[27][0];
    const uint64_t c29_0 = (uint64_t)(int64_t)g->coeff[28][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    const uint64_t c27_1 = (uint64_t)(int64_t)g->coeff[26][1];
    const uint64_t c28_1 = (uint64_t)(int64_t)g->coeff[27][1];
    const uint64_t c29_1 = (uint64_t)(int64_t)g->coeff[28][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c29_0 * (uint64_t)(int64_t)past[-29];
            off += c28_0 * (uint64_t)(int64_t)past[-28];
            off += c27_0 * (uint64_t)(int64_t)past[-27];
            off += c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c29_1 * (uint64_t)(int64_t)past[-29];
            off += c28_1 * (uint64_t)(int64_t)past[-28];
            off += c27_1 * (uint64_t)(int64_t)past[-27];
            off += c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o30__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    const uint64_t c27_0 = (uint64_t)(int64_t)g->coeff[26][0];
    const uint64_t c28_0 = (uint64_t)(int64_t)g->coeff[27][0];
    const uint64_t c29_0 = (uint64_t)(int64_t)g->coeff[28][0];
    const uint64_t c30_0 = (uint64_t)(int64_t)g->coeff[29][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    const uint64_t c27_1 = (uint64_t)(int64_t)g->coeff[26][1];
    const uint64_t c28_1 = (uint64_t)(int64_t)g->coeff[27][1];
    const uint64_t c29_1 = (uint64_t)(int64_t)g->coeff[28][1];
    const uint64_t c30_1 = (uint64_t)(int64_t)g->coeff[29][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c30_0 * (uint64_t)(int64_t)past[-30];
            off += c29_0 * (uint64_t)(int64_t)past[-29];
            off += c28_0 * (uint64_t)(int64_t)past[-28];
            off += c27_0 * (uint64_t)(int64_t)past[-27];
            off += c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c30_1 * (uint64_t)(int64_t)past[-30];
            off += c29_1 * (uint64_t)(int64_t)past[-29];
            off += c28_1 * (uint64_t)(int64_t)past[-28];
            off += c27_1 * (uint64_t)(int64_t)past[-27];
            off += c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o31__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    const uint64_t c27_0 = (uint64_t)(int64_t)g->coeff[26][0];
    const uint64_t c28_0 = (uint64_t)(int64_t)g->coeff[27][0];
    const uint64_t c29_0 = (uint64_t)(int64_t)g->coeff[28][0];
    const uint64_t c30_0 = (uint64_t)(int64_t)g->coeff[29][0];
    const uint64_t c31_0 = (uint64_t)(int64_t)g->coeff[30][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    const uint64_t c27_1 = (uint64_t)(int64_t)g->coeff[26][1];
    const uint64_t c28_1 = (uint64_t)(int64_t)g->coeff[27][1];
    const uint64_t c29_1 = (uint64_t)(int64_t)g->coeff[28][1];
    const uint64_t c30_1 = (uint64_t)(int64_t)g->coeff[29][1];
    const uint64_t c31_1 = (uint64_t)(int64_t)g->coeff[30][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c31_0 * (uint64_t)(int64_t)past[-31];
            off += c30_0 * (uint64_t)(int64_t)past[-30];
            off += c29_0 * (uint64_t)(int64_t)past[-29];
            off += c28_0 * (uint64_t)(int64_t)past[-28];
            off += c27_0 * (uint64_t)(int64_t)past[-27];
            off += c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c31_1 * (uint64_t)(int64_t)past[-31];
            off += c30_1 * (uint64_t)(int64_t)past[-30];
            off += c29_1 * (uint64_t)(int64_t)past[-29];
            off += c28_1 * (uint64_t)(int64_t)past[-28];
            off += c27_1 * (uint64_t)(int64_t)past[-27];
            off += c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}

uint32_t lpcu_restore_wide_x2_o32__scalar(const struct lpcu_lanes *g, uint32_t n)
{
    const int32_t *const res0 = g->residual[0];
    int32_t *const out0 = g->data[0];
    const int shift0 = g->shift[0];
    const uint64_t c1_0 = (uint64_t)(int64_t)g->coeff[0][0];
    const uint64_t c2_0 = (uint64_t)(int64_t)g->coeff[1][0];
    const uint64_t c3_0 = (uint64_t)(int64_t)g->coeff[2][0];
    const uint64_t c4_0 = (uint64_t)(int64_t)g->coeff[3][0];
    const uint64_t c5_0 = (uint64_t)(int64_t)g->coeff[4][0];
    const uint64_t c6_0 = (uint64_t)(int64_t)g->coeff[5][0];
    const uint64_t c7_0 = (uint64_t)(int64_t)g->coeff[6][0];
    const uint64_t c8_0 = (uint64_t)(int64_t)g->coeff[7][0];
    const uint64_t c9_0 = (uint64_t)(int64_t)g->coeff[8][0];
    const uint64_t c10_0 = (uint64_t)(int64_t)g->coeff[9][0];
    const uint64_t c11_0 = (uint64_t)(int64_t)g->coeff[10][0];
    const uint64_t c12_0 = (uint64_t)(int64_t)g->coeff[11][0];
    const uint64_t c13_0 = (uint64_t)(int64_t)g->coeff[12][0];
    const uint64_t c14_0 = (uint64_t)(int64_t)g->coeff[13][0];
    const uint64_t c15_0 = (uint64_t)(int64_t)g->coeff[14][0];
    const uint64_t c16_0 = (uint64_t)(int64_t)g->coeff[15][0];
    const uint64_t c17_0 = (uint64_t)(int64_t)g->coeff[16][0];
    const uint64_t c18_0 = (uint64_t)(int64_t)g->coeff[17][0];
    const uint64_t c19_0 = (uint64_t)(int64_t)g->coeff[18][0];
    const uint64_t c20_0 = (uint64_t)(int64_t)g->coeff[19][0];
    const uint64_t c21_0 = (uint64_t)(int64_t)g->coeff[20][0];
    const uint64_t c22_0 = (uint64_t)(int64_t)g->coeff[21][0];
    const uint64_t c23_0 = (uint64_t)(int64_t)g->coeff[22][0];
    const uint64_t c24_0 = (uint64_t)(int64_t)g->coeff[23][0];
    const uint64_t c25_0 = (uint64_t)(int64_t)g->coeff[24][0];
    const uint64_t c26_0 = (uint64_t)(int64_t)g->coeff[25][0];
    const uint64_t c27_0 = (uint64_t)(int64_t)g->coeff[26][0];
    const uint64_t c28_0 = (uint64_t)(int64_t)g->coeff[27][0];
    const uint64_t c29_0 = (uint64_t)(int64_t)g->coeff[28][0];
    const uint64_t c30_0 = (uint64_t)(int64_t)g->coeff[29][0];
    const uint64_t c31_0 = (uint64_t)(int64_t)g->coeff[30][0];
    const uint64_t c32_0 = (uint64_t)(int64_t)g->coeff[31][0];
    uint64_t h2_0 = (uint64_t)(int64_t)out0[-2];
    uint64_t h1_0 = (uint64_t)(int64_t)out0[-1];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out1 = g->data[1];
    const int shift1 = g->shift[1];
    const uint64_t c1_1 = (uint64_t)(int64_t)g->coeff[0][1];
    const uint64_t c2_1 = (uint64_t)(int64_t)g->coeff[1][1];
    const uint64_t c3_1 = (uint64_t)(int64_t)g->coeff[2][1];
    const uint64_t c4_1 = (uint64_t)(int64_t)g->coeff[3][1];
    const uint64_t c5_1 = (uint64_t)(int64_t)g->coeff[4][1];
    const uint64_t c6_1 = (uint64_t)(int64_t)g->coeff[5][1];
    const uint64_t c7_1 = (uint64_t)(int64_t)g->coeff[6][1];
    const uint64_t c8_1 = (uint64_t)(int64_t)g->coeff[7][1];
    const uint64_t c9_1 = (uint64_t)(int64_t)g->coeff[8][1];
    const uint64_t c10_1 = (uint64_t)(int64_t)g->coeff[9][1];
    const uint64_t c11_1 = (uint64_t)(int64_t)g->coeff[10][1];
    const uint64_t c12_1 = (uint64_t)(int64_t)g->coeff[11][1];
    const uint64_t c13_1 = (uint64_t)(int64_t)g->coeff[12][1];
    const uint64_t c14_1 = (uint64_t)(int64_t)g->coeff[13][1];
    const uint64_t c15_1 = (uint64_t)(int64_t)g->coeff[14][1];
    const uint64_t c16_1 = (uint64_t)(int64_t)g->coeff[15][1];
    const uint64_t c17_1 = (uint64_t)(int64_t)g->coeff[16][1];
    const uint64_t c18_1 = (uint64_t)(int64_t)g->coeff[17][1];
    const uint64_t c19_1 = (uint64_t)(int64_t)g->coeff[18][1];
    const uint64_t c20_1 = (uint64_t)(int64_t)g->coeff[19][1];
    const uint64_t c21_1 = (uint64_t)(int64_t)g->coeff[20][1];
    const uint64_t c22_1 = (uint64_t)(int64_t)g->coeff[21][1];
    const uint64_t c23_1 = (uint64_t)(int64_t)g->coeff[22][1];
    const uint64_t c24_1 = (uint64_t)(int64_t)g->coeff[23][1];
    const uint64_t c25_1 = (uint64_t)(int64_t)g->coeff[24][1];
    const uint64_t c26_1 = (uint64_t)(int64_t)g->coeff[25][1];
    const uint64_t c27_1 = (uint64_t)(int64_t)g->coeff[26][1];
    const uint64_t c28_1 = (uint64_t)(int64_t)g->coeff[27][1];
    const uint64_t c29_1 = (uint64_t)(int64_t)g->coeff[28][1];
    const uint64_t c30_1 = (uint64_t)(int64_t)g->coeff[29][1];
    const uint64_t c31_1 = (uint64_t)(int64_t)g->coeff[30][1];
    const uint64_t c32_1 = (uint64_t)(int64_t)g->coeff[31][1];
    uint64_t h2_1 = (uint64_t)(int64_t)out1[-2];
    uint64_t h1_1 = (uint64_t)(int64_t)out1[-1];
    for (uint32_t i = 0; i < n; i++) {
        {
            const int32_t *past = out0 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c32_0 * (uint64_t)(int64_t)past[-32];
            off += c31_0 * (uint64_t)(int64_t)past[-31];
            off += c30_0 * (uint64_t)(int64_t)past[-30];
            off += c29_0 * (uint64_t)(int64_t)past[-29];
            off += c28_0 * (uint64_t)(int64_t)past[-28];
            off += c27_0 * (uint64_t)(int64_t)past[-27];
            off += c26_0 * (uint64_t)(int64_t)past[-26];
            off += c25_0 * (uint64_t)(int64_t)past[-25];
            off += c24_0 * (uint64_t)(int64_t)past[-24];
            off += c23_0 * (uint64_t)(int64_t)past[-23];
            off += c22_0 * (uint64_t)(int64_t)past[-22];
            off += c21_0 * (uint64_t)(int64_t)past[-21];
            off += c20_0 * (uint64_t)(int64_t)past[-20];
            off += c19_0 * (uint64_t)(int64_t)past[-19];
            off += c18_0 * (uint64_t)(int64_t)past[-18];
            off += c17_0 * (uint64_t)(int64_t)past[-17];
            off += c16_0 * (uint64_t)(int64_t)past[-16];
            off += c15_0 * (uint64_t)(int64_t)past[-15];
            off += c14_0 * (uint64_t)(int64_t)past[-14];
            off += c13_0 * (uint64_t)(int64_t)past[-13];
            off += c12_0 * (uint64_t)(int64_t)past[-12];
            off += c11_0 * (uint64_t)(int64_t)past[-11];
            off += c10_0 * (uint64_t)(int64_t)past[-10];
            off += c9_0 * (uint64_t)(int64_t)past[-9];
            off += c8_0 * (uint64_t)(int64_t)past[-8];
            off += c7_0 * (uint64_t)(int64_t)past[-7];
            off += c6_0 * (uint64_t)(int64_t)past[-6];
            off += c5_0 * (uint64_t)(int64_t)past[-5];
            off += c4_0 * (uint64_t)(int64_t)past[-4];
            off += c3_0 * (uint64_t)(int64_t)past[-3];
            off += c2_0 * h2_0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_0 * h1_0;
            const int64_t pred = (int64_t)sum >> shift0;
            const int32_t x = (int32_t)((uint32_t)res0[i] + (uint32_t)pred);
            out0[i] = x;
            h2_0 = h1_0;
            h1_0 = (uint64_t)(int64_t)x;
        }
        {
            const int32_t *past = out1 + i;
            LPCU_OPAQUE(past);
            uint64_t off = c32_1 * (uint64_t)(int64_t)past[-32];
            off += c31_1 * (uint64_t)(int64_t)past[-31];
            off += c30_1 * (uint64_t)(int64_t)past[-30];
            off += c29_1 * (uint64_t)(int64_t)past[-29];
            off += c28_1 * (uint64_t)(int64_t)past[-28];
            off += c27_1 * (uint64_t)(int64_t)past[-27];
            off += c26_1 * (uint64_t)(int64_t)past[-26];
            off += c25_1 * (uint64_t)(int64_t)past[-25];
            off += c24_1 * (uint64_t)(int64_t)past[-24];
            off += c23_1 * (uint64_t)(int64_t)past[-23];
            off += c22_1 * (uint64_t)(int64_t)past[-22];
            off += c21_1 * (uint64_t)(int64_t)past[-21];
            off += c20_1 * (uint64_t)(int64_t)past[-20];
            off += c19_1 * (uint64_t)(int64_t)past[-19];
            off += c18_1 * (uint64_t)(int64_t)past[-18];
            off += c17_1 * (uint64_t)(int64_t)past[-17];
            off += c16_1 * (uint64_t)(int64_t)past[-16];
            off += c15_1 * (uint64_t)(int64_t)past[-15];
            off += c14_1 * (uint64_t)(int64_t)past[-14];
            off += c13_1 * (uint64_t)(int64_t)past[-13];
            off += c12_1 * (uint64_t)(int64_t)past[-12];
            off += c11_1 * (uint64_t)(int64_t)past[-11];
            off += c10_1 * (uint64_t)(int64_t)past[-10];
            off += c9_1 * (uint64_t)(int64_t)past[-9];
            off += c8_1 * (uint64_t)(int64_t)past[-8];
            off += c7_1 * (uint64_t)(int64_t)past[-7];
            off += c6_1 * (uint64_t)(int64_t)past[-6];
            off += c5_1 * (uint64_t)(int64_t)past[-5];
            off += c4_1 * (uint64_t)(int64_t)past[-4];
            off += c3_1 * (uint64_t)(int64_t)past[-3];
            off += c2_1 * h2_1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1_1 * h1_1;
            const int64_t pred = (int64_t)sum >> shift1;
            const int32_t x = (int32_t)((uint32_t)res1[i] + (uint32_t)pred);
            out1[i] = x;
            h2_1 = h1_1;
            h1_1 = (uint64_t)(int64_t)x;
        }
    }
    return n;
}
