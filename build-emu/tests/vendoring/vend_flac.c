/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Made with: lpcunroll-gen --single-file vend_flac.c --family narrow,wide --orders 12
 */
/* Vendored kernels: for each family and order below, the scalar kernel and the selected ISAs' kernels. */

#include <stdint.h>
#include <string.h>

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
/* The plain loop for the last few samples and redos stays out of line. */
#if defined(__GNUC__)
#define LPCU_COLD __attribute__((noinline, cold))
#else
#define LPCU_COLD
#endif


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

