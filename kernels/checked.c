/* SPDX-License-Identifier: MIT */
/*
 * The checked entry points: validate what the arguments alone can tell, then call the
 * dispatched kernels. They exist so that a caller holding parameters read from an untrusted
 * source (a stream being decoded, an encoder's options) gets an error code instead of the fast
 * functions' debug assertion or silent no-op.
 */
#include <stddef.h>

#include "lpcunroll.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A numeric argument that must lie in [min, max], and the code reported when it does not. */
struct range {
    int64_t value, min, max;
    int code;
};

/* A buffer argument and how many elements the call reads or writes through it: NULL is an
   error only where that count is not 0. */
struct buffer {
    const void *p;
    uint32_t used;
};

/* 0, or the LPCU_E_* code of the first rule broken: the ranges in the order given (the header
   lists them in that order for each function), then LPCU_E_NULL for a NULL buffer in use. */
static int check(const struct range *ranges, size_t n_ranges, const struct buffer *buffers,
                 size_t n_buffers)
{
    for (size_t i = 0; i < n_ranges; i++)
        if (ranges[i].value < ranges[i].min || ranges[i].value > ranges[i].max)
            return ranges[i].code;
    for (size_t i = 0; i < n_buffers; i++)
        if (buffers[i].used > 0 && !buffers[i].p)
            return LPCU_E_NULL;
    return 0;
}

/* The LPC functions' rules, restore and residual alike: order, shift, then the samples in, the
   coefficients and the samples out. With nothing to compute no buffer is touched, so NULL is as
   good as any pointer; the callers then skip the kernel, which might still form data - order,
   undefined on NULL. */
static int check_lpc(const void *in, uint32_t data_len, const int32_t *qlp_coeff, uint32_t order,
                     int lp_quantization, const void *out)
{
    const struct range r[] = {{order, 1, LPCU_MAX_ORDER, LPCU_E_ORDER},
                              {lp_quantization, 0, LPCU_MAX_SHIFT, LPCU_E_SHIFT}};
    const uint32_t coeffs = data_len > 0 ? order : 0;
    const struct buffer b[] = {{in, data_len}, {qlp_coeff, coeffs}, {out, data_len}};
    return check(r, COUNT(r), b, COUNT(b));
}

/* The LPC functions of one signature: 32-bit samples in and out. */
typedef void (*lpc32_fn)(const int32_t *, uint32_t, const int32_t *, uint32_t, int, int32_t *);

static int checked_lpc32(lpc32_fn fn, const int32_t *in, uint32_t data_len,
                         const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                         int32_t *out)
{
    const int rc = check_lpc(in, data_len, qlp_coeff, order, lp_quantization, out);
    if (rc == 0 && data_len > 0)
        fn(in, data_len, qlp_coeff, order, lp_quantization, out);
    return rc;
}

int lpcu_restore_signal_checked(const int32_t *residual, uint32_t data_len,
                                const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                int32_t *data)
{
    return checked_lpc32(lpcu_restore_signal, residual, data_len, qlp_coeff, order, lp_quantization,
                         data);
}

int lpcu_restore_signal_wide_checked(const int32_t *residual, uint32_t data_len,
                                     const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                     int32_t *data)
{
    return checked_lpc32(lpcu_restore_signal_wide, residual, data_len, qlp_coeff, order,
                         lp_quantization, data);
}

int lpcu_restore_signal_wide_33bit_checked(const int32_t *residual, uint32_t data_len,
                                           const int32_t *qlp_coeff, uint32_t order,
                                           int lp_quantization, int64_t *data)
{
    const int rc = check_lpc(residual, data_len, qlp_coeff, order, lp_quantization, data);
    if (rc == 0 && data_len > 0)
        lpcu_restore_signal_wide_33bit(residual, data_len, qlp_coeff, order, lp_quantization, data);
    return rc;
}

/* ---- the encoder's side ---------------------------------------------------------------- */

int lpcu_compute_residual_checked(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                                  uint32_t order, int lp_quantization, int32_t *residual)
{
    return checked_lpc32(lpcu_compute_residual, data, data_len, qlp_coeff, order, lp_quantization,
                         residual);
}

int lpcu_compute_residual_wide_checked(const int32_t *data, uint32_t data_len,
                                       const int32_t *qlp_coeff, uint32_t order,
                                       int lp_quantization, int32_t *residual)
{
    return checked_lpc32(lpcu_compute_residual_wide, data, data_len, qlp_coeff, order,
                         lp_quantization, residual);
}

/* 1 (every residual fits), 0 (one does not) or the error code: 0 and 1 are the fast
   function's results, and no code is positive. */
int lpcu_compute_residual_limit_residual_checked(const int32_t *data, uint32_t data_len,
                                                 const int32_t *qlp_coeff, uint32_t order,
                                                 int lp_quantization, int32_t *residual)
{
    const int rc = check_lpc(data, data_len, qlp_coeff, order, lp_quantization, residual);
    if (rc != 0)
        return rc;
    return data_len == 0 || lpcu_compute_residual_limit_residual(data, data_len, qlp_coeff, order,
                                                                 lp_quantization, residual);
}

int lpcu_compute_residual_limit_residual_33bit_checked(const int64_t *data, uint32_t data_len,
                                                       const int32_t *qlp_coeff, uint32_t order,
                                                       int lp_quantization, int32_t *residual)
{
    const int rc = check_lpc(data, data_len, qlp_coeff, order, lp_quantization, residual);
    if (rc != 0)
        return rc;
    return data_len == 0 || lpcu_compute_residual_limit_residual_33bit(
                                data, data_len, qlp_coeff, order, lp_quantization, residual);
}

/* The fixed residual's rules: order 0 .. 4, then the samples and the residuals. */
static int check_fixed_residual(const void *data, uint32_t data_len, uint32_t order,
                                const int32_t *residual)
{
    const struct range r[] = {{order, 0, LPCU_FIXED_MAX_ORDER, LPCU_E_FIXED_ORDER}};
    const struct buffer b[] = {{data, data_len}, {residual, data_len}};
    return check(r, COUNT(r), b, COUNT(b));
}

static int checked_fixed_residual32(void (*fn)(const int32_t *, uint32_t, uint32_t, int32_t *),
                                    const int32_t *data, uint32_t data_len, uint32_t order,
                                    int32_t *residual)
{
    const int rc = check_fixed_residual(data, data_len, order, residual);
    if (rc == 0 && data_len > 0)
        fn(data, data_len, order, residual);
    return rc;
}

int lpcu_fixed_compute_residual_checked(const int32_t *data, uint32_t data_len, uint32_t order,
                                        int32_t *residual)
{
    return checked_fixed_residual32(lpcu_fixed_compute_residual, data, data_len, order, residual);
}

int lpcu_fixed_compute_residual_wide_checked(const int32_t *data, uint32_t data_len, uint32_t order,
                                             int32_t *residual)
{
    return checked_fixed_residual32(lpcu_fixed_compute_residual_wide, data, data_len, order,
                                    residual);
}

int lpcu_fixed_compute_residual_wide_33bit_checked(const int64_t *data, uint32_t data_len,
                                                   uint32_t order, int32_t *residual)
{
    const int rc = check_fixed_residual(data, data_len, order, residual);
    if (rc == 0 && data_len > 0)
        lpcu_fixed_compute_residual_wide_33bit(data, data_len, order, residual);
    return rc;
}

/* The best predictor's rules: the samples (if any) and the five estimates, always written. */
static int check_best_predictor(const void *data, uint32_t data_len,
                                const float *residual_bits_per_sample)
{
    const struct buffer b[] = {{data, data_len},
                               {residual_bits_per_sample, LPCU_FIXED_MAX_ORDER + 1}};
    return check(NULL, 0, b, COUNT(b));
}

/* What the best-predictor and autocorrelation kernels get for data_len == 0 and data NULL: they
   read nothing then, but a valid pointer keeps any pointer arithmetic on it defined. */
static const int32_t no_samples32[LPCU_FIXED_MAX_ORDER];
static const int64_t no_samples64[LPCU_FIXED_MAX_ORDER];
static const float no_floats[1];

/* The order 0 .. 4, or the error code. */
int lpcu_fixed_compute_best_predictor_checked(const int32_t *data, uint32_t data_len,
                                              float residual_bits_per_sample[5])
{
    const int rc = check_best_predictor(data, data_len, residual_bits_per_sample);
    if (rc != 0)
        return rc;
    return (int)lpcu_fixed_compute_best_predictor(data ? data : no_samples32 + LPCU_FIXED_MAX_ORDER,
                                                  data_len, residual_bits_per_sample);
}

int lpcu_fixed_compute_best_predictor_wide_checked(const int32_t *data, uint32_t data_len,
                                                   float residual_bits_per_sample[5])
{
    const int rc = check_best_predictor(data, data_len, residual_bits_per_sample);
    if (rc != 0)
        return rc;
    return (int)lpcu_fixed_compute_best_predictor_wide(
        data ? data : no_samples32 + LPCU_FIXED_MAX_ORDER, data_len, residual_bits_per_sample);
}

int lpcu_fixed_compute_best_predictor_limit_residual_checked(const int32_t *data, uint32_t data_len,
                                                             float residual_bits_per_sample[5])
{
    const int rc = check_best_predictor(data, data_len, residual_bits_per_sample);
    if (rc != 0)
        return rc;
    return (int)lpcu_fixed_compute_best_predictor_limit_residual(
        data ? data : no_samples32, data_len, residual_bits_per_sample);
}

int lpcu_fixed_compute_best_predictor_limit_residual_33bit_checked(
    const int64_t *data, uint32_t data_len, float residual_bits_per_sample[5])
{
    const int rc = check_best_predictor(data, data_len, residual_bits_per_sample);
    if (rc != 0)
        return rc;
    return (int)lpcu_fixed_compute_best_predictor_limit_residual_33bit(
        data ? data : no_samples64, data_len, residual_bits_per_sample);
}

/* The lag count, then the samples (if any) and the lag sums, always written. */
int lpcu_compute_autocorrelation_checked(const float *data, uint32_t data_len, uint32_t lag,
                                         double *autoc)
{
    const struct range r[] = {{lag, 1, LPCU_MAX_LAG, LPCU_E_LAG}};
    const struct buffer b[] = {{data, data_len}, {autoc, lag}};
    const int rc = check(r, COUNT(r), b, COUNT(b));
    if (rc == 0)
        lpcu_compute_autocorrelation(data ? data : no_floats, data_len, lag, autoc);
    return rc;
}

const char *lpcu_strerror(int code)
{
    switch (code) {
    case 0:
        return "success";
    case LPCU_E_UNKNOWN_ISA:
        return "unknown instruction set name";
    case LPCU_E_UNSUPPORTED_ISA:
        return "instruction set not supported by this build or CPU";
    case LPCU_E_NULL:
        return "NULL buffer pointer where the call reads or writes through it";
    case LPCU_E_ORDER:
        return "order outside 1..32";
    case LPCU_E_SHIFT:
        return "lp_quantization outside 0..31";
    case LPCU_E_FIXED_ORDER:
        return "fixed-predictor order outside 0..4";
    case LPCU_E_LAG:
        return "autocorrelation lag count outside 1..33";
    default:
        return "unknown error code";
    }
}
