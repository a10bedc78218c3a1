/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Made with: lpcunroll-gen --single-file vend_fixed.c --family fixed --prefix fix_
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


void fix_fixed_narrow_o0__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    if ((const void *)data != (const void *)residual)
        memcpy(data, residual, (size_t)data_len * sizeof *data);
}

void fix_fixed_narrow_o1__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    const uint32_t d1 = (uint32_t)data[-1];
    uint32_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        {
            const uint32_t a = (uint32_t)residual[0];
            uint32_t ab = a + (uint32_t)residual[1];
            LPCU_OFF_CHAIN(ab);
            data[0] = (int32_t)(s0 + a);
            s0 += ab;
            data[1] = (int32_t)s0;
        }
        {
            const uint32_t a = (uint32_t)residual[2];
            uint32_t ab = a + (uint32_t)residual[3];
            LPCU_OFF_CHAIN(ab);
            data[2] = (int32_t)(s0 + a);
            s0 += ab;
            data[3] = (int32_t)s0;
        }
        {
            const uint32_t a = (uint32_t)residual[4];
            uint32_t ab = a + (uint32_t)residual[5];
            LPCU_OFF_CHAIN(ab);
            data[4] = (int32_t)(s0 + a);
            s0 += ab;
            data[5] = (int32_t)s0;
        }
        {
            const uint32_t a = (uint32_t)residual[6];
            uint32_t ab = a + (uint32_t)residual[7];
            LPCU_OFF_CHAIN(ab);
            data[6] = (int32_t)(s0 + a);
            s0 += ab;
            data[7] = (int32_t)s0;
        }
    }
    if (left == 0)
        return;
    s0 += (uint32_t)residual[0];
    data[0] = (int32_t)s0;
    if (left == 1)
        return;
    s0 += (uint32_t)residual[1];
    data[1] = (int32_t)s0;
    if (left == 2)
        return;
    s0 += (uint32_t)residual[2];
    data[2] = (int32_t)s0;
    if (left == 3)
        return;
    s0 += (uint32_t)residual[3];
    data[3] = (int32_t)s0;
    if (left == 4)
        return;
    s0 += (uint32_t)residual[4];
    data[4] = (int32_t)s0;
    if (left == 5)
        return;
    s0 += (uint32_t)residual[5];
    data[5] = (int32_t)s0;
    if (left == 6)
        return;
    s0 += (uint32_t)residual[6];
    data[6] = (int32_t)s0;
}

void fix_fixed_narrow_o2__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    const uint32_t d1 = (uint32_t)data[-1];
    const uint32_t d2 = (uint32_t)data[-2];
    uint32_t s1 = d1 - d2;
    uint32_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        s1 += (uint32_t)residual[0];
        s0 += s1;
        data[0] = (int32_t)s0;
        s1 += (uint32_t)residual[1];
        s0 += s1;
        data[1] = (int32_t)s0;
        s1 += (uint32_t)residual[2];
        s0 += s1;
        data[2] = (int32_t)s0;
        s1 += (uint32_t)residual[3];
        s0 += s1;
        data[3] = (int32_t)s0;
        s1 += (uint32_t)residual[4];
        s0 += s1;
        data[4] = (int32_t)s0;
        s1 += (uint32_t)residual[5];
        s0 += s1;
        data[5] = (int32_t)s0;
        s1 += (uint32_t)residual[6];
        s0 += s1;
        data[6] = (int32_t)s0;
        s1 += (uint32_t)residual[7];
        s0 += s1;
        data[7] = (int32_t)s0;
    }
    if (left == 0)
        return;
    s1 += (uint32_t)residual[0];
    s0 += s1;
    data[0] = (int32_t)s0;
    if (left == 1)
        return;
    s1 += (uint32_t)residual[1];
    s0 += s1;
    data[1] = (int32_t)s0;
    if (left == 2)
        return;
    s1 += (uint32_t)residual[2];
    s0 += s1;
    data[2] = (int32_t)s0;
    if (left == 3)
        return;
    s1 += (uint32_t)residual[3];
    s0 += s1;
    data[3] = (int32_t)s0;
    if (left == 4)
        return;
    s1 += (uint32_t)residual[4];
    s0 += s1;
    data[4] = (int32_t)s0;
    if (left == 5)
        return;
    s1 += (uint32_t)residual[5];
    s0 += s1;
    data[5] = (int32_t)s0;
    if (left == 6)
        return;
    s1 += (uint32_t)residual[6];
    s0 += s1;
    data[6] = (int32_t)s0;
}

void fix_fixed_narrow_o3__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    const uint32_t d1 = (uint32_t)data[-1];
    const uint32_t d2 = (uint32_t)data[-2];
    const uint32_t d3 = (uint32_t)data[-3];
    uint32_t s2 = d1 - 2u * d2 + d3;
    uint32_t s1 = d1 - d2;
    uint32_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        s2 += (uint32_t)residual[0];
        s1 += s2;
        s0 += s1;
        data[0] = (int32_t)s0;
        s2 += (uint32_t)residual[1];
        s1 += s2;
        s0 += s1;
        data[1] = (int32_t)s0;
        s2 += (uint32_t)residual[2];
        s1 += s2;
        s0 += s1;
        data[2] = (int32_t)s0;
        s2 += (uint32_t)residual[3];
        s1 += s2;
        s0 += s1;
        data[3] = (int32_t)s0;
        s2 += (uint32_t)residual[4];
        s1 += s2;
        s0 += s1;
        data[4] = (int32_t)s0;
        s2 += (uint32_t)residual[5];
        s1 += s2;
        s0 += s1;
        data[5] = (int32_t)s0;
        s2 += (uint32_t)residual[6];
        s1 += s2;
        s0 += s1;
        data[6] = (int32_t)s0;
        s2 += (uint32_t)residual[7];
        s1 += s2;
        s0 += s1;
        data[7] = (int32_t)s0;
    }
    if (left == 0)
        return;
    s2 += (uint32_t)residual[0];
    s1 += s2;
    s0 += s1;
    data[0] = (int32_t)s0;
    if (left == 1)
        return;
    s2 += (uint32_t)residual[1];
    s1 += s2;
    s0 += s1;
    data[1] = (int32_t)s0;
    if (left == 2)
        return;
    s2 += (uint32_t)residual[2];
    s1 += s2;
    s0 += s1;
    data[2] = (int32_t)s0;
    if (left == 3)
        return;
    s2 += (uint32_t)residual[3];
    s1 += s2;
    s0 += s1;
    data[3] = (int32_t)s0;
    if (left == 4)
        return;
    s2 += (uint32_t)residual[4];
    s1 += s2;
    s0 += s1;
    data[4] = (int32_t)s0;
    if (left == 5)
        return;
    s2 += (uint32_t)residual[5];
    s1 += s2;
    s0 += s1;
    data[5] = (int32_t)s0;
    if (left == 6)
        return;
    s2 += (uint32_t)residual[6];
    s1 += s2;
    s0 += s1;
    data[6] = (int32_t)s0;
}

void fix_fixed_narrow_o4__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    const uint32_t d1 = (uint32_t)data[-1];
    const uint32_t d2 = (uint32_t)data[-2];
    const uint32_t d3 = (uint32_t)data[-3];
    const uint32_t d4 = (uint32_t)data[-4];
    uint32_t s3 = d1 - 3u * d2 + 3u * d3 - d4;
    uint32_t s2 = d1 - 2u * d2 + d3;
    uint32_t s1 = d1 - d2;
    uint32_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        s3 += (uint32_t)residual[0];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[0] = (int32_t)s0;
        s3 += (uint32_t)residual[1];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[1] = (int32_t)s0;
        s3 += (uint32_t)residual[2];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[2] = (int32_t)s0;
        s3 += (uint32_t)residual[3];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[3] = (int32_t)s0;
        s3 += (uint32_t)residual[4];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[4] = (int32_t)s0;
        s3 += (uint32_t)residual[5];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[5] = (int32_t)s0;
        s3 += (uint32_t)residual[6];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[6] = (int32_t)s0;
        s3 += (uint32_t)residual[7];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[7] = (int32_t)s0;
    }
    if (left == 0)
        return;
    s3 += (uint32_t)residual[0];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[0] = (int32_t)s0;
    if (left == 1)
        return;
    s3 += (uint32_t)residual[1];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[1] = (int32_t)s0;
    if (left == 2)
        return;
    s3 += (uint32_t)residual[2];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[2] = (int32_t)s0;
    if (left == 3)
        return;
    s3 += (uint32_t)residual[3];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[3] = (int32_t)s0;
    if (left == 4)
        return;
    s3 += (uint32_t)residual[4];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[4] = (int32_t)s0;
    if (left == 5)
        return;
    s3 += (uint32_t)residual[5];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[5] = (int32_t)s0;
    if (left == 6)
        return;
    s3 += (uint32_t)residual[6];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[6] = (int32_t)s0;
}

void fix_fixed_wide33_o0__scalar(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        data[0] = residual[0];
        data[1] = residual[1];
        data[2] = residual[2];
        data[3] = residual[3];
        data[4] = residual[4];
        data[5] = residual[5];
        data[6] = residual[6];
        data[7] = residual[7];
    }
    if (left == 0)
        return;
    data[0] = residual[0];
    if (left == 1)
        return;
    data[1] = residual[1];
    if (left == 2)
        return;
    data[2] = residual[2];
    if (left == 3)
        return;
    data[3] = residual[3];
    if (left == 4)
        return;
    data[4] = residual[4];
    if (left == 5)
        return;
    data[5] = residual[5];
    if (left == 6)
        return;
    data[6] = residual[6];
}

void fix_fixed_wide33_o1__scalar(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    const uint64_t d1 = (uint64_t)(int64_t)data[-1];
    uint64_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        {
            const uint64_t a = (uint64_t)(int64_t)residual[0];
            uint64_t ab = a + (uint64_t)(int64_t)residual[1];
            LPCU_OFF_CHAIN(ab);
            data[0] = (int64_t)(s0 + a);
            s0 += ab;
            data[1] = (int64_t)s0;
        }
        {
            const uint64_t a = (uint64_t)(int64_t)residual[2];
            uint64_t ab = a + (uint64_t)(int64_t)residual[3];
            LPCU_OFF_CHAIN(ab);
            data[2] = (int64_t)(s0 + a);
            s0 += ab;
            data[3] = (int64_t)s0;
        }
        {
            const uint64_t a = (uint64_t)(int64_t)residual[4];
            uint64_t ab = a + (uint64_t)(int64_t)residual[5];
            LPCU_OFF_CHAIN(ab);
            data[4] = (int64_t)(s0 + a);
            s0 += ab;
            data[5] = (int64_t)s0;
        }
        {
            const uint64_t a = (uint64_t)(int64_t)residual[6];
            uint64_t ab = a + (uint64_t)(int64_t)residual[7];
            LPCU_OFF_CHAIN(ab);
            data[6] = (int64_t)(s0 + a);
            s0 += ab;
            data[7] = (int64_t)s0;
        }
    }
    if (left == 0)
        return;
    s0 += (uint64_t)(int64_t)residual[0];
    data[0] = (int64_t)s0;
    if (left == 1)
        return;
    s0 += (uint64_t)(int64_t)residual[1];
    data[1] = (int64_t)s0;
    if (left == 2)
        return;
    s0 += (uint64_t)(int64_t)residual[2];
    data[2] = (int64_t)s0;
    if (left == 3)
        return;
    s0 += (uint64_t)(int64_t)residual[3];
    data[3] = (int64_t)s0;
    if (left == 4)
        return;
    s0 += (uint64_t)(int64_t)residual[4];
    data[4] = (int64_t)s0;
    if (left == 5)
        return;
    s0 += (uint64_t)(int64_t)residual[5];
    data[5] = (int64_t)s0;
    if (left == 6)
        return;
    s0 += (uint64_t)(int64_t)residual[6];
    data[6] = (int64_t)s0;
}

void fix_fixed_wide33_o2__scalar(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    const uint64_t d1 = (uint64_t)(int64_t)data[-1];
    const uint64_t d2 = (uint64_t)(int64_t)data[-2];
    uint64_t s1 = d1 - d2;
    uint64_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        s1 += (uint64_t)(int64_t)residual[0];
        s0 += s1;
        data[0] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[1];
        s0 += s1;
        data[1] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[2];
        s0 += s1;
        data[2] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[3];
        s0 += s1;
        data[3] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[4];
        s0 += s1;
        data[4] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[5];
        s0 += s1;
        data[5] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[6];
        s0 += s1;
        data[6] = (int64_t)s0;
        s1 += (uint64_t)(int64_t)residual[7];
        s0 += s1;
        data[7] = (int64_t)s0;
    }
    if (left == 0)
        return;
    s1 += (uint64_t)(int64_t)residual[0];
    s0 += s1;
    data[0] = (int64_t)s0;
    if (left == 1)
        return;
    s1 += (uint64_t)(int64_t)residual[1];
    s0 += s1;
    data[1] = (int64_t)s0;
    if (left == 2)
        return;
    s1 += (uint64_t)(int64_t)residual[2];
    s0 += s1;
    data[2] = (int64_t)s0;
    if (left == 3)
        return;
    s1 += (uint64_t)(int64_t)residual[3];
    s0 += s1;
    data[3] = (int64_t)s0;
    if (left == 4)
        return;
    s1 += (uint64_t)(int64_t)residual[4];
    s0 += s1;
    data[4] = (int64_t)s0;
    if (left == 5)
        return;
    s1 += (uint64_t)(int64_t)residual[5];
    s0 += s1;
    data[5] = (int64_t)s0;
    if (left == 6)
        return;
    s1 += (uint64_t)(int64_t)residual[6];
    s0 += s1;
    data[6] = (int64_t)s0;
}

void fix_fixed_wide33_o3__scalar(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    const uint64_t d1 = (uint64_t)(int64_t)data[-1];
    const uint64_t d2 = (uint64_t)(int64_t)data[-2];
    const uint64_t d3 = (uint64_t)(int64_t)data[-3];
    uint64_t s2 = d1 - UINT64_C(2) * d2 + d3;
    uint64_t s1 = d1 - d2;
    uint64_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        s2 += (uint64_t)(int64_t)residual[0];
        s1 += s2;
        s0 += s1;
        data[0] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[1];
        s1 += s2;
        s0 += s1;
        data[1] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[2];
        s1 += s2;
        s0 += s1;
        data[2] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[3];
        s1 += s2;
        s0 += s1;
        data[3] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[4];
        s1 += s2;
        s0 += s1;
        data[4] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[5];
        s1 += s2;
        s0 += s1;
        data[5] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[6];
        s1 += s2;
        s0 += s1;
        data[6] = (int64_t)s0;
        s2 += (uint64_t)(int64_t)residual[7];
        s1 += s2;
        s0 += s1;
        data[7] = (int64_t)s0;
    }
    if (left == 0)
        return;
    s2 += (uint64_t)(int64_t)residual[0];
    s1 += s2;
    s0 += s1;
    data[0] = (int64_t)s0;
    if (left == 1)
        return;
    s2 += (uint64_t)(int64_t)residual[1];
    s1 += s2;
    s0 += s1;
    data[1] = (int64_t)s0;
    if (left == 2)
        return;
    s2 += (uint64_t)(int64_t)residual[2];
    s1 += s2;
    s0 += s1;
    data[2] = (int64_t)s0;
    if (left == 3)
        return;
    s2 += (uint64_t)(int64_t)residual[3];
    s1 += s2;
    s0 += s1;
    data[3] = (int64_t)s0;
    if (left == 4)
        return;
    s2 += (uint64_t)(int64_t)residual[4];
    s1 += s2;
    s0 += s1;
    data[4] = (int64_t)s0;
    if (left == 5)
        return;
    s2 += (uint64_t)(int64_t)residual[5];
    s1 += s2;
    s0 += s1;
    data[5] = (int64_t)s0;
    if (left == 6)
        return;
    s2 += (uint64_t)(int64_t)residual[6];
    s1 += s2;
    s0 += s1;
    data[6] = (int64_t)s0;
}

void fix_fixed_wide33_o4__scalar(const int32_t *residual, uint32_t data_len, int64_t *data)
{
    const uint64_t d1 = (uint64_t)(int64_t)data[-1];
    const uint64_t d2 = (uint64_t)(int64_t)data[-2];
    const uint64_t d3 = (uint64_t)(int64_t)data[-3];
    const uint64_t d4 = (uint64_t)(int64_t)data[-4];
    uint64_t s3 = d1 - UINT64_C(3) * d2 + UINT64_C(3) * d3 - d4;
    uint64_t s2 = d1 - UINT64_C(2) * d2 + d3;
    uint64_t s1 = d1 - d2;
    uint64_t s0 = d1;
    const uint32_t left = data_len % 8;
    const int32_t *const end = residual + (data_len - left);
    for (; residual != end; residual += 8, data += 8) {
        s3 += (uint64_t)(int64_t)residual[0];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[0] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[1];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[1] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[2];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[2] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[3];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[3] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[4];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[4] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[5];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[5] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[6];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[6] = (int64_t)s0;
        s3 += (uint64_t)(int64_t)residual[7];
        s2 += s3;
        s1 += s2;
        s0 += s1;
        data[7] = (int64_t)s0;
    }
    if (left == 0)
        return;
    s3 += (uint64_t)(int64_t)residual[0];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[0] = (int64_t)s0;
    if (left == 1)
        return;
    s3 += (uint64_t)(int64_t)residual[1];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[1] = (int64_t)s0;
    if (left == 2)
        return;
    s3 += (uint64_t)(int64_t)residual[2];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[2] = (int64_t)s0;
    if (left == 3)
        return;
    s3 += (uint64_t)(int64_t)residual[3];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[3] = (int64_t)s0;
    if (left == 4)
        return;
    s3 += (uint64_t)(int64_t)residual[4];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[4] = (int64_t)s0;
    if (left == 5)
        return;
    s3 += (uint64_t)(int64_t)residual[5];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[5] = (int64_t)s0;
    if (left == 6)
        return;
    s3 += (uint64_t)(int64_t)residual[6];
    s2 += s3;
    s1 += s2;
    s0 += s1;
    data[6] = (int64_t)s0;
}

/* scalar wide at order 0 runs fix_fixed_narrow_o0__scalar */
void fix_fixed_wide_o0__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    fix_fixed_narrow_o0__scalar(residual, data_len, data);
}

/* scalar wide at order 1 runs fix_fixed_narrow_o1__scalar */
void fix_fixed_wide_o1__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    fix_fixed_narrow_o1__scalar(residual, data_len, data);
}

/* scalar wide at order 2 runs fix_fixed_narrow_o2__scalar */
void fix_fixed_wide_o2__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    fix_fixed_narrow_o2__scalar(residual, data_len, data);
}

/* scalar wide at order 3 runs fix_fixed_narrow_o3__scalar */
void fix_fixed_wide_o3__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    fix_fixed_narrow_o3__scalar(residual, data_len, data);
}

/* scalar wide at order 4 runs fix_fixed_narrow_o4__scalar */
void fix_fixed_wide_o4__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    fix_fixed_narrow_o4__scalar(residual, data_len, data);
}

