/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Scalar several-subframe kernels (lpcu_restore_signal*_multi), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_multi_wide_l2_o1__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_multi_wide_l2_o2__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_multi_wide_l2_o3__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_multi_wide_l2_o4__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_multi_wide_l2_o5__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_multi_wide_l2_o6__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_multi_wide_l2_o7__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_multi_wide_l2_o8__scalar(const struct lpcu_group *g, uint32_t n)
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
#endif
