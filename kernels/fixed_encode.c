/* SPDX-License-Identifier: MIT */
/*
 * The fixed predictor's encoder side, as libFLAC 1.4.2's fixed.c: the best order's guess
 * (FLAC__fixed_compute_best_predictor and its _wide, _limit_residual, _limit_residual_33bit
 * variants) and the residual of a fixed order (FLAC__fixed_compute_residual*). The sums of
 * |error| that the first two spend their time on run in the active ISA's hand-written kernel
 * (kernels/fixed_errors_impl.h: one per vector width, not per order, so not a generated kind);
 * the order and the bit estimates follow libFLAC's expressions exactly, log() included.
 */
#include <math.h>
#include <string.h>

#include "lpcu_internal.h"

#define FIXED_ORDERS (LPCU_FIXED_MAX_ORDER + 1)
/* The literal of glibc's M_LN2, which libFLAC uses (M_LN2 is not C99). */
#define LN2 0.69314718055994530942
/* libFLAC's estimate for an order its _limit_residual functions rule out or pass over. */
#define RBPS_NOT_CHOSEN 34.0f

/* libFLAC's estimate of bits per residual sample from a sum of |error|: the same double
   expression, the same log(), then rounded to float. */
static float bits_estimate(uint64_t total, uint32_t data_len)
{
    return (float)(total > 0 ? log(LN2 * (double)total / (double)data_len) / LN2 : 0.0);
}

/* libFLAC's choice: the lowest order whose sum is no larger than any higher order's. */
static uint32_t best_order(const uint64_t t[FIXED_ORDERS], uint32_t data_len,
                           float residual_bits_per_sample[FIXED_ORDERS])
{
    uint32_t order = 0;
    for (; order < LPCU_FIXED_MAX_ORDER; order++) {
        int lowest = 1;
        for (uint32_t j = order + 1; j < FIXED_ORDERS; j++)
            lowest &= t[order] <= t[j];
        if (lowest)
            break;
    }
    for (uint32_t k = 0; k < FIXED_ORDERS; k++)
        residual_bits_per_sample[k] = bits_estimate(t[k], data_len);
    return order;
}

/* The k-th difference of data at i (k = 0 .. 4), in 32-bit two's complement. */
static const uint32_t difference_coeff[FIXED_ORDERS][FIXED_ORDERS] = {
    {1, 0, 0, 0, 0},
    {1, (uint32_t)-1, 0, 0, 0},
    {1, (uint32_t)-2, 1, 0, 0},
    {1, (uint32_t)-3, 3, (uint32_t)-1, 0},
    {1, (uint32_t)-4, 6, (uint32_t)-4, 1}};

static uint32_t difference32(const int32_t *data, int64_t i, uint32_t k)
{
    uint32_t e = 0;
    for (uint32_t j = 0; j <= k; j++)
        e += difference_coeff[k][j] * (uint32_t)data[i - (int64_t)j];
    return e;
}

static uint32_t magnitude32(uint32_t e)
{
    return e >> 31 ? 0u - e : e;
}

/* The plain loop, where the build has no kernel: libFLAC's sums, one sample at a time, the
   differences carried from sample to sample; sums of 32-bit magnitudes, kept in 64 bits (the
   narrow function keeps their low 32 bits, libFLAC's wrapping uint32_t sums). */
static void errors_plain(const int32_t *data, uint32_t data_len, uint64_t total[FIXED_ORDERS])
{
    uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
    memset(total, 0, FIXED_ORDERS * sizeof *total);
    if (data_len == 0) /* no warm-up read either */
        return;
    /* the differences of orders 0-3 at the previous sample */
    uint32_t p0 = (uint32_t)data[-1], p1 = difference32(data, -1, 1);
    uint32_t p2 = difference32(data, -1, 2), p3 = difference32(data, -1, 3);
    for (uint32_t i = 0; i < data_len; i++) {
        const uint32_t e0 = (uint32_t)data[i], e1 = e0 - p0, e2 = e1 - p1, e3 = e2 - p2;
        const uint32_t e4 = e3 - p3;
        t0 += magnitude32(e0);
        t1 += magnitude32(e1);
        t2 += magnitude32(e2);
        t3 += magnitude32(e3);
        t4 += magnitude32(e4);
        p0 = e0;
        p1 = e1;
        p2 = e2;
        p3 = e3;
    }
    total[0] = t0;
    total[1] = t1;
    total[2] = t2;
    total[3] = t3;
    total[4] = t4;
}

uint32_t lpcu_fixed_compute_best_predictor(const int32_t *data, uint32_t data_len,
                                           float residual_bits_per_sample[5])
{
    uint32_t t32[FIXED_ORDERS];
    uint64_t t[FIXED_ORDERS];
    const lpcu_any_fn k = lpcu_active_kernels()->fixed_errors[0];
    if (k) {
        ((lpcu_fixed_errors32_fn)k)(data, data_len, t32);
        for (uint32_t o = 0; o < FIXED_ORDERS; o++)
            t[o] = t32[o];
    } else {
        errors_plain(data, data_len, t);
        for (uint32_t o = 0; o < FIXED_ORDERS; o++)
            t[o] = (uint32_t)t[o];
    }
    return best_order(t, data_len, residual_bits_per_sample);
}

uint32_t lpcu_fixed_compute_best_predictor_wide(const int32_t *data, uint32_t data_len,
                                                float residual_bits_per_sample[5])
{
    uint64_t t[FIXED_ORDERS];
    const lpcu_any_fn k = lpcu_active_kernels()->fixed_errors[1];
    if (k)
        ((lpcu_fixed_errors64_fn)k)(data, data_len, t);
    else
        errors_plain(data, data_len, t);
    return best_order(t, data_len, residual_bits_per_sample);
}

/*
 * The _limit_residual pair: errors in 64 bits, of the samples the order can predict from the
 * block alone (order k starts at i = k, no warm-up), and an order is ruled out once one of its
 * errors exceeds INT32_MAX. Among the orders left, the one with the smallest sum wins (the
 * lower on a tie); libFLAC stores the estimate of order 0's sum under every order that was the
 * best so far when it was checked, and 34.0 under the others (its fixed.c, CHECK_ORDER_IS_VALID),
 * which is kept here, being what its encoder sees.
 */
static uint32_t limit_choose(const uint64_t t[FIXED_ORDERS], const int valid[FIXED_ORDERS],
                             uint32_t data_len, float residual_bits_per_sample[FIXED_ORDERS])
{
    uint64_t smallest = UINT64_MAX;
    uint32_t order = 0;
    for (uint32_t k = 0; k < FIXED_ORDERS; k++) {
        if (valid[k] && t[k] < smallest) {
            order = k;
            smallest = t[k];
            residual_bits_per_sample[k] = bits_estimate(t[0], data_len);
        } else {
            residual_bits_per_sample[k] = RBPS_NOT_CHOSEN;
        }
    }
    return order;
}

/* One sample's errors from x[i - 4 .. i] (orders above i have none yet), in 64 bits: exact for
   32- and 33-bit samples, wrapping (not undefined) for wider ones. */
static void limit_add(const int64_t x[FIXED_ORDERS], uint32_t i, uint64_t t[FIXED_ORDERS],
                      int valid[FIXED_ORDERS])
{
    static const uint64_t c[FIXED_ORDERS][FIXED_ORDERS] = {{1, 0, 0, 0, 0},
                                                           {1, (uint64_t)-1, 0, 0, 0},
                                                           {1, (uint64_t)-2, 1, 0, 0},
                                                           {1, (uint64_t)-3, 3, (uint64_t)-1, 0},
                                                           {1, (uint64_t)-4, 6, (uint64_t)-4, 1}};
    for (uint32_t k = 0; k < FIXED_ORDERS && k <= i; k++) {
        uint64_t e = 0;
        for (uint32_t j = 0; j <= k; j++)
            e += c[k][j] * (uint64_t)x[j];
        const uint64_t m = e >> 63 ? 0u - e : e;
        t[k] += m;
        valid[k] &= m <= INT32_MAX;
    }
}

/* Samples from data32 or, if it is NULL, data64. */
static uint32_t limit_run(const int32_t *data32, const int64_t *data64, uint32_t data_len,
                          float residual_bits_per_sample[FIXED_ORDERS])
{
    uint64_t t[FIXED_ORDERS] = {0, 0, 0, 0, 0};
    int valid[FIXED_ORDERS] = {1, 1, 1, 1, 1};
    for (uint32_t i = 0; i < data_len; i++) {
        int64_t x[FIXED_ORDERS] = {0, 0, 0, 0, 0};
        for (uint32_t j = 0; j < FIXED_ORDERS && j <= i; j++)
            x[j] = data32 ? data32[i - j] : data64[i - j];
        limit_add(x, i, t, valid);
    }
    return limit_choose(t, valid, data_len, residual_bits_per_sample);
}

uint32_t lpcu_fixed_compute_best_predictor_limit_residual(const int32_t *data, uint32_t data_len,
                                                          float residual_bits_per_sample[5])
{
    return limit_run(data, NULL, data_len, residual_bits_per_sample);
}

/* 33-bit samples (the side channel of 32-bit audio): their differences fit 64 bits easily. */
uint32_t lpcu_fixed_compute_best_predictor_limit_residual_33bit(const int64_t *data,
                                                                uint32_t data_len,
                                                                float residual_bits_per_sample[5])
{
    return limit_run(NULL, data, data_len, residual_bits_per_sample);
}

/* ---- residuals ------------------------------------------------------------------------- */

/* libFLAC's _wide and _wide_33bit keep the low 32 bits of a 64-bit difference: those are the
   32-bit difference's of the samples' low 32 bits, so every variant is one 32-bit loop. */
static void residual32(const int32_t *data, uint32_t data_len, uint32_t order, int32_t *residual)
{
    if (order == 0) {
        if (data_len > 0) /* memcpy's pointers must be valid even for 0 bytes */
            memcpy(residual, data, (size_t)data_len * sizeof *residual);
        return;
    }
    for (uint32_t i = 0; i < data_len; i++)
        residual[i] = (int32_t)difference32(data, i, order);
}

void lpcu_fixed_compute_residual(const int32_t *data, uint32_t data_len, uint32_t order,
                                 int32_t *residual)
{
    if (lpcu_fixed_order_ok(order))
        residual32(data, data_len, order, residual);
}

void lpcu_fixed_compute_residual_wide(const int32_t *data, uint32_t data_len, uint32_t order,
                                      int32_t *residual)
{
    if (lpcu_fixed_order_ok(order))
        residual32(data, data_len, order, residual);
}

void lpcu_fixed_compute_residual_wide_33bit(const int64_t *data, uint32_t data_len, uint32_t order,
                                            int32_t *residual)
{
    if (!lpcu_fixed_order_ok(order))
        return;
    for (uint32_t i = 0; i < data_len; i++) {
        uint32_t e = 0;
        for (uint32_t j = 0; j <= order; j++)
            e += difference_coeff[order][j] * (uint32_t)(uint64_t)data[(int64_t)i - (int64_t)j];
        residual[i] = (int32_t)e;
    }
}
