/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* sse41 the encoder's LPC residual kernels (lpcu_compute_residual, _wide) (through SIMDe), family narrow: 32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics). */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#define LPCU_ISA sse41
#include "residual-narrow-128.inc"

