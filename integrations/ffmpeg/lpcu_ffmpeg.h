/* SPDX-License-Identifier: MIT */
/*
 * What FFmpeg 5.1's FLAC decoder (libavcodec/flacdec.c) calls after
 * integrations/ffmpeg/redirect.sh: lpcunroll behind FFmpeg's own restore conventions
 * (lpcu_ffmpeg.c). FFmpeg restores in place: samples[0 .. order-1] hold the warm-up,
 * samples[order .. len-1] the residuals on entry and the signal on return, and coeffs[] is
 * libFLAC's qlp_coeff[] reversed (coeffs[order-1] multiplies the newest sample).
 */
#ifndef LPCU_FFMPEG_H
#define LPCU_FFMPEG_H

#include <stdint.h>

#include "lpcu_frame.h"

/* FFmpeg's lpc16: 32-bit sums wrapping modulo 2^32, as lpcu_restore_signal. */
void lpcu_ffmpeg_lpc16(int32_t *samples, const int *coeffs, int order, int qlevel, int len);
/* FFmpeg's lpc32: 64-bit sums, outputs truncated to 32 bits, as lpcu_restore_signal_wide. */
void lpcu_ffmpeg_lpc32(int32_t *samples, const int *coeffs, int order, int qlevel, int len);
/*
 * A FIXED subframe of order 0..4 (32-bit arithmetic wrapping modulo 2^32, which is what
 * FFmpeg's running differences compute), then returns 0; any other order is left alone and
 * returned, for the caller to reject.
 */
int lpcu_ffmpeg_fixed(int32_t *samples, int order, int len);

/*
 * The per-frame multi restore (redirect.sh --multi): an LPC subframe is queued with
 * lpcu_frame_defer() (integrations/lpcu_frame.h; wide = 0: lpc16's family, 1: lpc32's)
 * instead of restored; the decoder then calls lpcu_frame_flush() and lpcu_frame_drop().
 */
void lpcu_ffmpeg_defer_lpc(int wide, int32_t *samples, const int *coeffs, int order, int qlevel,
                           int len);

#endif
