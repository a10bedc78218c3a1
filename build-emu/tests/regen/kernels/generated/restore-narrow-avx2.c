/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx2 LPC restore kernels (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx2.h>

#if LPCU_WITH_ORDER(9)
void lpcu_restore_narrow_o9__avx2(const int32_t *residual, uint32_t data_len,
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
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t z3 = (uint32_t)data[-3];
        uint32_t z4 = (uint32_t)data[-4];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m256i v0_0 = simde_mm256_setzero_si256();
            simde__m256i v0_1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-9]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 9));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-8]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 8));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-7]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 7));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-6]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 6));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-5]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 5));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            simde_mm256_storeu_si256((void *)(acc + 0), simde_mm256_add_epi32(v0_0, v0_1));
            uint32_t y0;
            uint32_t y1;
            uint32_t y2;
            uint32_t y3;
            uint32_t y4;
            uint32_t y5;
            uint32_t y6;
            uint32_t y7;
            {
                uint32_t off = acc[0] + c4 * z4 + c3 * z3 + c2 * z2 + c1 * prev_res;
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
                uint32_t off = acc[1] + c5 * z4 + c4 * z3 + c3 * z2 + c2 * z1 + c1 * prev_res;
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
                uint32_t off = acc[2] + c6 * z4 + c5 * z3 + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
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
                uint32_t off = acc[3] + c7 * z4 + c6 * z3 + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
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
                uint32_t off = acc[4] + c8 * z4 + c7 * z3 + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
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
                uint32_t off = acc[5] + c9 * z4 + c8 * z3 + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
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
                uint32_t off = acc[6] + c9 * z3 + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
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
            z4 = y4;
            z3 = y5;
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_narrow_o9__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(10)
void lpcu_restore_narrow_o10__avx2(const int32_t *residual, uint32_t data_len,
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
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m256i v0_0 = simde_mm256_setzero_si256();
            simde__m256i v0_1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-10]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 10));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-9]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 9));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-8]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 8));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-7]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 7));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-6]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 6));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-5]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 5));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-4]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 4));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-3]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 3));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            simde_mm256_storeu_si256((void *)(acc + 0), simde_mm256_add_epi32(v0_0, v0_1));
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
        lpcu_restore_narrow_o10__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(11)
void lpcu_restore_narrow_o11__avx2(const int32_t *residual, uint32_t data_len,
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
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m256i v0_0 = simde_mm256_setzero_si256();
            simde__m256i v0_1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-11]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 11));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-10]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 10));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-9]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 9));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-8]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 8));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-7]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 7));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-6]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 6));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-5]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 5));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-4]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 4));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-3]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 3));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            simde_mm256_storeu_si256((void *)(acc + 0), simde_mm256_add_epi32(v0_0, v0_1));
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
        lpcu_restore_narrow_o11__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(12)
void lpcu_restore_narrow_o12__avx2(const int32_t *residual, uint32_t data_len,
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
        const uint32_t c9 = (uint32_t)qlp_coeff[8];
        uint32_t z1 = (uint32_t)data[-1];
        uint32_t z2 = (uint32_t)data[-2];
        uint32_t prev_res = (uint32_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int32_t *past = data + i;
            uint32_t acc[8];
            simde__m256i v0_0 = simde_mm256_setzero_si256();
            simde__m256i v0_1 = simde_mm256_setzero_si256();
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-12]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 12));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-11]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 11));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-10]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 10));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-9]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 9));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-8]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 8));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-7]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 7));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-6]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 6));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-5]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 5));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-4]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 4));
                v0_0 = simde_mm256_add_epi32(v0_0, simde_mm256_mullo_epi32(x, c_0));
            }
            {
                const simde__m256i x = simde_mm256_set1_epi32((int32_t)past[-3]);
                const simde__m256i c_0 = simde_mm256_loadu_si256((const void *)(cpad + 3));
                v0_1 = simde_mm256_add_epi32(v0_1, simde_mm256_mullo_epi32(x, c_0));
            }
            simde_mm256_storeu_si256((void *)(acc + 0), simde_mm256_add_epi32(v0_0, v0_1));
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
        lpcu_restore_narrow_o12__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif
