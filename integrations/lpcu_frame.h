/* SPDX-License-Identifier: MIT */
/*
 * The per-frame multi-subframe restore that redirect.sh --multi puts into a decoder
 * (integrations/libflac/, integrations/ffmpeg/): a frame's LPC subframes (narrow and wide) are
 * queued instead of restored, and restored together, one lpcu_restore_signal(_wide)_multi call
 * per family, once every channel of the frame has been read (or before the decoder reads a
 * restored signal, e.g. to apply a channel's wasted bits). lpcu_frame.c.
 */
#ifndef LPCU_FRAME_H
#define LPCU_FRAME_H

#include <stdint.h>

/* Queues one restore with lpcu_restore_signal's arguments (wide: lpcu_restore_signal_wide's),
   in place or not; the coefficients are copied, so they may live on the caller's stack. */
void lpcu_frame_defer(int wide, const int32_t *residual, uint32_t data_len,
                      const int32_t *qlp_coeff, uint32_t order, int lp_quantization, int32_t *data);
/* Restores everything queued. */
void lpcu_frame_flush(void);
/* Forgets everything queued (a new frame starts: what an abandoned frame left). */
void lpcu_frame_drop(void);

#endif
