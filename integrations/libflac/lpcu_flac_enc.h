/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll in libFLAC 1.4.2's encoder: its kernel pointers, chosen by init_stream_internal_
 * from the CPU, set to lpcunroll's functions (integrations/libflac/redirect-encoder.sh inserts
 * the one line that expands this macro, after libFLAC's own choice). Each lpcunroll function
 * has the arguments and results of the libFLAC function it replaces, for every input libFLAC's
 * encoder gives it, so the encoded stream does not change.
 *
 * The LPC residual: all three pointers (libFLAC's 32-bit, 16-bit and 64-bit choices; the
 * 16-bit one is only called where samples and coefficients fit 16 bits, for which the 32-bit
 * function gives the same residuals).
 */
#ifndef LPCU_FLAC_ENC_H
#define LPCU_FLAC_ENC_H

#include "lpcunroll.h"

#define LPCU_FLAC_ENCODER_KERNELS(p)                                                               \
    do {                                                                                           \
        (p)->local_lpc_compute_residual_from_qlp_coefficients = lpcu_compute_residual;            \
        (p)->local_lpc_compute_residual_from_qlp_coefficients_16bit = lpcu_compute_residual;      \
        (p)->local_lpc_compute_residual_from_qlp_coefficients_64bit = lpcu_compute_residual_wide; \
    } while (0)

#endif /* LPCU_FLAC_ENC_H */
