/* SPDX-License-Identifier: MIT */
/*
 * The per-frame multi-subframe restore for libFLAC's decoder (lpcu_flac.h). The queue is
 * per thread: a decoder reads a frame from start to end on one thread, and read_frame_
 * drops what an abandoned frame left before it queues anything, so decoders on other threads
 * and earlier frames never meet in it.
 */
#include "lpcu_flac.h"

#include "lpcunroll.h"

#define QUEUE_MAX 8 /* FLAC's channels per frame */

/* __thread: per-thread storage as gcc and clang (which build libFLAC here) spell it; C99
   has none */
static __thread struct {
    lpcu_subframe sub[2][QUEUE_MAX]; /* [narrow, wide] */
    uint32_t count[2];
} queue;

static void flush_family(int wide)
{
    if (wide)
        lpcu_restore_signal_wide_multi(queue.sub[1], queue.count[1]);
    else
        lpcu_restore_signal_multi(queue.sub[0], queue.count[0]);
    queue.count[wide] = 0;
}

void lpcu_flac_defer_lpc(int wide, const int32_t *residual, uint32_t data_len,
                         const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                         int32_t *data)
{
    wide = wide != 0;
    if (queue.count[wide] == QUEUE_MAX)
        flush_family(wide);
    const lpcu_subframe s = {residual, qlp_coeff, data, data_len, order, lp_quantization};
    queue.sub[wide][queue.count[wide]++] = s;
}

void lpcu_flac_flush(void)
{
    flush_family(0);
    flush_family(1);
}

void lpcu_flac_drop(void)
{
    queue.count[0] = queue.count[1] = 0;
}
