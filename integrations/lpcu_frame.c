/* SPDX-License-Identifier: MIT */
/*
 * The per-frame multi-subframe restore (lpcu_frame.h). The queue is per thread: a decoder
 * reads a frame from start to end on one thread (libFLAC always; FFmpeg's frame threads each
 * take whole frames), and the decoder drops what an abandoned frame left before it queues
 * anything, so decoders on other threads and earlier frames never meet in it.
 */
#include "lpcu_frame.h"

#include <string.h>

#include "lpcunroll.h"

#define FAMILIES 2  /* narrow, wide */
#define QUEUE_MAX 8 /* FLAC's channels per frame */

/* __thread: per-thread storage as gcc and clang (which build the decoders here) spell it;
   C99 has none */
static __thread struct {
    lpcu_subframe sub[FAMILIES][QUEUE_MAX];
    int32_t qlp_coeff[FAMILIES][QUEUE_MAX][LPCU_MAX_ORDER];
    uint32_t count[FAMILIES];
} queue;

static void flush_family(int wide)
{
    if (wide)
        lpcu_restore_signal_wide_multi(queue.sub[1], queue.count[1]);
    else
        lpcu_restore_signal_multi(queue.sub[0], queue.count[0]);
    queue.count[wide] = 0;
}

void lpcu_frame_defer(int wide, const int32_t *residual, uint32_t data_len,
                      const int32_t *qlp_coeff, uint32_t order, int lp_quantization, int32_t *data)
{
    uint32_t k;

    if (order < 1 || order > LPCU_MAX_ORDER)
        return; /* what a single call would do: nothing */
    wide = wide != 0;
    if (queue.count[wide] == QUEUE_MAX)
        flush_family(wide);
    k = queue.count[wide]++;
    memcpy(queue.qlp_coeff[wide][k], qlp_coeff, order * sizeof *qlp_coeff);
    {
        const lpcu_subframe s = {residual, queue.qlp_coeff[wide][k], data, data_len,
                                 order,    lp_quantization};
        queue.sub[wide][k] = s;
    }
}

void lpcu_frame_flush(void)
{
    flush_family(0);
    flush_family(1);
}

void lpcu_frame_drop(void)
{
    queue.count[0] = queue.count[1] = 0;
}
