/* SPDX-License-Identifier: MIT */
/*
 * The autocorrelation entry point: dispatch to the active ISA's generated kernel for the lag
 * count (gen/autoc.c explains why every ISA gives libFLAC's doubles), and the plain loop.
 */
#include "lpcu_internal.h"

void lpcu_compute_autocorrelation(const float *data, uint32_t data_len, uint32_t lag, double *autoc)
{
    if (!lpcu_autoc_lag_ok(lag))
        return;
    const lpcu_any_fn k = lpcu_active_kernels()->autoc[lag];
    if (k)
        ((lpcu_autoc_fn)k)(data, data_len, autoc);
    else /* left out of this build */
        lpcu_compute_autocorrelation_rolled(data, data_len, lag, autoc);
}

/* One lag at a time, terms in increasing sample order: libFLAC's order of additions. */
void lpcu_compute_autocorrelation_rolled(const float *data, uint32_t data_len, uint32_t lag,
                                         double *autoc)
{
    if (!lpcu_autoc_lag_ok(lag))
        return;
    for (uint32_t c = 0; c < lag; c++) {
        double sum = 0.0;
        for (uint32_t s = 0; c < data_len && s < data_len - c; s++)
            sum += (double)data[s] * (double)data[s + c];
        autoc[c] = sum;
    }
}
