/* SPDX-License-Identifier: MIT */
/*
 * Internal: the fixed-order kernel signatures and their declarations, expanded from the
 * generated list kernels/generated/kernels.inc. Used by the dispatcher, the tests and the
 * benchmark; not installed.
 */
#ifndef LPCU_KERNELS_H
#define LPCU_KERNELS_H

#include <stdint.h>

#include "lpcunroll.h"

/* Which SIMD kernels the build has: the x86 ones (sse41, avx2, avx512) on x86, the NEON ones
   on aarch64, none with -DLPCU_NO_SIMD. The build system compiles the matching files. */
#if !defined(LPCU_NO_SIMD) && (defined(__x86_64__) || defined(__i386__))
#define LPCU_HAVE_X86_SIMD 1
#else
#define LPCU_HAVE_X86_SIMD 0
#endif
#if !defined(LPCU_NO_SIMD) && defined(__aarch64__)
#define LPCU_HAVE_NEON 1
#else
#define LPCU_HAVE_NEON 0
#endif

/* A kernel restores data[0 .. data_len-1] for one fixed order; see lpcunroll.h. */
typedef void (*lpcu_kernel32_fn)(const int32_t *residual, uint32_t data_len,
                                 const int32_t *qlp_coeff, int lp_quantization, int32_t *data);
typedef void (*lpcu_kernel64_fn)(const int32_t *residual, uint32_t data_len,
                                 const int32_t *qlp_coeff, int lp_quantization, int64_t *data);

/* Sample type of each family, so the X-macro can declare kernels of any family. */
typedef int32_t lpcu_sample_narrow;
typedef int32_t lpcu_sample_wide;
typedef int64_t lpcu_sample_wide33;

/*
 * A group of independent subframes for a lanes kernel, one per lane, lined up by the caller
 * (kernels/multi.c): lane l restores data[l][0 .. n-1] from residual[l][0 .. n-1] with
 * coefficients coeff[0 .. order-1][l] (zero past the subframe's own order; data[l][-order ..
 * -1] must be valid history) and shift shift[l]. Lanes at and above `lanes` are idle copies
 * of lane 0 (pointers, coefficients and shift), so a kernel may read and store every lane:
 * an idle lane stores lane 0's values to lane 0's addresses.
 */
#define LPCU_MAX_LANES 8
#define LPCU_LANES_CLASSES 3 /* kernels for up to 2, 4 and 8 lanes */
struct lpcu_lanes {
    const int32_t *residual[LPCU_MAX_LANES];
    int32_t *data[LPCU_MAX_LANES];
    int32_t coeff[LPCU_MAX_ORDER][LPCU_MAX_LANES];
    int32_t shift[LPCU_MAX_LANES];
    uint32_t lanes;
};
/* Restores the first steps of the n a group has and returns how many (n rounded down to the
   kernel's step; the caller finishes the rest). */
typedef uint32_t (*lpcu_lanes_fn)(const struct lpcu_lanes *g, uint32_t n);

/* What a wide lanes kernel falls back on when a residual + prediction left 32 bits (no valid
   stream does that): restores steps 0 .. n-1 of its `lanes` lanes exactly, one
   lpcu_restore_signal_wide() call per lane, and returns n. */
uint32_t lpcu_lanes_redo_wide(const struct lpcu_lanes *g, uint32_t lanes, uint32_t order,
                              uint32_t n);

#define LPCU_LANES_KERNEL(family, isa, feature, lanes, order, symbol)                              \
    uint32_t symbol(const struct lpcu_lanes *g, uint32_t n);
#include "generated/multi.inc"
#undef LPCU_LANES_KERNEL

#define LPCU_KERNEL(family, isa, order, symbol)                                                    \
    void symbol(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,              \
                int lp_quantization, lpcu_sample_##family *data);
#include "generated/kernels.inc"
#undef LPCU_KERNEL

/* A fixed-predictor kernel restores data[0 .. data_len-1] for one FIXED order (0-4); see
   lpcu_fixed_restore_signal in lpcunroll.h. */
typedef void (*lpcu_fixed32_fn)(const int32_t *residual, uint32_t data_len, int32_t *data);
typedef void (*lpcu_fixed64_fn)(const int32_t *residual, uint32_t data_len, int64_t *data);

#define LPCU_FIXED_KERNEL(family, isa, order, symbol)                                              \
    void symbol(const int32_t *residual, uint32_t data_len, lpcu_sample_##family *data);
#include "generated/fixed.inc"
#undef LPCU_FIXED_KERNEL

/* 1 if this build has kernels of the named ISA and this CPU can run them, else 0. For tests
   and the benchmark, which call kernels directly. */
int lpcu_cpu_has_isa(const char *isa);
/* 1 if this CPU has the named feature of multi.inc ("base": always; "ifma": AVX512-IFMA with
   usable avx512 kernels), else 0. */
int lpcu_cpu_has_feature(const char *feature);

#endif /* LPCU_KERNELS_H */
