/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 LPC restore kernels (through SIMDe), family wide33: 64-bit accumulator and 64-bit samples (FLAC__lpc_restore_signal_wide_33bit semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

#if LPCU_WITH_ORDER(11)
void lpcu_restore_wide33_o11__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[20] = {0};
        for (int j = 0; j < 11; j++)
            cpad[j + 1] = qlp_coeff[j];
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
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t z3 = (uint64_t)(int64_t)data[-3];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c3 * z3 + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c4 * z3 + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c5 * z3 + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c6 * z3 + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c7 * z3 + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c8 * z3 + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c9 * z3 + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c10 * z3 + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z3 = y5;
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o11__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(12)
void lpcu_restore_wide33_o12__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[21] = {0};
        for (int j = 0; j < 12; j++)
            cpad[j + 1] = qlp_coeff[j];
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
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t z3 = (uint64_t)(int64_t)data[-3];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c3 * z3 + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c4 * z3 + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c5 * z3 + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c6 * z3 + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c7 * z3 + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c8 * z3 + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c9 * z3 + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c10 * z3 + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z3 = y5;
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o12__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(13)
void lpcu_restore_wide33_o13__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[22] = {0};
        for (int j = 0; j < 13; j++)
            cpad[j + 1] = qlp_coeff[j];
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
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t z3 = (uint64_t)(int64_t)data[-3];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c3 * z3 + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 0] = x;
                y0 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[1] + c4 * z3 + c3 * z2 + c2 * z1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 1];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 1] = x;
                y1 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[2] + c5 * z3 + c4 * z2 + c3 * z1 + c2 * y0 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 2];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c6 * z3 + c5 * z2 + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c7 * z3 + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c8 * z3 + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c9 * z3 + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c10 * z3 + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z3 = y5;
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o13__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(14)
void lpcu_restore_wide33_o14__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[23] = {0};
        for (int j = 0; j < 14; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o14__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(15)
void lpcu_restore_wide33_o15__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[24] = {0};
        for (int j = 0; j < 15; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o15__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(16)
void lpcu_restore_wide33_o16__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[25] = {0};
        for (int j = 0; j < 16; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o16__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(17)
void lpcu_restore_wide33_o17__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[26] = {0};
        for (int j = 0; j < 17; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o17__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(18)
void lpcu_restore_wide33_o18__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[27] = {0};
        for (int j = 0; j < 18; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o18__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(19)
void lpcu_restore_wide33_o19__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[28] = {0};
        for (int j = 0; j < 19; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o19__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(20)
void lpcu_restore_wide33_o20__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[29] = {0};
        for (int j = 0; j < 20; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        const uint64_t c9 = (uint64_t)(int64_t)qlp_coeff[8];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t z2 = (uint64_t)(int64_t)data[-2];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y6;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c2 * z2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c6 * z2 + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c7 * z2 + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c8 * z2 + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                y6 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c9 * z2 + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z2 = y6;
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o20__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(21)
void lpcu_restore_wide33_o21__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[30] = {0};
        for (int j = 0; j < 21; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o21__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(22)
void lpcu_restore_wide33_o22__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[31] = {0};
        for (int j = 0; j < 22; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o22__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(23)
void lpcu_restore_wide33_o23__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[32] = {0};
        for (int j = 0; j < 23; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o23__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(24)
void lpcu_restore_wide33_o24__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[33] = {0};
        for (int j = 0; j < 24; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o24__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(25)
void lpcu_restore_wide33_o25__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[34] = {0};
        for (int j = 0; j < 25; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o25__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(26)
void lpcu_restore_wide33_o26__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[35] = {0};
        for (int j = 0; j < 26; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o26__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(27)
void lpcu_restore_wide33_o27__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[36] = {0};
        for (int j = 0; j < 27; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-27]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 27));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o27__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(28)
void lpcu_restore_wide33_o28__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[37] = {0};
        for (int j = 0; j < 28; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-28]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 28));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-27]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 27));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o28__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(29)
void lpcu_restore_wide33_o29__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[38] = {0};
        for (int j = 0; j < 29; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-29]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 29));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-28]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 28));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-27]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 27));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o29__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(30)
void lpcu_restore_wide33_o30__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[39] = {0};
        for (int j = 0; j < 30; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-30]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 30));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-29]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 29));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-28]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 28));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-27]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 27));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o30__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(31)
void lpcu_restore_wide33_o31__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[40] = {0};
        for (int j = 0; j < 31; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-31]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 31));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-30]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 30));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-29]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 29));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-28]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 28));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-27]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 27));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o31__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif

#if LPCU_WITH_ORDER(32)
void lpcu_restore_wide33_o32__avx512(const int32_t *residual, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int64_t *data)
{
    uint32_t i = 0;
    if (data_len >= 8) {
        int64_t cpad[41] = {0};
        for (int j = 0; j < 32; j++)
            cpad[j + 1] = qlp_coeff[j];
        const uint64_t c1 = (uint64_t)(int64_t)qlp_coeff[0];
        const uint64_t c2 = (uint64_t)(int64_t)qlp_coeff[1];
        const uint64_t c3 = (uint64_t)(int64_t)qlp_coeff[2];
        const uint64_t c4 = (uint64_t)(int64_t)qlp_coeff[3];
        const uint64_t c5 = (uint64_t)(int64_t)qlp_coeff[4];
        const uint64_t c6 = (uint64_t)(int64_t)qlp_coeff[5];
        const uint64_t c7 = (uint64_t)(int64_t)qlp_coeff[6];
        const uint64_t c8 = (uint64_t)(int64_t)qlp_coeff[7];
        uint64_t z1 = (uint64_t)(int64_t)data[-1];
        uint64_t prev_res = (uint64_t)(int64_t)data[-1], prev_pred = 0;
        while (data_len - i >= 8) {
            const int64_t *past = data + i;
            uint64_t acc[8];
            simde__m512i v0_0 = simde_mm512_setzero_si512();
            simde__m512i v0_1 = simde_mm512_setzero_si512();
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-32]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 32));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-31]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 31));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-30]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 30));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-29]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 29));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-28]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 28));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-27]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 27));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-26]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 26));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-25]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 25));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-24]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 24));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-23]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 23));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-22]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 22));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-21]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 21));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-20]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 20));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-19]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 19));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-18]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 18));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-17]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 17));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-16]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 16));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-15]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 15));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-14]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 14));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-13]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 13));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-12]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 12));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-11]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 11));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-10]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 10));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-9]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 9));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-8]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 8));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-7]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 7));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-6]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 6));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-5]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 5));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-4]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 4));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-3]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 3));
                v0_1 = simde_mm512_add_epi64(v0_1, simde_mm512_mullo_epi64(x, c_0));
            }
            {
                const simde__m512i x = simde_mm512_set1_epi64(past[-2]);
                const simde__m512i c_0 = simde_mm512_loadu_si512((const void *)(cpad + 2));
                v0_0 = simde_mm512_add_epi64(v0_0, simde_mm512_mullo_epi64(x, c_0));
            }
            simde_mm512_storeu_si512((void *)(acc + 0), simde_mm512_add_epi64(v0_0, v0_1));
            uint64_t y0;
            uint64_t y1;
            uint64_t y2;
            uint64_t y3;
            uint64_t y4;
            uint64_t y5;
            uint64_t y7;
            {
                uint64_t off = acc[0] + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 0];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
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
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 2] = x;
                y2 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[3] + c4 * z1 + c3 * y0 + c2 * y1 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 3];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 3] = x;
                y3 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[4] + c5 * z1 + c4 * y0 + c3 * y1 + c2 * y2 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 4];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 4] = x;
                y4 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[5] + c6 * z1 + c5 * y0 + c4 * y1 + c3 * y2 + c2 * y3 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 5];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 5] = x;
                y5 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[6] + c7 * z1 + c6 * y0 + c5 * y1 + c4 * y2 + c3 * y3 + c2 * y4 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 6];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 6] = x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            {
                uint64_t off = acc[7] + c8 * z1 + c7 * y0 + c6 * y1 + c5 * y2 + c4 * y3 + c3 * y4 + c2 * y5 + c1 * prev_res;
                LPCU_OFF_CHAIN(off);
                const uint64_t sum = off + c1 * prev_pred;
                const int64_t pred = (int64_t)sum >> lp_quantization;
                const int32_t r = residual[i + 7];
                const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);
                data[i + 7] = x;
                y7 = (uint64_t)(int64_t)x;
                prev_res = (uint64_t)(int64_t)r;
                prev_pred = (uint64_t)pred;
            }
            z1 = y7;
            i += 8;
        }
    }
    if (i < data_len)
        lpcu_restore_wide33_o32__scalar(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);
}
#endif
