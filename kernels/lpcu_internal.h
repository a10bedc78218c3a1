/* SPDX-License-Identifier: MIT */
/* Internal helpers shared by the hand-written runtime; not installed. */
#ifndef LPCU_INTERNAL_H
#define LPCU_INTERNAL_H

#include <assert.h>
#include <stdint.h>

#include "lpcu_kernels.h"
#include "lpcunroll.h"

/* The families with a multi entry point index the multi slots: narrow and wide; and the
   features with multi kernels: base and ifma. */
#define LPCU_MULTI_FAMILIES 2
#define LPCU_MULTI_FEATURES 2

/* A residual or limit slot of one order holds two kernels: the integer one (manifest feature
   base) and the exact-double one (feature fma), which needs the coefficients and shift within
   its bounds (kernels/residual.c). */
enum { LPCU_RESIDUAL_INTEGER, LPCU_RESIDUAL_EXACT, LPCU_RESIDUAL_VARIANTS };
#define LPCU_RESIDUAL_VARIANT_base LPCU_RESIDUAL_INTEGER
#define LPCU_RESIDUAL_VARIANT_fma LPCU_RESIDUAL_EXACT

/*
 * The kernels of one ISA, filled from the manifest: each slot holds the kernel the plan gives
 * that ISA (its own, or one lent by another ISA), or NULL where the build left it out, which
 * the entry points answer with the plain loop (restore, fixed) or one call per subframe
 * (multi). Slots hold lpcu_any_fn; the callers cast to the kind's type.
 */
struct lpcu_kernel_table {
    lpcu_any_fn restore[LPCU_FAMILY_COUNT][LPCU_MAX_ORDER + 1]; /* [family][order] */
    lpcu_any_fn fixed[LPCU_FAMILY_COUNT][LPCU_FIXED_MAX_ORDER + 1];
    /* [family][order][LPCU_RESIDUAL_INTEGER or _EXACT] */
    lpcu_any_fn residual[LPCU_FAMILY_COUNT][LPCU_MAX_ORDER + 1][LPCU_RESIDUAL_VARIANTS];
    lpcu_any_fn limit[LPCU_FAMILY_COUNT][LPCU_MAX_ORDER + 1][LPCU_RESIDUAL_VARIANTS];
    /* [family][feature][subframes in the group][order]: the kernel for that group, or NULL
       where one call per subframe is as fast; a feature's slot is set only where it differs
       from base */
    lpcu_any_fn multi[LPCU_MULTI_FAMILIES][LPCU_MULTI_FEATURES][LPCU_MAX_LANES + 1]
                     [LPCU_MAX_ORDER + 1];
    lpcu_any_fn autoc[LPCU_MAX_LAG + 1]; /* [lag count] */
    /* hand-written (kernels/fixed_errors_*.c): [0] 32-bit sums, [1] 64-bit sums */
    lpcu_any_fn fixed_errors[2];
};

/* The kernel table in use (dispatch.c), chosen on first use like the public functions'. */
const struct lpcu_kernel_table *lpcu_active_kernels(void);

/* Precondition check of every entry point: asserts in debug builds, and lets release builds
   return without writing instead of indexing out of range or shifting by >= 32 bits. */
static inline int lpcu_params_ok(uint32_t order, int lp_quantization)
{
    const int ok = order >= 1 && order <= LPCU_MAX_ORDER && lp_quantization >= 0 &&
                   lp_quantization <= LPCU_MAX_SHIFT;
    assert(ok && "lpcunroll: order must be 1..32 and lp_quantization 0..31");
    return ok;
}

/* The same for the fixed-predictor entry points (no shift; order 0 is valid). */
static inline int lpcu_fixed_order_ok(uint32_t order)
{
    const int ok = order <= LPCU_FIXED_MAX_ORDER;
    assert(ok && "lpcunroll: fixed-predictor order must be 0..4");
    return ok;
}

/* The same for the autocorrelation (lag count 1 .. LPCU_MAX_LAG). */
static inline int lpcu_autoc_lag_ok(uint32_t lag)
{
    const int ok = lag >= 1 && lag <= LPCU_MAX_LAG;
    assert(ok && "lpcunroll: autocorrelation lag must be 1..33");
    return ok;
}

#endif /* LPCU_INTERNAL_H */
