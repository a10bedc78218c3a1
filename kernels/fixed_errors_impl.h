/* SPDX-License-Identifier: MIT */
/*
 * The fixed predictor's encoder-side SIMD kernels, one body for every vector width: the
 * including file defines LPCU_ISA (the symbols' suffix) and LPCU_FE_BITS (128, 256, 512) and is
 * compiled with that ISA's flags, as the generated kernels are (libdeflate's *_impl.h
 * pattern). kernels/fixed_encode.c turns the sums into libFLAC's order and bit estimates.
 *
 * The sums of |error| of the five fixed predictors over data[0 .. data_len-1], reading the
 * warm-up data[-4 .. -1], as libFLAC's FLAC__fixed_compute_best_predictor(_wide): the error
 * of order k is the k-th difference, computed in 32-bit two's complement (libFLAC's int
 * arithmetic, which its encoder keeps from overflowing; here it wraps), its magnitude taken
 * as uint32_t (|INT32_MIN| = 2^31). libFLAC adds one sample at a time; the kernels add a vector
 * of consecutive samples at a time, each lane its own partial sum, and add the lanes at the
 * end: integer sums modulo 2^32 (narrow) or exact in 64 bits (wide), so the order of the
 * additions does not matter. The differences come from unaligned loads at offsets 0 .. -4
 * (x0 .. x4): four first differences, three second, two third, one fourth per vector.
 */
#include <stdint.h>

#include "lpcu_kernels.h"

#ifndef FE_UNROLL
#define FE_UNROLL 2 /* vectors per loop trip */
#endif

#if LPCU_FE_BITS == 512
#include <simde/x86/avx512.h>
#define FE_LANES 16
typedef simde__m512i fe_vec;
#define fe_load(p) simde_mm512_loadu_si512((const void *)(p))
#define fe_store(p, v) simde_mm512_storeu_si512((void *)(p), (v))
#define fe_zero simde_mm512_setzero_si512
#define fe_sub32 simde_mm512_sub_epi32
#define fe_add32 simde_mm512_add_epi32
#define fe_abs32 simde_mm512_abs_epi32
#define fe_add64 simde_mm512_add_epi64
#define fe_srl64 simde_mm512_srli_epi64
#define fe_and simde_mm512_and_si512
#define fe_low32 simde_mm512_set1_epi64(INT64_C(0xffffffff))
static inline simde__m128i fe_half32(fe_vec v) /* the lanes added pairwise down to 128 bits */
{
    const simde__m256i h =
        simde_mm256_add_epi32(simde_mm512_castsi512_si256(v), simde_mm512_extracti64x4_epi64(v, 1));
    return simde_mm_add_epi32(simde_mm256_castsi256_si128(h), simde_mm256_extracti128_si256(h, 1));
}
static inline simde__m128i fe_half64(fe_vec v)
{
    const simde__m256i h =
        simde_mm256_add_epi64(simde_mm512_castsi512_si256(v), simde_mm512_extracti64x4_epi64(v, 1));
    return simde_mm_add_epi64(simde_mm256_castsi256_si128(h), simde_mm256_extracti128_si256(h, 1));
}
#elif LPCU_FE_BITS == 256
#include <simde/x86/avx2.h>
#define FE_LANES 8
typedef simde__m256i fe_vec;
#define fe_load(p) simde_mm256_loadu_si256((const simde__m256i *)(const void *)(p))
#define fe_store(p, v) simde_mm256_storeu_si256((simde__m256i *)(void *)(p), (v))
#define fe_zero simde_mm256_setzero_si256
#define fe_sub32 simde_mm256_sub_epi32
#define fe_add32 simde_mm256_add_epi32
#define fe_abs32 simde_mm256_abs_epi32
#define fe_add64 simde_mm256_add_epi64
#define fe_srl64 simde_mm256_srli_epi64
#define fe_and simde_mm256_and_si256
#define fe_low32 simde_mm256_set1_epi64x(INT64_C(0xffffffff))
static inline simde__m128i fe_half32(fe_vec v)
{
    return simde_mm_add_epi32(simde_mm256_castsi256_si128(v), simde_mm256_extracti128_si256(v, 1));
}
static inline simde__m128i fe_half64(fe_vec v)
{
    return simde_mm_add_epi64(simde_mm256_castsi256_si128(v), simde_mm256_extracti128_si256(v, 1));
}
#else
#include <simde/x86/sse4.1.h>
#define FE_LANES 4
typedef simde__m128i fe_vec;
#define fe_load(p) simde_mm_loadu_si128((const simde__m128i *)(const void *)(p))
#define fe_store(p, v) simde_mm_storeu_si128((simde__m128i *)(void *)(p), (v))
#define fe_zero simde_mm_setzero_si128
#define fe_sub32 simde_mm_sub_epi32
#define fe_add32 simde_mm_add_epi32
#define fe_abs32 simde_mm_abs_epi32
#define fe_add64 simde_mm_add_epi64
#define fe_srl64 simde_mm_srli_epi64
#define fe_and simde_mm_and_si128
#define fe_low32 simde_mm_set1_epi64x(INT64_C(0xffffffff))
#define fe_half32(v) (v)
#define fe_half64(v) (v)
#endif

/* The magnitudes of the five errors of the vector of samples at x: e_k = |k-th difference|.
   A macro, not a function taking an array: gcc keeps arrays of vectors in memory. */
#define FE_ERRORS(x, e0, e1, e2, e3, e4)                                                           \
    do {                                                                                           \
        const fe_vec x0 = fe_load(x), x1 = fe_load((x)-1), x2 = fe_load((x)-2);                    \
        const fe_vec x3 = fe_load((x)-3), x4 = fe_load((x)-4);                                     \
        const fe_vec a1 = fe_sub32(x0, x1), b1 = fe_sub32(x1, x2), c1 = fe_sub32(x2, x3);          \
        const fe_vec d1 = fe_sub32(x3, x4);                                                        \
        const fe_vec a2 = fe_sub32(a1, b1), b2 = fe_sub32(b1, c1), c2 = fe_sub32(c1, d1);          \
        const fe_vec a3 = fe_sub32(a2, b2), b3 = fe_sub32(b2, c2);                                 \
        e0 = fe_abs32(x0);                                                                         \
        e1 = fe_abs32(a1);                                                                         \
        e2 = fe_abs32(a2);                                                                         \
        e3 = fe_abs32(a3);                                                                         \
        e4 = fe_abs32(fe_sub32(a3, b3));                                                           \
    } while (0)

/* The errors of the samples left after the vectors, one at a time, in libFLAC's recurrence:
   only for data_len < FE_LANES (longer inputs end with fe_last_vector). */
static inline void fe_tail(const int32_t *data, uint32_t i, uint32_t data_len, uint64_t sum[5])
{
    for (; i < data_len; i++) {
        const int32_t *x = data + i; /* x[-4 .. 0] */
        uint32_t e = (uint32_t)x[0];
        uint32_t prev[4];
        prev[0] = (uint32_t)x[-1];
        prev[1] = prev[0] - (uint32_t)x[-2];
        prev[2] = prev[1] - ((uint32_t)x[-2] - (uint32_t)x[-3]);
        prev[3] = prev[2] - ((uint32_t)x[-2] - 2u * (uint32_t)x[-3] + (uint32_t)x[-4]);
        for (int k = 0; k < 5; k++) {
            sum[k] += e >> 31 ? 0u - e : e;
            if (k < 4)
                e -= prev[k];
        }
    }
}

/* Lane masks: loaded from fe_keep + r, the last r lanes are all ones, the others zero. */
static const int32_t fe_keep[2 * FE_LANES] = {
    0,  0,  0,  0,
#if FE_LANES > 4
    0,  0,  0,  0,
#endif
#if FE_LANES > 8
    0,  0,  0,  0,  0,  0,  0,  0,
#endif
    -1, -1, -1, -1,
#if FE_LANES > 4
    -1, -1, -1, -1,
#endif
#if FE_LANES > 8
    -1, -1, -1, -1, -1, -1, -1, -1,
#endif
};

/* The last r (1 .. FE_LANES-1) samples of data[0 .. data_len-1], data_len >= FE_LANES: the
   errors of the vector that ends at data_len, its first FE_LANES - r lanes (counted already)
   zeroed. One vector instead of up to FE_LANES-1 scalar samples. */
#define FE_LAST_VECTOR(data, data_len, r, e0, e1, e2, e3, e4)                                      \
    do {                                                                                           \
        const fe_vec keep = fe_load(fe_keep + (r));                                                \
        FE_ERRORS((data) + (data_len)-FE_LANES, e0, e1, e2, e3, e4);                               \
        e0 = fe_and(e0, keep);                                                                     \
        e1 = fe_and(e1, keep);                                                                     \
        e2 = fe_and(e2, keep);                                                                     \
        e3 = fe_and(e3, keep);                                                                     \
        e4 = fe_and(e4, keep);                                                                     \
    } while (0)

#define FE_ADD_NARROW(e0, e1, e2, e3, e4)                                                          \
    do {                                                                                           \
        t0 = fe_add32(t0, e0);                                                                     \
        t1 = fe_add32(t1, e1);                                                                     \
        t2 = fe_add32(t2, e2);                                                                     \
        t3 = fe_add32(t3, e3);                                                                     \
        t4 = fe_add32(t4, e4);                                                                     \
    } while (0)

/* 32-bit sums. Per vector the loop issues 20 vector integer operations (10 subtractions, 5
   absolute values, 5 additions; gcc 12 emits 22, rewriting two differences as doublings),
   4 loads and 1-2 loop instructions. Measured here (Zen 3, AVX2, ticks per sample, n = 4096),
   the time follows the operation count: 0.60-0.62 as is, 0.51-0.54 without the absolute
   values, 0.36 without orders 3 and 4, and unchanged with every load aligned. Tried and
   slower: two passes over 256-1024-sample chunks, the first storing the second differences
   for the second (16 operations and a store per vector): 0.63-0.68, the stores and loop exits
   eating the gain; one pass per order (libFLAC-like carried differences in memory): 0.87; the
   shifted vectors from one or two loads and vpalignr (+ vperm2i128): 0.72-0.81, shuffles
   competing for the same pipes; the differences pinned against gcc's rewriting (20
   operations): 0.63-0.65. */
void LPCU_SYM(lpcu_fixed_errors_narrow)(const int32_t *data, uint32_t data_len, uint32_t total[5])
{
    fe_vec t0 = fe_zero(), t1 = fe_zero(), t2 = fe_zero(), t3 = fe_zero(), t4 = fe_zero();
    fe_vec e0, e1, e2, e3, e4;
    uint32_t i = 0;
    for (; data_len - i >= FE_UNROLL * FE_LANES; i += FE_UNROLL * FE_LANES) {
        for (int u = 0; u < FE_UNROLL; u++) {
            FE_ERRORS(data + i + u * FE_LANES, e0, e1, e2, e3, e4);
            FE_ADD_NARROW(e0, e1, e2, e3, e4);
        }
    }
    for (; data_len - i >= FE_LANES; i += FE_LANES) {
        FE_ERRORS(data + i, e0, e1, e2, e3, e4);
        FE_ADD_NARROW(e0, e1, e2, e3, e4);
    }
    uint64_t tail[5] = {0, 0, 0, 0, 0};
    if (i < data_len && data_len >= FE_LANES) {
        FE_LAST_VECTOR(data, data_len, data_len - i, e0, e1, e2, e3, e4);
        FE_ADD_NARROW(e0, e1, e2, e3, e4);
    } else {
        fe_tail(data, i, data_len, tail);
    }
    /* the lanes' sums, transposed by horizontal additions: lane k of s is order k's */
    const simde__m128i h0 = fe_half32(t0), h1 = fe_half32(t1), h2 = fe_half32(t2);
    const simde__m128i h3 = fe_half32(t3), h4 = fe_half32(t4);
    const simde__m128i s =
        simde_mm_hadd_epi32(simde_mm_hadd_epi32(h0, h1), simde_mm_hadd_epi32(h2, h3));
    const simde__m128i s4 = simde_mm_hadd_epi32(simde_mm_hadd_epi32(h4, h4), h4);
    total[0] = (uint32_t)simde_mm_extract_epi32(s, 0) + (uint32_t)tail[0];
    total[1] = (uint32_t)simde_mm_extract_epi32(s, 1) + (uint32_t)tail[1];
    total[2] = (uint32_t)simde_mm_extract_epi32(s, 2) + (uint32_t)tail[2];
    total[3] = (uint32_t)simde_mm_extract_epi32(s, 3) + (uint32_t)tail[3];
    total[4] = (uint32_t)simde_mm_extract_epi32(s4, 0) + (uint32_t)tail[4];
}

/* 64-bit sums: each vector's magnitudes split into even and odd 32-bit lanes, zero-extended,
   and added to 64-bit lanes. */
#define FE_ADD_WIDE(t, e) t = fe_add64(fe_add64(t, fe_and(e, low32)), fe_srl64(e, 32))
#define FE_ADD_WIDE_ALL(e0, e1, e2, e3, e4)                                                        \
    do {                                                                                           \
        FE_ADD_WIDE(t0, e0);                                                                       \
        FE_ADD_WIDE(t1, e1);                                                                       \
        FE_ADD_WIDE(t2, e2);                                                                       \
        FE_ADD_WIDE(t3, e3);                                                                       \
        FE_ADD_WIDE(t4, e4);                                                                       \
    } while (0)

void LPCU_SYM(lpcu_fixed_errors_wide)(const int32_t *data, uint32_t data_len, uint64_t total[5])
{
    const fe_vec low32 = fe_low32;
    fe_vec t0 = fe_zero(), t1 = fe_zero(), t2 = fe_zero(), t3 = fe_zero(), t4 = fe_zero();
    fe_vec e0, e1, e2, e3, e4;
    uint32_t i = 0;
    for (; data_len - i >= FE_LANES; i += FE_LANES) {
        FE_ERRORS(data + i, e0, e1, e2, e3, e4);
        FE_ADD_WIDE_ALL(e0, e1, e2, e3, e4);
    }
    uint64_t tail[5] = {0, 0, 0, 0, 0};
    if (i < data_len && data_len >= FE_LANES) {
        FE_LAST_VECTOR(data, data_len, data_len - i, e0, e1, e2, e3, e4);
        FE_ADD_WIDE_ALL(e0, e1, e2, e3, e4);
    } else {
        fe_tail(data, i, data_len, tail);
    }
    const simde__m128i h0 = fe_half64(t0), h1 = fe_half64(t1), h2 = fe_half64(t2);
    const simde__m128i h3 = fe_half64(t3), h4 = fe_half64(t4);
    total[0] = (uint64_t)simde_mm_extract_epi64(h0, 0) + (uint64_t)simde_mm_extract_epi64(h0, 1);
    total[1] = (uint64_t)simde_mm_extract_epi64(h1, 0) + (uint64_t)simde_mm_extract_epi64(h1, 1);
    total[2] = (uint64_t)simde_mm_extract_epi64(h2, 0) + (uint64_t)simde_mm_extract_epi64(h2, 1);
    total[3] = (uint64_t)simde_mm_extract_epi64(h3, 0) + (uint64_t)simde_mm_extract_epi64(h3, 1);
    total[4] = (uint64_t)simde_mm_extract_epi64(h4, 0) + (uint64_t)simde_mm_extract_epi64(h4, 1);
    for (int k = 0; k < 5; k++)
        total[k] += tail[k];
}
