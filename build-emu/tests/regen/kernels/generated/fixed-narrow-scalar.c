/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Scalar fixed-predictor kernels (orders 0-4), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>
#include <string.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

void lpcu_fixed_narrow_o0__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
{
    if ((const void *)data != (const void *)residual)
        memcpy(data, residual, (size_t)data_len * sizeof *data);
}

void lpcu_fixed_narrow_o1__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
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

void lpcu_fixed_narrow_o2__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
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

void lpcu_fixed_narrow_o3__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
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

void lpcu_fixed_narrow_o4__scalar(const int32_t *residual, uint32_t data_len, int32_t *data)
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
