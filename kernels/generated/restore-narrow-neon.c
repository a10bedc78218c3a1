/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* neon LPC restore kernels (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/sse4.1.h>

#if LPCU_WITH_ORDER(8)
void lpcu_restore_narrow_o8__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[17] = {0};
        for (int j = 0; j < 8; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o8__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(9)
void lpcu_restore_narrow_o9__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[18] = {0};
        for (int j = 0; j < 9; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o9__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(10)
void lpcu_restore_narrow_o10__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[19] = {0};
        for (int j = 0; j < 10; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o10__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(11)
void lpcu_restore_narrow_o11__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[20] = {0};
        for (int j = 0; j < 11; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o11__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(12)
void lpcu_restore_narrow_o12__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[21] = {0};
        for (int j = 0; j < 12; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o12__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(13)
void lpcu_restore_narrow_o13__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[22] = {0};
        for (int j = 0; j < 13; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o13__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(14)
void lpcu_restore_narrow_o14__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[23] = {0};
        for (int j = 0; j < 14; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o14__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(15)
void lpcu_restore_narrow_o15__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[24] = {0};
        for (int j = 0; j < 15; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o15__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(16)
void lpcu_restore_narrow_o16__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[25] = {0};
        for (int j = 0; j < 16; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o16__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(17)
void lpcu_restore_narrow_o17__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[26] = {0};
        for (int j = 0; j < 17; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 17));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o17__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(18)
void lpcu_restore_narrow_o18__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[27] = {0};
        for (int j = 0; j < 18; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 18));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 17));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 16));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 15));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 14));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 13));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-2]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cpad + 2));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cpad + 6));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o18__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(19)
void lpcu_restore_narrow_o19__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[24] = {0};
        for (int j = 0; j < 19; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o19__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(20)
void lpcu_restore_narrow_o20__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[25] = {0};
        for (int j = 0; j < 20; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o20__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(21)
void lpcu_restore_narrow_o21__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[26] = {0};
        for (int j = 0; j < 21; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o21__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(22)
void lpcu_restore_narrow_o22__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[27] = {0};
        for (int j = 0; j < 22; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o22__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(23)
void lpcu_restore_narrow_o23__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[28] = {0};
        for (int j = 0; j < 23; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o23__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(24)
void lpcu_restore_narrow_o24__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[29] = {0};
        for (int j = 0; j < 24; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o24__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(25)
void lpcu_restore_narrow_o25__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[30] = {0};
        for (int j = 0; j < 25; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o25__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(26)
void lpcu_restore_narrow_o26__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 4) {
        int32_t cpad[31] = {0};
        for (int j = 0; j < 26; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 4) {
            const int32_t *past = data + i;
            uint32_t acc[4];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y2;
            z1 = y3;
            i += 4;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o26__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(27)
void lpcu_restore_narrow_o27__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[36] = {0};
        for (int j = 0; j < 27; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                y6 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o27__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(28)
void lpcu_restore_narrow_o28__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[37] = {0};
        for (int j = 0; j < 28; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                y6 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o28__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(29)
void lpcu_restore_narrow_o29__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[38] = {0};
        for (int j = 0; j < 29; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                y6 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o29__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(30)
void lpcu_restore_narrow_o30__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[39] = {0};
        for (int j = 0; j < 30; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-30]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 30));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 30));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                y6 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o30__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(31)
void lpcu_restore_narrow_o31__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[40] = {0};
        for (int j = 0; j < 31; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-31]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 31));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-30]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 30));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 31));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 30));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                y6 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o31__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(32)
void lpcu_restore_narrow_o32__neon(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int32_t cpad[41] = {0};
        for (int j = 0; j < 32; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint32_t c1 = (uint32_t)qlp_coeff[0];
        const uint32_t c2 = (uint32_t)qlp_coeff[1];
        const uint32_t c3 = (uint32_t)qlp_coeff[2];
        const uint32_t c4 = (uint32_t)qlp_coeff[3];
        const uint32_t c5 = (uint32_t)qlp_coeff[4];
        const uint32_t c6 = (uint32_t)qlp_coeff[5];
        const uint32_t c7 = (uint32_t)qlp_coeff[6];
        const uint32_t c8 = (uint32_t)qlp_coeff[7];
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m128i v0_0 = simde_mm_setzero_si128();
            simde__m128i v0_1 = simde_mm_setzero_si128();
            simde__m128i v1_0 = simde_mm_setzero_si128();
            simde__m128i v1_1 = simde_mm_setzero_si128();
            const int32_t *cp = cpad;
            LPCU_OPAQUE(cp);
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-32]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 32));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-31]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 31));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-30]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 30));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-29]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 29));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-28]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 28));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 32));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-27]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 27));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 31));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-26]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 26));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 30));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-25]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 25));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 29));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-24]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 24));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 28));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-23]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 23));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 27));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-22]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 22));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 26));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-21]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 21));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 25));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-20]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 20));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 24));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-19]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 19));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 23));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-18]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 18));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 22));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-17]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 17));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 21));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-16]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 16));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 20));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-15]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 15));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 19));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-14]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 14));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 18));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-13]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 13));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 17));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-12]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 12));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 16));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-11]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 11));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 15));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-10]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 10));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 14));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-9]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 9));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 13));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-8]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 8));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 12));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-7]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 7));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 11));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-6]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 6));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 10));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-5]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 5));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 9));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-4]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 4));
                v0_0 = simde_mm_add_epi32(v0_0, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 8));
                v1_0 = simde_mm_add_epi32(v1_0, simde_mm_mullo_epi32(x, c_1));
            }
            {
                const simde__m128i x = simde_mm_set1_epi32((int32_t)past[-3]);
                const simde__m128i c_0 = simde_mm_loadu_si128((const void *)(cp + 3));
                v0_1 = simde_mm_add_epi32(v0_1, simde_mm_mullo_epi32(x, c_0));
                const simde__m128i c_1 = simde_mm_loadu_si128((const void *)(cp + 7));
                v1_1 = simde_mm_add_epi32(v1_1, simde_mm_mullo_epi32(x, c_1));
            }
            simde_mm_storeu_si128((void *)(acc + 0), simde_mm_add_epi32(v0_0, v0_1));
            simde_mm_storeu_si128((void *)(acc + 4), simde_mm_add_epi32(v1_0, v1_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 0] = x;
                y0 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[1] + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 1] = x;
                y1 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[2] + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 2] = x;
                y2 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[3] + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 3] = x;
                y3 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 4] = x;
                y4 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 5] = x;
                y5 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 6] = x;
                y6 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            {
                uint32_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint32_t sum = off + c1 * prev_pred;
                const int32_t pred = (int32_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);
                data[i + 7] = x;
                y7 = (uint32_t)x;
                prev_res = (uint32_t)r;
                prev_pred = (uint32_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o32__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif
