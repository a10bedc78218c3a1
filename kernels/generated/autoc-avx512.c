/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx512 autocorrelation kernels (lpcu_compute_autocorrelation), through SIMDe: float data, double sums, lags across lanes. */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#include <simde/x86/avx512.h>

void lpcu_autoc_lag1__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 1; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag2__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 2; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag3__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 3; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag4__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 4; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag5__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 5; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag6__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 6; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag7__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 7; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag8__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
        }
    }
    for (int c = 0; c < 8; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag9__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 9; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag10__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 10; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag11__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 11; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag12__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 12; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag13__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 13; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag14__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 14; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag15__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 15; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag16__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
        }
    }
    for (int c = 0; c < 16; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag17__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 17; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag18__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 18; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag19__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 19; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag20__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 20; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag21__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 21; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag22__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 22; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag23__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 23; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag24__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
        }
    }
    for (int c = 0; c < 24; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag25__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 25; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag26__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 26; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag27__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 27; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag28__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 28; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag29__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 29; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag30__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 30; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag31__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 31; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag32__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
        }
    }
    for (int c = 0; c < 32; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag33__avx512(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 40];
    double sums[40] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 40;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k + 4 <= have; k += 4)
                simde_mm256_storeu_pd(buf + k, simde_mm256_cvtps_pd(simde_mm_loadu_ps(data + k)));
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            simde__m512d a0 = simde_mm512_loadu_pd(sums + 0);
            simde__m512d a1 = simde_mm512_loadu_pd(sums + 8);
            simde__m512d a2 = simde_mm512_loadu_pd(sums + 16);
            simde__m512d a3 = simde_mm512_loadu_pd(sums + 24);
            simde__m512d a4 = simde_mm512_loadu_pd(sums + 32);
            uint32_t s = 0;
            for (; s < n; s++) {
                const simde__m512d x0 = simde_mm512_set1_pd(buf[s + 0]);
                a0 = simde_mm512_add_pd(a0, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 0)));
                a1 = simde_mm512_add_pd(a1, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 8)));
                a2 = simde_mm512_add_pd(a2, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 16)));
                a3 = simde_mm512_add_pd(a3, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 24)));
                a4 = simde_mm512_add_pd(a4, simde_mm512_mul_pd(x0, simde_mm512_loadu_pd(buf + s + 32)));
            }
            simde_mm512_storeu_pd(sums + 0, a0);
            simde_mm512_storeu_pd(sums + 8, a1);
            simde_mm512_storeu_pd(sums + 16, a2);
            simde_mm512_storeu_pd(sums + 24, a3);
            simde_mm512_storeu_pd(sums + 32, a4);
        }
    }
    for (int c = 0; c < 33; c++)
        autoc[c] = sums[c];
}
