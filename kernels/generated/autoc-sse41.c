/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Regenerate from the source root with: lpcunroll-gen --out kernels/generated
 */
/* sse41 autocorrelation kernels (lpcu_compute_autocorrelation), through SIMDe: float data, double sums, lags across lanes. */

#include <stdint.h>

#include "../lpcu_kernels.h" /* LPCU_SYM, the pins, the build's selection */

#define LPCU_ISA sse41
#include "autoc-128.inc"

