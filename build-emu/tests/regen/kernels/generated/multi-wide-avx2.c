/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* avx2 several-subframe kernels (lpcu_restore_signal*_multi) (through SIMDe), family wide: 64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#define LPCU_ISA avx2
#include "multi-wide-128.inc"
#include "multi-wide-256.inc"

