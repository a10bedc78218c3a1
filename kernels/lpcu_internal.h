/* SPDX-License-Identifier: MIT */
/* Internal helpers shared by the hand-written runtime; not installed. */
#ifndef LPCU_INTERNAL_H
#define LPCU_INTERNAL_H

#include <assert.h>
#include <stdint.h>

#include "lpcu_kernels.h"
#include "lpcunroll.h"

/* The ISAs lpcunroll knows, in order of preference (best last). */
enum lpcu_isa_id {
    LPCU_ISA_scalar,
    LPCU_ISA_neon,
    LPCU_ISA_sse41,
    LPCU_ISA_avx2,
    LPCU_ISA_avx512,
    LPCU_ISA_COUNT
};

/* The kernels of one ISA, indexed by order (slot 0 unused). A NULL slot means the build
   has no kernel of that ISA for that order. */
struct lpcu_kernel_table {
    lpcu_kernel32_fn narrow[LPCU_MAX_ORDER + 1];
    lpcu_kernel32_fn wide[LPCU_MAX_ORDER + 1];
    lpcu_kernel64_fn wide33[LPCU_MAX_ORDER + 1];
    /* kernels for the multi-subframe entry points, indexed by [log2(lanes) - 1][order]: the
       kernel that restores up to 2, 4 or 8 subframes of one order at once (NULL: none), and
       the one to prefer where the CPU has AVX512-IFMA (NULL: the base one) */
    lpcu_lanes_fn narrow_lanes_base[LPCU_LANES_CLASSES][LPCU_MAX_ORDER + 1];
    lpcu_lanes_fn wide_lanes_base[LPCU_LANES_CLASSES][LPCU_MAX_ORDER + 1];
    lpcu_lanes_fn narrow_lanes_ifma[LPCU_LANES_CLASSES][LPCU_MAX_ORDER + 1];
    lpcu_lanes_fn wide_lanes_ifma[LPCU_LANES_CLASSES][LPCU_MAX_ORDER + 1];
    /* fixed-predictor kernels, indexed by order 0 .. LPCU_FIXED_MAX_ORDER */
    lpcu_fixed32_fn fixed_narrow[LPCU_FIXED_MAX_ORDER + 1];
    lpcu_fixed32_fn fixed_wide[LPCU_FIXED_MAX_ORDER + 1];
    lpcu_fixed64_fn fixed_wide33[LPCU_FIXED_MAX_ORDER + 1];
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

#endif /* LPCU_INTERNAL_H */
