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
 *     data[-order .. data_len-1] are valid, and the output range does not overlap the
 *     residual or the coefficients;
 *   - pointers need no particular alignment.
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

#define LPCU_MAX_ORDER 32 /* FLAC's largest LPC order */
#define LPCU_MAX_SHIFT 31 /* largest lp_quantization accepted; FLAC uses 0..15 */

/* Error codes returned by lpcu_select_isa(). */
#define LPCU_E_UNKNOWN_ISA (-1)     /* the name is not an ISA lpcunroll knows */
#define LPCU_E_UNSUPPORTED_ISA (-2) /* known, but this build or this CPU lacks it */

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
 * Kernel selection. The restore functions above use the kernels of one instruction set,
 * chosen on first use: the best one this build and CPU support, unless the environment
 * variable LPCU_ISA names another ("scalar", ... or "auto"); an LPCU_ISA value that is unknown
 * or unsupported is ignored (auto is used). The choice is global to the process.
 *
 * lpcu_select_isa(name) switches to the named ISA ("auto" = the best available) and
 * returns 0, or returns LPCU_E_UNKNOWN_ISA / LPCU_E_UNSUPPORTED_ISA and leaves the choice
 * unchanged. It is safe to call from any thread; calls already running finish with the
 * kernels they started with.
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
