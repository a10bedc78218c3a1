/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx2 the encoder's range-checked residual kernels (lpcu_compute_residual_limit_*) (through SIMDe), family wide33: 64-bit accumulator and 64-bit samples (FLAC__lpc_restore_signal_wide_33bit semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx2.h>
#include <simde/x86/fma.h>

#if LPCU_WITH_ORDER(1)
uint32_t lpcu_limit_wide33_o1__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 1; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -4; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o1__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(2)
uint32_t lpcu_limit_wide33_o2__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 2; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -4; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o2__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(3)
uint32_t lpcu_limit_wide33_o3__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 3; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -4; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o3__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(4)
uint32_t lpcu_limit_wide33_o4__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 4; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -4; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o4__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(5)
uint32_t lpcu_limit_wide33_o5__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 5; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -8; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o5__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(6)
uint32_t lpcu_limit_wide33_o6__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 6; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -8; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o6__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(7)
uint32_t lpcu_limit_wide33_o7__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 7; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -8; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o7__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(8)
uint32_t lpcu_limit_wide33_o8__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 8; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -8; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o8__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(9)
uint32_t lpcu_limit_wide33_o9__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 9; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -12; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o9__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(10)
uint32_t lpcu_limit_wide33_o10__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 10; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -12; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o10__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(11)
uint32_t lpcu_limit_wide33_o11__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 11; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -12; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o11__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(12)
uint32_t lpcu_limit_wide33_o12__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 12; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -12; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o12__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(13)
uint32_t lpcu_limit_wide33_o13__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 13; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -16; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o13__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(14)
uint32_t lpcu_limit_wide33_o14__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 14; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -16; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o14__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(15)
uint32_t lpcu_limit_wide33_o15__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 15; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -16; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o15__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(16)
uint32_t lpcu_limit_wide33_o16__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 16; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -16; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o16__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(17)
uint32_t lpcu_limit_wide33_o17__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 17; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -20; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o17__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(18)
uint32_t lpcu_limit_wide33_o18__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 18; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -20; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o18__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(19)
uint32_t lpcu_limit_wide33_o19__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 19; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -20; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o19__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(20)
uint32_t lpcu_limit_wide33_o20__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 20; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -20; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o20__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(21)
uint32_t lpcu_limit_wide33_o21__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 21; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -24; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o21__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(22)
uint32_t lpcu_limit_wide33_o22__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 22; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -24; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o22__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(23)
uint32_t lpcu_limit_wide33_o23__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 23; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -24; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o23__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(24)
uint32_t lpcu_limit_wide33_o24__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 24; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -24; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o24__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(25)
uint32_t lpcu_limit_wide33_o25__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 25; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -28; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o25__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(26)
uint32_t lpcu_limit_wide33_o26__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 26; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -28; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o26__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(27)
uint32_t lpcu_limit_wide33_o27__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d k27 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[26]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 27; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 27);
                    a0_0 = simde_mm256_fnmadd_pd(k27, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k27, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k27, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k27, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -28; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o27__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(28)
uint32_t lpcu_limit_wide33_o28__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d k27 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[26]), scale);
        const simde__m256d k28 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[27]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 28; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 27);
                    a0_0 = simde_mm256_fnmadd_pd(k27, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k27, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k27, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k27, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 28);
                    a0_1 = simde_mm256_fnmadd_pd(k28, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k28, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k28, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k28, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -28; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o28__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(29)
uint32_t lpcu_limit_wide33_o29__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d k27 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[26]), scale);
        const simde__m256d k28 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[27]), scale);
        const simde__m256d k29 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[28]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 29; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 29);
                    a0_0 = simde_mm256_fnmadd_pd(k29, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k29, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k29, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k29, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 27);
                    a0_0 = simde_mm256_fnmadd_pd(k27, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k27, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k27, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k27, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 28);
                    a0_1 = simde_mm256_fnmadd_pd(k28, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k28, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k28, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k28, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -32; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o29__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(30)
uint32_t lpcu_limit_wide33_o30__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d k27 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[26]), scale);
        const simde__m256d k28 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[27]), scale);
        const simde__m256d k29 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[28]), scale);
        const simde__m256d k30 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[29]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 30; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 29);
                    a0_0 = simde_mm256_fnmadd_pd(k29, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k29, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k29, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k29, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 30);
                    a0_1 = simde_mm256_fnmadd_pd(k30, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k30, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k30, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k30, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 27);
                    a0_0 = simde_mm256_fnmadd_pd(k27, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k27, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k27, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k27, w1, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 28);
                    a0_1 = simde_mm256_fnmadd_pd(k28, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k28, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k28, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k28, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -32; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o30__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(31)
uint32_t lpcu_limit_wide33_o31__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d k27 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[26]), scale);
        const simde__m256d k28 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[27]), scale);
        const simde__m256d k29 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[28]), scale);
        const simde__m256d k30 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[29]), scale);
        const simde__m256d k31 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[30]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 31; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 29);
                    a0_0 = simde_mm256_fnmadd_pd(k29, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k29, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k29, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k29, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 30);
                    a0_1 = simde_mm256_fnmadd_pd(k30, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k30, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k30, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k30, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 27);
                    a0_0 = simde_mm256_fnmadd_pd(k27, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k27, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k27, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k27, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 31);
                    a0_0 = simde_mm256_fnmadd_pd(k31, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k31, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k31, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k31, w0, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 28);
                    a0_1 = simde_mm256_fnmadd_pd(k28, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k28, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k28, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k28, w1, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -32; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o31__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif

#if LPCU_WITH_ORDER(32)
uint32_t lpcu_limit_wide33_o32__avx2_fma(const int64_t *restrict data, uint32_t data_len,
    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict residual)
{
    uint32_t i = 0;
    if (data_len >= 16) {
        const simde__m256d scale = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 - lp_quantization) << 52));
        const simde__m256d k1 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[0]), scale);
        const simde__m256d k2 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[1]), scale);
        const simde__m256d k3 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[2]), scale);
        const simde__m256d k4 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[3]), scale);
        const simde__m256d k5 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[4]), scale);
        const simde__m256d k6 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[5]), scale);
        const simde__m256d k7 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[6]), scale);
        const simde__m256d k8 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[7]), scale);
        const simde__m256d k9 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[8]), scale);
        const simde__m256d k10 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[9]), scale);
        const simde__m256d k11 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[10]), scale);
        const simde__m256d k12 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[11]), scale);
        const simde__m256d k13 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[12]), scale);
        const simde__m256d k14 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[13]), scale);
        const simde__m256d k15 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[14]), scale);
        const simde__m256d k16 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[15]), scale);
        const simde__m256d k17 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[16]), scale);
        const simde__m256d k18 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[17]), scale);
        const simde__m256d k19 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[18]), scale);
        const simde__m256d k20 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[19]), scale);
        const simde__m256d k21 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[20]), scale);
        const simde__m256d k22 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[21]), scale);
        const simde__m256d k23 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[22]), scale);
        const simde__m256d k24 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[23]), scale);
        const simde__m256d k25 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[24]), scale);
        const simde__m256d k26 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[25]), scale);
        const simde__m256d k27 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[26]), scale);
        const simde__m256d k28 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[27]), scale);
        const simde__m256d k29 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[28]), scale);
        const simde__m256d k30 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[29]), scale);
        const simde__m256d k31 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[30]), scale);
        const simde__m256d k32 = simde_mm256_mul_pd(simde_mm256_set1_pd((double)qlp_coeff[31]), scale);
        const simde__m256d magic = simde_mm256_set1_pd(6755399441055744.0);
        const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_MAX));
        const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);
        const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);
        const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);
        const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);
        double raw[32 + LPCU_EXACT_CHUNK + 3];
        double *const buf = raw + 32 + (4 - (uintptr_t)raw / sizeof(double) % 4) % 4;
        for (int j = 1; j <= 32; j++) {
            if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)
                return 0;
            buf[-j] = (double)data[-j];
        }
        for (;;) {
            uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;
            m -= m % 16;
            simde__m256i big = simde_mm256_setzero_si256();
            for (uint32_t t = 0; t < m; t += 4) {
                const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));
                big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, xmax), simde_mm256_cmpgt_epi64(xmin, x)));
                simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd(simde_mm256_add_epi64(x, magic_bits)), magic));
            }
            if (!simde_mm256_testz_si256(big, big))
                return i;
            for (uint32_t t = 0; t < m; t += 16) {
                const double *h = buf + t;
                simde__m256d a0_0 = simde_mm256_loadu_pd(h + 0);
                simde__m256d a0_1 = simde_mm256_setzero_pd();
                simde__m256d a1_0 = simde_mm256_loadu_pd(h + 4);
                simde__m256d a1_1 = simde_mm256_setzero_pd();
                simde__m256d a2_0 = simde_mm256_loadu_pd(h + 8);
                simde__m256d a2_1 = simde_mm256_setzero_pd();
                simde__m256d a3_0 = simde_mm256_loadu_pd(h + 12);
                simde__m256d a3_1 = simde_mm256_setzero_pd();
                { /* taps j = 1 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -1);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 3);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 7);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 11);
                    a0_0 = simde_mm256_fnmadd_pd(k1, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k1, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k1, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k1, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 5);
                    a0_0 = simde_mm256_fnmadd_pd(k5, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k5, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k5, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k5, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 9);
                    a0_0 = simde_mm256_fnmadd_pd(k9, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k9, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k9, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k9, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 13);
                    a0_0 = simde_mm256_fnmadd_pd(k13, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k13, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k13, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k13, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 17);
                    a0_0 = simde_mm256_fnmadd_pd(k17, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k17, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k17, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k17, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 21);
                    a0_0 = simde_mm256_fnmadd_pd(k21, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k21, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k21, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k21, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 25);
                    a0_0 = simde_mm256_fnmadd_pd(k25, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k25, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k25, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k25, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 29);
                    a0_0 = simde_mm256_fnmadd_pd(k29, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k29, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k29, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k29, w0, a3_0);
                }
                { /* taps j = 2 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -2);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 2);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 6);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 10);
                    a0_1 = simde_mm256_fnmadd_pd(k2, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k2, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k2, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k2, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 6);
                    a0_1 = simde_mm256_fnmadd_pd(k6, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k6, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k6, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k6, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 10);
                    a0_1 = simde_mm256_fnmadd_pd(k10, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k10, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k10, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k10, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 14);
                    a0_1 = simde_mm256_fnmadd_pd(k14, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k14, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k14, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k14, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 18);
                    a0_1 = simde_mm256_fnmadd_pd(k18, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k18, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k18, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k18, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 22);
                    a0_1 = simde_mm256_fnmadd_pd(k22, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k22, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k22, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k22, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 26);
                    a0_1 = simde_mm256_fnmadd_pd(k26, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k26, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k26, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k26, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 30);
                    a0_1 = simde_mm256_fnmadd_pd(k30, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k30, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k30, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k30, w0, a3_1);
                }
                { /* taps j = 3 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -3);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 1);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 5);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 9);
                    a0_0 = simde_mm256_fnmadd_pd(k3, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k3, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k3, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k3, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 7);
                    a0_0 = simde_mm256_fnmadd_pd(k7, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k7, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k7, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k7, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 11);
                    a0_0 = simde_mm256_fnmadd_pd(k11, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k11, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k11, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k11, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 15);
                    a0_0 = simde_mm256_fnmadd_pd(k15, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k15, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k15, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k15, w0, a3_0);
                    w0 = simde_mm256_loadu_pd(h - 19);
                    a0_0 = simde_mm256_fnmadd_pd(k19, w0, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k19, w1, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k19, w2, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k19, w3, a3_0);
                    w3 = simde_mm256_loadu_pd(h - 23);
                    a0_0 = simde_mm256_fnmadd_pd(k23, w3, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k23, w0, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k23, w1, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k23, w2, a3_0);
                    w2 = simde_mm256_loadu_pd(h - 27);
                    a0_0 = simde_mm256_fnmadd_pd(k27, w2, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k27, w3, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k27, w0, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k27, w1, a3_0);
                    w1 = simde_mm256_loadu_pd(h - 31);
                    a0_0 = simde_mm256_fnmadd_pd(k31, w1, a0_0);
                    a1_0 = simde_mm256_fnmadd_pd(k31, w2, a1_0);
                    a2_0 = simde_mm256_fnmadd_pd(k31, w3, a2_0);
                    a3_0 = simde_mm256_fnmadd_pd(k31, w0, a3_0);
                }
                { /* taps j = 0 mod 4 */
                    simde__m256d w0 = simde_mm256_loadu_pd(h + -4);
                    simde__m256d w1 = simde_mm256_loadu_pd(h + 0);
                    simde__m256d w2 = simde_mm256_loadu_pd(h + 4);
                    simde__m256d w3 = simde_mm256_loadu_pd(h + 8);
                    a0_1 = simde_mm256_fnmadd_pd(k4, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k4, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k4, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k4, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 8);
                    a0_1 = simde_mm256_fnmadd_pd(k8, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k8, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k8, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k8, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 12);
                    a0_1 = simde_mm256_fnmadd_pd(k12, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k12, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k12, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k12, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 16);
                    a0_1 = simde_mm256_fnmadd_pd(k16, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k16, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k16, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k16, w0, a3_1);
                    w0 = simde_mm256_loadu_pd(h - 20);
                    a0_1 = simde_mm256_fnmadd_pd(k20, w0, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k20, w1, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k20, w2, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k20, w3, a3_1);
                    w3 = simde_mm256_loadu_pd(h - 24);
                    a0_1 = simde_mm256_fnmadd_pd(k24, w3, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k24, w0, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k24, w1, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k24, w2, a3_1);
                    w2 = simde_mm256_loadu_pd(h - 28);
                    a0_1 = simde_mm256_fnmadd_pd(k28, w2, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k28, w3, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k28, w0, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k28, w1, a3_1);
                    w1 = simde_mm256_loadu_pd(h - 32);
                    a0_1 = simde_mm256_fnmadd_pd(k32, w1, a0_1);
                    a1_1 = simde_mm256_fnmadd_pd(k32, w2, a1_1);
                    a2_1 = simde_mm256_fnmadd_pd(k32, w3, a2_1);
                    a3_1 = simde_mm256_fnmadd_pd(k32, w0, a3_1);
                }
                simde__m256d bad = simde_mm256_setzero_pd();
                a0_0 = simde_mm256_add_pd(a0_0, a0_1);
                const simde__m256d r0 = simde_mm256_ceil_pd(a0_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r0, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a1_0 = simde_mm256_add_pd(a1_0, a1_1);
                const simde__m256d r1 = simde_mm256_ceil_pd(a1_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r1, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a2_0 = simde_mm256_add_pd(a2_0, a2_1);
                const simde__m256d r2 = simde_mm256_ceil_pd(a2_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r2, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                a3_0 = simde_mm256_add_pd(a3_0, a3_1);
                const simde__m256d r3 = simde_mm256_ceil_pd(a3_0);
                bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r3, abs_mask), rmax, SIMDE_CMP_GT_OQ));
                if (simde_mm256_movemask_pd(bad))
                    return i + t;
                simde_mm256_storeu_si256((void *)(residual + i + t + 0), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r0, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r1, magic)), 0x88)), 0xd8));
                simde_mm256_storeu_si256((void *)(residual + i + t + 8), simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps(simde_mm256_castpd_ps(simde_mm256_add_pd(r2, magic)), simde_mm256_castpd_ps(simde_mm256_add_pd(r3, magic)), 0x88)), 0xd8));
            }
            i += m;
            if (m < LPCU_EXACT_CHUNK || data_len - i < 16)
                break;
            for (int t = -32; t < 0; t += 4) /* the samples before the next chunk */
                simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));
        }
    }
    if (i < data_len)
        i += lpcu_limit_wide33_o32__scalar(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);
    return i;
}
#endif
