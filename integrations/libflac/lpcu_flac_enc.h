/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll in libFLAC 1.4.2's encoder: its kernel pointers, chosen by init_stream_internal_
 * from the CPU, set to lpcunroll's functions (integrations/libflac/redirect-encoder.sh inserts
 * the one line that expands LPCU_FLAC_ENCODER_KERNELS, after libFLAC's own choice, and turns
 * the kernel calls stream_encoder.c makes directly into lpcunroll's). Each lpcunroll function
 * has the arguments and results of the libFLAC function it replaces for every input libFLAC's
 * encoder gives it, so the encoded stream does not change:
 *   - the LPC residual: all three pointers (libFLAC's 32-bit, 16-bit and 64-bit choices; the
 *     16-bit one is called only where samples and coefficients fit 16 bits, where the 32-bit
 *     function gives the same residuals);
 *   - the fixed predictor's best-order guess, 32- and 64-bit;
 *   - the autocorrelation, unless libFLAC chose one of its SSE2 variants (x86 CPUs without
 *     FMA, maximum LPC order below 14), which add from the last sample down and so give other
 *     doubles than its C function; its C function and its FMA variants give the doubles
 *     lpcu_compute_autocorrelation gives.
 * Expanded inside stream_encoder.c, after its includes, so libFLAC's configuration macros and
 * declarations are in scope.
 */
#ifndef LPCU_FLAC_ENC_H
#define LPCU_FLAC_ENC_H

#include "lpcunroll.h"

#if defined(FLAC__SSE2_SUPPORTED) && !defined(FLAC__NO_ASM)
#define LPCU_FLAC_SSE2_AUTOC(f)                                                                    \
    ((f) == FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_8 ||                                 \
     (f) == FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_10 ||                                \
     (f) == FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_14)
#else
#define LPCU_FLAC_SSE2_AUTOC(f) 0
#endif

#define LPCU_FLAC_ENCODER_KERNELS(p)                                                               \
    do {                                                                                           \
        (p)->local_lpc_compute_residual_from_qlp_coefficients = lpcu_compute_residual;             \
        (p)->local_lpc_compute_residual_from_qlp_coefficients_16bit = lpcu_compute_residual;       \
        (p)->local_lpc_compute_residual_from_qlp_coefficients_64bit = lpcu_compute_residual_wide;  \
        (p)->local_fixed_compute_best_predictor = lpcu_fixed_compute_best_predictor;               \
        (p)->local_fixed_compute_best_predictor_wide = lpcu_fixed_compute_best_predictor_wide;     \
        if (!LPCU_FLAC_SSE2_AUTOC((p)->local_lpc_compute_autocorrelation))                         \
            (p)->local_lpc_compute_autocorrelation = lpcu_compute_autocorrelation;                 \
    } while (0)

#endif /* LPCU_FLAC_ENC_H */
