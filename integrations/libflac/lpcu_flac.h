/* SPDX-License-Identifier: MIT */
/*
 * What libFLAC's decoder calls with integrations/libflac/redirect.sh --multi: its LPC
 * subframes (narrow and wide) are queued instead of restored, and restored together, one
 * lpcu_restore_signal(_wide)_multi call per family, once every channel of the frame has been
 * read (or before a channel's wasted bits are applied). lpcu_flac.c.
 */
#ifndef LPCU_FLAC_H
#define LPCU_FLAC_H

#include <stdint.h>

/* Queues one restore with lpcu_restore_signal's arguments (wide: lpcu_restore_signal_wide's). */
void lpcu_flac_defer_lpc(int wide, const int32_t *residual, uint32_t data_len,
                         const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                         int32_t *data);
/* Restores everything queued. */
void lpcu_flac_flush(void);
/* Forgets everything queued (a new frame starts: what an abandoned frame left). */
void lpcu_flac_drop(void);

#endif
