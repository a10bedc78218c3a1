/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll: fast, bit-exact LPC restore kernels for lossless audio decoders.
 *
 * Every restore function computes, for i = 0 .. data_len-1,
 *
 *     data[i] = residual[i] + ((sum_{j<order} qlp_coeff[j] * data[i-j-1]) >> lp_quantization)
 *
 * with the same arguments, argument order and results as libFLAC's
 * FLAC__lpc_restore_signal*: the caller stores the `order` warm-up samples at
 * data[-order .. -1], qlp_coeff[0] multiplies the newest sample data[i-1], and `>>` is an
 * arithmetic (sign-propagating) shift.
 *
 * Common preconditions:
 *   - 1 <= order <= LPCU_MAX_ORDER;
 *   - 0 <= lp_quantization <= LPCU_MAX_SHIFT (FLAC streams use 0..15);
 *   - data_len may be 0; otherwise residual[0 .. data_len-1], qlp_coeff[0 .. order-1] and
 *     data[-order .. data_len-1] are valid; the output range does not overlap the
 *     coefficients, and overlaps the residual only by being it (in place, below);
 *   - pointers need no particular alignment.
 * In place: where samples are int32_t (every function but the _33bit ones), residual may
 * equal data, the residuals already sitting where the outputs go (as FFmpeg's and dr_flac's
 * decoders keep them); each residual is read before its output overwrites it, and the result
 * is the same as with separate buffers, for every input (the wide functions included, whose
 * kernels finish exactly from where an output leaves int32). Partial overlap is not allowed.
 * A call with order or lp_quantization out of range writes nothing (and asserts in builds
 * without NDEBUG). The functions read only residual[0 .. data_len-1],
 * qlp_coeff[0 .. order-1] and data[-order .. data_len-1], and write only data[0 .. data_len-1].
 * They keep no state, so concurrent calls on distinct buffers are safe.
 */
#ifndef LPCUNROLL_H
#define LPCUNROLL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LPCU_VERSION_MAJOR 0
#define LPCU_VERSION_MINOR 1
#define LPCU_VERSION_PATCH 0
#define LPCU_VERSION_STRING "0.1.0"

#define LPCU_MAX_ORDER 32      /* FLAC's largest LPC order */
#define LPCU_MAX_SHIFT 31      /* largest lp_quantization accepted; FLAC uses 0..15 */
#define LPCU_FIXED_MAX_ORDER 4 /* FLAC's largest fixed-predictor order */
#define LPCU_MAX_LAG 33        /* largest autocorrelation lag count: FLAC's largest order + 1 */

/* Error codes: negative, distinct, returned by lpcu_select_isa() and the _checked functions;
   lpcu_strerror() names them. */
#define LPCU_E_UNKNOWN_ISA (-1)     /* the name is not an ISA lpcunroll knows */
#define LPCU_E_UNSUPPORTED_ISA (-2) /* known, but this build or this CPU lacks it */
#define LPCU_E_NULL (-3)            /* a NULL pointer to memory the call reads or writes */
#define LPCU_E_ORDER (-4)           /* LPC order outside 1 .. LPCU_MAX_ORDER */
#define LPCU_E_SHIFT (-5)           /* lp_quantization outside 0 .. LPCU_MAX_SHIFT */
#define LPCU_E_FIXED_ORDER (-6)     /* fixed-predictor order outside 0 .. LPCU_FIXED_MAX_ORDER */
#define LPCU_E_LAG (-7)             /* autocorrelation lag count outside 1 .. LPCU_MAX_LAG */

/*
 * 32-bit ("narrow") restore, for subframes where libFLAC's decoder calls
 * FLAC__lpc_restore_signal (the prediction and the residual fit in 32 bits).
 * The sum, the shift and the final addition are done in 32-bit two's complement with
 * wrap-around, so every input has a defined result; inside libFLAC's domain it equals
 * libFLAC's bit for bit.
 */
void lpcu_restore_signal(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                         uint32_t order, int lp_quantization, int32_t *data);

/*
 * 64-bit ("wide") restore, as FLAC__lpc_restore_signal_wide: the products and the sum are
 * 64-bit, then data[i] = (int32_t)(residual[i] + (sum >> lp_quantization)), keeping the low
 * 32 bits. A sum that overflows 64 bits (impossible with FLAC's 15-bit coefficients and
 * 32-bit samples) wraps modulo 2^64.
 */
void lpcu_restore_signal_wide(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                              uint32_t order, int lp_quantization, int32_t *data);

/*
 * 64-bit restore with 64-bit samples, as FLAC__lpc_restore_signal_wide_33bit: for the 33-bit
 * side channel of 32-bit audio. data[i] = residual[i] + (sum >> lp_quantization), no
 * truncation. Sums that overflow 64 bits wrap modulo 2^64.
 */
void lpcu_restore_signal_wide_33bit(const int32_t *residual, uint32_t data_len,
                                    const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                    int64_t *data);

/*
 * The plain rolled loops, with the same contracts and results as the three functions above.
 * They are the reference the tests compare against and the baseline of the benchmark.
 */
void lpcu_restore_signal_rolled(const int32_t *residual, uint32_t data_len,
                                const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                int32_t *data);
void lpcu_restore_signal_wide_rolled(const int32_t *residual, uint32_t data_len,
                                     const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                     int32_t *data);
void lpcu_restore_signal_wide_33bit_rolled(const int32_t *residual, uint32_t data_len,
                                           const int32_t *qlp_coeff, uint32_t order,
                                           int lp_quantization, int64_t *data);

/*
 * Checked entry points, for callers whose parameters come from untrusted input (a stream
 * being decoded): the same computation and results as the functions without the suffix,
 * after validating what can be validated from the arguments alone. They return 0 on
 * success, or a negative LPCU_E_* code and write nothing:
 *   - LPCU_E_ORDER if order is outside 1 .. LPCU_MAX_ORDER;
 *   - LPCU_E_SHIFT if lp_quantization is outside 0 .. LPCU_MAX_SHIFT;
 *   - LPCU_E_NULL if data_len > 0 and residual, qlp_coeff or data is NULL.
 * When several are wrong, the first in this list is reported. With data_len == 0 and valid
 * order and shift they return 0 whatever the pointers. The sizes of the buffers cannot be
 * checked: as for the fast functions, residual[0 .. data_len-1], qlp_coeff[0 .. order-1] and
 * data[-order .. data_len-1] must be valid, so a decoder must still check order < blocksize.
 */
int lpcu_restore_signal_checked(const int32_t *residual, uint32_t data_len,
                                const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                int32_t *data);
int lpcu_restore_signal_wide_checked(const int32_t *residual, uint32_t data_len,
                                     const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                     int32_t *data);
int lpcu_restore_signal_wide_33bit_checked(const int32_t *residual, uint32_t data_len,
                                           const int32_t *qlp_coeff, uint32_t order,
                                           int lp_quantization, int64_t *data);

/*
 * A static, human-readable description of a return code of this library: "success" for 0,
 * the meaning of each LPCU_E_* code, and "unknown error code" for any other value. Never NULL.
 */
const char *lpcu_strerror(int code);

/*
 * Fixed-predictor restore, for FLAC's FIXED subframes, with the arguments and results of
 * libFLAC's FLAC__fixed_restore_signal, _wide and _wide_33bit. Order 0..4 predicts with the
 * coefficients {}, {1}, {2, -1}, {3, -3, 1}, {4, -6, 4, -1} and no shift:
 *
 *     data[i] = residual[i] + sum_{j<order} c[j] * data[i-j-1]
 *
 * The warm-up sits at data[-order .. -1] (none for order 0). The functions read only
 * residual[0 .. data_len-1] and data[-order .. data_len-1] and write only data[0 .. data_len-1];
 * data_len may be 0, pointers need no alignment, and the output must not overlap the residual,
 * except in place as for the LPC functions (residual == data; not for _wide_33bit).
 * An order above LPCU_FIXED_MAX_ORDER writes nothing (and asserts in builds without NDEBUG).
 *
 *   - lpcu_fixed_restore_signal: 32-bit two's complement with wrap-around; equals libFLAC's
 *     where its decoder calls FLAC__fixed_restore_signal (subframe bps + order <= 32);
 *   - lpcu_fixed_restore_signal_wide: as FLAC__fixed_restore_signal_wide, 64-bit sums whose
 *     low 32 bits are kept. Without a shift those are the low 32 bits of the wrapping 32-bit
 *     sum, so the two functions give the same output for every input;
 *   - lpcu_fixed_restore_signal_wide_33bit: 64-bit samples and sums (wrapping modulo 2^64),
 *     for the 33-bit side channel of 32-bit audio.
 * The _rolled variants are the plain loops, kept as reference and baseline.
 */
void lpcu_fixed_restore_signal(const int32_t *residual, uint32_t data_len, uint32_t order,
                               int32_t *data);
void lpcu_fixed_restore_signal_wide(const int32_t *residual, uint32_t data_len, uint32_t order,
                                    int32_t *data);
void lpcu_fixed_restore_signal_wide_33bit(const int32_t *residual, uint32_t data_len,
                                          uint32_t order, int64_t *data);
void lpcu_fixed_restore_signal_rolled(const int32_t *residual, uint32_t data_len, uint32_t order,
                                      int32_t *data);
void lpcu_fixed_restore_signal_wide_rolled(const int32_t *residual, uint32_t data_len,
                                           uint32_t order, int32_t *data);
void lpcu_fixed_restore_signal_wide_33bit_rolled(const int32_t *residual, uint32_t data_len,
                                                 uint32_t order, int64_t *data);

/*
 * The fixed predictor's encoder side, with the arguments and results of libFLAC 1.4.2's
 * FLAC__fixed_compute_best_predictor* and FLAC__fixed_compute_residual* (float build).
 *
 * lpcu_fixed_compute_best_predictor(data, data_len, rbps) sums |error| of each order 0-4 over
 * data[0 .. data_len-1], reading the warm-up data[-4 .. -1] (libFLAC's encoder passes its
 * signal + 4), returns the lowest order whose sum is no larger than any higher order's, and
 * stores rbps[k] = (float)(sum_k > 0 ? log(ln 2 * sum_k / data_len) / ln 2 : 0.0), with
 * libFLAC's double expression and the C library's log(), so the floats are libFLAC's. The
 * errors are computed in 32-bit two's complement (libFLAC's int arithmetic, which its encoder
 * keeps from overflowing; here it wraps) and |INT32_MIN| counts 2^31; the sums are uint32_t,
 * wrapping, as libFLAC's (its encoder calls it when they cannot wrap). _wide: the same with
 * 64-bit sums. _limit_residual (int32_t samples) and _limit_residual_33bit (int64_t, the
 * side channel of 32-bit audio) read only data[0 .. data_len-1]: errors in 64 bits, order k
 * from sample k on; an order with an error above INT32_MAX is ruled out, the smallest sum
 * among the others wins (the lower order on a tie; order 0 if none is left), and, as libFLAC
 * does, rbps[k] holds the estimate of order 0's sum for each order that was the best so far
 * when checked and 34.0 for the others. data_len may be 0 (order 0, estimates 0.0).
 *
 * lpcu_fixed_compute_residual(data, data_len, order, residual) writes residual[i] = the
 * order-th difference at data[i] for i < data_len, reading data[-order .. data_len-1]; order
 * 0-4 (above: nothing written, and an assert without NDEBUG). _wide keeps the low 32 bits of
 * the 64-bit difference, which are the 32-bit one's, and _wide_33bit does the same from
 * int64_t samples. residual must not overlap data.
 */
uint32_t lpcu_fixed_compute_best_predictor(const int32_t *data, uint32_t data_len,
                                           float residual_bits_per_sample[5]);
uint32_t lpcu_fixed_compute_best_predictor_wide(const int32_t *data, uint32_t data_len,
                                                float residual_bits_per_sample[5]);
uint32_t lpcu_fixed_compute_best_predictor_limit_residual(const int32_t *data, uint32_t data_len,
                                                          float residual_bits_per_sample[5]);
uint32_t lpcu_fixed_compute_best_predictor_limit_residual_33bit(const int64_t *data,
                                                                uint32_t data_len,
                                                                float residual_bits_per_sample[5]);
void lpcu_fixed_compute_residual(const int32_t *data, uint32_t data_len, uint32_t order,
                                 int32_t *residual);
void lpcu_fixed_compute_residual_wide(const int32_t *data, uint32_t data_len, uint32_t order,
                                      int32_t *residual);
void lpcu_fixed_compute_residual_wide_33bit(const int64_t *data, uint32_t data_len, uint32_t order,
                                            int32_t *residual);

/*
 * Checked forms of the seven functions above, for orders or buffers that come from outside the
 * encoder's own logic: the same computation and results after validating the arguments, and
 * on error a negative LPCU_E_* code with nothing written.
 *   - The best-predictor functions return the order (0 .. 4), or LPCU_E_NULL if
 *     residual_bits_per_sample is NULL (it is written even for data_len == 0) or data is NULL
 *     with data_len > 0.
 *   - The residual functions return 0, or LPCU_E_FIXED_ORDER if order is above
 *     LPCU_FIXED_MAX_ORDER, else LPCU_E_NULL if data_len > 0 and data or residual is NULL.
 *     (A code of its own, not LPCU_E_ORDER: order 0 is valid here, and the range differs.)
 * With data_len == 0 a NULL data is accepted and nothing is read. Buffer sizes cannot be
 * checked: the samples the fast function reads (the warm-up included) must be valid.
 */
int lpcu_fixed_compute_best_predictor_checked(const int32_t *data, uint32_t data_len,
                                              float residual_bits_per_sample[5]);
int lpcu_fixed_compute_best_predictor_wide_checked(const int32_t *data, uint32_t data_len,
                                                   float residual_bits_per_sample[5]);
int lpcu_fixed_compute_best_predictor_limit_residual_checked(const int32_t *data, uint32_t data_len,
                                                             float residual_bits_per_sample[5]);
int lpcu_fixed_compute_best_predictor_limit_residual_33bit_checked(
    const int64_t *data, uint32_t data_len, float residual_bits_per_sample[5]);
int lpcu_fixed_compute_residual_checked(const int32_t *data, uint32_t data_len, uint32_t order,
                                        int32_t *residual);
int lpcu_fixed_compute_residual_wide_checked(const int32_t *data, uint32_t data_len, uint32_t order,
                                             int32_t *residual);
int lpcu_fixed_compute_residual_wide_33bit_checked(const int64_t *data, uint32_t data_len,
                                                   uint32_t order, int32_t *residual);

/*
 * Autocorrelation, the encoder's first step of LPC analysis, with the arguments and results
 * of libFLAC 1.4.2's C function FLAC__lpc_compute_autocorrelation: for c = 0 .. lag-1,
 *
 *     autoc[c] = sum_{s = 0}^{data_len-1-c} (double)data[s] * (double)data[s+c]
 *
 * each sum starting at 0.0 and adding its terms one at a time in increasing s, as both loops
 * of libFLAC's C function do; every product of two floats is exact in double, so for finite
 * data the doubles are identical to that function's, whatever the ISA (libFLAC's SSE2
 * variants add from the last sample down and can differ in the last bits). 1 <= lag <=
 * LPCU_MAX_LAG; data_len may be anything, 0 and values below lag included (libFLAC requires
 * lag <= data_len): lags c >= data_len come out as 0.0, the empty sum. The function reads only
 * data[0 .. data_len-1] and writes only autoc[0 .. lag-1] (libFLAC's C function, for lags up
 * to 16 and data_len >= 32, also writes zeros or sums up to autoc[7], [11] or [15]). A lag out
 * of range writes nothing (and asserts in builds without NDEBUG). With infinite or NaN data
 * the results are defined but may differ from libFLAC's. _rolled is the plain loop, the
 * reference and baseline.
 */
void lpcu_compute_autocorrelation(const float *data, uint32_t data_len, uint32_t lag,
                                  double *autoc);
void lpcu_compute_autocorrelation_rolled(const float *data, uint32_t data_len, uint32_t lag,
                                         double *autoc);

/*
 * Checked form: the same doubles after validating the arguments; returns 0, or, writing
 * nothing, LPCU_E_LAG if lag is outside 1 .. LPCU_MAX_LAG, else LPCU_E_NULL if autoc is NULL
 * (it is written even for data_len == 0) or data is NULL with data_len > 0.
 */
int lpcu_compute_autocorrelation_checked(const float *data, uint32_t data_len, uint32_t lag,
                                         double *autoc);

/*
 * Several independent subframes at once. A decoder holds independent recurrences: the
 * channels of a frame, and consecutive frames. Restoring them together lets their serial
 * chains overlap (one subframe per SIMD lane), which a single call cannot do.
 *
 * Each element describes one call of lpcu_restore_signal (for _multi) or
 * lpcu_restore_signal_wide (for _wide_multi), with the same preconditions; the subframes may
 * differ in order, shift, coefficients and length. The result is bit for bit what one call
 * per subframe gives. The subframes' output ranges data[0 .. data_len-1] must not overlap
 * each other, nor any subframe's coefficients or warm-up, nor another subframe's residual; a
 * subframe may restore in place (its residual == its data), as a single call may. A subframe
 * whose order or lp_quantization is out of range is skipped (nothing written), as a single
 * call would.
 */
typedef struct lpcu_subframe {
    const int32_t *residual;
    const int32_t *qlp_coeff;
    int32_t *data; /* warm-up at data[-order..-1], output data[0..data_len-1] */
    uint32_t data_len;
    uint32_t order;
    int lp_quantization;
} lpcu_subframe;

void lpcu_restore_signal_multi(const lpcu_subframe *subframes, uint32_t count);
void lpcu_restore_signal_wide_multi(const lpcu_subframe *subframes, uint32_t count);

/*
 * The encoder's half: residuals from quantized coefficients, with the arguments and results
 * of libFLAC 1.4.2's FLAC__lpc_compute_residual_from_qlp_coefficients* (src/libFLAC's
 * private lpc.h). For i = 0 .. data_len-1,
 *
 *     residual[i] = data[i] - ((sum_{j<order} qlp_coeff[j] * data[i-j-1]) >> lp_quantization)
 *
 * where data[-order .. -1] are the samples before the block (the encoder passes
 * signal + order). order, lp_quantization and the pointers are as for the restore functions
 * above, except that residual must not overlap data or qlp_coeff (no in-place form). They read
 * only data[-order .. data_len-1] and qlp_coeff[0 .. order-1] and write only
 * residual[0 .. data_len-1]; an order or lp_quantization out of range writes nothing (and
 * asserts in builds without NDEBUG; the _limit_ functions then return 0).
 *
 *   - lpcu_compute_residual: 32-bit sums with wrap-around, as the narrow restore; equals
 *     libFLAC's where its encoder calls FLAC__lpc_compute_residual_from_qlp_coefficients or
 *     its _16 variants (bps + precision + log2(order) <= 32);
 *   - lpcu_compute_residual_wide: 64-bit products and sums, residual[i] the low 32 bits of
 *     data[i] - (sum >> lp_quantization), as ..._wide;
 *   - lpcu_compute_residual_limit_residual: as _wide, but returns 0 at the first i whose
 *     residual is outside (INT32_MIN, INT32_MAX], having written residual[0 .. i-1] and
 *     nothing after, or 1 when all fit (..._limit_residual);
 *   - lpcu_compute_residual_limit_residual_33bit: the same for 64-bit samples (the 33-bit
 *     side channel of 32-bit audio), as ..._limit_residual_33bit.
 * Sums that overflow their width wrap (libFLAC's are undefined there). The _rolled variants
 * are the plain loops, kept as reference and baseline.
 */
void lpcu_compute_residual(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                           uint32_t order, int lp_quantization, int32_t *residual);
void lpcu_compute_residual_wide(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                                uint32_t order, int lp_quantization, int32_t *residual);
int lpcu_compute_residual_limit_residual(const int32_t *data, uint32_t data_len,
                                         const int32_t *qlp_coeff, uint32_t order,
                                         int lp_quantization, int32_t *residual);
int lpcu_compute_residual_limit_residual_33bit(const int64_t *data, uint32_t data_len,
                                               const int32_t *qlp_coeff, uint32_t order,
                                               int lp_quantization, int32_t *residual);
void lpcu_compute_residual_rolled(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                                  uint32_t order, int lp_quantization, int32_t *residual);
void lpcu_compute_residual_wide_rolled(const int32_t *data, uint32_t data_len,
                                       const int32_t *qlp_coeff, uint32_t order,
                                       int lp_quantization, int32_t *residual);
int lpcu_compute_residual_limit_residual_rolled(const int32_t *data, uint32_t data_len,
                                                const int32_t *qlp_coeff, uint32_t order,
                                                int lp_quantization, int32_t *residual);
int lpcu_compute_residual_limit_residual_33bit_rolled(const int64_t *data, uint32_t data_len,
                                                      const int32_t *qlp_coeff, uint32_t order,
                                                      int lp_quantization, int32_t *residual);

/*
 * Checked forms of the four residual functions, with the rules and precedence of the checked
 * restore functions (LPCU_E_ORDER, then LPCU_E_SHIFT, then LPCU_E_NULL if data_len > 0 and
 * data, qlp_coeff or residual is NULL; with data_len == 0 the pointers are not checked), and
 * nothing written on error. lpcu_compute_residual_checked and _wide_checked return 0 on
 * success. The _limit_residual ones return the fast function's result, 1 when every residual
 * fits and 0 when one does not (the prefix before it written, as documented above), or the
 * negative code: test `rc < 0` for an error, then `rc == 1` for success. As on the restore
 * side, buffer sizes cannot be checked: data[-order .. data_len-1] must be valid.
 */
int lpcu_compute_residual_checked(const int32_t *data, uint32_t data_len, const int32_t *qlp_coeff,
                                  uint32_t order, int lp_quantization, int32_t *residual);
int lpcu_compute_residual_wide_checked(const int32_t *data, uint32_t data_len,
                                       const int32_t *qlp_coeff, uint32_t order,
                                       int lp_quantization, int32_t *residual);
int lpcu_compute_residual_limit_residual_checked(const int32_t *data, uint32_t data_len,
                                                 const int32_t *qlp_coeff, uint32_t order,
                                                 int lp_quantization, int32_t *residual);
int lpcu_compute_residual_limit_residual_33bit_checked(const int64_t *data, uint32_t data_len,
                                                       const int32_t *qlp_coeff, uint32_t order,
                                                       int lp_quantization, int32_t *residual);

/*
 * Kernel selection. The restore functions above use the kernels of one instruction set,
 * chosen on first use: the best one this build and CPU support, unless the environment
 * variable LPCU_ISA names another ("scalar", ... or "auto"); an LPCU_ISA value that is unknown
 * or unsupported is ignored (auto is used). The choice is global to the process.
 *
 * lpcu_select_isa(name) switches to the named ISA ("auto" = the best available) and
 * returns 0, or returns LPCU_E_UNKNOWN_ISA / LPCU_E_UNSUPPORTED_ISA and leaves the choice
 * unchanged. It is safe to call from any thread; calls already running finish with the
 * kernels they started with. The selection is not per thread: it applies to the calls that
 * every thread makes after it. Threads that make their first call at the same time all get
 * the same first-use choice. Every ISA gives the same results, so the choice changes only
 * speed.
 *
 * lpcu_active_isa() returns the name of the ISA in use (a static string), making the
 * first-use choice if it has not been made yet.
 */
int lpcu_select_isa(const char *name);
const char *lpcu_active_isa(void);

#ifdef __cplusplus
}
#endif

#endif /* LPCUNROLL_H */
