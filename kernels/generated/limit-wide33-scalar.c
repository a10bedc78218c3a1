/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Scalar the encoder's range-checked residual kernels (lpcu_compute_residual_limit_*), family wide33: 64-bit accumulator and 64-bit samples (FLAC__lpc_restore_signal_wide_33bit semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_limit_wide33_o1__scalar(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o2__scalar(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o3__scalar(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o4__scalar(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o5__scalar(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o6__scalar(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
    const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
    const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
    const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
    const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
    const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o7__scalar(const int64_t *restrict data, uint32_t data_len,
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
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o8__scalar(const int64_t *restrict data, uint32_t data_len,
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
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o9__scalar(const int64_t *restrict data, uint32_t data_len,
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
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o10__scalar(const int64_t *restrict data, uint32_t data_len,
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
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o11__scalar(const int64_t *restrict data, uint32_t data_len,
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
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o12__scalar(const int64_t *restrict data, uint32_t data_len,
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
        const int64_t *h = data + i;
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
uint32_t lpcu_limit_wide33_o13__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o14__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o15__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o16__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o17__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o18__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o19__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o20__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o21__scalar(const int64_t *restrict data, uint32_t data_len,
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
    const uint64_t c13 = (uint64_t)(int64_t)qlp_coeff[12];
    const uint64_t c14 = (uint64_t)(int64_t)qlp_coeff[13];
    const uint64_t c15 = (uint64_t)(int64_t)qlp_coeff[14];
    const uint64_t c16 = (uint64_t)(int64_t)qlp_coeff[15];
    const uint64_t c17 = (uint64_t)(int64_t)qlp_coeff[16];
    const uint64_t c18 = (uint64_t)(int64_t)qlp_coeff[17];
    const uint64_t c19 = (uint64_t)(int64_t)qlp_coeff[18];
    const uint64_t c20 = (uint64_t)(int64_t)qlp_coeff[19];
    const uint64_t c21 = (uint64_t)(int64_t)qlp_coeff[20];
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o22__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o23__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o24__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o25__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o26__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o27__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c27 * (uint64_t)(int64_t)h[-27] + c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o28__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c28 * (uint64_t)(int64_t)h[-28] + c27 * (uint64_t)(int64_t)h[-27] + c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o29__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c29 * (uint64_t)(int64_t)h[-29] + c28 * (uint64_t)(int64_t)h[-28] + c27 * (uint64_t)(int64_t)h[-27] + c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o30__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c30 * (uint64_t)(int64_t)h[-30] + c29 * (uint64_t)(int64_t)h[-29] + c28 * (uint64_t)(int64_t)h[-28] + c27 * (uint64_t)(int64_t)h[-27] + c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o31__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c31 * (uint64_t)(int64_t)h[-31] + c30 * (uint64_t)(int64_t)h[-30] + c29 * (uint64_t)(int64_t)h[-29] + c28 * (uint64_t)(int64_t)h[-28] + c27 * (uint64_t)(int64_t)h[-27] + c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
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
uint32_t lpcu_limit_wide33_o32__scalar(const int64_t *restrict data, uint32_t data_len,
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
    for (uint32_t i = 0; i < data_len; i++) {
        const int64_t *h = data + i;
        const uint64_t sum = c32 * (uint64_t)(int64_t)h[-32] + c31 * (uint64_t)(int64_t)h[-31] + c30 * (uint64_t)(int64_t)h[-30] + c29 * (uint64_t)(int64_t)h[-29] + c28 * (uint64_t)(int64_t)h[-28] + c27 * (uint64_t)(int64_t)h[-27] + c26 * (uint64_t)(int64_t)h[-26] + c25 * (uint64_t)(int64_t)h[-25] + c24 * (uint64_t)(int64_t)h[-24] + c23 * (uint64_t)(int64_t)h[-23] + c22 * (uint64_t)(int64_t)h[-22] + c21 * (uint64_t)(int64_t)h[-21] + c20 * (uint64_t)(int64_t)h[-20] + c19 * (uint64_t)(int64_t)h[-19] + c18 * (uint64_t)(int64_t)h[-18] + c17 * (uint64_t)(int64_t)h[-17] + c16 * (uint64_t)(int64_t)h[-16] + c15 * (uint64_t)(int64_t)h[-15] + c14 * (uint64_t)(int64_t)h[-14] + c13 * (uint64_t)(int64_t)h[-13] + c12 * (uint64_t)(int64_t)h[-12] + c11 * (uint64_t)(int64_t)h[-11] + c10 * (uint64_t)(int64_t)h[-10] + c9 * (uint64_t)(int64_t)h[-9] + c8 * (uint64_t)(int64_t)h[-8] + c7 * (uint64_t)(int64_t)h[-7] + c6 * (uint64_t)(int64_t)h[-6] + c5 * (uint64_t)(int64_t)h[-5] + c4 * (uint64_t)(int64_t)h[-4] + c3 * (uint64_t)(int64_t)h[-3] + c2 * (uint64_t)(int64_t)h[-2] + c1 * (uint64_t)(int64_t)h[-1];
        const int64_t pred = (int64_t)sum >> lp_quantization;
        const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
        residual[i] = (int32_t)(uint32_t)r;
    }
    return data_len;
}
#endif
