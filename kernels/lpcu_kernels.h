/* SPDX-License-Identifier: MIT */
/*
 * Internal: the fixed-order kernel signatures and their declarations, expanded from the
 * generated list kernels/generated/kernels.inc. Used by the dispatcher, the tests and the
 * benchmark; not installed.
 */
#ifndef LPCU_KERNELS_H
#define LPCU_KERNELS_H

#include <stdint.h>

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

#define LPCU_KERNEL(family, isa, order, symbol)                                                    \
    void symbol(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,              \
                int lp_quantization, lpcu_sample_##family *data);
#include "generated/kernels.inc"
#undef LPCU_KERNEL

/* 1 if this build has kernels of the named ISA and this CPU can run them, else 0. For tests
   and the benchmark, which call kernels directly. */
int lpcu_cpu_has_isa(const char *isa);

#endif /* LPCU_KERNELS_H */
