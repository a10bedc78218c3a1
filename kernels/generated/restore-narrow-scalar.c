/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
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

#if LPCU_WITH_ORDER(1)
void lpcu_restore_narrow_o1__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            uint32_t s0 = c1 * prev_res;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
    }
}
#endif

#if LPCU_WITH_ORDER(2)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o2__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            uint32_t s0 = c1 * prev_res;
            s0 += c2 * v0;
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
            uint32_t s0 = c1 * prev_res;
            s0 += c2 * v1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 2, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o2__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[1] * v0;
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
            s0 += (uint32_t)q[1] * v1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 2, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(3)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o3__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    uint32_t v2 = (uint32_t)data[-1];
    uint32_t v1 = (uint32_t)data[-2];
    uint32_t v0 = (uint32_t)data[-3];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 3) {
        {
            uint32_t s0 = c1 * prev_res;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
            uint32_t s0 = c1 * prev_res;
            s0 += c3 * v1;
            s0 += c2 * v2;
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
            uint32_t s0 = c1 * prev_res;
            s0 += c3 * v2;
            s0 += c2 * v0;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 3, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o3__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v2 = (uint32_t)data[-1];
    uint32_t v1 = (uint32_t)data[-2];
    uint32_t v0 = (uint32_t)data[-3];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 3) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
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
            s0 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
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
            s0 += (uint32_t)q[2] * v2;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 3, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(4)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o4__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            uint32_t s0 = c4 * v0;
            uint32_t s1 = c3 * v1;
            s0 += c2 * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c4 * v1;
            uint32_t s1 = c3 * v2;
            s0 += c2 * v3;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c4 * v2;
            uint32_t s1 = c3 * v3;
            s0 += c2 * v0;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c4 * v3;
            uint32_t s1 = c3 * v0;
            s0 += c2 * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 4, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o4__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v0 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v1 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
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
            s0 += (uint32_t)q[3] * v3;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 4, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(5)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o5__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    uint32_t v4 = (uint32_t)data[-1];
    uint32_t v3 = (uint32_t)data[-2];
    uint32_t v2 = (uint32_t)data[-3];
    uint32_t v1 = (uint32_t)data[-4];
    uint32_t v0 = (uint32_t)data[-5];
    uint32_t i = 0;
    while (data_len - i >= 5) {
        {
            uint32_t s0 = c5 * v0;
            s0 += c4 * v1;
            s0 += c3 * v2;
            s0 += c2 * v3;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v4;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c5 * v1;
            s0 += c4 * v2;
            s0 += c3 * v3;
            s0 += c2 * v4;
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
            uint32_t s0 = c5 * v2;
            s0 += c4 * v3;
            s0 += c3 * v4;
            s0 += c2 * v0;
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
            uint32_t s0 = c5 * v3;
            s0 += c4 * v4;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
            uint32_t s0 = c5 * v4;
            s0 += c4 * v0;
            s0 += c3 * v1;
            s0 += c2 * v2;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 5, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o5__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v4 = (uint32_t)data[-1];
    uint32_t v3 = (uint32_t)data[-2];
    uint32_t v2 = (uint32_t)data[-3];
    uint32_t v1 = (uint32_t)data[-4];
    uint32_t v0 = (uint32_t)data[-5];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 5) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v0 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v1 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[4] * v2;
            s0 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v4;
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
            s0 += (uint32_t)q[4] * v3;
            s0 += (uint32_t)q[3] * v4;
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
            s0 += (uint32_t)q[4] * v4;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 5, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(6)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o6__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    uint32_t v5 = (uint32_t)data[-1];
    uint32_t v4 = (uint32_t)data[-2];
    uint32_t v3 = (uint32_t)data[-3];
    uint32_t v2 = (uint32_t)data[-4];
    uint32_t v1 = (uint32_t)data[-5];
    uint32_t v0 = (uint32_t)data[-6];
    uint32_t i = 0;
    while (data_len - i >= 6) {
        {
            uint32_t s0 = c6 * v0;
            s0 += c5 * v1;
            s0 += c4 * v2;
            s0 += c3 * v3;
            s0 += c2 * v4;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v5;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c6 * v1;
            s0 += c5 * v2;
            s0 += c4 * v3;
            s0 += c3 * v4;
            s0 += c2 * v5;
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
            uint32_t s0 = c6 * v2;
            s0 += c5 * v3;
            s0 += c4 * v4;
            s0 += c3 * v5;
            s0 += c2 * v0;
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
            uint32_t s0 = c6 * v3;
            s0 += c5 * v4;
            s0 += c4 * v5;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
            uint32_t s0 = c6 * v4;
            s0 += c5 * v5;
            s0 += c4 * v0;
            s0 += c3 * v1;
            s0 += c2 * v2;
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
            uint32_t s0 = c6 * v5;
            s0 += c5 * v0;
            s0 += c4 * v1;
            s0 += c3 * v2;
            s0 += c2 * v3;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 6, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o6__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v5 = (uint32_t)data[-1];
    uint32_t v4 = (uint32_t)data[-2];
    uint32_t v3 = (uint32_t)data[-3];
    uint32_t v2 = (uint32_t)data[-4];
    uint32_t v1 = (uint32_t)data[-5];
    uint32_t v0 = (uint32_t)data[-6];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 6) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v0 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v1 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[5] * v2;
            s0 += (uint32_t)q[4] * v3;
            s0 += (uint32_t)q[3] * v4;
            s0 += (uint32_t)q[2] * v5;
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
            s0 += (uint32_t)q[5] * v3;
            s0 += (uint32_t)q[4] * v4;
            s0 += (uint32_t)q[3] * v5;
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
            s0 += (uint32_t)q[5] * v4;
            s0 += (uint32_t)q[4] * v5;
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
            s0 += (uint32_t)q[5] * v5;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 6, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(7)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o7__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    uint32_t v0 = (uint32_t)data[-1];
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint32_t s0 = c7 * (uint32_t)past[-7];
            uint32_t s1 = c6 * (uint32_t)past[-6];
            s0 += c5 * (uint32_t)past[-5];
            s1 += c4 * (uint32_t)past[-4];
            s0 += c3 * (uint32_t)past[-3];
            s1 += c2 * (uint32_t)past[-2];
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v0;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
    }
}
#else
void lpcu_restore_narrow_o7__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v6 = (uint32_t)data[-1];
    uint32_t v5 = (uint32_t)data[-2];
    uint32_t v4 = (uint32_t)data[-3];
    uint32_t v3 = (uint32_t)data[-4];
    uint32_t v2 = (uint32_t)data[-5];
    uint32_t v1 = (uint32_t)data[-6];
    uint32_t v0 = (uint32_t)data[-7];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 7) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v0 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            v1 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[6] * v2;
            s0 += (uint32_t)q[5] * v3;
            s0 += (uint32_t)q[4] * v4;
            s0 += (uint32_t)q[3] * v5;
            s0 += (uint32_t)q[2] * v6;
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
            s0 += (uint32_t)q[6] * v3;
            s0 += (uint32_t)q[5] * v4;
            s0 += (uint32_t)q[4] * v5;
            s0 += (uint32_t)q[3] * v6;
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
            s0 += (uint32_t)q[6] * v4;
            s0 += (uint32_t)q[5] * v5;
            s0 += (uint32_t)q[4] * v6;
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
            s0 += (uint32_t)q[6] * v5;
            s0 += (uint32_t)q[5] * v6;
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
            s0 += (uint32_t)q[6] * v6;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 7, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(8)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o8__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    const uint32_t c8 = (uint32_t)qlp_coeff[7];
    uint32_t v7 = (uint32_t)data[-1];
    uint32_t v6 = (uint32_t)data[-2];
    uint32_t v5 = (uint32_t)data[-3];
    uint32_t v4 = (uint32_t)data[-4];
    uint32_t v3 = (uint32_t)data[-5];
    uint32_t v2 = (uint32_t)data[-6];
    uint32_t v1 = (uint32_t)data[-7];
    uint32_t v0 = (uint32_t)data[-8];
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            uint32_t s0 = c8 * v0;
            s0 += c7 * v1;
            s0 += c6 * v2;
            s0 += c5 * v3;
            s0 += c4 * v4;
            s0 += c3 * v5;
            s0 += c2 * v6;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v7;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c8 * v1;
            s0 += c7 * v2;
            s0 += c6 * v3;
            s0 += c5 * v4;
            s0 += c4 * v5;
            s0 += c3 * v6;
            s0 += c2 * v7;
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
            uint32_t s0 = c8 * v2;
            s0 += c7 * v3;
            s0 += c6 * v4;
            s0 += c5 * v5;
            s0 += c4 * v6;
            s0 += c3 * v7;
            s0 += c2 * v0;
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
            uint32_t s0 = c8 * v3;
            s0 += c7 * v4;
            s0 += c6 * v5;
            s0 += c5 * v6;
            s0 += c4 * v7;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
            uint32_t s0 = c8 * v4;
            s0 += c7 * v5;
            s0 += c6 * v6;
            s0 += c5 * v7;
            s0 += c4 * v0;
            s0 += c3 * v1;
            s0 += c2 * v2;
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
            uint32_t s0 = c8 * v5;
            s0 += c7 * v6;
            s0 += c6 * v7;
            s0 += c5 * v0;
            s0 += c4 * v1;
            s0 += c3 * v2;
            s0 += c2 * v3;
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
            uint32_t s0 = c8 * v6;
            s0 += c7 * v7;
            s0 += c6 * v0;
            s0 += c5 * v1;
            s0 += c4 * v2;
            s0 += c3 * v3;
            s0 += c2 * v4;
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
            uint32_t s0 = c8 * v7;
            s0 += c7 * v0;
            s0 += c6 * v1;
            s0 += c5 * v2;
            s0 += c4 * v3;
            s0 += c3 * v4;
            s0 += c2 * v5;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 8, lp_quantization, data + i);
}
#else
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
#endif

#if LPCU_WITH_ORDER(9)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o9__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    const uint32_t c8 = (uint32_t)qlp_coeff[7];
    const uint32_t c9 = (uint32_t)qlp_coeff[8];
    uint32_t v8 = (uint32_t)data[-1];
    uint32_t v7 = (uint32_t)data[-2];
    uint32_t v6 = (uint32_t)data[-3];
    uint32_t v5 = (uint32_t)data[-4];
    uint32_t v4 = (uint32_t)data[-5];
    uint32_t v3 = (uint32_t)data[-6];
    uint32_t v2 = (uint32_t)data[-7];
    uint32_t v1 = (uint32_t)data[-8];
    uint32_t v0 = (uint32_t)data[-9];
    uint32_t i = 0;
    while (data_len - i >= 9) {
        {
            uint32_t s0 = c9 * v0;
            s0 += c8 * v1;
            s0 += c7 * v2;
            s0 += c6 * v3;
            s0 += c5 * v4;
            s0 += c4 * v5;
            s0 += c3 * v6;
            s0 += c2 * v7;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v8;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c9 * v1;
            s0 += c8 * v2;
            s0 += c7 * v3;
            s0 += c6 * v4;
            s0 += c5 * v5;
            s0 += c4 * v6;
            s0 += c3 * v7;
            s0 += c2 * v8;
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
            uint32_t s0 = c9 * v2;
            s0 += c8 * v3;
            s0 += c7 * v4;
            s0 += c6 * v5;
            s0 += c5 * v6;
            s0 += c4 * v7;
            s0 += c3 * v8;
            s0 += c2 * v0;
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
            uint32_t s0 = c9 * v3;
            s0 += c8 * v4;
            s0 += c7 * v5;
            s0 += c6 * v6;
            s0 += c5 * v7;
            s0 += c4 * v8;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
            uint32_t s0 = c9 * v4;
            s0 += c8 * v5;
            s0 += c7 * v6;
            s0 += c6 * v7;
            s0 += c5 * v8;
            s0 += c4 * v0;
            s0 += c3 * v1;
            s0 += c2 * v2;
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
            uint32_t s0 = c9 * v5;
            s0 += c8 * v6;
            s0 += c7 * v7;
            s0 += c6 * v8;
            s0 += c5 * v0;
            s0 += c4 * v1;
            s0 += c3 * v2;
            s0 += c2 * v3;
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
            uint32_t s0 = c9 * v6;
            s0 += c8 * v7;
            s0 += c7 * v8;
            s0 += c6 * v0;
            s0 += c5 * v1;
            s0 += c4 * v2;
            s0 += c3 * v3;
            s0 += c2 * v4;
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
            uint32_t s0 = c9 * v7;
            s0 += c8 * v8;
            s0 += c7 * v0;
            s0 += c6 * v1;
            s0 += c5 * v2;
            s0 += c4 * v3;
            s0 += c3 * v4;
            s0 += c2 * v5;
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
            uint32_t s0 = c9 * v8;
            s0 += c8 * v0;
            s0 += c7 * v1;
            s0 += c6 * v2;
            s0 += c5 * v3;
            s0 += c4 * v4;
            s0 += c3 * v5;
            s0 += c2 * v6;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 9, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o9__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v8 = (uint32_t)data[-1];
    uint32_t v7 = (uint32_t)data[-2];
    uint32_t v6 = (uint32_t)data[-3];
    uint32_t v5 = (uint32_t)data[-4];
    uint32_t v4 = (uint32_t)data[-5];
    uint32_t v3 = (uint32_t)data[-6];
    uint32_t v2 = (uint32_t)data[-7];
    uint32_t v1 = (uint32_t)data[-8];
    uint32_t v0 = (uint32_t)data[-9];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 9) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            s0 += (uint32_t)q[8] * v2;
            s0 += (uint32_t)q[7] * v3;
            s0 += (uint32_t)q[6] * v4;
            s0 += (uint32_t)q[5] * v5;
            s0 += (uint32_t)q[4] * v6;
            s0 += (uint32_t)q[3] * v7;
            s0 += (uint32_t)q[2] * v8;
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
            s0 += (uint32_t)q[8] * v3;
            s0 += (uint32_t)q[7] * v4;
            s0 += (uint32_t)q[6] * v5;
            s0 += (uint32_t)q[5] * v6;
            s0 += (uint32_t)q[4] * v7;
            s0 += (uint32_t)q[3] * v8;
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
            s0 += (uint32_t)q[8] * v4;
            s0 += (uint32_t)q[7] * v5;
            s0 += (uint32_t)q[6] * v6;
            s0 += (uint32_t)q[5] * v7;
            s0 += (uint32_t)q[4] * v8;
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
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
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
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
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
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
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
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[8] * v8;
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
            v8 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 9, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(10)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o10__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    const uint32_t c8 = (uint32_t)qlp_coeff[7];
    const uint32_t c9 = (uint32_t)qlp_coeff[8];
    const uint32_t c10 = (uint32_t)qlp_coeff[9];
    uint32_t v9 = (uint32_t)data[-1];
    uint32_t v8 = (uint32_t)data[-2];
    uint32_t v7 = (uint32_t)data[-3];
    uint32_t v6 = (uint32_t)data[-4];
    uint32_t v5 = (uint32_t)data[-5];
    uint32_t v4 = (uint32_t)data[-6];
    uint32_t v3 = (uint32_t)data[-7];
    uint32_t v2 = (uint32_t)data[-8];
    uint32_t v1 = (uint32_t)data[-9];
    uint32_t v0 = (uint32_t)data[-10];
    uint32_t i = 0;
    while (data_len - i >= 10) {
        {
            uint32_t s0 = c10 * v0;
            s0 += c9 * v1;
            s0 += c8 * v2;
            s0 += c7 * v3;
            s0 += c6 * v4;
            s0 += c5 * v5;
            s0 += c4 * v6;
            s0 += c3 * v7;
            s0 += c2 * v8;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v9;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c10 * v1;
            s0 += c9 * v2;
            s0 += c8 * v3;
            s0 += c7 * v4;
            s0 += c6 * v5;
            s0 += c5 * v6;
            s0 += c4 * v7;
            s0 += c3 * v8;
            s0 += c2 * v9;
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
            uint32_t s0 = c10 * v2;
            s0 += c9 * v3;
            s0 += c8 * v4;
            s0 += c7 * v5;
            s0 += c6 * v6;
            s0 += c5 * v7;
            s0 += c4 * v8;
            s0 += c3 * v9;
            s0 += c2 * v0;
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
            uint32_t s0 = c10 * v3;
            s0 += c9 * v4;
            s0 += c8 * v5;
            s0 += c7 * v6;
            s0 += c6 * v7;
            s0 += c5 * v8;
            s0 += c4 * v9;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
            uint32_t s0 = c10 * v4;
            s0 += c9 * v5;
            s0 += c8 * v6;
            s0 += c7 * v7;
            s0 += c6 * v8;
            s0 += c5 * v9;
            s0 += c4 * v0;
            s0 += c3 * v1;
            s0 += c2 * v2;
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
            uint32_t s0 = c10 * v5;
            s0 += c9 * v6;
            s0 += c8 * v7;
            s0 += c7 * v8;
            s0 += c6 * v9;
            s0 += c5 * v0;
            s0 += c4 * v1;
            s0 += c3 * v2;
            s0 += c2 * v3;
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
            uint32_t s0 = c10 * v6;
            s0 += c9 * v7;
            s0 += c8 * v8;
            s0 += c7 * v9;
            s0 += c6 * v0;
            s0 += c5 * v1;
            s0 += c4 * v2;
            s0 += c3 * v3;
            s0 += c2 * v4;
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
            uint32_t s0 = c10 * v7;
            s0 += c9 * v8;
            s0 += c8 * v9;
            s0 += c7 * v0;
            s0 += c6 * v1;
            s0 += c5 * v2;
            s0 += c4 * v3;
            s0 += c3 * v4;
            s0 += c2 * v5;
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
            uint32_t s0 = c10 * v8;
            s0 += c9 * v9;
            s0 += c8 * v0;
            s0 += c7 * v1;
            s0 += c6 * v2;
            s0 += c5 * v3;
            s0 += c4 * v4;
            s0 += c3 * v5;
            s0 += c2 * v6;
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
            uint32_t s0 = c10 * v9;
            s0 += c9 * v0;
            s0 += c8 * v1;
            s0 += c7 * v2;
            s0 += c6 * v3;
            s0 += c5 * v4;
            s0 += c4 * v5;
            s0 += c3 * v6;
            s0 += c2 * v7;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 10, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o10__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v9 = (uint32_t)data[-1];
    uint32_t v8 = (uint32_t)data[-2];
    uint32_t v7 = (uint32_t)data[-3];
    uint32_t v6 = (uint32_t)data[-4];
    uint32_t v5 = (uint32_t)data[-5];
    uint32_t v4 = (uint32_t)data[-6];
    uint32_t v3 = (uint32_t)data[-7];
    uint32_t v2 = (uint32_t)data[-8];
    uint32_t v1 = (uint32_t)data[-9];
    uint32_t v0 = (uint32_t)data[-10];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 10) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
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
            s0 += (uint32_t)q[9] * v2;
            s0 += (uint32_t)q[8] * v3;
            s0 += (uint32_t)q[7] * v4;
            s0 += (uint32_t)q[6] * v5;
            s0 += (uint32_t)q[5] * v6;
            s0 += (uint32_t)q[4] * v7;
            s0 += (uint32_t)q[3] * v8;
            s0 += (uint32_t)q[2] * v9;
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
            s0 += (uint32_t)q[9] * v3;
            s0 += (uint32_t)q[8] * v4;
            s0 += (uint32_t)q[7] * v5;
            s0 += (uint32_t)q[6] * v6;
            s0 += (uint32_t)q[5] * v7;
            s0 += (uint32_t)q[4] * v8;
            s0 += (uint32_t)q[3] * v9;
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
            s0 += (uint32_t)q[9] * v4;
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
            s0 += (uint32_t)q[4] * v9;
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
            s0 += (uint32_t)q[9] * v5;
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
            s0 += (uint32_t)q[5] * v9;
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
            s0 += (uint32_t)q[9] * v6;
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
            s0 += (uint32_t)q[6] * v9;
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
            s0 += (uint32_t)q[9] * v7;
            s0 += (uint32_t)q[8] * v8;
            s0 += (uint32_t)q[7] * v9;
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
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[9] * v8;
            s0 += (uint32_t)q[8] * v9;
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
            v8 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            s0 += (uint32_t)q[9] * v9;
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
            const uint32_t sum = off + c1 * prev_pred;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v9 = (uint32_t)x;
            prev_res = (uint32_t)r;
            prev_pred = (uint32_t)pred;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 10, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(11)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o11__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    const uint32_t c8 = (uint32_t)qlp_coeff[7];
    const uint32_t c9 = (uint32_t)qlp_coeff[8];
    const uint32_t c10 = (uint32_t)qlp_coeff[9];
    const uint32_t c11 = (uint32_t)qlp_coeff[10];
    uint32_t v0 = (uint32_t)data[-1];
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint32_t s0 = c11 * (uint32_t)past[-11];
            uint32_t s1 = c10 * (uint32_t)past[-10];
            s0 += c9 * (uint32_t)past[-9];
            s1 += c8 * (uint32_t)past[-8];
            s0 += c7 * (uint32_t)past[-7];
            s1 += c6 * (uint32_t)past[-6];
            s0 += c5 * (uint32_t)past[-5];
            s1 += c4 * (uint32_t)past[-4];
            s0 += c3 * (uint32_t)past[-3];
            s1 += c2 * (uint32_t)past[-2];
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v0;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
    }
}
#else
void lpcu_restore_narrow_o11__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    const uint32_t c8 = (uint32_t)qlp_coeff[7];
    const uint32_t c9 = (uint32_t)qlp_coeff[8];
    const uint32_t c10 = (uint32_t)qlp_coeff[9];
    const uint32_t c11 = (uint32_t)qlp_coeff[10];
    uint32_t v10 = (uint32_t)data[-1];
    uint32_t v9 = (uint32_t)data[-2];
    uint32_t v8 = (uint32_t)data[-3];
    uint32_t v7 = (uint32_t)data[-4];
    uint32_t v6 = (uint32_t)data[-5];
    uint32_t v5 = (uint32_t)data[-6];
    uint32_t v4 = (uint32_t)data[-7];
    uint32_t v3 = (uint32_t)data[-8];
    uint32_t v2 = (uint32_t)data[-9];
    uint32_t v1 = (uint32_t)data[-10];
    uint32_t v0 = (uint32_t)data[-11];
    uint32_t i = 0;
    while (data_len - i >= 11) {
        {
            uint32_t s0 = c11 * v0;
            uint32_t s1 = c10 * v1;
            s0 += c9 * v2;
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v8;
            s1 += c2 * v9;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v10;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            uint32_t s0 = c11 * v1;
            uint32_t s1 = c10 * v2;
            s0 += c9 * v3;
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v8;
            s0 += c3 * v9;
            s1 += c2 * v10;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v2;
            uint32_t s1 = c10 * v3;
            s0 += c9 * v4;
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v8;
            s1 += c4 * v9;
            s0 += c3 * v10;
            s1 += c2 * v0;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v3;
            uint32_t s1 = c10 * v4;
            s0 += c9 * v5;
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v8;
            s0 += c5 * v9;
            s1 += c4 * v10;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v4;
            uint32_t s1 = c10 * v5;
            s0 += c9 * v6;
            s1 += c8 * v7;
            s0 += c7 * v8;
            s1 += c6 * v9;
            s0 += c5 * v10;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v5;
            uint32_t s1 = c10 * v6;
            s0 += c9 * v7;
            s1 += c8 * v8;
            s0 += c7 * v9;
            s1 += c6 * v10;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v6;
            uint32_t s1 = c10 * v7;
            s0 += c9 * v8;
            s1 += c8 * v9;
            s0 += c7 * v10;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v7;
            uint32_t s1 = c10 * v8;
            s0 += c9 * v9;
            s1 += c8 * v10;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v8;
            uint32_t s1 = c10 * v9;
            s0 += c9 * v10;
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v9;
            uint32_t s1 = c10 * v10;
            s0 += c9 * v0;
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint32_t off = s0 + s1;
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
            uint32_t s0 = c11 * v10;
            uint32_t s1 = c10 * v0;
            s0 += c9 * v1;
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v8;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v9;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v10 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 11, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(12)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o12__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    const uint32_t c2 = (uint32_t)qlp_coeff[1];
    const uint32_t c3 = (uint32_t)qlp_coeff[2];
    const uint32_t c4 = (uint32_t)qlp_coeff[3];
    const uint32_t c5 = (uint32_t)qlp_coeff[4];
    const uint32_t c6 = (uint32_t)qlp_coeff[5];
    const uint32_t c7 = (uint32_t)qlp_coeff[6];
    const uint32_t c8 = (uint32_t)qlp_coeff[7];
    const uint32_t c9 = (uint32_t)qlp_coeff[8];
    const uint32_t c10 = (uint32_t)qlp_coeff[9];
    const uint32_t c11 = (uint32_t)qlp_coeff[10];
    const uint32_t c12 = (uint32_t)qlp_coeff[11];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint32_t s0 = c12 * (uint32_t)past[-12];
            s0 += c11 * (uint32_t)past[-11];
            s0 += c10 * (uint32_t)past[-10];
            s0 += c9 * (uint32_t)past[-9];
            s0 += c8 * (uint32_t)past[-8];
            s0 += c7 * (uint32_t)past[-7];
            s0 += c6 * (uint32_t)past[-6];
            s0 += c5 * (uint32_t)past[-5];
            s0 += c4 * v0;
            s0 += c3 * v1;
            s0 += c2 * v2;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint32_t s0 = c12 * (uint32_t)past[-12];
            s0 += c11 * (uint32_t)past[-11];
            s0 += c10 * (uint32_t)past[-10];
            s0 += c9 * (uint32_t)past[-9];
            s0 += c8 * (uint32_t)past[-8];
            s0 += c7 * (uint32_t)past[-7];
            s0 += c6 * (uint32_t)past[-6];
            s0 += c5 * (uint32_t)past[-5];
            s0 += c4 * v1;
            s0 += c3 * v2;
            s0 += c2 * v3;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint32_t s0 = c12 * (uint32_t)past[-12];
            s0 += c11 * (uint32_t)past[-11];
            s0 += c10 * (uint32_t)past[-10];
            s0 += c9 * (uint32_t)past[-9];
            s0 += c8 * (uint32_t)past[-8];
            s0 += c7 * (uint32_t)past[-7];
            s0 += c6 * (uint32_t)past[-6];
            s0 += c5 * (uint32_t)past[-5];
            s0 += c4 * v2;
            s0 += c3 * v3;
            s0 += c2 * v0;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint32_t s0 = c12 * (uint32_t)past[-12];
            s0 += c11 * (uint32_t)past[-11];
            s0 += c10 * (uint32_t)past[-10];
            s0 += c9 * (uint32_t)past[-9];
            s0 += c8 * (uint32_t)past[-8];
            s0 += c7 * (uint32_t)past[-7];
            s0 += c6 * (uint32_t)past[-6];
            s0 += c5 * (uint32_t)past[-5];
            s0 += c4 * v3;
            s0 += c3 * v0;
            s0 += c2 * v1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 12, lp_quantization, data + i);
}
#else
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
#endif

#if LPCU_WITH_ORDER(13)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o13__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[12] * (uint32_t)past[-13];
            uint32_t s1 = (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[12] * (uint32_t)past[-13];
            uint32_t s1 = (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[12] * (uint32_t)past[-13];
            uint32_t s1 = (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[12] * (uint32_t)past[-13];
            uint32_t s1 = (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 13, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o13__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v12 = (uint32_t)data[-1];
    uint32_t v11 = (uint32_t)data[-2];
    uint32_t v10 = (uint32_t)data[-3];
    uint32_t v9 = (uint32_t)data[-4];
    uint32_t v8 = (uint32_t)data[-5];
    uint32_t v7 = (uint32_t)data[-6];
    uint32_t v6 = (uint32_t)data[-7];
    uint32_t v5 = (uint32_t)data[-8];
    uint32_t v4 = (uint32_t)data[-9];
    uint32_t v3 = (uint32_t)data[-10];
    uint32_t v2 = (uint32_t)data[-11];
    uint32_t v1 = (uint32_t)data[-12];
    uint32_t v0 = (uint32_t)data[-13];
    uint32_t i = 0;
    while (data_len - i >= 13) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[12] * v0;
            s0 += (uint32_t)q[11] * v1;
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
            const uint32_t sum = off + c1 * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v1;
            s0 += (uint32_t)q[11] * v2;
            s0 += (uint32_t)q[10] * v3;
            s0 += (uint32_t)q[9] * v4;
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
            s0 += (uint32_t)q[4] * v9;
            s0 += (uint32_t)q[3] * v10;
            s0 += (uint32_t)q[2] * v11;
            s0 += (uint32_t)q[1] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v2;
            s0 += (uint32_t)q[11] * v3;
            s0 += (uint32_t)q[10] * v4;
            s0 += (uint32_t)q[9] * v5;
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
            s0 += (uint32_t)q[5] * v9;
            s0 += (uint32_t)q[4] * v10;
            s0 += (uint32_t)q[3] * v11;
            s0 += (uint32_t)q[2] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v3;
            s0 += (uint32_t)q[11] * v4;
            s0 += (uint32_t)q[10] * v5;
            s0 += (uint32_t)q[9] * v6;
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
            s0 += (uint32_t)q[6] * v9;
            s0 += (uint32_t)q[5] * v10;
            s0 += (uint32_t)q[4] * v11;
            s0 += (uint32_t)q[3] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v4;
            s0 += (uint32_t)q[11] * v5;
            s0 += (uint32_t)q[10] * v6;
            s0 += (uint32_t)q[9] * v7;
            s0 += (uint32_t)q[8] * v8;
            s0 += (uint32_t)q[7] * v9;
            s0 += (uint32_t)q[6] * v10;
            s0 += (uint32_t)q[5] * v11;
            s0 += (uint32_t)q[4] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v5;
            s0 += (uint32_t)q[11] * v6;
            s0 += (uint32_t)q[10] * v7;
            s0 += (uint32_t)q[9] * v8;
            s0 += (uint32_t)q[8] * v9;
            s0 += (uint32_t)q[7] * v10;
            s0 += (uint32_t)q[6] * v11;
            s0 += (uint32_t)q[5] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v6;
            s0 += (uint32_t)q[11] * v7;
            s0 += (uint32_t)q[10] * v8;
            s0 += (uint32_t)q[9] * v9;
            s0 += (uint32_t)q[8] * v10;
            s0 += (uint32_t)q[7] * v11;
            s0 += (uint32_t)q[6] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v7;
            s0 += (uint32_t)q[11] * v8;
            s0 += (uint32_t)q[10] * v9;
            s0 += (uint32_t)q[9] * v10;
            s0 += (uint32_t)q[8] * v11;
            s0 += (uint32_t)q[7] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v8;
            s0 += (uint32_t)q[11] * v9;
            s0 += (uint32_t)q[10] * v10;
            s0 += (uint32_t)q[9] * v11;
            s0 += (uint32_t)q[8] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v9;
            s0 += (uint32_t)q[11] * v10;
            s0 += (uint32_t)q[10] * v11;
            s0 += (uint32_t)q[9] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v10;
            s0 += (uint32_t)q[11] * v11;
            s0 += (uint32_t)q[10] * v12;
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
            uint32_t s0 = (uint32_t)q[12] * v11;
            s0 += (uint32_t)q[11] * v12;
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
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[12] * v12;
            s0 += (uint32_t)q[11] * v0;
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
            v12 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 13, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(14)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o14__scalar(const int32_t *residual, uint32_t data_len,
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
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v0;
            s1 += (uint32_t)q[6] * v1;
            s0 += (uint32_t)q[5] * v2;
            s1 += (uint32_t)q[4] * v3;
            s0 += (uint32_t)q[3] * v4;
            s1 += (uint32_t)q[2] * v5;
            s0 += (uint32_t)q[1] * v6;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v7;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v1;
            s1 += (uint32_t)q[6] * v2;
            s0 += (uint32_t)q[5] * v3;
            s1 += (uint32_t)q[4] * v4;
            s0 += (uint32_t)q[3] * v5;
            s1 += (uint32_t)q[2] * v6;
            s0 += (uint32_t)q[1] * v7;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v2;
            s1 += (uint32_t)q[6] * v3;
            s0 += (uint32_t)q[5] * v4;
            s1 += (uint32_t)q[4] * v5;
            s0 += (uint32_t)q[3] * v6;
            s1 += (uint32_t)q[2] * v7;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v3;
            s1 += (uint32_t)q[6] * v4;
            s0 += (uint32_t)q[5] * v5;
            s1 += (uint32_t)q[4] * v6;
            s0 += (uint32_t)q[3] * v7;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v4;
            s1 += (uint32_t)q[6] * v5;
            s0 += (uint32_t)q[5] * v6;
            s1 += (uint32_t)q[4] * v7;
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v5;
            s1 += (uint32_t)q[6] * v6;
            s0 += (uint32_t)q[5] * v7;
            s1 += (uint32_t)q[4] * v0;
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v6;
            s1 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v0;
            s1 += (uint32_t)q[4] * v1;
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v4;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * (uint32_t)past[-14];
            uint32_t s1 = (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * v7;
            s1 += (uint32_t)q[6] * v0;
            s0 += (uint32_t)q[5] * v1;
            s1 += (uint32_t)q[4] * v2;
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v4;
            s0 += (uint32_t)q[1] * v5;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v6;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v7 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 14, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o14__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v13 = (uint32_t)data[-1];
    uint32_t v12 = (uint32_t)data[-2];
    uint32_t v11 = (uint32_t)data[-3];
    uint32_t v10 = (uint32_t)data[-4];
    uint32_t v9 = (uint32_t)data[-5];
    uint32_t v8 = (uint32_t)data[-6];
    uint32_t v7 = (uint32_t)data[-7];
    uint32_t v6 = (uint32_t)data[-8];
    uint32_t v5 = (uint32_t)data[-9];
    uint32_t v4 = (uint32_t)data[-10];
    uint32_t v3 = (uint32_t)data[-11];
    uint32_t v2 = (uint32_t)data[-12];
    uint32_t v1 = (uint32_t)data[-13];
    uint32_t v0 = (uint32_t)data[-14];
    uint32_t i = 0;
    while (data_len - i >= 14) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * v0;
            s0 += (uint32_t)q[12] * v1;
            s0 += (uint32_t)q[11] * v2;
            s0 += (uint32_t)q[10] * v3;
            s0 += (uint32_t)q[9] * v4;
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
            s0 += (uint32_t)q[4] * v9;
            s0 += (uint32_t)q[3] * v10;
            s0 += (uint32_t)q[2] * v11;
            s0 += (uint32_t)q[1] * v12;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v1;
            s0 += (uint32_t)q[12] * v2;
            s0 += (uint32_t)q[11] * v3;
            s0 += (uint32_t)q[10] * v4;
            s0 += (uint32_t)q[9] * v5;
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
            s0 += (uint32_t)q[5] * v9;
            s0 += (uint32_t)q[4] * v10;
            s0 += (uint32_t)q[3] * v11;
            s0 += (uint32_t)q[2] * v12;
            s0 += (uint32_t)q[1] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v2;
            s0 += (uint32_t)q[12] * v3;
            s0 += (uint32_t)q[11] * v4;
            s0 += (uint32_t)q[10] * v5;
            s0 += (uint32_t)q[9] * v6;
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
            s0 += (uint32_t)q[6] * v9;
            s0 += (uint32_t)q[5] * v10;
            s0 += (uint32_t)q[4] * v11;
            s0 += (uint32_t)q[3] * v12;
            s0 += (uint32_t)q[2] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v3;
            s0 += (uint32_t)q[12] * v4;
            s0 += (uint32_t)q[11] * v5;
            s0 += (uint32_t)q[10] * v6;
            s0 += (uint32_t)q[9] * v7;
            s0 += (uint32_t)q[8] * v8;
            s0 += (uint32_t)q[7] * v9;
            s0 += (uint32_t)q[6] * v10;
            s0 += (uint32_t)q[5] * v11;
            s0 += (uint32_t)q[4] * v12;
            s0 += (uint32_t)q[3] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v4;
            s0 += (uint32_t)q[12] * v5;
            s0 += (uint32_t)q[11] * v6;
            s0 += (uint32_t)q[10] * v7;
            s0 += (uint32_t)q[9] * v8;
            s0 += (uint32_t)q[8] * v9;
            s0 += (uint32_t)q[7] * v10;
            s0 += (uint32_t)q[6] * v11;
            s0 += (uint32_t)q[5] * v12;
            s0 += (uint32_t)q[4] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v5;
            s0 += (uint32_t)q[12] * v6;
            s0 += (uint32_t)q[11] * v7;
            s0 += (uint32_t)q[10] * v8;
            s0 += (uint32_t)q[9] * v9;
            s0 += (uint32_t)q[8] * v10;
            s0 += (uint32_t)q[7] * v11;
            s0 += (uint32_t)q[6] * v12;
            s0 += (uint32_t)q[5] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v6;
            s0 += (uint32_t)q[12] * v7;
            s0 += (uint32_t)q[11] * v8;
            s0 += (uint32_t)q[10] * v9;
            s0 += (uint32_t)q[9] * v10;
            s0 += (uint32_t)q[8] * v11;
            s0 += (uint32_t)q[7] * v12;
            s0 += (uint32_t)q[6] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v7;
            s0 += (uint32_t)q[12] * v8;
            s0 += (uint32_t)q[11] * v9;
            s0 += (uint32_t)q[10] * v10;
            s0 += (uint32_t)q[9] * v11;
            s0 += (uint32_t)q[8] * v12;
            s0 += (uint32_t)q[7] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v8;
            s0 += (uint32_t)q[12] * v9;
            s0 += (uint32_t)q[11] * v10;
            s0 += (uint32_t)q[10] * v11;
            s0 += (uint32_t)q[9] * v12;
            s0 += (uint32_t)q[8] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v9;
            s0 += (uint32_t)q[12] * v10;
            s0 += (uint32_t)q[11] * v11;
            s0 += (uint32_t)q[10] * v12;
            s0 += (uint32_t)q[9] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v10;
            s0 += (uint32_t)q[12] * v11;
            s0 += (uint32_t)q[11] * v12;
            s0 += (uint32_t)q[10] * v13;
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
            uint32_t s0 = (uint32_t)q[13] * v11;
            s0 += (uint32_t)q[12] * v12;
            s0 += (uint32_t)q[11] * v13;
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
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * v12;
            s0 += (uint32_t)q[12] * v13;
            s0 += (uint32_t)q[11] * v0;
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
            v12 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[13] * v13;
            s0 += (uint32_t)q[12] * v0;
            s0 += (uint32_t)q[11] * v1;
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
            const uint32_t sum = off + c1 * v12;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v13 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 14, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(15)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o15__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * (uint32_t)past[-15];
            uint32_t s1 = (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * (uint32_t)past[-15];
            uint32_t s1 = (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * (uint32_t)past[-15];
            uint32_t s1 = (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * (uint32_t)past[-15];
            uint32_t s1 = (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 15, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o15__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v14 = (uint32_t)data[-1];
    uint32_t v13 = (uint32_t)data[-2];
    uint32_t v12 = (uint32_t)data[-3];
    uint32_t v11 = (uint32_t)data[-4];
    uint32_t v10 = (uint32_t)data[-5];
    uint32_t v9 = (uint32_t)data[-6];
    uint32_t v8 = (uint32_t)data[-7];
    uint32_t v7 = (uint32_t)data[-8];
    uint32_t v6 = (uint32_t)data[-9];
    uint32_t v5 = (uint32_t)data[-10];
    uint32_t v4 = (uint32_t)data[-11];
    uint32_t v3 = (uint32_t)data[-12];
    uint32_t v2 = (uint32_t)data[-13];
    uint32_t v1 = (uint32_t)data[-14];
    uint32_t v0 = (uint32_t)data[-15];
    uint32_t i = 0;
    while (data_len - i >= 15) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * v0;
            s0 += (uint32_t)q[13] * v1;
            s0 += (uint32_t)q[12] * v2;
            s0 += (uint32_t)q[11] * v3;
            s0 += (uint32_t)q[10] * v4;
            s0 += (uint32_t)q[9] * v5;
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
            s0 += (uint32_t)q[5] * v9;
            s0 += (uint32_t)q[4] * v10;
            s0 += (uint32_t)q[3] * v11;
            s0 += (uint32_t)q[2] * v12;
            s0 += (uint32_t)q[1] * v13;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v1;
            s0 += (uint32_t)q[13] * v2;
            s0 += (uint32_t)q[12] * v3;
            s0 += (uint32_t)q[11] * v4;
            s0 += (uint32_t)q[10] * v5;
            s0 += (uint32_t)q[9] * v6;
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
            s0 += (uint32_t)q[6] * v9;
            s0 += (uint32_t)q[5] * v10;
            s0 += (uint32_t)q[4] * v11;
            s0 += (uint32_t)q[3] * v12;
            s0 += (uint32_t)q[2] * v13;
            s0 += (uint32_t)q[1] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v2;
            s0 += (uint32_t)q[13] * v3;
            s0 += (uint32_t)q[12] * v4;
            s0 += (uint32_t)q[11] * v5;
            s0 += (uint32_t)q[10] * v6;
            s0 += (uint32_t)q[9] * v7;
            s0 += (uint32_t)q[8] * v8;
            s0 += (uint32_t)q[7] * v9;
            s0 += (uint32_t)q[6] * v10;
            s0 += (uint32_t)q[5] * v11;
            s0 += (uint32_t)q[4] * v12;
            s0 += (uint32_t)q[3] * v13;
            s0 += (uint32_t)q[2] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v3;
            s0 += (uint32_t)q[13] * v4;
            s0 += (uint32_t)q[12] * v5;
            s0 += (uint32_t)q[11] * v6;
            s0 += (uint32_t)q[10] * v7;
            s0 += (uint32_t)q[9] * v8;
            s0 += (uint32_t)q[8] * v9;
            s0 += (uint32_t)q[7] * v10;
            s0 += (uint32_t)q[6] * v11;
            s0 += (uint32_t)q[5] * v12;
            s0 += (uint32_t)q[4] * v13;
            s0 += (uint32_t)q[3] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v4;
            s0 += (uint32_t)q[13] * v5;
            s0 += (uint32_t)q[12] * v6;
            s0 += (uint32_t)q[11] * v7;
            s0 += (uint32_t)q[10] * v8;
            s0 += (uint32_t)q[9] * v9;
            s0 += (uint32_t)q[8] * v10;
            s0 += (uint32_t)q[7] * v11;
            s0 += (uint32_t)q[6] * v12;
            s0 += (uint32_t)q[5] * v13;
            s0 += (uint32_t)q[4] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v5;
            s0 += (uint32_t)q[13] * v6;
            s0 += (uint32_t)q[12] * v7;
            s0 += (uint32_t)q[11] * v8;
            s0 += (uint32_t)q[10] * v9;
            s0 += (uint32_t)q[9] * v10;
            s0 += (uint32_t)q[8] * v11;
            s0 += (uint32_t)q[7] * v12;
            s0 += (uint32_t)q[6] * v13;
            s0 += (uint32_t)q[5] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v6;
            s0 += (uint32_t)q[13] * v7;
            s0 += (uint32_t)q[12] * v8;
            s0 += (uint32_t)q[11] * v9;
            s0 += (uint32_t)q[10] * v10;
            s0 += (uint32_t)q[9] * v11;
            s0 += (uint32_t)q[8] * v12;
            s0 += (uint32_t)q[7] * v13;
            s0 += (uint32_t)q[6] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v7;
            s0 += (uint32_t)q[13] * v8;
            s0 += (uint32_t)q[12] * v9;
            s0 += (uint32_t)q[11] * v10;
            s0 += (uint32_t)q[10] * v11;
            s0 += (uint32_t)q[9] * v12;
            s0 += (uint32_t)q[8] * v13;
            s0 += (uint32_t)q[7] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v8;
            s0 += (uint32_t)q[13] * v9;
            s0 += (uint32_t)q[12] * v10;
            s0 += (uint32_t)q[11] * v11;
            s0 += (uint32_t)q[10] * v12;
            s0 += (uint32_t)q[9] * v13;
            s0 += (uint32_t)q[8] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v9;
            s0 += (uint32_t)q[13] * v10;
            s0 += (uint32_t)q[12] * v11;
            s0 += (uint32_t)q[11] * v12;
            s0 += (uint32_t)q[10] * v13;
            s0 += (uint32_t)q[9] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v10;
            s0 += (uint32_t)q[13] * v11;
            s0 += (uint32_t)q[12] * v12;
            s0 += (uint32_t)q[11] * v13;
            s0 += (uint32_t)q[10] * v14;
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
            uint32_t s0 = (uint32_t)q[14] * v11;
            s0 += (uint32_t)q[13] * v12;
            s0 += (uint32_t)q[12] * v13;
            s0 += (uint32_t)q[11] * v14;
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
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * v12;
            s0 += (uint32_t)q[13] * v13;
            s0 += (uint32_t)q[12] * v14;
            s0 += (uint32_t)q[11] * v0;
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
            v12 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * v13;
            s0 += (uint32_t)q[13] * v14;
            s0 += (uint32_t)q[12] * v0;
            s0 += (uint32_t)q[11] * v1;
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
            const uint32_t sum = off + c1 * v12;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v13 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[14] * v14;
            s0 += (uint32_t)q[13] * v0;
            s0 += (uint32_t)q[12] * v1;
            s0 += (uint32_t)q[11] * v2;
            s0 += (uint32_t)q[10] * v3;
            s0 += (uint32_t)q[9] * v4;
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
            s0 += (uint32_t)q[4] * v9;
            s0 += (uint32_t)q[3] * v10;
            s0 += (uint32_t)q[2] * v11;
            s0 += (uint32_t)q[1] * v12;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v13;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v14 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 15, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(16)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o16__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * (uint32_t)past[-16];
            uint32_t s1 = (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * (uint32_t)past[-16];
            uint32_t s1 = (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * (uint32_t)past[-16];
            uint32_t s1 = (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * (uint32_t)past[-16];
            uint32_t s1 = (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 16, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o16__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v15 = (uint32_t)data[-1];
    uint32_t v14 = (uint32_t)data[-2];
    uint32_t v13 = (uint32_t)data[-3];
    uint32_t v12 = (uint32_t)data[-4];
    uint32_t v11 = (uint32_t)data[-5];
    uint32_t v10 = (uint32_t)data[-6];
    uint32_t v9 = (uint32_t)data[-7];
    uint32_t v8 = (uint32_t)data[-8];
    uint32_t v7 = (uint32_t)data[-9];
    uint32_t v6 = (uint32_t)data[-10];
    uint32_t v5 = (uint32_t)data[-11];
    uint32_t v4 = (uint32_t)data[-12];
    uint32_t v3 = (uint32_t)data[-13];
    uint32_t v2 = (uint32_t)data[-14];
    uint32_t v1 = (uint32_t)data[-15];
    uint32_t v0 = (uint32_t)data[-16];
    uint32_t i = 0;
    while (data_len - i >= 16) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * v0;
            s0 += (uint32_t)q[14] * v1;
            s0 += (uint32_t)q[13] * v2;
            s0 += (uint32_t)q[12] * v3;
            s0 += (uint32_t)q[11] * v4;
            s0 += (uint32_t)q[10] * v5;
            s0 += (uint32_t)q[9] * v6;
            s0 += (uint32_t)q[8] * v7;
            s0 += (uint32_t)q[7] * v8;
            s0 += (uint32_t)q[6] * v9;
            s0 += (uint32_t)q[5] * v10;
            s0 += (uint32_t)q[4] * v11;
            s0 += (uint32_t)q[3] * v12;
            s0 += (uint32_t)q[2] * v13;
            s0 += (uint32_t)q[1] * v14;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v1;
            s0 += (uint32_t)q[14] * v2;
            s0 += (uint32_t)q[13] * v3;
            s0 += (uint32_t)q[12] * v4;
            s0 += (uint32_t)q[11] * v5;
            s0 += (uint32_t)q[10] * v6;
            s0 += (uint32_t)q[9] * v7;
            s0 += (uint32_t)q[8] * v8;
            s0 += (uint32_t)q[7] * v9;
            s0 += (uint32_t)q[6] * v10;
            s0 += (uint32_t)q[5] * v11;
            s0 += (uint32_t)q[4] * v12;
            s0 += (uint32_t)q[3] * v13;
            s0 += (uint32_t)q[2] * v14;
            s0 += (uint32_t)q[1] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v2;
            s0 += (uint32_t)q[14] * v3;
            s0 += (uint32_t)q[13] * v4;
            s0 += (uint32_t)q[12] * v5;
            s0 += (uint32_t)q[11] * v6;
            s0 += (uint32_t)q[10] * v7;
            s0 += (uint32_t)q[9] * v8;
            s0 += (uint32_t)q[8] * v9;
            s0 += (uint32_t)q[7] * v10;
            s0 += (uint32_t)q[6] * v11;
            s0 += (uint32_t)q[5] * v12;
            s0 += (uint32_t)q[4] * v13;
            s0 += (uint32_t)q[3] * v14;
            s0 += (uint32_t)q[2] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v3;
            s0 += (uint32_t)q[14] * v4;
            s0 += (uint32_t)q[13] * v5;
            s0 += (uint32_t)q[12] * v6;
            s0 += (uint32_t)q[11] * v7;
            s0 += (uint32_t)q[10] * v8;
            s0 += (uint32_t)q[9] * v9;
            s0 += (uint32_t)q[8] * v10;
            s0 += (uint32_t)q[7] * v11;
            s0 += (uint32_t)q[6] * v12;
            s0 += (uint32_t)q[5] * v13;
            s0 += (uint32_t)q[4] * v14;
            s0 += (uint32_t)q[3] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v4;
            s0 += (uint32_t)q[14] * v5;
            s0 += (uint32_t)q[13] * v6;
            s0 += (uint32_t)q[12] * v7;
            s0 += (uint32_t)q[11] * v8;
            s0 += (uint32_t)q[10] * v9;
            s0 += (uint32_t)q[9] * v10;
            s0 += (uint32_t)q[8] * v11;
            s0 += (uint32_t)q[7] * v12;
            s0 += (uint32_t)q[6] * v13;
            s0 += (uint32_t)q[5] * v14;
            s0 += (uint32_t)q[4] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v5;
            s0 += (uint32_t)q[14] * v6;
            s0 += (uint32_t)q[13] * v7;
            s0 += (uint32_t)q[12] * v8;
            s0 += (uint32_t)q[11] * v9;
            s0 += (uint32_t)q[10] * v10;
            s0 += (uint32_t)q[9] * v11;
            s0 += (uint32_t)q[8] * v12;
            s0 += (uint32_t)q[7] * v13;
            s0 += (uint32_t)q[6] * v14;
            s0 += (uint32_t)q[5] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v6;
            s0 += (uint32_t)q[14] * v7;
            s0 += (uint32_t)q[13] * v8;
            s0 += (uint32_t)q[12] * v9;
            s0 += (uint32_t)q[11] * v10;
            s0 += (uint32_t)q[10] * v11;
            s0 += (uint32_t)q[9] * v12;
            s0 += (uint32_t)q[8] * v13;
            s0 += (uint32_t)q[7] * v14;
            s0 += (uint32_t)q[6] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v7;
            s0 += (uint32_t)q[14] * v8;
            s0 += (uint32_t)q[13] * v9;
            s0 += (uint32_t)q[12] * v10;
            s0 += (uint32_t)q[11] * v11;
            s0 += (uint32_t)q[10] * v12;
            s0 += (uint32_t)q[9] * v13;
            s0 += (uint32_t)q[8] * v14;
            s0 += (uint32_t)q[7] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v8;
            s0 += (uint32_t)q[14] * v9;
            s0 += (uint32_t)q[13] * v10;
            s0 += (uint32_t)q[12] * v11;
            s0 += (uint32_t)q[11] * v12;
            s0 += (uint32_t)q[10] * v13;
            s0 += (uint32_t)q[9] * v14;
            s0 += (uint32_t)q[8] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v9;
            s0 += (uint32_t)q[14] * v10;
            s0 += (uint32_t)q[13] * v11;
            s0 += (uint32_t)q[12] * v12;
            s0 += (uint32_t)q[11] * v13;
            s0 += (uint32_t)q[10] * v14;
            s0 += (uint32_t)q[9] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v10;
            s0 += (uint32_t)q[14] * v11;
            s0 += (uint32_t)q[13] * v12;
            s0 += (uint32_t)q[12] * v13;
            s0 += (uint32_t)q[11] * v14;
            s0 += (uint32_t)q[10] * v15;
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
            uint32_t s0 = (uint32_t)q[15] * v11;
            s0 += (uint32_t)q[14] * v12;
            s0 += (uint32_t)q[13] * v13;
            s0 += (uint32_t)q[12] * v14;
            s0 += (uint32_t)q[11] * v15;
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
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * v12;
            s0 += (uint32_t)q[14] * v13;
            s0 += (uint32_t)q[13] * v14;
            s0 += (uint32_t)q[12] * v15;
            s0 += (uint32_t)q[11] * v0;
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
            v12 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * v13;
            s0 += (uint32_t)q[14] * v14;
            s0 += (uint32_t)q[13] * v15;
            s0 += (uint32_t)q[12] * v0;
            s0 += (uint32_t)q[11] * v1;
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
            const uint32_t sum = off + c1 * v12;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v13 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * v14;
            s0 += (uint32_t)q[14] * v15;
            s0 += (uint32_t)q[13] * v0;
            s0 += (uint32_t)q[12] * v1;
            s0 += (uint32_t)q[11] * v2;
            s0 += (uint32_t)q[10] * v3;
            s0 += (uint32_t)q[9] * v4;
            s0 += (uint32_t)q[8] * v5;
            s0 += (uint32_t)q[7] * v6;
            s0 += (uint32_t)q[6] * v7;
            s0 += (uint32_t)q[5] * v8;
            s0 += (uint32_t)q[4] * v9;
            s0 += (uint32_t)q[3] * v10;
            s0 += (uint32_t)q[2] * v11;
            s0 += (uint32_t)q[1] * v12;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v13;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v14 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[15] * v15;
            s0 += (uint32_t)q[14] * v0;
            s0 += (uint32_t)q[13] * v1;
            s0 += (uint32_t)q[12] * v2;
            s0 += (uint32_t)q[11] * v3;
            s0 += (uint32_t)q[10] * v4;
            s0 += (uint32_t)q[9] * v5;
            s0 += (uint32_t)q[8] * v6;
            s0 += (uint32_t)q[7] * v7;
            s0 += (uint32_t)q[6] * v8;
            s0 += (uint32_t)q[5] * v9;
            s0 += (uint32_t)q[4] * v10;
            s0 += (uint32_t)q[3] * v11;
            s0 += (uint32_t)q[2] * v12;
            s0 += (uint32_t)q[1] * v13;
            uint32_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v14;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v15 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 16, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(17)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o17__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[16] * (uint32_t)past[-17];
            uint32_t s1 = (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[16] * (uint32_t)past[-17];
            uint32_t s1 = (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[16] * (uint32_t)past[-17];
            uint32_t s1 = (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[16] * (uint32_t)past[-17];
            uint32_t s1 = (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 17, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o17__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 17, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(18)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o18__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[17] * (uint32_t)past[-18];
            uint32_t s1 = (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[17] * (uint32_t)past[-18];
            uint32_t s1 = (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[17] * (uint32_t)past[-18];
            uint32_t s1 = (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[17] * (uint32_t)past[-18];
            uint32_t s1 = (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 18, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o18__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 18, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(19)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o19__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[18] * (uint32_t)past[-19];
            uint32_t s1 = (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[18] * (uint32_t)past[-19];
            uint32_t s1 = (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[18] * (uint32_t)past[-19];
            uint32_t s1 = (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[18] * (uint32_t)past[-19];
            uint32_t s1 = (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 19, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o19__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 19, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(20)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o20__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[19] * (uint32_t)past[-20];
            uint32_t s1 = (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[19] * (uint32_t)past[-20];
            uint32_t s1 = (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[19] * (uint32_t)past[-20];
            uint32_t s1 = (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[19] * (uint32_t)past[-20];
            uint32_t s1 = (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 20, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o20__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 20, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(21)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o21__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[20] * (uint32_t)past[-21];
            uint32_t s1 = (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[20] * (uint32_t)past[-21];
            uint32_t s1 = (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[20] * (uint32_t)past[-21];
            uint32_t s1 = (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[20] * (uint32_t)past[-21];
            uint32_t s1 = (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 21, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o21__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 21, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(22)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o22__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[21] * (uint32_t)past[-22];
            uint32_t s1 = (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[21] * (uint32_t)past[-22];
            uint32_t s1 = (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[21] * (uint32_t)past[-22];
            uint32_t s1 = (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[21] * (uint32_t)past[-22];
            uint32_t s1 = (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 22, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o22__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 22, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(23)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o23__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[22] * (uint32_t)past[-23];
            uint32_t s1 = (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[22] * (uint32_t)past[-23];
            uint32_t s1 = (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[22] * (uint32_t)past[-23];
            uint32_t s1 = (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[22] * (uint32_t)past[-23];
            uint32_t s1 = (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 23, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o23__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 23, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(24)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o24__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[23] * (uint32_t)past[-24];
            uint32_t s1 = (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[23] * (uint32_t)past[-24];
            uint32_t s1 = (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[23] * (uint32_t)past[-24];
            uint32_t s1 = (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[23] * (uint32_t)past[-24];
            uint32_t s1 = (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 24, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o24__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 24, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(25)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o25__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[24] * (uint32_t)past[-25];
            uint32_t s1 = (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[24] * (uint32_t)past[-25];
            uint32_t s1 = (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[24] * (uint32_t)past[-25];
            uint32_t s1 = (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[24] * (uint32_t)past[-25];
            uint32_t s1 = (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 25, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o25__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 25, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(26)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o26__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[25] * (uint32_t)past[-26];
            uint32_t s1 = (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[25] * (uint32_t)past[-26];
            uint32_t s1 = (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[25] * (uint32_t)past[-26];
            uint32_t s1 = (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[25] * (uint32_t)past[-26];
            uint32_t s1 = (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 26, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o26__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 26, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(27)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o27__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[26] * (uint32_t)past[-27];
            uint32_t s1 = (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[26] * (uint32_t)past[-27];
            uint32_t s1 = (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[26] * (uint32_t)past[-27];
            uint32_t s1 = (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[26] * (uint32_t)past[-27];
            uint32_t s1 = (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 27, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o27__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 27, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(28)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o28__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[27] * (uint32_t)past[-28];
            uint32_t s1 = (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[27] * (uint32_t)past[-28];
            uint32_t s1 = (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[27] * (uint32_t)past[-28];
            uint32_t s1 = (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[27] * (uint32_t)past[-28];
            uint32_t s1 = (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 28, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o28__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 28, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(29)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o29__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[28] * (uint32_t)past[-29];
            uint32_t s1 = (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[28] * (uint32_t)past[-29];
            uint32_t s1 = (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[28] * (uint32_t)past[-29];
            uint32_t s1 = (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[28] * (uint32_t)past[-29];
            uint32_t s1 = (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 29, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o29__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 29, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(30)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o30__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[29] * (uint32_t)past[-30];
            uint32_t s1 = (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[29] * (uint32_t)past[-30];
            uint32_t s1 = (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[29] * (uint32_t)past[-30];
            uint32_t s1 = (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[29] * (uint32_t)past[-30];
            uint32_t s1 = (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 30, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o30__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 30, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(31)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o31__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[30] * (uint32_t)past[-31];
            uint32_t s1 = (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v0;
            s0 += (uint32_t)q[2] * v1;
            s1 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[30] * (uint32_t)past[-31];
            uint32_t s1 = (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v1;
            s0 += (uint32_t)q[2] * v2;
            s1 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[30] * (uint32_t)past[-31];
            uint32_t s1 = (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v2;
            s0 += (uint32_t)q[2] * v3;
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[30] * (uint32_t)past[-31];
            uint32_t s1 = (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * v3;
            s0 += (uint32_t)q[2] * v0;
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 31, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o31__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[30] * (uint32_t)past[-31];
            s0 += (uint32_t)q[29] * (uint32_t)past[-30];
            s1 += (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[30] * (uint32_t)past[-31];
            s0 += (uint32_t)q[29] * (uint32_t)past[-30];
            s1 += (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * (uint32_t)past[-4];
            s1 += (uint32_t)q[2] * (uint32_t)past[-3];
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 31, lp_quantization, data + i);
}
#endif
#endif

#if LPCU_WITH_ORDER(32)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_narrow_o32__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v3 = (uint32_t)data[-1];
    uint32_t v2 = (uint32_t)data[-2];
    uint32_t v1 = (uint32_t)data[-3];
    uint32_t v0 = (uint32_t)data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[31] * (uint32_t)past[-32];
            uint32_t s1 = (uint32_t)q[30] * (uint32_t)past[-31];
            s0 += (uint32_t)q[29] * (uint32_t)past[-30];
            s1 += (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v0;
            s1 += (uint32_t)q[2] * v1;
            s0 += (uint32_t)q[1] * v2;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v3;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = (uint32_t)x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[31] * (uint32_t)past[-32];
            uint32_t s1 = (uint32_t)q[30] * (uint32_t)past[-31];
            s0 += (uint32_t)q[29] * (uint32_t)past[-30];
            s1 += (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v1;
            s1 += (uint32_t)q[2] * v2;
            s0 += (uint32_t)q[1] * v3;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[31] * (uint32_t)past[-32];
            uint32_t s1 = (uint32_t)q[30] * (uint32_t)past[-31];
            s0 += (uint32_t)q[29] * (uint32_t)past[-30];
            s1 += (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v2;
            s1 += (uint32_t)q[2] * v3;
            s0 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = (uint32_t)q[31] * (uint32_t)past[-32];
            uint32_t s1 = (uint32_t)q[30] * (uint32_t)past[-31];
            s0 += (uint32_t)q[29] * (uint32_t)past[-30];
            s1 += (uint32_t)q[28] * (uint32_t)past[-29];
            s0 += (uint32_t)q[27] * (uint32_t)past[-28];
            s1 += (uint32_t)q[26] * (uint32_t)past[-27];
            s0 += (uint32_t)q[25] * (uint32_t)past[-26];
            s1 += (uint32_t)q[24] * (uint32_t)past[-25];
            s0 += (uint32_t)q[23] * (uint32_t)past[-24];
            s1 += (uint32_t)q[22] * (uint32_t)past[-23];
            s0 += (uint32_t)q[21] * (uint32_t)past[-22];
            s1 += (uint32_t)q[20] * (uint32_t)past[-21];
            s0 += (uint32_t)q[19] * (uint32_t)past[-20];
            s1 += (uint32_t)q[18] * (uint32_t)past[-19];
            s0 += (uint32_t)q[17] * (uint32_t)past[-18];
            s1 += (uint32_t)q[16] * (uint32_t)past[-17];
            s0 += (uint32_t)q[15] * (uint32_t)past[-16];
            s1 += (uint32_t)q[14] * (uint32_t)past[-15];
            s0 += (uint32_t)q[13] * (uint32_t)past[-14];
            s1 += (uint32_t)q[12] * (uint32_t)past[-13];
            s0 += (uint32_t)q[11] * (uint32_t)past[-12];
            s1 += (uint32_t)q[10] * (uint32_t)past[-11];
            s0 += (uint32_t)q[9] * (uint32_t)past[-10];
            s1 += (uint32_t)q[8] * (uint32_t)past[-9];
            s0 += (uint32_t)q[7] * (uint32_t)past[-8];
            s1 += (uint32_t)q[6] * (uint32_t)past[-7];
            s0 += (uint32_t)q[5] * (uint32_t)past[-6];
            s1 += (uint32_t)q[4] * (uint32_t)past[-5];
            s0 += (uint32_t)q[3] * v3;
            s1 += (uint32_t)q[2] * v0;
            s0 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint32_t sum = off + c1 * v2;
            const int32_t pred = (int32_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = (uint32_t)x;
            i++;
        }
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 32, lp_quantization, data + i);
}
#else
void lpcu_restore_narrow_o32__scalar(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    const uint32_t c1 = (uint32_t)qlp_coeff[0];
    uint32_t v1 = (uint32_t)data[-1];
    uint32_t v0 = (uint32_t)data[-2];
    uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[31] * (uint32_t)past[-32];
            s0 += (uint32_t)q[30] * (uint32_t)past[-31];
            s1 += (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v0;
            uint32_t off = s0 + s1;
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
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint32_t s0 = c1 * prev_res;
            uint32_t s1 = (uint32_t)q[31] * (uint32_t)past[-32];
            s0 += (uint32_t)q[30] * (uint32_t)past[-31];
            s1 += (uint32_t)q[29] * (uint32_t)past[-30];
            s0 += (uint32_t)q[28] * (uint32_t)past[-29];
            s1 += (uint32_t)q[27] * (uint32_t)past[-28];
            s0 += (uint32_t)q[26] * (uint32_t)past[-27];
            s1 += (uint32_t)q[25] * (uint32_t)past[-26];
            s0 += (uint32_t)q[24] * (uint32_t)past[-25];
            s1 += (uint32_t)q[23] * (uint32_t)past[-24];
            s0 += (uint32_t)q[22] * (uint32_t)past[-23];
            s1 += (uint32_t)q[21] * (uint32_t)past[-22];
            s0 += (uint32_t)q[20] * (uint32_t)past[-21];
            s1 += (uint32_t)q[19] * (uint32_t)past[-20];
            s0 += (uint32_t)q[18] * (uint32_t)past[-19];
            s1 += (uint32_t)q[17] * (uint32_t)past[-18];
            s0 += (uint32_t)q[16] * (uint32_t)past[-17];
            s1 += (uint32_t)q[15] * (uint32_t)past[-16];
            s0 += (uint32_t)q[14] * (uint32_t)past[-15];
            s1 += (uint32_t)q[13] * (uint32_t)past[-14];
            s0 += (uint32_t)q[12] * (uint32_t)past[-13];
            s1 += (uint32_t)q[11] * (uint32_t)past[-12];
            s0 += (uint32_t)q[10] * (uint32_t)past[-11];
            s1 += (uint32_t)q[9] * (uint32_t)past[-10];
            s0 += (uint32_t)q[8] * (uint32_t)past[-9];
            s1 += (uint32_t)q[7] * (uint32_t)past[-8];
            s0 += (uint32_t)q[6] * (uint32_t)past[-7];
            s1 += (uint32_t)q[5] * (uint32_t)past[-6];
            s0 += (uint32_t)q[4] * (uint32_t)past[-5];
            s1 += (uint32_t)q[3] * (uint32_t)past[-4];
            s0 += (uint32_t)q[2] * (uint32_t)past[-3];
            s1 += (uint32_t)q[1] * v1;
            uint32_t off = s0 + s1;
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
    }
    if (i < data_len)
        narrow_exact(residual + i, data_len - i, qlp_coeff, 32, lp_quantization, data + i);
}
#endif
#endif
