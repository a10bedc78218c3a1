/* SPDX-License-Identifier: MIT */
/* The fixed predictor's error sums (kernels/fixed_errors_impl.h), 128-bit, for sse41. */
#define LPCU_ISA sse41
#define LPCU_FE_BITS 128
#include "fixed_errors_impl.h"
