/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Scalar autocorrelation kernels (lpcu_compute_autocorrelation): float data, double sums, lags across lanes. */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

void lpcu_autoc_lag1__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 1];
    double sums[1] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 1;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
            }
            sums[0] = a0;
        }
    }
    for (int c = 0; c < 1; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag2__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 2];
    double sums[2] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 2;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
            }
            sums[0] = a0;
            sums[1] = a1;
        }
    }
    for (int c = 0; c < 2; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag3__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 3];
    double sums[3] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 3;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
        }
    }
    for (int c = 0; c < 3; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag4__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 4];
    double sums[4] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 4;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
        }
    }
    for (int c = 0; c < 4; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag5__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 5];
    double sums[5] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 5;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
        }
    }
    for (int c = 0; c < 5; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag6__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 6];
    double sums[6] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 6;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
        }
    }
    for (int c = 0; c < 6; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag7__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 7];
    double sums[7] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 7;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
        }
    }
    for (int c = 0; c < 7; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag8__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 8];
    double sums[8] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 8;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
    }
    for (int c = 0; c < 8; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag9__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 9];
    double sums[9] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 9;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
            }
            sums[8] = a8;
        }
    }
    for (int c = 0; c < 9; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag10__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 10];
    double sums[10] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 10;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
            }
            sums[8] = a8;
            sums[9] = a9;
        }
    }
    for (int c = 0; c < 10; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag11__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 11];
    double sums[11] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 11;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
        }
    }
    for (int c = 0; c < 11; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag12__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 12];
    double sums[12] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 12;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
        }
    }
    for (int c = 0; c < 12; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag13__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 13];
    double sums[13] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 13;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
        }
    }
    for (int c = 0; c < 13; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag14__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 14];
    double sums[14] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 14;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
        }
    }
    for (int c = 0; c < 14; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag15__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 15];
    double sums[15] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 15;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
        }
    }
    for (int c = 0; c < 15; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag16__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 16];
    double sums[16] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 16;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
    }
    for (int c = 0; c < 16; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag17__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 17];
    double sums[17] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 17;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
            }
            sums[16] = a16;
        }
    }
    for (int c = 0; c < 17; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag18__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 18];
    double sums[18] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 18;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
            }
            sums[16] = a16;
            sums[17] = a17;
        }
    }
    for (int c = 0; c < 18; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag19__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 19];
    double sums[19] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 19;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
        }
    }
    for (int c = 0; c < 19; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag20__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 20];
    double sums[20] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 20;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
        }
    }
    for (int c = 0; c < 20; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag21__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 21];
    double sums[21] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 21;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
        }
    }
    for (int c = 0; c < 21; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag22__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 22];
    double sums[22] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 22;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
        }
    }
    for (int c = 0; c < 22; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag23__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 23];
    double sums[23] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 23;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
        }
    }
    for (int c = 0; c < 23; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag24__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 24];
    double sums[24] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 24;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
    }
    for (int c = 0; c < 24; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag25__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 25];
    double sums[25] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 25;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
            }
            sums[24] = a24;
        }
    }
    for (int c = 0; c < 25; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag26__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 26];
    double sums[26] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 26;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
            }
            sums[24] = a24;
            sums[25] = a25;
        }
    }
    for (int c = 0; c < 26; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag27__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 27];
    double sums[27] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 27;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
        }
    }
    for (int c = 0; c < 27; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag28__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 28];
    double sums[28] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 28;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            double a27 = sums[27];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
                a27 += x1 * buf[s + 28];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
            sums[27] = a27;
        }
    }
    for (int c = 0; c < 28; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag29__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 29];
    double sums[29] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 29;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            double a27 = sums[27];
            double a28 = sums[28];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
                a27 += x1 * buf[s + 28];
                a28 += x1 * buf[s + 29];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
            sums[27] = a27;
            sums[28] = a28;
        }
    }
    for (int c = 0; c < 29; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag30__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 30];
    double sums[30] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 30;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            double a27 = sums[27];
            double a28 = sums[28];
            double a29 = sums[29];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
                a27 += x1 * buf[s + 28];
                a28 += x1 * buf[s + 29];
                a29 += x1 * buf[s + 30];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
            sums[27] = a27;
            sums[28] = a28;
            sums[29] = a29;
        }
    }
    for (int c = 0; c < 30; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag31__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 31];
    double sums[31] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 31;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            double a27 = sums[27];
            double a28 = sums[28];
            double a29 = sums[29];
            double a30 = sums[30];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                a30 += x0 * buf[s + 30];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
                a27 += x1 * buf[s + 28];
                a28 += x1 * buf[s + 29];
                a29 += x1 * buf[s + 30];
                a30 += x1 * buf[s + 31];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                a30 += x0 * buf[s + 30];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
            sums[27] = a27;
            sums[28] = a28;
            sums[29] = a29;
            sums[30] = a30;
        }
    }
    for (int c = 0; c < 31; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag32__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 32];
    double sums[32] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 32;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            double a27 = sums[27];
            double a28 = sums[28];
            double a29 = sums[29];
            double a30 = sums[30];
            double a31 = sums[31];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                a30 += x0 * buf[s + 30];
                a31 += x0 * buf[s + 31];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
                a27 += x1 * buf[s + 28];
                a28 += x1 * buf[s + 29];
                a29 += x1 * buf[s + 30];
                a30 += x1 * buf[s + 31];
                a31 += x1 * buf[s + 32];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                a30 += x0 * buf[s + 30];
                a31 += x0 * buf[s + 31];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
            sums[27] = a27;
            sums[28] = a28;
            sums[29] = a29;
            sums[30] = a30;
            sums[31] = a31;
        }
    }
    for (int c = 0; c < 32; c++)
        autoc[c] = sums[c];
}

void lpcu_autoc_lag33__scalar(const float *data, uint32_t data_len, double *autoc)
{
    double buf[LPCU_AUTOC_CHUNK + 33];
    double sums[33] = {0.0};
    for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {
        n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;
        const uint32_t want = n + 33;
        const uint32_t have = left < want ? left : want;
        {
            uint32_t k = 0;
            for (; k < have; k++)
                buf[k] = (double)data[k];
            for (; k < want; k++)
                buf[k] = 0.0;
        }
        {
            double a0 = sums[0];
            double a1 = sums[1];
            double a2 = sums[2];
            double a3 = sums[3];
            double a4 = sums[4];
            double a5 = sums[5];
            double a6 = sums[6];
            double a7 = sums[7];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
                const double x1 = buf[s + 1];
                a0 += x1 * buf[s + 1];
                a1 += x1 * buf[s + 2];
                a2 += x1 * buf[s + 3];
                a3 += x1 * buf[s + 4];
                a4 += x1 * buf[s + 5];
                a5 += x1 * buf[s + 6];
                a6 += x1 * buf[s + 7];
                a7 += x1 * buf[s + 8];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a0 += x0 * buf[s + 0];
                a1 += x0 * buf[s + 1];
                a2 += x0 * buf[s + 2];
                a3 += x0 * buf[s + 3];
                a4 += x0 * buf[s + 4];
                a5 += x0 * buf[s + 5];
                a6 += x0 * buf[s + 6];
                a7 += x0 * buf[s + 7];
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            sums[4] = a4;
            sums[5] = a5;
            sums[6] = a6;
            sums[7] = a7;
        }
        {
            double a8 = sums[8];
            double a9 = sums[9];
            double a10 = sums[10];
            double a11 = sums[11];
            double a12 = sums[12];
            double a13 = sums[13];
            double a14 = sums[14];
            double a15 = sums[15];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
                const double x1 = buf[s + 1];
                a8 += x1 * buf[s + 9];
                a9 += x1 * buf[s + 10];
                a10 += x1 * buf[s + 11];
                a11 += x1 * buf[s + 12];
                a12 += x1 * buf[s + 13];
                a13 += x1 * buf[s + 14];
                a14 += x1 * buf[s + 15];
                a15 += x1 * buf[s + 16];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a8 += x0 * buf[s + 8];
                a9 += x0 * buf[s + 9];
                a10 += x0 * buf[s + 10];
                a11 += x0 * buf[s + 11];
                a12 += x0 * buf[s + 12];
                a13 += x0 * buf[s + 13];
                a14 += x0 * buf[s + 14];
                a15 += x0 * buf[s + 15];
            }
            sums[8] = a8;
            sums[9] = a9;
            sums[10] = a10;
            sums[11] = a11;
            sums[12] = a12;
            sums[13] = a13;
            sums[14] = a14;
            sums[15] = a15;
        }
        {
            double a16 = sums[16];
            double a17 = sums[17];
            double a18 = sums[18];
            double a19 = sums[19];
            double a20 = sums[20];
            double a21 = sums[21];
            double a22 = sums[22];
            double a23 = sums[23];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
                const double x1 = buf[s + 1];
                a16 += x1 * buf[s + 17];
                a17 += x1 * buf[s + 18];
                a18 += x1 * buf[s + 19];
                a19 += x1 * buf[s + 20];
                a20 += x1 * buf[s + 21];
                a21 += x1 * buf[s + 22];
                a22 += x1 * buf[s + 23];
                a23 += x1 * buf[s + 24];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a16 += x0 * buf[s + 16];
                a17 += x0 * buf[s + 17];
                a18 += x0 * buf[s + 18];
                a19 += x0 * buf[s + 19];
                a20 += x0 * buf[s + 20];
                a21 += x0 * buf[s + 21];
                a22 += x0 * buf[s + 22];
                a23 += x0 * buf[s + 23];
            }
            sums[16] = a16;
            sums[17] = a17;
            sums[18] = a18;
            sums[19] = a19;
            sums[20] = a20;
            sums[21] = a21;
            sums[22] = a22;
            sums[23] = a23;
        }
        {
            double a24 = sums[24];
            double a25 = sums[25];
            double a26 = sums[26];
            double a27 = sums[27];
            double a28 = sums[28];
            double a29 = sums[29];
            double a30 = sums[30];
            double a31 = sums[31];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                a30 += x0 * buf[s + 30];
                a31 += x0 * buf[s + 31];
                const double x1 = buf[s + 1];
                a24 += x1 * buf[s + 25];
                a25 += x1 * buf[s + 26];
                a26 += x1 * buf[s + 27];
                a27 += x1 * buf[s + 28];
                a28 += x1 * buf[s + 29];
                a29 += x1 * buf[s + 30];
                a30 += x1 * buf[s + 31];
                a31 += x1 * buf[s + 32];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a24 += x0 * buf[s + 24];
                a25 += x0 * buf[s + 25];
                a26 += x0 * buf[s + 26];
                a27 += x0 * buf[s + 27];
                a28 += x0 * buf[s + 28];
                a29 += x0 * buf[s + 29];
                a30 += x0 * buf[s + 30];
                a31 += x0 * buf[s + 31];
            }
            sums[24] = a24;
            sums[25] = a25;
            sums[26] = a26;
            sums[27] = a27;
            sums[28] = a28;
            sums[29] = a29;
            sums[30] = a30;
            sums[31] = a31;
        }
        {
            double a32 = sums[32];
            uint32_t s = 0;
            for (; s + 2 <= n; s += 2) {
                const double x0 = buf[s + 0];
                a32 += x0 * buf[s + 32];
                const double x1 = buf[s + 1];
                a32 += x1 * buf[s + 33];
            }
            for (; s < n; s++) {
                const double x0 = buf[s + 0];
                a32 += x0 * buf[s + 32];
            }
            sums[32] = a32;
        }
    }
    for (int c = 0; c < 33; c++)
        autoc[c] = sums[c];
}
