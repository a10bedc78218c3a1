/* SPDX-License-Identifier: MIT */
/*
 * The checked entry points: validate what the arguments alone can tell, then call the
 * dispatched kernels. They exist so that a decoder holding parameters read from an untrusted
 * stream gets an error code instead of the fast functions' debug assertion or silent no-op.
 */
#include <stddef.h>

#include "lpcunroll.h"

/* 0, or the LPCU_E_* code the header documents, in its order of precedence. */
static int check(const void *residual, uint32_t data_len, const int32_t *qlp_coeff, uint32_t order,
                 int lp_quantization, const void *data)
{
    if (order < 1 || order > LPCU_MAX_ORDER)
        return LPCU_E_ORDER;
    if (lp_quantization < 0 || lp_quantization > LPCU_MAX_SHIFT)
        return LPCU_E_SHIFT;
    /* With nothing to restore no buffer is touched, so NULL is as good as any pointer; the
       callers then skip the kernel, which might still form data - order, undefined on NULL. */
    if (data_len > 0 && (!residual || !qlp_coeff || !data))
        return LPCU_E_NULL;
    return 0;
}

int lpcu_restore_signal_checked(const int32_t *residual, uint32_t data_len,
                                const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                int32_t *data)
{
    const int rc = check(residual, data_len, qlp_coeff, order, lp_quantization, data);
    if (rc == 0 && data_len > 0)
        lpcu_restore_signal(residual, data_len, qlp_coeff, order, lp_quantization, data);
    return rc;
}

int lpcu_restore_signal_wide_checked(const int32_t *residual, uint32_t data_len,
                                     const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                     int32_t *data)
{
    const int rc = check(residual, data_len, qlp_coeff, order, lp_quantization, data);
    if (rc == 0 && data_len > 0)
        lpcu_restore_signal_wide(residual, data_len, qlp_coeff, order, lp_quantization, data);
    return rc;
}

int lpcu_restore_signal_wide_33bit_checked(const int32_t *residual, uint32_t data_len,
                                           const int32_t *qlp_coeff, uint32_t order,
                                           int lp_quantization, int64_t *data)
{
    const int rc = check(residual, data_len, qlp_coeff, order, lp_quantization, data);
    if (rc == 0 && data_len > 0)
        lpcu_restore_signal_wide_33bit(residual, data_len, qlp_coeff, order, lp_quantization, data);
    return rc;
}

const char *lpcu_strerror(int code)
{
    switch (code) {
    case 0:
        return "success";
    case LPCU_E_UNKNOWN_ISA:
        return "unknown instruction set name";
    case LPCU_E_UNSUPPORTED_ISA:
        return "instruction set not supported by this build or CPU";
    case LPCU_E_NULL:
        return "NULL buffer pointer with data_len > 0";
    case LPCU_E_ORDER:
        return "order outside 1..32";
    case LPCU_E_SHIFT:
        return "lp_quantization outside 0..31";
    default:
        return "unknown error code";
    }
}
