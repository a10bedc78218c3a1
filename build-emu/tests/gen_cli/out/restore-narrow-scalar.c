/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --family narrow --orders 8,12 --isa avx2 --out /work/main/build-emu/tests/gen_cli/out
 */
/* Scalar LPC restore kernels, family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

/* The plain loop: tails shorter than a loop trip, and redos. */
#ifndef LPCU_EXACT_narrow /* once per translation unit */
#define LPCU_EXACT_narrow
static LPCU_COLD void narrow_exact(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
    uint32_t order, int lp_quantization, int32_t *data)
{
    for (uint32_t i = 0; i < data_len; i++) {
        uint32_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint32_t)qlp_coeff[j] * (uint32_t)data[(int64_t)i - j - 1];
        const int32_t pred = (int32_t)sum >> lp_quantization;
        data[i] = (int32_t)((uint32_t)residual[i] + (uint32_t)pred);
    }
}
#endif

#if LPCU_WITH_ORDER(8)
void lpcu_restore_narrow_o8__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v7 = (uint32_t)data[-1];
    uint32_t v6 = (uint32_t)data[-2];
    uint32_t v5 = (uint32_t)data[-3];
    uint32_t v4 = (uint32_t)data[-4];
    uint32_t v3 = (uint32_t)data[-5];
    uint32_t v2 = (uint32_t)data[-6];
    uint32_t v1 = (uint32_t)data[-7];
    uint32_t v0 = (uint32_t)data[-8];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v0;
            s0 += (uint32_t)q[6] * v1;
            s0 += (uint32_t)q[5] * v2;
            s0 += (uint32_t)q[4] * v3;
            s0 += (uint32_t)q[3] * v4;
            s0 += (uint32_t)q[2] * v5;
            s0 += (uint32_t)q[1] * v6;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v1;
            s0 += (uint32_t)q[6] * v2;
            s0 += (uint32_t)q[5] * v3;
            s0 += (uint32_t)q[4] * v4;
            s0 += (uint32_t)q[3] * v5;
            s0 += (uint32_t)q[2] * v6;
            s0 += (uint32_t)q[1] * v7;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v2;
            s0 += (uint32_t)q[6] * v3;
            s0 += (uint32_t)q[5] * v4;
            s0 += (uint32_t)q[4] * v5;
            s0 += (uint32_t)q[3] * v6;
            s0 += (uint32_t)q[2] * v7;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v3;
            s0 += (uint32_t)q[6] * v4;
            s0 += (uint32_t)q[5] * v5;
            s0 += (uint32_t)q[4] * v6;
            s0 += (uint32_t)q[3] * v7;
            s0 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v4;
            s0 += (uint32_t)q[6] * v5;
            s0 += (uint32_t)q[5] * v6;
            s0 += (uint32_t)q[4] * v7;
            s0 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v5;
            s0 += (uint32_t)q[6] * v6;
            s0 += (uint32_t)q[5] * v7;
            s0 += (uint32_t)q[4] * v0;
            s0 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v5 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v0;
            s0 += (uint32_t)q[4] * v1;
            s0 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v4;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v6 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v0;
            s0 += (uint32_t)q[5] * v1;
            s0 += (uint32_t)q[4] * v2;
            s0 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v4;
            s0 += (uint32_t)q[1] * v5;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v7 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 8, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(12)
void lpcu_restore_narrow_o12__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v11 = (uint32_t)data[-1];
    uint32_t v10 = (uint32_t)data[-2];
    uint32_t v9 = (uint32_t)data[-3];
    uint32_t v8 = (uint32_t)data[-4];
    uint32_t v7 = (uint32_t)data[-5];
    uint32_t v6 = (uint32_t)data[-6];
    uint32_t v5 = (uint32_t)data[-7];
    uint32_t v4 = (uint32_t)data[-8];
    uint32_t v3 = (uint32_t)data[-9];
    uint32_t v2 = (uint32_t)data[-10];
    uint32_t v1 = (uint32_t)data[-11];
    uint32_t v0 = (uint32_t)data[-12];
    uint32_t i = 0;
    while (data_len - i >= 12) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v0;
            s0 += (uint32_t)q[10] * v1;
            s0 += (uint32_t)q[9] * v2;
            s0 += (uint32_t)q[8] * v3;
            s0 += (uint32_t)q[7] * v4;
            s0 += (uint32_t)q[6] * v5;
            s0 += (uint32_t)q[5] * v6;
            s0 += (uint32_t)q[4] * v7;
            s0 += (uint32_t)q[3] * v8;
            s0 += (uint32_t)q[2] * v9;
            s0 += (uint32_t)q[1] * v10;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v11;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v1;
            s0 += (uint32_t)q[10] * v2;
            s0 += (uint32_t)q[9] * v3;
            s0 += (uint32_t)q[8] * v4;
            s0 += (uint32_t)q[7] * v5;
            s0 += (uint32_t)q[6] * v6;
            s0 += (uint32_t)q[5] * v7;
            s0 += (uint32_t)q[4] * v8;
            s0 += (uint32_t)q[3] * v9;
            s0 += (uint32_t)q[2] * v10;
            s0 += (uint32_t)q[1] * v11;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v0;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v2;
            s0 += (uint32_t)q[10] * v3;
            s0 += (uint32_t)q[9] * v4;
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
            s0 += (uint32_t)q[4] * v9;
            s0 += (uint32_t)q[3] * v10;
            s0 += (uint32_t)q[2] * v11;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v1;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v3;
            s0 += (uint32_t)q[10] * v4;
            s0 += (uint32_t)q[9] * v5;
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
            s0 += (uint32_t)q[5] * v9;
            s0 += (uint32_t)q[4] * v10;
            s0 += (uint32_t)q[3] * v11;
            s0 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v4;
            s0 += (uint32_t)q[10] * v5;
            s0 += (uint32_t)q[9] * v6;
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
            s0 += (uint32_t)q[6] * v9;
            s0 += (uint32_t)q[5] * v10;
            s0 += (uint32_t)q[4] * v11;
            s0 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v5;
            s0 += (uint32_t)q[10] * v6;
            s0 += (uint32_t)q[9] * v7;
            s0 += (uint32_t)q[8] * v8;
            s0 += (uint32_t)q[7] * v9;
            s0 += (uint32_t)q[6] * v10;
            s0 += (uint32_t)q[5] * v11;
            s0 += (uint32_t)q[4] * v0;
            s0 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v4;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v5 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v6;
            s0 += (uint32_t)q[10] * v7;
            s0 += (uint32_t)q[9] * v8;
            s0 += (uint32_t)q[8] * v9;
            s0 += (uint32_t)q[7] * v10;
            s0 += (uint32_t)q[6] * v11;
            s0 += (uint32_t)q[5] * v0;
            s0 += (uint32_t)q[4] * v1;
            s0 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v4;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v5;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v6 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v7;
            s0 += (uint32_t)q[10] * v8;
            s0 += (uint32_t)q[9] * v9;
            s0 += (uint32_t)q[8] * v10;
            s0 += (uint32_t)q[7] * v11;
            s0 += (uint32_t)q[6] * v0;
            s0 += (uint32_t)q[5] * v1;
            s0 += (uint32_t)q[4] * v2;
            s0 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v4;
            s0 += (uint32_t)q[1] * v5;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v6;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v7 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v8;
            s0 += (uint32_t)q[10] * v9;
            s0 += (uint32_t)q[9] * v10;
            s0 += (uint32_t)q[8] * v11;
            s0 += (uint32_t)q[7] * v0;
            s0 += (uint32_t)q[6] * v1;
            s0 += (uint32_t)q[5] * v2;
            s0 += (uint32_t)q[4] * v3;
            s0 += (uint32_t)q[3] * v4;
            s0 += (uint32_t)q[2] * v5;
            s0 += (uint32_t)q[1] * v6;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v7;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v8 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v9;
            s0 += (uint32_t)q[10] * v10;
            s0 += (uint32_t)q[9] * v11;
            s0 += (uint32_t)q[8] * v0;
            s0 += (uint32_t)q[7] * v1;
            s0 += (uint32_t)q[6] * v2;
            s0 += (uint32_t)q[5] * v3;
            s0 += (uint32_t)q[4] * v4;
            s0 += (uint32_t)q[3] * v5;
            s0 += (uint32_t)q[2] * v6;
            s0 += (uint32_t)q[1] * v7;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v8;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v9 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v10;
            s0 += (uint32_t)q[10] * v11;
            s0 += (uint32_t)q[9] * v0;
            s0 += (uint32_t)q[8] * v1;
            s0 += (uint32_t)q[7] * v2;
            s0 += (uint32_t)q[6] * v3;
            s0 += (uint32_t)q[5] * v4;
            s0 += (uint32_t)q[4] * v5;
            s0 += (uint32_t)q[3] * v6;
            s0 += (uint32_t)q[2] * v7;
            s0 += (uint32_t)q[1] * v8;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v9;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v10 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[11] * v11;
            s0 += (uint32_t)q[10] * v0;
            s0 += (uint32_t)q[9] * v1;
            s0 += (uint32_t)q[8] * v2;
            s0 += (uint32_t)q[7] * v3;
            s0 += (uint32_t)q[6] * v4;
            s0 += (uint32_t)q[5] * v5;
            s0 += (uint32_t)q[4] * v6;
            s0 += (uint32_t)q[3] * v7;
            s0 += (uint32_t)q[2] * v8;
            s0 += (uint32_t)q[1] * v9;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v10;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v11 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 12, lp_quantization, data + i);
}
#endif
