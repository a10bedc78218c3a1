/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.1.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Lanes kernels (avx2 through SIMDe), family wide: one subframe per lane, for lpcu_restore_signal_wide_multi. */

#include <stdint.h>

#include "../lpcu_kernels.h"
#include "lpcunroll.h"

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

#if LPCU_HAVE_X86_SIMD
#include <simde/x86/avx2.h>

void lpcu_restore_wide_x4_o1__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 1; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[1][4];
    for (int j = 0; j < 1; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        const simde__m256i sum = simde_mm256_mul_epi32(c1, newest);
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o1__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 1; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[1][2];
    for (int j = 0; j < 1; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        const simde__m128i sum = simde_mm_mul_epi32(c1, newest);
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o2__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 2; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[2][4];
    for (int j = 0; j < 2; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]);
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o2__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 2; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[2][2];
    for (int j = 0; j < 2; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c2, ring[(i - 2) % 64]);
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o3__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[3][4];
    for (int j = 0; j < 3; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o3__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 3; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[3][2];
    for (int j = 0; j < 3; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c3, ring[(i - 3) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o4__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[4][4];
    for (int j = 0; j < 4; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o4__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 4; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[4][2];
    for (int j = 0; j < 4; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c4, ring[(i - 4) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o5__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[5][4];
    for (int j = 0; j < 5; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o5__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 5; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[5][2];
    for (int j = 0; j < 5; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c5, ring[(i - 5) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o6__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[6][4];
    for (int j = 0; j < 6; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o6__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 6; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[6][2];
    for (int j = 0; j < 6; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c6, ring[(i - 6) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o7__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[7][4];
    for (int j = 0; j < 7; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o7__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 7; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[7][2];
    for (int j = 0; j < 7; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c7, ring[(i - 7) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o8__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[8][4];
    for (int j = 0; j < 8; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o8__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 8; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[8][2];
    for (int j = 0; j < 8; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c8, ring[(i - 8) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o9__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[9][4];
    for (int j = 0; j < 9; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o9__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 9; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[9][2];
    for (int j = 0; j < 9; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c9, ring[(i - 9) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o10__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[10][4];
    for (int j = 0; j < 10; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o10__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 10; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[10][2];
    for (int j = 0; j < 10; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c10, ring[(i - 10) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o11__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[11][4];
    for (int j = 0; j < 11; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o11__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 11; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[11][2];
    for (int j = 0; j < 11; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c11, ring[(i - 11) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o12__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[12][4];
    for (int j = 0; j < 12; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o12__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 12; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[12][2];
    for (int j = 0; j < 12; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c12, ring[(i - 12) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o13__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[13][4];
    for (int j = 0; j < 13; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o13__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 13; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[13][2];
    for (int j = 0; j < 13; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c13, ring[(i - 13) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o14__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[14][4];
    for (int j = 0; j < 14; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o14__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 14; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[14][2];
    for (int j = 0; j < 14; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c14, ring[(i - 14) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o15__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[15][4];
    for (int j = 0; j < 15; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o15__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 15; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[15][2];
    for (int j = 0; j < 15; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c15, ring[(i - 15) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o16__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[16][4];
    for (int j = 0; j < 16; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o16__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 16; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[16][2];
    for (int j = 0; j < 16; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c16, ring[(i - 16) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o17__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[17][4];
    for (int j = 0; j < 17; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o17__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 17; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[17][2];
    for (int j = 0; j < 17; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c17, ring[(i - 17) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o18__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[18][4];
    for (int j = 0; j < 18; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o18__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 18; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[18][2];
    for (int j = 0; j < 18; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c18, ring[(i - 18) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o19__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 19; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[19][4];
    for (int j = 0; j < 19; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o19__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 19; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[19][2];
    for (int j = 0; j < 19; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c19, ring[(i - 19) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o20__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 20; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[20][4];
    for (int j = 0; j < 20; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o20__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 20; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[20][2];
    for (int j = 0; j < 20; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c20, ring[(i - 20) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o21__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 21; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[21][4];
    for (int j = 0; j < 21; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o21__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 21; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[21][2];
    for (int j = 0; j < 21; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c21, ring[(i - 21) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o22__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 22; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[22][4];
    for (int j = 0; j < 22; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o22__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 22; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[22][2];
    for (int j = 0; j < 22; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c22, ring[(i - 22) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o23__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 23; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[23][4];
    for (int j = 0; j < 23; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o23__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 23; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[23][2];
    for (int j = 0; j < 23; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c23, ring[(i - 23) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o24__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 24; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[24][4];
    for (int j = 0; j < 24; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o24__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 24; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[24][2];
    for (int j = 0; j < 24; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c24, ring[(i - 24) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o25__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 25; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[25][4];
    for (int j = 0; j < 25; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o25__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 25; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[25][2];
    for (int j = 0; j < 25; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c25, ring[(i - 25) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o26__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 26; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[26][4];
    for (int j = 0; j < 26; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o26__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 26; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[26][2];
    for (int j = 0; j < 26; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c26, ring[(i - 26) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o27__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 27; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[27][4];
    for (int j = 0; j < 27; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    const simde__m256i c27 = simde_mm256_loadu_si256((const void *)cv[26]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c27, ring[(i - 27) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o27__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 27; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[27][2];
    for (int j = 0; j < 27; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    const simde__m128i c27 = simde_mm_loadu_si128((const void *)cv[26]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c27, ring[(i - 27) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o28__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 28; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[28][4];
    for (int j = 0; j < 28; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    const simde__m256i c27 = simde_mm256_loadu_si256((const void *)cv[26]);
    const simde__m256i c28 = simde_mm256_loadu_si256((const void *)cv[27]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c28, ring[(i - 28) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o28__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 28; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[28][2];
    for (int j = 0; j < 28; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    const simde__m128i c27 = simde_mm_loadu_si128((const void *)cv[26]);
    const simde__m128i c28 = simde_mm_loadu_si128((const void *)cv[27]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c28, ring[(i - 28) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o29__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 29; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[29][4];
    for (int j = 0; j < 29; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    const simde__m256i c27 = simde_mm256_loadu_si256((const void *)cv[26]);
    const simde__m256i c28 = simde_mm256_loadu_si256((const void *)cv[27]);
    const simde__m256i c29 = simde_mm256_loadu_si256((const void *)cv[28]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c29, ring[(i - 29) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o29__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 29; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[29][2];
    for (int j = 0; j < 29; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    const simde__m128i c27 = simde_mm_loadu_si128((const void *)cv[26]);
    const simde__m128i c28 = simde_mm_loadu_si128((const void *)cv[27]);
    const simde__m128i c29 = simde_mm_loadu_si128((const void *)cv[28]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c29, ring[(i - 29) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o30__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 30; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[30][4];
    for (int j = 0; j < 30; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    const simde__m256i c27 = simde_mm256_loadu_si256((const void *)cv[26]);
    const simde__m256i c28 = simde_mm256_loadu_si256((const void *)cv[27]);
    const simde__m256i c29 = simde_mm256_loadu_si256((const void *)cv[28]);
    const simde__m256i c30 = simde_mm256_loadu_si256((const void *)cv[29]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c30, ring[(i - 30) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c29, ring[(i - 29) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o30__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 30; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[30][2];
    for (int j = 0; j < 30; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    const simde__m128i c27 = simde_mm_loadu_si128((const void *)cv[26]);
    const simde__m128i c28 = simde_mm_loadu_si128((const void *)cv[27]);
    const simde__m128i c29 = simde_mm_loadu_si128((const void *)cv[28]);
    const simde__m128i c30 = simde_mm_loadu_si128((const void *)cv[29]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c30, ring[(i - 30) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c29, ring[(i - 29) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o31__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 31; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[31][4];
    for (int j = 0; j < 31; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    const simde__m256i c27 = simde_mm256_loadu_si256((const void *)cv[26]);
    const simde__m256i c28 = simde_mm256_loadu_si256((const void *)cv[27]);
    const simde__m256i c29 = simde_mm256_loadu_si256((const void *)cv[28]);
    const simde__m256i c30 = simde_mm256_loadu_si256((const void *)cv[29]);
    const simde__m256i c31 = simde_mm256_loadu_si256((const void *)cv[30]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c31, ring[(i - 31) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c30, ring[(i - 30) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c29, ring[(i - 29) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o31__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 31; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[31][2];
    for (int j = 0; j < 31; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    const simde__m128i c27 = simde_mm_loadu_si128((const void *)cv[26]);
    const simde__m128i c28 = simde_mm_loadu_si128((const void *)cv[27]);
    const simde__m128i c29 = simde_mm_loadu_si128((const void *)cv[28]);
    const simde__m128i c30 = simde_mm_loadu_si128((const void *)cv[29]);
    const simde__m128i c31 = simde_mm_loadu_si128((const void *)cv[30]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c31, ring[(i - 31) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c30, ring[(i - 30) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c29, ring[(i - 29) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}

void lpcu_restore_wide_x4_o32__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[4];
    simde__m256i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    const int32_t *const res2 = g->residual[2];
    const int32_t *const res3 = g->residual[3];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    int32_t *const out2 = g->data[2];
    int32_t *const out3 = g->data[3];
    for (int j = 1; j <= 32; j++) {
        for (int l = 0; l < 4; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm256_loadu_si256((const void *)buf);
    }
    int64_t cv[32][4];
    for (int j = 0; j < 32; j++)
        for (int l = 0; l < 4; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m256i c1 = simde_mm256_loadu_si256((const void *)cv[0]);
    const simde__m256i c2 = simde_mm256_loadu_si256((const void *)cv[1]);
    const simde__m256i c3 = simde_mm256_loadu_si256((const void *)cv[2]);
    const simde__m256i c4 = simde_mm256_loadu_si256((const void *)cv[3]);
    const simde__m256i c5 = simde_mm256_loadu_si256((const void *)cv[4]);
    const simde__m256i c6 = simde_mm256_loadu_si256((const void *)cv[5]);
    const simde__m256i c7 = simde_mm256_loadu_si256((const void *)cv[6]);
    const simde__m256i c8 = simde_mm256_loadu_si256((const void *)cv[7]);
    const simde__m256i c9 = simde_mm256_loadu_si256((const void *)cv[8]);
    const simde__m256i c10 = simde_mm256_loadu_si256((const void *)cv[9]);
    const simde__m256i c11 = simde_mm256_loadu_si256((const void *)cv[10]);
    const simde__m256i c12 = simde_mm256_loadu_si256((const void *)cv[11]);
    const simde__m256i c13 = simde_mm256_loadu_si256((const void *)cv[12]);
    const simde__m256i c14 = simde_mm256_loadu_si256((const void *)cv[13]);
    const simde__m256i c15 = simde_mm256_loadu_si256((const void *)cv[14]);
    const simde__m256i c16 = simde_mm256_loadu_si256((const void *)cv[15]);
    const simde__m256i c17 = simde_mm256_loadu_si256((const void *)cv[16]);
    const simde__m256i c18 = simde_mm256_loadu_si256((const void *)cv[17]);
    const simde__m256i c19 = simde_mm256_loadu_si256((const void *)cv[18]);
    const simde__m256i c20 = simde_mm256_loadu_si256((const void *)cv[19]);
    const simde__m256i c21 = simde_mm256_loadu_si256((const void *)cv[20]);
    const simde__m256i c22 = simde_mm256_loadu_si256((const void *)cv[21]);
    const simde__m256i c23 = simde_mm256_loadu_si256((const void *)cv[22]);
    const simde__m256i c24 = simde_mm256_loadu_si256((const void *)cv[23]);
    const simde__m256i c25 = simde_mm256_loadu_si256((const void *)cv[24]);
    const simde__m256i c26 = simde_mm256_loadu_si256((const void *)cv[25]);
    const simde__m256i c27 = simde_mm256_loadu_si256((const void *)cv[26]);
    const simde__m256i c28 = simde_mm256_loadu_si256((const void *)cv[27]);
    const simde__m256i c29 = simde_mm256_loadu_si256((const void *)cv[28]);
    const simde__m256i c30 = simde_mm256_loadu_si256((const void *)cv[29]);
    const simde__m256i c31 = simde_mm256_loadu_si256((const void *)cv[30]);
    const simde__m256i c32 = simde_mm256_loadu_si256((const void *)cv[31]);
    int64_t sh[4];
    for (int l = 0; l < 4; l++)
        sh[l] = g->shift[l];
    const simde__m256i shift = simde_mm256_loadu_si256((const void *)sh);
    const simde__m256i zero = simde_mm256_setzero_si256();
    simde__m256i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m256i r = simde_mm256_set_epi64x(res3[i], res2[i], res1[i], res0[i]);
        simde__m256i off = simde_mm256_mul_epi32(c32, ring[(i - 32) % 64]);
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c31, ring[(i - 31) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c30, ring[(i - 30) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c29, ring[(i - 29) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m256i sum = simde_mm256_add_epi64(off, simde_mm256_mul_epi32(c1, newest));
        const simde__m256i sign = simde_mm256_cmpgt_epi64(zero, sum);
        const simde__m256i pred = simde_mm256_xor_si256(simde_mm256_srlv_epi64(simde_mm256_xor_si256(sum, sign), shift), sign);
        const simde__m256i x = simde_mm256_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm256_storeu_si256((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
        out2[i] = (int32_t)buf[2];
        out3[i] = (int32_t)buf[3];
    }
}

void lpcu_restore_wide_x2_o32__avx2(const struct lpcu_lanes *g, uint32_t n)
{
    int64_t buf[2];
    simde__m128i ring[64];
    const int32_t *const res0 = g->residual[0];
    const int32_t *const res1 = g->residual[1];
    int32_t *const out0 = g->data[0];
    int32_t *const out1 = g->data[1];
    for (int j = 1; j <= 32; j++) {
        for (int l = 0; l < 2; l++)
            buf[l] = g->data[l][-j];
        ring[(uint32_t)-j % 64] = simde_mm_loadu_si128((const void *)buf);
    }
    int64_t cv[32][2];
    for (int j = 0; j < 32; j++)
        for (int l = 0; l < 2; l++)
            cv[j][l] = g->coeff[j][l];
    const simde__m128i c1 = simde_mm_loadu_si128((const void *)cv[0]);
    const simde__m128i c2 = simde_mm_loadu_si128((const void *)cv[1]);
    const simde__m128i c3 = simde_mm_loadu_si128((const void *)cv[2]);
    const simde__m128i c4 = simde_mm_loadu_si128((const void *)cv[3]);
    const simde__m128i c5 = simde_mm_loadu_si128((const void *)cv[4]);
    const simde__m128i c6 = simde_mm_loadu_si128((const void *)cv[5]);
    const simde__m128i c7 = simde_mm_loadu_si128((const void *)cv[6]);
    const simde__m128i c8 = simde_mm_loadu_si128((const void *)cv[7]);
    const simde__m128i c9 = simde_mm_loadu_si128((const void *)cv[8]);
    const simde__m128i c10 = simde_mm_loadu_si128((const void *)cv[9]);
    const simde__m128i c11 = simde_mm_loadu_si128((const void *)cv[10]);
    const simde__m128i c12 = simde_mm_loadu_si128((const void *)cv[11]);
    const simde__m128i c13 = simde_mm_loadu_si128((const void *)cv[12]);
    const simde__m128i c14 = simde_mm_loadu_si128((const void *)cv[13]);
    const simde__m128i c15 = simde_mm_loadu_si128((const void *)cv[14]);
    const simde__m128i c16 = simde_mm_loadu_si128((const void *)cv[15]);
    const simde__m128i c17 = simde_mm_loadu_si128((const void *)cv[16]);
    const simde__m128i c18 = simde_mm_loadu_si128((const void *)cv[17]);
    const simde__m128i c19 = simde_mm_loadu_si128((const void *)cv[18]);
    const simde__m128i c20 = simde_mm_loadu_si128((const void *)cv[19]);
    const simde__m128i c21 = simde_mm_loadu_si128((const void *)cv[20]);
    const simde__m128i c22 = simde_mm_loadu_si128((const void *)cv[21]);
    const simde__m128i c23 = simde_mm_loadu_si128((const void *)cv[22]);
    const simde__m128i c24 = simde_mm_loadu_si128((const void *)cv[23]);
    const simde__m128i c25 = simde_mm_loadu_si128((const void *)cv[24]);
    const simde__m128i c26 = simde_mm_loadu_si128((const void *)cv[25]);
    const simde__m128i c27 = simde_mm_loadu_si128((const void *)cv[26]);
    const simde__m128i c28 = simde_mm_loadu_si128((const void *)cv[27]);
    const simde__m128i c29 = simde_mm_loadu_si128((const void *)cv[28]);
    const simde__m128i c30 = simde_mm_loadu_si128((const void *)cv[29]);
    const simde__m128i c31 = simde_mm_loadu_si128((const void *)cv[30]);
    const simde__m128i c32 = simde_mm_loadu_si128((const void *)cv[31]);
    int64_t sh[2];
    for (int l = 0; l < 2; l++)
        sh[l] = g->shift[l];
    const simde__m128i shift = simde_mm_loadu_si128((const void *)sh);
    const simde__m128i zero = simde_mm_setzero_si128();
    simde__m128i newest = ring[63];
    for (uint32_t i = 0; i < n; i++) {
        const simde__m128i r = simde_mm_set_epi64x(res1[i], res0[i]);
        simde__m128i off = simde_mm_mul_epi32(c32, ring[(i - 32) % 64]);
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c31, ring[(i - 31) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c30, ring[(i - 30) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c29, ring[(i - 29) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c28, ring[(i - 28) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c27, ring[(i - 27) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c26, ring[(i - 26) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c25, ring[(i - 25) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c24, ring[(i - 24) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c23, ring[(i - 23) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c22, ring[(i - 22) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c21, ring[(i - 21) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c20, ring[(i - 20) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c19, ring[(i - 19) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c18, ring[(i - 18) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c17, ring[(i - 17) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c16, ring[(i - 16) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c15, ring[(i - 15) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c14, ring[(i - 14) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c13, ring[(i - 13) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c12, ring[(i - 12) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c11, ring[(i - 11) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c10, ring[(i - 10) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c9, ring[(i - 9) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c8, ring[(i - 8) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c7, ring[(i - 7) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c6, ring[(i - 6) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c5, ring[(i - 5) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c4, ring[(i - 4) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c3, ring[(i - 3) % 64]));
        off = simde_mm_add_epi64(off, simde_mm_mul_epi32(c2, ring[(i - 2) % 64]));
        const simde__m128i sum = simde_mm_add_epi64(off, simde_mm_mul_epi32(c1, newest));
        const simde__m128i sign = simde_mm_cmpgt_epi64(zero, sum);
        const simde__m128i pred = simde_mm_xor_si128(simde_mm_srlv_epi64(simde_mm_xor_si128(sum, sign), shift), sign);
        const simde__m128i x = simde_mm_add_epi64(r, pred);
        newest = x;
        ring[i % 64] = x;
        simde_mm_storeu_si128((void *)buf, x);
        out0[i] = (int32_t)buf[0];
        out1[i] = (int32_t)buf[1];
    }
}
#endif /* LPCU_HAVE_X86_SIMD */
