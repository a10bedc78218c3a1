/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* neon LPC restore kernels (through SIMDe), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/sse4.1.h>

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

#if LPCU_WITH_ORDER(8)
void lpcu_restore_wide_o8__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[13] = {0};
        for (int j = 0; j < 8; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 8, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o8__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(9)
void lpcu_restore_wide_o9__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[14] = {0};
        for (int j = 0; j < 9; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 9, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o9__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(10)
void lpcu_restore_wide_o10__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[15] = {0};
        for (int j = 0; j < 10; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 10, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o10__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(11)
void lpcu_restore_wide_o11__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[16] = {0};
        for (int j = 0; j < 11; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 11, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o11__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(12)
void lpcu_restore_wide_o12__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[17] = {0};
        for (int j = 0; j < 12; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 12, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o12__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(13)
void lpcu_restore_wide_o13__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[18] = {0};
        for (int j = 0; j < 13; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 13, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o13__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(14)
void lpcu_restore_wide_o14__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[19] = {0};
        for (int j = 0; j < 14; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 14, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o14__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(15)
void lpcu_restore_wide_o15__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[20] = {0};
        for (int j = 0; j < 15; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 15, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o15__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(16)
void lpcu_restore_wide_o16__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[21] = {0};
        for (int j = 0; j < 16; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 16, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o16__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(17)
void lpcu_restore_wide_o17__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[22] = {0};
        for (int j = 0; j < 17; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 17, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o17__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(18)
void lpcu_restore_wide_o18__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[23] = {0};
        for (int j = 0; j < 18; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 18, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o18__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(19)
void lpcu_restore_wide_o19__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[24] = {0};
        for (int j = 0; j < 19; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 19, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o19__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(20)
void lpcu_restore_wide_o20__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[25] = {0};
        for (int j = 0; j < 20; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 20, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o20__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(21)
void lpcu_restore_wide_o21__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[26] = {0};
        for (int j = 0; j < 21; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 21, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o21__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(22)
void lpcu_restore_wide_o22__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[27] = {0};
        for (int j = 0; j < 22; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 22, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o22__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(23)
void lpcu_restore_wide_o23__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[28] = {0};
        for (int j = 0; j < 23; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 23, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o23__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(24)
void lpcu_restore_wide_o24__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[29] = {0};
        for (int j = 0; j < 24; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 24, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o24__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(25)
void lpcu_restore_wide_o25__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[30] = {0};
        for (int j = 0; j < 25; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 25, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o25__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(26)
void lpcu_restore_wide_o26__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[31] = {0};
        for (int j = 0; j < 26; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 26, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o26__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(27)
void lpcu_restore_wide_o27__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[32] = {0};
        for (int j = 0; j < 27; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 27, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o27__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(28)
void lpcu_restore_wide_o28__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[33] = {0};
        for (int j = 0; j < 28; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 28, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o28__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(29)
void lpcu_restore_wide_o29__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[34] = {0};
        for (int j = 0; j < 29; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 29, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o29__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(30)
void lpcu_restore_wide_o30__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[35] = {0};
        for (int j = 0; j < 30; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-30]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 30));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 30));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 30, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o30__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(31)
void lpcu_restore_wide_o31__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[36] = {0};
        for (int j = 0; j < 31; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-31]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 31));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-30]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 30));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 31));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 30));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 31, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o31__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(32)
void lpcu_restore_wide_o32__neon(const int32_t *restrict residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict data)
{
    uint32_t i = 0;
    uint64_t wrapped = 0;
    if (data_len >= 4) {
        int64_t cpad[37] = {0};
        for (int j = 0; j < 32; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint64_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int64_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-32]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 32));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-31]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 31));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-30]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 30));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 32));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 31));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 30));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 6));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi64(v0_1, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 5));
                v1_1 = simde_mm_add_epi64(v1_1, simde_mm_mul_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 2));
                v0_0 = simde_mm_add_epi64(v0_0, simde_mm_mul_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 4));
                v1_0 = simde_mm_add_epi64(v1_0, simde_mm_mul_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi64(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 2), simde_mm_add_epi64(v1_0, v1_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y3;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 2] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;
                wrapped |= (y + UINT64_C(0x80000000)) >> 32;
                const int32_t x = (int32_t)(uint32_t)y;
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y3;
            i += 4;
        }
    }
    if (wrapped) {
        wide_exact(residual + 0, data_len - 0, qlp_coeff, 32, lp_quantization, data + 0);
        return;
    }
    if (i < data_len)
        lpcu_restore_wide_o32__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif
