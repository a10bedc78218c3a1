/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Scalar the encoder's range-checked residual kernels (lpcu_compute_residual_limit_*), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_limit_wide_o1__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_limit_wide_o2__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_limit_wide_o3__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_limit_wide_o4__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_limit_wide_o5__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_limit_wide_o6__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_limit_wide_o7__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_limit_wide_o8__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_limit_wide_o9__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
    const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
    const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_limit_wide_o10__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_limit_wide_o11__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_limit_wide_o12__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        const uint64_t sum = c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_limit_wide_o13__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 13; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_limit_wide_o14__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 14; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_limit_wide_o15__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 15; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_limit_wide_o16__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 16; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_limit_wide_o17__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 17; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_limit_wide_o18__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 18; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_limit_wide_o19__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 19; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_limit_wide_o20__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 20; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_limit_wide_o21__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 21; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_limit_wide_o22__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 22; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_limit_wide_o23__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 23; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_limit_wide_o24__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 24; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_limit_wide_o25__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 25; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_limit_wide_o26__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 26; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_limit_wide_o27__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 27; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_limit_wide_o28__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 28; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_limit_wide_o29__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 29; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_limit_wide_o30__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 30; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_limit_wide_o31__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 31; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_limit_wide_o32__scalar(const int32_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    for (uint32_t i = 0; i < data_len; i++) {
        const int32_t *h = data + i;
        uint64_t sum = 0;
        for (int j = 0; j < 32; j++)
            sum += (uint64_t)(int64_t)qlp_coeff[j] * (uint64_t)(int64_t)h[-1 - j];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif
