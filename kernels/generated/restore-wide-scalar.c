/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Scalar LPC restore kernels, family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

/* The plain loop: tails shorter than a loop trip, and redos. */
#ifndef LPCU_EXACT_wide /* once per translation unit */
#define LPCU_EXACT_wide
static LPCU_COLD void wide_exact(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
    uint32_t order, int lp_quantization, int32_t *data)
{
    for (uint32_t i = 0; i < data_len; i++) {
        uint64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)data[(int64_t)i - j - 1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        data[i] = (int32_t)((uint32_t)residual[i] + (uint32_t)pred);
    }
}
#endif

#if LPCU_WITH_ORDER(1)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o1__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v0 = data[-1];
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            const uint64_t sum = (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
    }
}
#else
static uint64_t lpcu_restore_wide_o1__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    return wrapped;
}

void lpcu_restore_wide_o1__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o1__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 1, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(2)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o2__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 2, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o2__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    uint64_t v1 = (uint64_t)(int64_t)data[-1];
    uint64_t v0 = (uint64_t)(int64_t)data[-2];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            uint64_t s0 = c1 * prev_res;
            s0 += c2 * v0;
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            s0 += c2 * v1;
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 2, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o2__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o2__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 2, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(3)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o3__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    int32_t v2 = data[-1];
    int32_t v1 = data[-2];
    int32_t v0 = data[-3];
    uint32_t i = 0;
    while (data_len - i >= 3) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 3, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o3__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    uint64_t v2 = (uint64_t)(int64_t)data[-1];
    uint64_t v1 = (uint64_t)(int64_t)data[-2];
    uint64_t v0 = (uint64_t)(int64_t)data[-3];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 3) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c3 * v2;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 3, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o3__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o3__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 3, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(4)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o4__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c4 * v0);
            uint64_t s1 = (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c4 * v1);
            uint64_t s1 = (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c4 * v2);
            uint64_t s1 = (uint64_t)((int64_t)c3 * v3);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c4 * v3);
            uint64_t s1 = (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 4, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o4__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    uint64_t v3 = (uint64_t)(int64_t)data[-1];
    uint64_t v2 = (uint64_t)(int64_t)data[-2];
    uint64_t v1 = (uint64_t)(int64_t)data[-3];
    uint64_t v0 = (uint64_t)(int64_t)data[-4];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c4 * v3;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 4, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o4__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o4__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 4, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(5)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o5__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    int32_t v4 = data[-1];
    int32_t v3 = data[-2];
    int32_t v2 = data[-3];
    int32_t v1 = data[-4];
    int32_t v0 = data[-5];
    uint32_t i = 0;
    while (data_len - i >= 5) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c5 * v0);
            uint64_t s1 = (uint64_t)((int64_t)c4 * v1);
            s0 += (uint64_t)((int64_t)c3 * v2);
            s1 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v4);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c5 * v1);
            uint64_t s1 = (uint64_t)((int64_t)c4 * v2);
            s0 += (uint64_t)((int64_t)c3 * v3);
            s1 += (uint64_t)((int64_t)c2 * v4);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c5 * v2);
            uint64_t s1 = (uint64_t)((int64_t)c4 * v3);
            s0 += (uint64_t)((int64_t)c3 * v4);
            s1 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c5 * v3);
            uint64_t s1 = (uint64_t)((int64_t)c4 * v4);
            s0 += (uint64_t)((int64_t)c3 * v0);
            s1 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c5 * v4);
            uint64_t s1 = (uint64_t)((int64_t)c4 * v0);
            s0 += (uint64_t)((int64_t)c3 * v1);
            s1 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 5, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o5__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    uint64_t v4 = (uint64_t)(int64_t)data[-1];
    uint64_t v3 = (uint64_t)(int64_t)data[-2];
    uint64_t v2 = (uint64_t)(int64_t)data[-3];
    uint64_t v1 = (uint64_t)(int64_t)data[-4];
    uint64_t v0 = (uint64_t)(int64_t)data[-5];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 5) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c5 * v4;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 5, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o5__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o5__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 5, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(6)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o6__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    int32_t v5 = data[-1];
    int32_t v4 = data[-2];
    int32_t v3 = data[-3];
    int32_t v2 = data[-4];
    int32_t v1 = data[-5];
    int32_t v0 = data[-6];
    uint32_t i = 0;
    while (data_len - i >= 6) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c6 * v0);
            s0 += (uint64_t)((int64_t)c5 * v1);
            s0 += (uint64_t)((int64_t)c4 * v2);
            s0 += (uint64_t)((int64_t)c3 * v3);
            s0 += (uint64_t)((int64_t)c2 * v4);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v5);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c6 * v1);
            s0 += (uint64_t)((int64_t)c5 * v2);
            s0 += (uint64_t)((int64_t)c4 * v3);
            s0 += (uint64_t)((int64_t)c3 * v4);
            s0 += (uint64_t)((int64_t)c2 * v5);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c6 * v2);
            s0 += (uint64_t)((int64_t)c5 * v3);
            s0 += (uint64_t)((int64_t)c4 * v4);
            s0 += (uint64_t)((int64_t)c3 * v5);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c6 * v3);
            s0 += (uint64_t)((int64_t)c5 * v4);
            s0 += (uint64_t)((int64_t)c4 * v5);
            s0 += (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c6 * v4);
            s0 += (uint64_t)((int64_t)c5 * v5);
            s0 += (uint64_t)((int64_t)c4 * v0);
            s0 += (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c6 * v5);
            s0 += (uint64_t)((int64_t)c5 * v0);
            s0 += (uint64_t)((int64_t)c4 * v1);
            s0 += (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v4);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v5 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 6, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o6__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    uint64_t v5 = (uint64_t)(int64_t)data[-1];
    uint64_t v4 = (uint64_t)(int64_t)data[-2];
    uint64_t v3 = (uint64_t)(int64_t)data[-3];
    uint64_t v2 = (uint64_t)(int64_t)data[-4];
    uint64_t v1 = (uint64_t)(int64_t)data[-5];
    uint64_t v0 = (uint64_t)(int64_t)data[-6];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 6) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c6 * v5;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 6, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o6__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o6__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 6, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(7)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o7__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    const int32_t c7 = qlp_coeff[6];
    int32_t v6 = data[-1];
    int32_t v5 = data[-2];
    int32_t v4 = data[-3];
    int32_t v3 = data[-4];
    int32_t v2 = data[-5];
    int32_t v1 = data[-6];
    int32_t v0 = data[-7];
    uint32_t i = 0;
    while (data_len - i >= 7) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v0);
            s0 += (uint64_t)((int64_t)c6 * v1);
            s0 += (uint64_t)((int64_t)c5 * v2);
            s0 += (uint64_t)((int64_t)c4 * v3);
            s0 += (uint64_t)((int64_t)c3 * v4);
            s0 += (uint64_t)((int64_t)c2 * v5);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v6);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v1);
            s0 += (uint64_t)((int64_t)c6 * v2);
            s0 += (uint64_t)((int64_t)c5 * v3);
            s0 += (uint64_t)((int64_t)c4 * v4);
            s0 += (uint64_t)((int64_t)c3 * v5);
            s0 += (uint64_t)((int64_t)c2 * v6);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v2);
            s0 += (uint64_t)((int64_t)c6 * v3);
            s0 += (uint64_t)((int64_t)c5 * v4);
            s0 += (uint64_t)((int64_t)c4 * v5);
            s0 += (uint64_t)((int64_t)c3 * v6);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v3);
            s0 += (uint64_t)((int64_t)c6 * v4);
            s0 += (uint64_t)((int64_t)c5 * v5);
            s0 += (uint64_t)((int64_t)c4 * v6);
            s0 += (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v4);
            s0 += (uint64_t)((int64_t)c6 * v5);
            s0 += (uint64_t)((int64_t)c5 * v6);
            s0 += (uint64_t)((int64_t)c4 * v0);
            s0 += (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v5);
            s0 += (uint64_t)((int64_t)c6 * v6);
            s0 += (uint64_t)((int64_t)c5 * v0);
            s0 += (uint64_t)((int64_t)c4 * v1);
            s0 += (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v4);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v5 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c7 * v6);
            s0 += (uint64_t)((int64_t)c6 * v0);
            s0 += (uint64_t)((int64_t)c5 * v1);
            s0 += (uint64_t)((int64_t)c4 * v2);
            s0 += (uint64_t)((int64_t)c3 * v3);
            s0 += (uint64_t)((int64_t)c2 * v4);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v5);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v6 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 7, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o7__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    uint64_t v6 = (uint64_t)(int64_t)data[-1];
    uint64_t v5 = (uint64_t)(int64_t)data[-2];
    uint64_t v4 = (uint64_t)(int64_t)data[-3];
    uint64_t v3 = (uint64_t)(int64_t)data[-4];
    uint64_t v2 = (uint64_t)(int64_t)data[-5];
    uint64_t v1 = (uint64_t)(int64_t)data[-6];
    uint64_t v0 = (uint64_t)(int64_t)data[-7];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 7) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c7 * v6;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 7, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o7__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o7__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 7, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(8)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o8__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    const int32_t c7 = qlp_coeff[6];
    const int32_t c8 = qlp_coeff[7];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = (uint64_t)((int64_t)c8 * past[-8]);
            s0 += (uint64_t)((int64_t)c7 * past[-7]);
            s0 += (uint64_t)((int64_t)c6 * past[-6]);
            s0 += (uint64_t)((int64_t)c5 * past[-5]);
            s0 += (uint64_t)((int64_t)c4 * v0);
            s0 += (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = (uint64_t)((int64_t)c8 * past[-8]);
            s0 += (uint64_t)((int64_t)c7 * past[-7]);
            s0 += (uint64_t)((int64_t)c6 * past[-6]);
            s0 += (uint64_t)((int64_t)c5 * past[-5]);
            s0 += (uint64_t)((int64_t)c4 * v1);
            s0 += (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = (uint64_t)((int64_t)c8 * past[-8]);
            s0 += (uint64_t)((int64_t)c7 * past[-7]);
            s0 += (uint64_t)((int64_t)c6 * past[-6]);
            s0 += (uint64_t)((int64_t)c5 * past[-5]);
            s0 += (uint64_t)((int64_t)c4 * v2);
            s0 += (uint64_t)((int64_t)c3 * v3);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = (uint64_t)((int64_t)c8 * past[-8]);
            s0 += (uint64_t)((int64_t)c7 * past[-7]);
            s0 += (uint64_t)((int64_t)c6 * past[-6]);
            s0 += (uint64_t)((int64_t)c5 * past[-5]);
            s0 += (uint64_t)((int64_t)c4 * v3);
            s0 += (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 8, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o8__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 8, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o8__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o8__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 8, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(9)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o9__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    const int32_t c7 = qlp_coeff[6];
    const int32_t c8 = qlp_coeff[7];
    const int32_t c9 = qlp_coeff[8];
    int32_t v8 = data[-1];
    int32_t v7 = data[-2];
    int32_t v6 = data[-3];
    int32_t v5 = data[-4];
    int32_t v4 = data[-5];
    int32_t v3 = data[-6];
    int32_t v2 = data[-7];
    int32_t v1 = data[-8];
    int32_t v0 = data[-9];
    uint32_t i = 0;
    while (data_len - i >= 9) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v0);
            s0 += (uint64_t)((int64_t)c8 * v1);
            s0 += (uint64_t)((int64_t)c7 * v2);
            s0 += (uint64_t)((int64_t)c6 * v3);
            s0 += (uint64_t)((int64_t)c5 * v4);
            s0 += (uint64_t)((int64_t)c4 * v5);
            s0 += (uint64_t)((int64_t)c3 * v6);
            s0 += (uint64_t)((int64_t)c2 * v7);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v8);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v1);
            s0 += (uint64_t)((int64_t)c8 * v2);
            s0 += (uint64_t)((int64_t)c7 * v3);
            s0 += (uint64_t)((int64_t)c6 * v4);
            s0 += (uint64_t)((int64_t)c5 * v5);
            s0 += (uint64_t)((int64_t)c4 * v6);
            s0 += (uint64_t)((int64_t)c3 * v7);
            s0 += (uint64_t)((int64_t)c2 * v8);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v2);
            s0 += (uint64_t)((int64_t)c8 * v3);
            s0 += (uint64_t)((int64_t)c7 * v4);
            s0 += (uint64_t)((int64_t)c6 * v5);
            s0 += (uint64_t)((int64_t)c5 * v6);
            s0 += (uint64_t)((int64_t)c4 * v7);
            s0 += (uint64_t)((int64_t)c3 * v8);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v3);
            s0 += (uint64_t)((int64_t)c8 * v4);
            s0 += (uint64_t)((int64_t)c7 * v5);
            s0 += (uint64_t)((int64_t)c6 * v6);
            s0 += (uint64_t)((int64_t)c5 * v7);
            s0 += (uint64_t)((int64_t)c4 * v8);
            s0 += (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v4);
            s0 += (uint64_t)((int64_t)c8 * v5);
            s0 += (uint64_t)((int64_t)c7 * v6);
            s0 += (uint64_t)((int64_t)c6 * v7);
            s0 += (uint64_t)((int64_t)c5 * v8);
            s0 += (uint64_t)((int64_t)c4 * v0);
            s0 += (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v5);
            s0 += (uint64_t)((int64_t)c8 * v6);
            s0 += (uint64_t)((int64_t)c7 * v7);
            s0 += (uint64_t)((int64_t)c6 * v8);
            s0 += (uint64_t)((int64_t)c5 * v0);
            s0 += (uint64_t)((int64_t)c4 * v1);
            s0 += (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v4);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v5 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v6);
            s0 += (uint64_t)((int64_t)c8 * v7);
            s0 += (uint64_t)((int64_t)c7 * v8);
            s0 += (uint64_t)((int64_t)c6 * v0);
            s0 += (uint64_t)((int64_t)c5 * v1);
            s0 += (uint64_t)((int64_t)c4 * v2);
            s0 += (uint64_t)((int64_t)c3 * v3);
            s0 += (uint64_t)((int64_t)c2 * v4);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v5);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v6 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v7);
            s0 += (uint64_t)((int64_t)c8 * v8);
            s0 += (uint64_t)((int64_t)c7 * v0);
            s0 += (uint64_t)((int64_t)c6 * v1);
            s0 += (uint64_t)((int64_t)c5 * v2);
            s0 += (uint64_t)((int64_t)c4 * v3);
            s0 += (uint64_t)((int64_t)c3 * v4);
            s0 += (uint64_t)((int64_t)c2 * v5);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v6);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v7 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c9 * v8);
            s0 += (uint64_t)((int64_t)c8 * v0);
            s0 += (uint64_t)((int64_t)c7 * v1);
            s0 += (uint64_t)((int64_t)c6 * v2);
            s0 += (uint64_t)((int64_t)c5 * v3);
            s0 += (uint64_t)((int64_t)c4 * v4);
            s0 += (uint64_t)((int64_t)c3 * v5);
            s0 += (uint64_t)((int64_t)c2 * v6);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v7);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v8 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 9, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o9__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    uint64_t v8 = (uint64_t)(int64_t)data[-1];
    uint64_t v7 = (uint64_t)(int64_t)data[-2];
    uint64_t v6 = (uint64_t)(int64_t)data[-3];
    uint64_t v5 = (uint64_t)(int64_t)data[-4];
    uint64_t v4 = (uint64_t)(int64_t)data[-5];
    uint64_t v3 = (uint64_t)(int64_t)data[-6];
    uint64_t v2 = (uint64_t)(int64_t)data[-7];
    uint64_t v1 = (uint64_t)(int64_t)data[-8];
    uint64_t v0 = (uint64_t)(int64_t)data[-9];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 9) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v0;
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v1;
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v2;
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v8;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v3;
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v8;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v4;
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v8;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v5;
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v8;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v6;
            s0 += c8 * v7;
            s1 += c7 * v8;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v7;
            s0 += c8 * v8;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c9 * v8;
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 9, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o9__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o9__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 9, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(10)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o10__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    const int32_t c7 = qlp_coeff[6];
    const int32_t c8 = qlp_coeff[7];
    const int32_t c9 = qlp_coeff[8];
    const int32_t c10 = qlp_coeff[9];
    int32_t v9 = data[-1];
    int32_t v8 = data[-2];
    int32_t v7 = data[-3];
    int32_t v6 = data[-4];
    int32_t v5 = data[-5];
    int32_t v4 = data[-6];
    int32_t v3 = data[-7];
    int32_t v2 = data[-8];
    int32_t v1 = data[-9];
    int32_t v0 = data[-10];
    uint32_t i = 0;
    while (data_len - i >= 10) {
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v0);
            s0 += (uint64_t)((int64_t)c9 * v1);
            s0 += (uint64_t)((int64_t)c8 * v2);
            s0 += (uint64_t)((int64_t)c7 * v3);
            s0 += (uint64_t)((int64_t)c6 * v4);
            s0 += (uint64_t)((int64_t)c5 * v5);
            s0 += (uint64_t)((int64_t)c4 * v6);
            s0 += (uint64_t)((int64_t)c3 * v7);
            s0 += (uint64_t)((int64_t)c2 * v8);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v9);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v1);
            s0 += (uint64_t)((int64_t)c9 * v2);
            s0 += (uint64_t)((int64_t)c8 * v3);
            s0 += (uint64_t)((int64_t)c7 * v4);
            s0 += (uint64_t)((int64_t)c6 * v5);
            s0 += (uint64_t)((int64_t)c5 * v6);
            s0 += (uint64_t)((int64_t)c4 * v7);
            s0 += (uint64_t)((int64_t)c3 * v8);
            s0 += (uint64_t)((int64_t)c2 * v9);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v2);
            s0 += (uint64_t)((int64_t)c9 * v3);
            s0 += (uint64_t)((int64_t)c8 * v4);
            s0 += (uint64_t)((int64_t)c7 * v5);
            s0 += (uint64_t)((int64_t)c6 * v6);
            s0 += (uint64_t)((int64_t)c5 * v7);
            s0 += (uint64_t)((int64_t)c4 * v8);
            s0 += (uint64_t)((int64_t)c3 * v9);
            s0 += (uint64_t)((int64_t)c2 * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v3);
            s0 += (uint64_t)((int64_t)c9 * v4);
            s0 += (uint64_t)((int64_t)c8 * v5);
            s0 += (uint64_t)((int64_t)c7 * v6);
            s0 += (uint64_t)((int64_t)c6 * v7);
            s0 += (uint64_t)((int64_t)c5 * v8);
            s0 += (uint64_t)((int64_t)c4 * v9);
            s0 += (uint64_t)((int64_t)c3 * v0);
            s0 += (uint64_t)((int64_t)c2 * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v4);
            s0 += (uint64_t)((int64_t)c9 * v5);
            s0 += (uint64_t)((int64_t)c8 * v6);
            s0 += (uint64_t)((int64_t)c7 * v7);
            s0 += (uint64_t)((int64_t)c6 * v8);
            s0 += (uint64_t)((int64_t)c5 * v9);
            s0 += (uint64_t)((int64_t)c4 * v0);
            s0 += (uint64_t)((int64_t)c3 * v1);
            s0 += (uint64_t)((int64_t)c2 * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v4 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v5);
            s0 += (uint64_t)((int64_t)c9 * v6);
            s0 += (uint64_t)((int64_t)c8 * v7);
            s0 += (uint64_t)((int64_t)c7 * v8);
            s0 += (uint64_t)((int64_t)c6 * v9);
            s0 += (uint64_t)((int64_t)c5 * v0);
            s0 += (uint64_t)((int64_t)c4 * v1);
            s0 += (uint64_t)((int64_t)c3 * v2);
            s0 += (uint64_t)((int64_t)c2 * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v4);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v5 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v6);
            s0 += (uint64_t)((int64_t)c9 * v7);
            s0 += (uint64_t)((int64_t)c8 * v8);
            s0 += (uint64_t)((int64_t)c7 * v9);
            s0 += (uint64_t)((int64_t)c6 * v0);
            s0 += (uint64_t)((int64_t)c5 * v1);
            s0 += (uint64_t)((int64_t)c4 * v2);
            s0 += (uint64_t)((int64_t)c3 * v3);
            s0 += (uint64_t)((int64_t)c2 * v4);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v5);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v6 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v7);
            s0 += (uint64_t)((int64_t)c9 * v8);
            s0 += (uint64_t)((int64_t)c8 * v9);
            s0 += (uint64_t)((int64_t)c7 * v0);
            s0 += (uint64_t)((int64_t)c6 * v1);
            s0 += (uint64_t)((int64_t)c5 * v2);
            s0 += (uint64_t)((int64_t)c4 * v3);
            s0 += (uint64_t)((int64_t)c3 * v4);
            s0 += (uint64_t)((int64_t)c2 * v5);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v6);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v7 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v8);
            s0 += (uint64_t)((int64_t)c9 * v9);
            s0 += (uint64_t)((int64_t)c8 * v0);
            s0 += (uint64_t)((int64_t)c7 * v1);
            s0 += (uint64_t)((int64_t)c6 * v2);
            s0 += (uint64_t)((int64_t)c5 * v3);
            s0 += (uint64_t)((int64_t)c4 * v4);
            s0 += (uint64_t)((int64_t)c3 * v5);
            s0 += (uint64_t)((int64_t)c2 * v6);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v7);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v8 = x;
            i++;
        }
        {
            uint64_t s0 = (uint64_t)((int64_t)c10 * v9);
            s0 += (uint64_t)((int64_t)c9 * v0);
            s0 += (uint64_t)((int64_t)c8 * v1);
            s0 += (uint64_t)((int64_t)c7 * v2);
            s0 += (uint64_t)((int64_t)c6 * v3);
            s0 += (uint64_t)((int64_t)c5 * v4);
            s0 += (uint64_t)((int64_t)c4 * v5);
            s0 += (uint64_t)((int64_t)c3 * v6);
            s0 += (uint64_t)((int64_t)c2 * v7);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v8);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v9 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 10, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o10__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    uint64_t v9 = (uint64_t)(int64_t)data[-1];
    uint64_t v8 = (uint64_t)(int64_t)data[-2];
    uint64_t v7 = (uint64_t)(int64_t)data[-3];
    uint64_t v6 = (uint64_t)(int64_t)data[-4];
    uint64_t v5 = (uint64_t)(int64_t)data[-5];
    uint64_t v4 = (uint64_t)(int64_t)data[-6];
    uint64_t v3 = (uint64_t)(int64_t)data[-7];
    uint64_t v2 = (uint64_t)(int64_t)data[-8];
    uint64_t v1 = (uint64_t)(int64_t)data[-9];
    uint64_t v0 = (uint64_t)(int64_t)data[-10];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 10) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v0;
            s0 += c9 * v1;
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v1;
            s0 += c9 * v2;
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v8;
            s1 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v2;
            s0 += c9 * v3;
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v8;
            s0 += c3 * v9;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v3;
            s0 += c9 * v4;
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v8;
            s1 += c4 * v9;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v4;
            s0 += c9 * v5;
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v8;
            s0 += c5 * v9;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v5;
            s0 += c9 * v6;
            s1 += c8 * v7;
            s0 += c7 * v8;
            s1 += c6 * v9;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v6;
            s0 += c9 * v7;
            s1 += c8 * v8;
            s0 += c7 * v9;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v7;
            s0 += c9 * v8;
            s1 += c8 * v9;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v8;
            s0 += c9 * v9;
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c10 * v9;
            s0 += c9 * v0;
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 10, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o10__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o10__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 10, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(11)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o11__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    const int32_t c7 = qlp_coeff[6];
    const int32_t c8 = qlp_coeff[7];
    const int32_t c9 = qlp_coeff[8];
    const int32_t c10 = qlp_coeff[9];
    const int32_t c11 = qlp_coeff[10];
    int32_t v0 = data[-1];
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = (uint64_t)((int64_t)c11 * past[-11]);
            s0 += (uint64_t)((int64_t)c10 * past[-10]);
            s0 += (uint64_t)((int64_t)c9 * past[-9]);
            s0 += (uint64_t)((int64_t)c8 * past[-8]);
            s0 += (uint64_t)((int64_t)c7 * past[-7]);
            s0 += (uint64_t)((int64_t)c6 * past[-6]);
            s0 += (uint64_t)((int64_t)c5 * past[-5]);
            s0 += (uint64_t)((int64_t)c4 * past[-4]);
            s0 += (uint64_t)((int64_t)c3 * past[-3]);
            s0 += (uint64_t)((int64_t)c2 * past[-2]);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
    }
}
#else
static uint64_t lpcu_restore_wide_o11__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    uint64_t v10 = (uint64_t)(int64_t)data[-1];
    uint64_t v9 = (uint64_t)(int64_t)data[-2];
    uint64_t v8 = (uint64_t)(int64_t)data[-3];
    uint64_t v7 = (uint64_t)(int64_t)data[-4];
    uint64_t v6 = (uint64_t)(int64_t)data[-5];
    uint64_t v5 = (uint64_t)(int64_t)data[-6];
    uint64_t v4 = (uint64_t)(int64_t)data[-7];
    uint64_t v3 = (uint64_t)(int64_t)data[-8];
    uint64_t v2 = (uint64_t)(int64_t)data[-9];
    uint64_t v1 = (uint64_t)(int64_t)data[-10];
    uint64_t v0 = (uint64_t)(int64_t)data[-11];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 11) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v0;
            s0 += c10 * v1;
            s1 += c9 * v2;
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v8;
            s0 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v1;
            s0 += c10 * v2;
            s1 += c9 * v3;
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v8;
            s1 += c3 * v9;
            s0 += c2 * v10;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v2;
            s0 += c10 * v3;
            s1 += c9 * v4;
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v8;
            s0 += c4 * v9;
            s1 += c3 * v10;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v3;
            s0 += c10 * v4;
            s1 += c9 * v5;
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v8;
            s1 += c5 * v9;
            s0 += c4 * v10;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v4;
            s0 += c10 * v5;
            s1 += c9 * v6;
            s0 += c8 * v7;
            s1 += c7 * v8;
            s0 += c6 * v9;
            s1 += c5 * v10;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v5;
            s0 += c10 * v6;
            s1 += c9 * v7;
            s0 += c8 * v8;
            s1 += c7 * v9;
            s0 += c6 * v10;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v6;
            s0 += c10 * v7;
            s1 += c9 * v8;
            s0 += c8 * v9;
            s1 += c7 * v10;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v7;
            s0 += c10 * v8;
            s1 += c9 * v9;
            s0 += c8 * v10;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v8;
            s0 += c10 * v9;
            s1 += c9 * v10;
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v9;
            s0 += c10 * v10;
            s1 += c9 * v0;
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c11 * v10;
            s0 += c10 * v0;
            s1 += c9 * v1;
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v10 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 11, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o11__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o11__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 11, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(12)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o12__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    const int32_t c2 = qlp_coeff[1];
    const int32_t c3 = qlp_coeff[2];
    const int32_t c4 = qlp_coeff[3];
    const int32_t c5 = qlp_coeff[4];
    const int32_t c6 = qlp_coeff[5];
    const int32_t c7 = qlp_coeff[6];
    const int32_t c8 = qlp_coeff[7];
    const int32_t c9 = qlp_coeff[8];
    const int32_t c10 = qlp_coeff[9];
    const int32_t c11 = qlp_coeff[10];
    const int32_t c12 = qlp_coeff[11];
    int32_t v0 = data[-1];
    uint32_t i = 0;
    while (data_len - i >= 1) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = (uint64_t)((int64_t)c12 * past[-12]);
            s0 += (uint64_t)((int64_t)c11 * past[-11]);
            s0 += (uint64_t)((int64_t)c10 * past[-10]);
            s0 += (uint64_t)((int64_t)c9 * past[-9]);
            s0 += (uint64_t)((int64_t)c8 * past[-8]);
            s0 += (uint64_t)((int64_t)c7 * past[-7]);
            s0 += (uint64_t)((int64_t)c6 * past[-6]);
            s0 += (uint64_t)((int64_t)c5 * past[-5]);
            s0 += (uint64_t)((int64_t)c4 * past[-4]);
            s0 += (uint64_t)((int64_t)c3 * past[-3]);
            s0 += (uint64_t)((int64_t)c2 * past[-2]);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
    }
}
#else
static uint64_t lpcu_restore_wide_o12__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    uint64_t v11 = (uint64_t)(int64_t)data[-1];
    uint64_t v10 = (uint64_t)(int64_t)data[-2];
    uint64_t v9 = (uint64_t)(int64_t)data[-3];
    uint64_t v8 = (uint64_t)(int64_t)data[-4];
    uint64_t v7 = (uint64_t)(int64_t)data[-5];
    uint64_t v6 = (uint64_t)(int64_t)data[-6];
    uint64_t v5 = (uint64_t)(int64_t)data[-7];
    uint64_t v4 = (uint64_t)(int64_t)data[-8];
    uint64_t v3 = (uint64_t)(int64_t)data[-9];
    uint64_t v2 = (uint64_t)(int64_t)data[-10];
    uint64_t v1 = (uint64_t)(int64_t)data[-11];
    uint64_t v0 = (uint64_t)(int64_t)data[-12];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 12) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v0;
            s0 += c11 * v1;
            s1 += c10 * v2;
            s0 += c9 * v3;
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v8;
            s0 += c3 * v9;
            s1 += c2 * v10;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v1;
            s0 += c11 * v2;
            s1 += c10 * v3;
            s0 += c9 * v4;
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v8;
            s1 += c4 * v9;
            s0 += c3 * v10;
            s1 += c2 * v11;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v2;
            s0 += c11 * v3;
            s1 += c10 * v4;
            s0 += c9 * v5;
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v8;
            s0 += c5 * v9;
            s1 += c4 * v10;
            s0 += c3 * v11;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v3;
            s0 += c11 * v4;
            s1 += c10 * v5;
            s0 += c9 * v6;
            s1 += c8 * v7;
            s0 += c7 * v8;
            s1 += c6 * v9;
            s0 += c5 * v10;
            s1 += c4 * v11;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v4;
            s0 += c11 * v5;
            s1 += c10 * v6;
            s0 += c9 * v7;
            s1 += c8 * v8;
            s0 += c7 * v9;
            s1 += c6 * v10;
            s0 += c5 * v11;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v5;
            s0 += c11 * v6;
            s1 += c10 * v7;
            s0 += c9 * v8;
            s1 += c8 * v9;
            s0 += c7 * v10;
            s1 += c6 * v11;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v6;
            s0 += c11 * v7;
            s1 += c10 * v8;
            s0 += c9 * v9;
            s1 += c8 * v10;
            s0 += c7 * v11;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v7;
            s0 += c11 * v8;
            s1 += c10 * v9;
            s0 += c9 * v10;
            s1 += c8 * v11;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v8;
            s0 += c11 * v9;
            s1 += c10 * v10;
            s0 += c9 * v11;
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v9;
            s0 += c11 * v10;
            s1 += c10 * v11;
            s0 += c9 * v0;
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v10;
            s0 += c11 * v11;
            s1 += c10 * v0;
            s0 += c9 * v1;
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v10 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c12 * v11;
            s0 += c11 * v0;
            s1 += c10 * v1;
            s0 += c9 * v2;
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v8;
            s1 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v11 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 12, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o12__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o12__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 12, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(13)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o13__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 13, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o13__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    uint64_t v12 = (uint64_t)(int64_t)data[-1];
    uint64_t v11 = (uint64_t)(int64_t)data[-2];
    uint64_t v10 = (uint64_t)(int64_t)data[-3];
    uint64_t v9 = (uint64_t)(int64_t)data[-4];
    uint64_t v8 = (uint64_t)(int64_t)data[-5];
    uint64_t v7 = (uint64_t)(int64_t)data[-6];
    uint64_t v6 = (uint64_t)(int64_t)data[-7];
    uint64_t v5 = (uint64_t)(int64_t)data[-8];
    uint64_t v4 = (uint64_t)(int64_t)data[-9];
    uint64_t v3 = (uint64_t)(int64_t)data[-10];
    uint64_t v2 = (uint64_t)(int64_t)data[-11];
    uint64_t v1 = (uint64_t)(int64_t)data[-12];
    uint64_t v0 = (uint64_t)(int64_t)data[-13];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 13) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v0;
            s0 += c12 * v1;
            s1 += c11 * v2;
            s0 += c10 * v3;
            s1 += c9 * v4;
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v8;
            s0 += c4 * v9;
            s1 += c3 * v10;
            s0 += c2 * v11;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v1;
            s0 += c12 * v2;
            s1 += c11 * v3;
            s0 += c10 * v4;
            s1 += c9 * v5;
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v8;
            s1 += c5 * v9;
            s0 += c4 * v10;
            s1 += c3 * v11;
            s0 += c2 * v12;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v2;
            s0 += c12 * v3;
            s1 += c11 * v4;
            s0 += c10 * v5;
            s1 += c9 * v6;
            s0 += c8 * v7;
            s1 += c7 * v8;
            s0 += c6 * v9;
            s1 += c5 * v10;
            s0 += c4 * v11;
            s1 += c3 * v12;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v3;
            s0 += c12 * v4;
            s1 += c11 * v5;
            s0 += c10 * v6;
            s1 += c9 * v7;
            s0 += c8 * v8;
            s1 += c7 * v9;
            s0 += c6 * v10;
            s1 += c5 * v11;
            s0 += c4 * v12;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v4;
            s0 += c12 * v5;
            s1 += c11 * v6;
            s0 += c10 * v7;
            s1 += c9 * v8;
            s0 += c8 * v9;
            s1 += c7 * v10;
            s0 += c6 * v11;
            s1 += c5 * v12;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v5;
            s0 += c12 * v6;
            s1 += c11 * v7;
            s0 += c10 * v8;
            s1 += c9 * v9;
            s0 += c8 * v10;
            s1 += c7 * v11;
            s0 += c6 * v12;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v6;
            s0 += c12 * v7;
            s1 += c11 * v8;
            s0 += c10 * v9;
            s1 += c9 * v10;
            s0 += c8 * v11;
            s1 += c7 * v12;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v7;
            s0 += c12 * v8;
            s1 += c11 * v9;
            s0 += c10 * v10;
            s1 += c9 * v11;
            s0 += c8 * v12;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v8;
            s0 += c12 * v9;
            s1 += c11 * v10;
            s0 += c10 * v11;
            s1 += c9 * v12;
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v9;
            s0 += c12 * v10;
            s1 += c11 * v11;
            s0 += c10 * v12;
            s1 += c9 * v0;
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v10;
            s0 += c12 * v11;
            s1 += c11 * v12;
            s0 += c10 * v0;
            s1 += c9 * v1;
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v10 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v11;
            s0 += c12 * v12;
            s1 += c11 * v0;
            s0 += c10 * v1;
            s1 += c9 * v2;
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v8;
            s0 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v11 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c13 * v12;
            s0 += c12 * v0;
            s1 += c11 * v1;
            s0 += c10 * v2;
            s1 += c9 * v3;
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v8;
            s1 += c3 * v9;
            s0 += c2 * v10;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v12 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 13, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o13__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o13__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 13, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(14)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o14__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 14, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o14__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    uint64_t v13 = (uint64_t)(int64_t)data[-1];
    uint64_t v12 = (uint64_t)(int64_t)data[-2];
    uint64_t v11 = (uint64_t)(int64_t)data[-3];
    uint64_t v10 = (uint64_t)(int64_t)data[-4];
    uint64_t v9 = (uint64_t)(int64_t)data[-5];
    uint64_t v8 = (uint64_t)(int64_t)data[-6];
    uint64_t v7 = (uint64_t)(int64_t)data[-7];
    uint64_t v6 = (uint64_t)(int64_t)data[-8];
    uint64_t v5 = (uint64_t)(int64_t)data[-9];
    uint64_t v4 = (uint64_t)(int64_t)data[-10];
    uint64_t v3 = (uint64_t)(int64_t)data[-11];
    uint64_t v2 = (uint64_t)(int64_t)data[-12];
    uint64_t v1 = (uint64_t)(int64_t)data[-13];
    uint64_t v0 = (uint64_t)(int64_t)data[-14];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 14) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v0;
            s0 += c13 * v1;
            s1 += c12 * v2;
            s0 += c11 * v3;
            s1 += c10 * v4;
            s0 += c9 * v5;
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v8;
            s0 += c5 * v9;
            s1 += c4 * v10;
            s0 += c3 * v11;
            s1 += c2 * v12;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v1;
            s0 += c13 * v2;
            s1 += c12 * v3;
            s0 += c11 * v4;
            s1 += c10 * v5;
            s0 += c9 * v6;
            s1 += c8 * v7;
            s0 += c7 * v8;
            s1 += c6 * v9;
            s0 += c5 * v10;
            s1 += c4 * v11;
            s0 += c3 * v12;
            s1 += c2 * v13;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v2;
            s0 += c13 * v3;
            s1 += c12 * v4;
            s0 += c11 * v5;
            s1 += c10 * v6;
            s0 += c9 * v7;
            s1 += c8 * v8;
            s0 += c7 * v9;
            s1 += c6 * v10;
            s0 += c5 * v11;
            s1 += c4 * v12;
            s0 += c3 * v13;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v3;
            s0 += c13 * v4;
            s1 += c12 * v5;
            s0 += c11 * v6;
            s1 += c10 * v7;
            s0 += c9 * v8;
            s1 += c8 * v9;
            s0 += c7 * v10;
            s1 += c6 * v11;
            s0 += c5 * v12;
            s1 += c4 * v13;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v4;
            s0 += c13 * v5;
            s1 += c12 * v6;
            s0 += c11 * v7;
            s1 += c10 * v8;
            s0 += c9 * v9;
            s1 += c8 * v10;
            s0 += c7 * v11;
            s1 += c6 * v12;
            s0 += c5 * v13;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v5;
            s0 += c13 * v6;
            s1 += c12 * v7;
            s0 += c11 * v8;
            s1 += c10 * v9;
            s0 += c9 * v10;
            s1 += c8 * v11;
            s0 += c7 * v12;
            s1 += c6 * v13;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v6;
            s0 += c13 * v7;
            s1 += c12 * v8;
            s0 += c11 * v9;
            s1 += c10 * v10;
            s0 += c9 * v11;
            s1 += c8 * v12;
            s0 += c7 * v13;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v7;
            s0 += c13 * v8;
            s1 += c12 * v9;
            s0 += c11 * v10;
            s1 += c10 * v11;
            s0 += c9 * v12;
            s1 += c8 * v13;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v8;
            s0 += c13 * v9;
            s1 += c12 * v10;
            s0 += c11 * v11;
            s1 += c10 * v12;
            s0 += c9 * v13;
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v9;
            s0 += c13 * v10;
            s1 += c12 * v11;
            s0 += c11 * v12;
            s1 += c10 * v13;
            s0 += c9 * v0;
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v10;
            s0 += c13 * v11;
            s1 += c12 * v12;
            s0 += c11 * v13;
            s1 += c10 * v0;
            s0 += c9 * v1;
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v10 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v11;
            s0 += c13 * v12;
            s1 += c12 * v13;
            s0 += c11 * v0;
            s1 += c10 * v1;
            s0 += c9 * v2;
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v8;
            s1 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v11 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v12;
            s0 += c13 * v13;
            s1 += c12 * v0;
            s0 += c11 * v1;
            s1 += c10 * v2;
            s0 += c9 * v3;
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v8;
            s0 += c3 * v9;
            s1 += c2 * v10;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v12 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c14 * v13;
            s0 += c13 * v0;
            s1 += c12 * v1;
            s0 += c11 * v2;
            s1 += c10 * v3;
            s0 += c9 * v4;
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v8;
            s1 += c4 * v9;
            s0 += c3 * v10;
            s1 += c2 * v11;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v13 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 14, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o14__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o14__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 14, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(15)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o15__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 15, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o15__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    uint64_t v14 = (uint64_t)(int64_t)data[-1];
    uint64_t v13 = (uint64_t)(int64_t)data[-2];
    uint64_t v12 = (uint64_t)(int64_t)data[-3];
    uint64_t v11 = (uint64_t)(int64_t)data[-4];
    uint64_t v10 = (uint64_t)(int64_t)data[-5];
    uint64_t v9 = (uint64_t)(int64_t)data[-6];
    uint64_t v8 = (uint64_t)(int64_t)data[-7];
    uint64_t v7 = (uint64_t)(int64_t)data[-8];
    uint64_t v6 = (uint64_t)(int64_t)data[-9];
    uint64_t v5 = (uint64_t)(int64_t)data[-10];
    uint64_t v4 = (uint64_t)(int64_t)data[-11];
    uint64_t v3 = (uint64_t)(int64_t)data[-12];
    uint64_t v2 = (uint64_t)(int64_t)data[-13];
    uint64_t v1 = (uint64_t)(int64_t)data[-14];
    uint64_t v0 = (uint64_t)(int64_t)data[-15];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 15) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v0;
            s0 += c14 * v1;
            s1 += c13 * v2;
            s0 += c12 * v3;
            s1 += c11 * v4;
            s0 += c10 * v5;
            s1 += c9 * v6;
            s0 += c8 * v7;
            s1 += c7 * v8;
            s0 += c6 * v9;
            s1 += c5 * v10;
            s0 += c4 * v11;
            s1 += c3 * v12;
            s0 += c2 * v13;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v1;
            s0 += c14 * v2;
            s1 += c13 * v3;
            s0 += c12 * v4;
            s1 += c11 * v5;
            s0 += c10 * v6;
            s1 += c9 * v7;
            s0 += c8 * v8;
            s1 += c7 * v9;
            s0 += c6 * v10;
            s1 += c5 * v11;
            s0 += c4 * v12;
            s1 += c3 * v13;
            s0 += c2 * v14;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v2;
            s0 += c14 * v3;
            s1 += c13 * v4;
            s0 += c12 * v5;
            s1 += c11 * v6;
            s0 += c10 * v7;
            s1 += c9 * v8;
            s0 += c8 * v9;
            s1 += c7 * v10;
            s0 += c6 * v11;
            s1 += c5 * v12;
            s0 += c4 * v13;
            s1 += c3 * v14;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v3;
            s0 += c14 * v4;
            s1 += c13 * v5;
            s0 += c12 * v6;
            s1 += c11 * v7;
            s0 += c10 * v8;
            s1 += c9 * v9;
            s0 += c8 * v10;
            s1 += c7 * v11;
            s0 += c6 * v12;
            s1 += c5 * v13;
            s0 += c4 * v14;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v4;
            s0 += c14 * v5;
            s1 += c13 * v6;
            s0 += c12 * v7;
            s1 += c11 * v8;
            s0 += c10 * v9;
            s1 += c9 * v10;
            s0 += c8 * v11;
            s1 += c7 * v12;
            s0 += c6 * v13;
            s1 += c5 * v14;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v5;
            s0 += c14 * v6;
            s1 += c13 * v7;
            s0 += c12 * v8;
            s1 += c11 * v9;
            s0 += c10 * v10;
            s1 += c9 * v11;
            s0 += c8 * v12;
            s1 += c7 * v13;
            s0 += c6 * v14;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v6;
            s0 += c14 * v7;
            s1 += c13 * v8;
            s0 += c12 * v9;
            s1 += c11 * v10;
            s0 += c10 * v11;
            s1 += c9 * v12;
            s0 += c8 * v13;
            s1 += c7 * v14;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v7;
            s0 += c14 * v8;
            s1 += c13 * v9;
            s0 += c12 * v10;
            s1 += c11 * v11;
            s0 += c10 * v12;
            s1 += c9 * v13;
            s0 += c8 * v14;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v8;
            s0 += c14 * v9;
            s1 += c13 * v10;
            s0 += c12 * v11;
            s1 += c11 * v12;
            s0 += c10 * v13;
            s1 += c9 * v14;
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v9;
            s0 += c14 * v10;
            s1 += c13 * v11;
            s0 += c12 * v12;
            s1 += c11 * v13;
            s0 += c10 * v14;
            s1 += c9 * v0;
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v10;
            s0 += c14 * v11;
            s1 += c13 * v12;
            s0 += c12 * v13;
            s1 += c11 * v14;
            s0 += c10 * v0;
            s1 += c9 * v1;
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v10 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v11;
            s0 += c14 * v12;
            s1 += c13 * v13;
            s0 += c12 * v14;
            s1 += c11 * v0;
            s0 += c10 * v1;
            s1 += c9 * v2;
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v8;
            s0 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v11 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v12;
            s0 += c14 * v13;
            s1 += c13 * v14;
            s0 += c12 * v0;
            s1 += c11 * v1;
            s0 += c10 * v2;
            s1 += c9 * v3;
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v8;
            s1 += c3 * v9;
            s0 += c2 * v10;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v12 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v13;
            s0 += c14 * v14;
            s1 += c13 * v0;
            s0 += c12 * v1;
            s1 += c11 * v2;
            s0 += c10 * v3;
            s1 += c9 * v4;
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v8;
            s0 += c4 * v9;
            s1 += c3 * v10;
            s0 += c2 * v11;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v13 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c15 * v14;
            s0 += c14 * v0;
            s1 += c13 * v1;
            s0 += c12 * v2;
            s1 += c11 * v3;
            s0 += c10 * v4;
            s1 += c9 * v5;
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v8;
            s1 += c5 * v9;
            s0 += c4 * v10;
            s1 += c3 * v11;
            s0 += c2 * v12;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v14 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 15, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o15__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o15__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 15, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(16)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o16__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 16, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o16__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    uint64_t v15 = (uint64_t)(int64_t)data[-1];
    uint64_t v14 = (uint64_t)(int64_t)data[-2];
    uint64_t v13 = (uint64_t)(int64_t)data[-3];
    uint64_t v12 = (uint64_t)(int64_t)data[-4];
    uint64_t v11 = (uint64_t)(int64_t)data[-5];
    uint64_t v10 = (uint64_t)(int64_t)data[-6];
    uint64_t v9 = (uint64_t)(int64_t)data[-7];
    uint64_t v8 = (uint64_t)(int64_t)data[-8];
    uint64_t v7 = (uint64_t)(int64_t)data[-9];
    uint64_t v6 = (uint64_t)(int64_t)data[-10];
    uint64_t v5 = (uint64_t)(int64_t)data[-11];
    uint64_t v4 = (uint64_t)(int64_t)data[-12];
    uint64_t v3 = (uint64_t)(int64_t)data[-13];
    uint64_t v2 = (uint64_t)(int64_t)data[-14];
    uint64_t v1 = (uint64_t)(int64_t)data[-15];
    uint64_t v0 = (uint64_t)(int64_t)data[-16];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 16) {
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v0;
            s0 += c15 * v1;
            s1 += c14 * v2;
            s0 += c13 * v3;
            s1 += c12 * v4;
            s0 += c11 * v5;
            s1 += c10 * v6;
            s0 += c9 * v7;
            s1 += c8 * v8;
            s0 += c7 * v9;
            s1 += c6 * v10;
            s0 += c5 * v11;
            s1 += c4 * v12;
            s0 += c3 * v13;
            s1 += c2 * v14;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v1;
            s0 += c15 * v2;
            s1 += c14 * v3;
            s0 += c13 * v4;
            s1 += c12 * v5;
            s0 += c11 * v6;
            s1 += c10 * v7;
            s0 += c9 * v8;
            s1 += c8 * v9;
            s0 += c7 * v10;
            s1 += c6 * v11;
            s0 += c5 * v12;
            s1 += c4 * v13;
            s0 += c3 * v14;
            s1 += c2 * v15;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v2;
            s0 += c15 * v3;
            s1 += c14 * v4;
            s0 += c13 * v5;
            s1 += c12 * v6;
            s0 += c11 * v7;
            s1 += c10 * v8;
            s0 += c9 * v9;
            s1 += c8 * v10;
            s0 += c7 * v11;
            s1 += c6 * v12;
            s0 += c5 * v13;
            s1 += c4 * v14;
            s0 += c3 * v15;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v3;
            s0 += c15 * v4;
            s1 += c14 * v5;
            s0 += c13 * v6;
            s1 += c12 * v7;
            s0 += c11 * v8;
            s1 += c10 * v9;
            s0 += c9 * v10;
            s1 += c8 * v11;
            s0 += c7 * v12;
            s1 += c6 * v13;
            s0 += c5 * v14;
            s1 += c4 * v15;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v4;
            s0 += c15 * v5;
            s1 += c14 * v6;
            s0 += c13 * v7;
            s1 += c12 * v8;
            s0 += c11 * v9;
            s1 += c10 * v10;
            s0 += c9 * v11;
            s1 += c8 * v12;
            s0 += c7 * v13;
            s1 += c6 * v14;
            s0 += c5 * v15;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v5;
            s0 += c15 * v6;
            s1 += c14 * v7;
            s0 += c13 * v8;
            s1 += c12 * v9;
            s0 += c11 * v10;
            s1 += c10 * v11;
            s0 += c9 * v12;
            s1 += c8 * v13;
            s0 += c7 * v14;
            s1 += c6 * v15;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v6;
            s0 += c15 * v7;
            s1 += c14 * v8;
            s0 += c13 * v9;
            s1 += c12 * v10;
            s0 += c11 * v11;
            s1 += c10 * v12;
            s0 += c9 * v13;
            s1 += c8 * v14;
            s0 += c7 * v15;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v7;
            s0 += c15 * v8;
            s1 += c14 * v9;
            s0 += c13 * v10;
            s1 += c12 * v11;
            s0 += c11 * v12;
            s1 += c10 * v13;
            s0 += c9 * v14;
            s1 += c8 * v15;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v8;
            s0 += c15 * v9;
            s1 += c14 * v10;
            s0 += c13 * v11;
            s1 += c12 * v12;
            s0 += c11 * v13;
            s1 += c10 * v14;
            s0 += c9 * v15;
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v8 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v9;
            s0 += c15 * v10;
            s1 += c14 * v11;
            s0 += c13 * v12;
            s1 += c12 * v13;
            s0 += c11 * v14;
            s1 += c10 * v15;
            s0 += c9 * v0;
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v9 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v10;
            s0 += c15 * v11;
            s1 += c14 * v12;
            s0 += c13 * v13;
            s1 += c12 * v14;
            s0 += c11 * v15;
            s1 += c10 * v0;
            s0 += c9 * v1;
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v8;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v10 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v11;
            s0 += c15 * v12;
            s1 += c14 * v13;
            s0 += c13 * v14;
            s1 += c12 * v15;
            s0 += c11 * v0;
            s1 += c10 * v1;
            s0 += c9 * v2;
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v8;
            s1 += c2 * v9;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v11 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v12;
            s0 += c15 * v13;
            s1 += c14 * v14;
            s0 += c13 * v15;
            s1 += c12 * v0;
            s0 += c11 * v1;
            s1 += c10 * v2;
            s0 += c9 * v3;
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v8;
            s0 += c3 * v9;
            s1 += c2 * v10;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v12 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v13;
            s0 += c15 * v14;
            s1 += c14 * v15;
            s0 += c13 * v0;
            s1 += c12 * v1;
            s0 += c11 * v2;
            s1 += c10 * v3;
            s0 += c9 * v4;
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v8;
            s1 += c4 * v9;
            s0 += c3 * v10;
            s1 += c2 * v11;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v13 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v14;
            s0 += c15 * v15;
            s1 += c14 * v0;
            s0 += c13 * v1;
            s1 += c12 * v2;
            s0 += c11 * v3;
            s1 += c10 * v4;
            s0 += c9 * v5;
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v8;
            s0 += c5 * v9;
            s1 += c4 * v10;
            s0 += c3 * v11;
            s1 += c2 * v12;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v14 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c16 * v15;
            s0 += c15 * v0;
            s1 += c14 * v1;
            s0 += c13 * v2;
            s1 += c12 * v3;
            s0 += c11 * v4;
            s1 += c10 * v5;
            s0 += c9 * v6;
            s1 += c8 * v7;
            s0 += c7 * v8;
            s1 += c6 * v9;
            s0 += c5 * v10;
            s1 += c4 * v11;
            s0 += c3 * v12;
            s1 += c2 * v13;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v15 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 16, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o16__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o16__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 16, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(17)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o17__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 17, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o17__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 17, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o17__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o17__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 17, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(18)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o18__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 18, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o18__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 18, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o18__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o18__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 18, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(19)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o19__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 19, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o19__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 19, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o19__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o19__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 19, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(20)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o20__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 20, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o20__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 20, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o20__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o20__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 20, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(21)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o21__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 21, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o21__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 21, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o21__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o21__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 21, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(22)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o22__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 22, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o22__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 22, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o22__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o22__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 22, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(23)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o23__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 23, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o23__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 23, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o23__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o23__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 23, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(24)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o24__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v3 = data[-1];
    int32_t v2 = data[-2];
    int32_t v1 = data[-3];
    int32_t v0 = data[-4];
    uint32_t i = 0;
    while (data_len - i >= 4) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v0);
            s0 += (uint64_t)((int64_t)q[2] * v1);
            s0 += (uint64_t)((int64_t)q[1] * v2);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v3);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v1);
            s0 += (uint64_t)((int64_t)q[2] * v2);
            s0 += (uint64_t)((int64_t)q[1] * v3);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v2);
            s0 += (uint64_t)((int64_t)q[2] * v3);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v2 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * v3);
            s0 += (uint64_t)((int64_t)q[2] * v0);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v2);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v3 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 24, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o24__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 24, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o24__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o24__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 24, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(25)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o25__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 25, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o25__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 25, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o25__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o25__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 25, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(26)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o26__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 26, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o26__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 26, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o26__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o26__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 26, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(27)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o27__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 27, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o27__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    const uint64_t c27 = (uint64_t)(int64_t)qlp_coeff[26];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 27, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o27__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o27__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 27, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(28)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o28__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 28, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o28__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    const uint64_t c27 = (uint64_t)(int64_t)qlp_coeff[26];
    const uint64_t c28 = (uint64_t)(int64_t)qlp_coeff[27];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 28, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o28__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o28__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 28, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(29)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o29__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 29, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o29__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    const uint64_t c27 = (uint64_t)(int64_t)qlp_coeff[26];
    const uint64_t c28 = (uint64_t)(int64_t)qlp_coeff[27];
    const uint64_t c29 = (uint64_t)(int64_t)qlp_coeff[28];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 29, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o29__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o29__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 29, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(30)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o30__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[29] * past[-30]);
            s0 += (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[29] * past[-30]);
            s0 += (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 30, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o30__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    const uint64_t c27 = (uint64_t)(int64_t)qlp_coeff[26];
    const uint64_t c28 = (uint64_t)(int64_t)qlp_coeff[27];
    const uint64_t c29 = (uint64_t)(int64_t)qlp_coeff[28];
    const uint64_t c30 = (uint64_t)(int64_t)qlp_coeff[29];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 30, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o30__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o30__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 30, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(31)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o31__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[30] * past[-31]);
            s0 += (uint64_t)((int64_t)q[29] * past[-30]);
            s0 += (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[30] * past[-31]);
            s0 += (uint64_t)((int64_t)q[29] * past[-30]);
            s0 += (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 31, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o31__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    const uint64_t c27 = (uint64_t)(int64_t)qlp_coeff[26];
    const uint64_t c28 = (uint64_t)(int64_t)qlp_coeff[27];
    const uint64_t c29 = (uint64_t)(int64_t)qlp_coeff[28];
    const uint64_t c30 = (uint64_t)(int64_t)qlp_coeff[29];
    const uint64_t c31 = (uint64_t)(int64_t)qlp_coeff[30];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v0;
            s1 += c7 * v1;
            s0 += c6 * v2;
            s1 += c5 * v3;
            s0 += c4 * v4;
            s1 += c3 * v5;
            s0 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v1;
            s1 += c7 * v2;
            s0 += c6 * v3;
            s1 += c5 * v4;
            s0 += c4 * v5;
            s1 += c3 * v6;
            s0 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v2;
            s1 += c7 * v3;
            s0 += c6 * v4;
            s1 += c5 * v5;
            s0 += c4 * v6;
            s1 += c3 * v7;
            s0 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v3;
            s1 += c7 * v4;
            s0 += c6 * v5;
            s1 += c5 * v6;
            s0 += c4 * v7;
            s1 += c3 * v0;
            s0 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v4;
            s1 += c7 * v5;
            s0 += c6 * v6;
            s1 += c5 * v7;
            s0 += c4 * v0;
            s1 += c3 * v1;
            s0 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v5;
            s1 += c7 * v6;
            s0 += c6 * v7;
            s1 += c5 * v0;
            s0 += c4 * v1;
            s1 += c3 * v2;
            s0 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v6;
            s1 += c7 * v7;
            s0 += c6 * v0;
            s1 += c5 * v1;
            s0 += c4 * v2;
            s1 += c3 * v3;
            s0 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c31 * (uint64_t)(int64_t)past[-31];
            s0 += c30 * (uint64_t)(int64_t)past[-30];
            s1 += c29 * (uint64_t)(int64_t)past[-29];
            s0 += c28 * (uint64_t)(int64_t)past[-28];
            s1 += c27 * (uint64_t)(int64_t)past[-27];
            s0 += c26 * (uint64_t)(int64_t)past[-26];
            s1 += c25 * (uint64_t)(int64_t)past[-25];
            s0 += c24 * (uint64_t)(int64_t)past[-24];
            s1 += c23 * (uint64_t)(int64_t)past[-23];
            s0 += c22 * (uint64_t)(int64_t)past[-22];
            s1 += c21 * (uint64_t)(int64_t)past[-21];
            s0 += c20 * (uint64_t)(int64_t)past[-20];
            s1 += c19 * (uint64_t)(int64_t)past[-19];
            s0 += c18 * (uint64_t)(int64_t)past[-18];
            s1 += c17 * (uint64_t)(int64_t)past[-17];
            s0 += c16 * (uint64_t)(int64_t)past[-16];
            s1 += c15 * (uint64_t)(int64_t)past[-15];
            s0 += c14 * (uint64_t)(int64_t)past[-14];
            s1 += c13 * (uint64_t)(int64_t)past[-13];
            s0 += c12 * (uint64_t)(int64_t)past[-12];
            s1 += c11 * (uint64_t)(int64_t)past[-11];
            s0 += c10 * (uint64_t)(int64_t)past[-10];
            s1 += c9 * (uint64_t)(int64_t)past[-9];
            s0 += c8 * v7;
            s1 += c7 * v0;
            s0 += c6 * v1;
            s1 += c5 * v2;
            s0 += c4 * v3;
            s1 += c3 * v4;
            s0 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 31, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o31__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o31__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 31, lp_quantization, data + 0);
}
#endif
#endif

#if LPCU_WITH_ORDER(32)
#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */
void lpcu_restore_wide_o32__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    const int32_t c1 = qlp_coeff[0];
    int32_t v1 = data[-1];
    int32_t v0 = data[-2];
    uint32_t i = 0;
    while (data_len - i >= 2) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[31] * past[-32]);
            s0 += (uint64_t)((int64_t)q[30] * past[-31]);
            s0 += (uint64_t)((int64_t)q[29] * past[-30]);
            s0 += (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v0);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v1);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v0 = x;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            const int32_t *q = qlp_coeff;
            LPCU_OPAQUE(q);
            uint64_t s0 = (uint64_t)((int64_t)q[31] * past[-32]);
            s0 += (uint64_t)((int64_t)q[30] * past[-31]);
            s0 += (uint64_t)((int64_t)q[29] * past[-30]);
            s0 += (uint64_t)((int64_t)q[28] * past[-29]);
            s0 += (uint64_t)((int64_t)q[27] * past[-28]);
            s0 += (uint64_t)((int64_t)q[26] * past[-27]);
            s0 += (uint64_t)((int64_t)q[25] * past[-26]);
            s0 += (uint64_t)((int64_t)q[24] * past[-25]);
            s0 += (uint64_t)((int64_t)q[23] * past[-24]);
            s0 += (uint64_t)((int64_t)q[22] * past[-23]);
            s0 += (uint64_t)((int64_t)q[21] * past[-22]);
            s0 += (uint64_t)((int64_t)q[20] * past[-21]);
            s0 += (uint64_t)((int64_t)q[19] * past[-20]);
            s0 += (uint64_t)((int64_t)q[18] * past[-19]);
            s0 += (uint64_t)((int64_t)q[17] * past[-18]);
            s0 += (uint64_t)((int64_t)q[16] * past[-17]);
            s0 += (uint64_t)((int64_t)q[15] * past[-16]);
            s0 += (uint64_t)((int64_t)q[14] * past[-15]);
            s0 += (uint64_t)((int64_t)q[13] * past[-14]);
            s0 += (uint64_t)((int64_t)q[12] * past[-13]);
            s0 += (uint64_t)((int64_t)q[11] * past[-12]);
            s0 += (uint64_t)((int64_t)q[10] * past[-11]);
            s0 += (uint64_t)((int64_t)q[9] * past[-10]);
            s0 += (uint64_t)((int64_t)q[8] * past[-9]);
            s0 += (uint64_t)((int64_t)q[7] * past[-8]);
            s0 += (uint64_t)((int64_t)q[6] * past[-7]);
            s0 += (uint64_t)((int64_t)q[5] * past[-6]);
            s0 += (uint64_t)((int64_t)q[4] * past[-5]);
            s0 += (uint64_t)((int64_t)q[3] * past[-4]);
            s0 += (uint64_t)((int64_t)q[2] * past[-3]);
            s0 += (uint64_t)((int64_t)q[1] * v1);
            uint64_t off = s0;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + (uint64_t)((int64_t)c1 * v0);
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
            data[i] = x;
            v1 = x;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 32, lp_quantization, data + i);
}
#else
static uint64_t lpcu_restore_wide_o32__scalar_fold(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint64_t wrapped = 0;
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    const uint64_t c10 = (uint64_t)(int64_t)qlp_coeff[9];
    const uint64_t c11 = (uint64_t)(int64_t)qlp_coeff[10];
    const uint64_t c12 = (uint64_t)(int64_t)qlp_coeff[11];
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    const uint64_t c22 = (uint64_t)(int64_t)qlp_coeff[21];
    const uint64_t c23 = (uint64_t)(int64_t)qlp_coeff[22];
    const uint64_t c24 = (uint64_t)(int64_t)qlp_coeff[23];
    const uint64_t c25 = (uint64_t)(int64_t)qlp_coeff[24];
    const uint64_t c26 = (uint64_t)(int64_t)qlp_coeff[25];
    const uint64_t c27 = (uint64_t)(int64_t)qlp_coeff[26];
    const uint64_t c28 = (uint64_t)(int64_t)qlp_coeff[27];
    const uint64_t c29 = (uint64_t)(int64_t)qlp_coeff[28];
    const uint64_t c30 = (uint64_t)(int64_t)qlp_coeff[29];
    const uint64_t c31 = (uint64_t)(int64_t)qlp_coeff[30];
    const uint64_t c32 = (uint64_t)(int64_t)qlp_coeff[31];
    uint64_t v7 = (uint64_t)(int64_t)data[-1];
    uint64_t v6 = (uint64_t)(int64_t)data[-2];
    uint64_t v5 = (uint64_t)(int64_t)data[-3];
    uint64_t v4 = (uint64_t)(int64_t)data[-4];
    uint64_t v3 = (uint64_t)(int64_t)data[-5];
    uint64_t v2 = (uint64_t)(int64_t)data[-6];
    uint64_t v1 = (uint64_t)(int64_t)data[-7];
    uint64_t v0 = (uint64_t)(int64_t)data[-8];
    uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
    uint32_t i = 0;
    while (data_len - i >= 8) {
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v0;
            s0 += c7 * v1;
            s1 += c6 * v2;
            s0 += c5 * v3;
            s1 += c4 * v4;
            s0 += c3 * v5;
            s1 += c2 * v6;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v0 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v1;
            s0 += c7 * v2;
            s1 += c6 * v3;
            s0 += c5 * v4;
            s1 += c4 * v5;
            s0 += c3 * v6;
            s1 += c2 * v7;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v1 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v2;
            s0 += c7 * v3;
            s1 += c6 * v4;
            s0 += c5 * v5;
            s1 += c4 * v6;
            s0 += c3 * v7;
            s1 += c2 * v0;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v2 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v3;
            s0 += c7 * v4;
            s1 += c6 * v5;
            s0 += c5 * v6;
            s1 += c4 * v7;
            s0 += c3 * v0;
            s1 += c2 * v1;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v3 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v4;
            s0 += c7 * v5;
            s1 += c6 * v6;
            s0 += c5 * v7;
            s1 += c4 * v0;
            s0 += c3 * v1;
            s1 += c2 * v2;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v4 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v5;
            s0 += c7 * v6;
            s1 += c6 * v7;
            s0 += c5 * v0;
            s1 += c4 * v1;
            s0 += c3 * v2;
            s1 += c2 * v3;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v5 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v6;
            s0 += c7 * v7;
            s1 += c6 * v0;
            s0 += c5 * v1;
            s1 += c4 * v2;
            s0 += c3 * v3;
            s1 += c2 * v4;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v6 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
        {
            const int32_t *past = data + i;
            LPCU_OPAQUE(past);
            uint64_t s0 = c1 * prev_res;
            uint64_t s1 = c32 * (uint64_t)(int64_t)past[-32];
            s0 += c31 * (uint64_t)(int64_t)past[-31];
            s1 += c30 * (uint64_t)(int64_t)past[-30];
            s0 += c29 * (uint64_t)(int64_t)past[-29];
            s1 += c28 * (uint64_t)(int64_t)past[-28];
            s0 += c27 * (uint64_t)(int64_t)past[-27];
            s1 += c26 * (uint64_t)(int64_t)past[-26];
            s0 += c25 * (uint64_t)(int64_t)past[-25];
            s1 += c24 * (uint64_t)(int64_t)past[-24];
            s0 += c23 * (uint64_t)(int64_t)past[-23];
            s1 += c22 * (uint64_t)(int64_t)past[-22];
            s0 += c21 * (uint64_t)(int64_t)past[-21];
            s1 += c20 * (uint64_t)(int64_t)past[-20];
            s0 += c19 * (uint64_t)(int64_t)past[-19];
            s1 += c18 * (uint64_t)(int64_t)past[-18];
            s0 += c17 * (uint64_t)(int64_t)past[-17];
            s1 += c16 * (uint64_t)(int64_t)past[-16];
            s0 += c15 * (uint64_t)(int64_t)past[-15];
            s1 += c14 * (uint64_t)(int64_t)past[-14];
            s0 += c13 * (uint64_t)(int64_t)past[-13];
            s1 += c12 * (uint64_t)(int64_t)past[-12];
            s0 += c11 * (uint64_t)(int64_t)past[-11];
            s1 += c10 * (uint64_t)(int64_t)past[-10];
            s0 += c9 * (uint64_t)(int64_t)past[-9];
            s1 += c8 * v7;
            s0 += c7 * v0;
            s1 += c6 * v1;
            s0 += c5 * v2;
            s1 += c4 * v3;
            s0 += c3 * v4;
            s1 += c2 * v5;
            uint64_t off = s0 + s1;
            LPCU_OFF_CHAIN(off);
            const uint64_t sum = off + c1 * prev_pred;
            const int64_t pred = (int64_t)sum >> lp_quantization;
            const int32_t r = residual[i];
            const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
            wrapped |= (y + UINT64_C(0x80000000)) >> 32;
            const int32_t x = (int32_t)(uint32_t)y;
            data[i] = x;
            v7 = (uint64_t)(int64_t)x;
            prev_res = (uint64_t)(int64_t)r;
            prev_pred = (uint64_t)pred;
            i++;
        }
    }
    if (i < data_len)
        wide_exact(residual + i, data_len - i, qlp_coeff, 32, lp_quantization, data + i);
    return wrapped;
}

void lpcu_restore_wide_o32__scalar(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    if (lpcu_restore_wide_o32__scalar_fold(residual, data_len, qlp_coeff, lp_quantization, data))
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 32, lp_quantization, data + 0);
}
#endif
#endif
