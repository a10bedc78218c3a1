/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll behind FFmpeg's FLAC restore conventions (lpcu_ffmpeg.h). The LPC calls reverse
 * the coefficients into libFLAC's order and restore in place (residual == data, a contract
 * of every int32 lpcunroll entry point). FFmpeg's decoder has already checked what these
 * functions rely on (order 1..32 and at most len, qlevel 0..15); a call outside that range
 * writes nothing, as FFmpeg's own functions write nothing for len <= order.
 */
#include "lpcu_ffmpeg.h"

#include "lpcunroll.h"

static int lpc_ok(int order, int qlevel, int len)
{
    return order >= 1 && order <= LPCU_MAX_ORDER && qlevel >= 0 && qlevel <= LPCU_MAX_SHIFT &&
           len > order;
}

static void reverse(const int *coeffs, int order, int32_t *qlp_coeff)
{
    int i;
    for (i = 0; i < order; i++)
        qlp_coeff[i] = coeffs[order - 1 - i];
}

static void restore(int wide, int32_t *samples, const int *coeffs, int order, int qlevel, int len)
{
    int32_t qlp_coeff[LPCU_MAX_ORDER];
    int32_t *data = samples + order;

    if (!lpc_ok(order, qlevel, len))
        return;
    reverse(coeffs, order, qlp_coeff);
    if (wide)
        lpcu_restore_signal_wide(data, (uint32_t)(len - order), qlp_coeff, (uint32_t)order, qlevel,
                                 data);
    else
        lpcu_restore_signal(data, (uint32_t)(len - order), qlp_coeff, (uint32_t)order, qlevel,
                            data);
}

void lpcu_ffmpeg_lpc16(int32_t *samples, const int *coeffs, int order, int qlevel, int len)
{
    restore(0, samples, coeffs, order, qlevel, len);
}

void lpcu_ffmpeg_lpc32(int32_t *samples, const int *coeffs, int order, int qlevel, int len)
{
    restore(1, samples, coeffs, order, qlevel, len);
}

int lpcu_ffmpeg_fixed(int32_t *samples, int order, int len)
{
    if (order < 0 || order > LPCU_FIXED_MAX_ORDER)
        return order;
    if (len > order)
        lpcu_fixed_restore_signal(samples + order, (uint32_t)(len - order), (uint32_t)order,
                                  samples + order);
    return 0;
}

void lpcu_ffmpeg_defer_lpc(int wide, int32_t *samples, const int *coeffs, int order, int qlevel,
                           int len)
{
    int32_t qlp_coeff[LPCU_MAX_ORDER];
    int32_t *data = samples + order;

    if (!lpc_ok(order, qlevel, len))
        return;
    reverse(coeffs, order, qlp_coeff);
    lpcu_frame_defer(wide, data, (uint32_t)(len - order), qlp_coeff, (uint32_t)order, qlevel, data);
}
