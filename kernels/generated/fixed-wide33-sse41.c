/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.1.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* Fixed-predictor kernels (sse41 through SIMDe), family wide33: 64-bit samples and sums (FLAC__fixed_restore_signal_wide_33bit semantics). Orders not listed here use another ISA's kernels (see fixed.inc). */

#include <stdint.h>

#include "../lpcu_kernels.h"
#include "lpcunroll.h"

/* Compilers re-associate unsigned sums freely and may put the newest sample's product
   first, lengthening the serial chain; an empty asm pins the off-chain partial sum. */
#if defined(__GNUC__)
#define LPCU_OFF_CHAIN(v) __asm__("" : "+r"(v))
#else
#define LPCU_OFF_CHAIN(v) ((void)0)
#endif
/* Above a few taps the history and coefficients cannot all live in registers. Loading
   them afresh each sample (a load per term, as a spill would cost) through a pointer the
   compiler cannot see through keeps it from carrying them in spilled, shuffled copies. */
#if defined(__GNUC__)
#define LPCU_OPAQUE(p) __asm__("" : "+r"(p))
#else
#define LPCU_OPAQUE(p) ((void)0)
#endif

#if LPCU_HAVE_X86_SIMD
#include <simde/x86/sse4.1.h>

#endif /* LPCU_HAVE_X86_SIMD */
