/* SPDX-License-Identifier: MIT */
/* The fixed predictor's error sums (kernels/fixed_errors_impl.h), 128-bit, for neon. */
#define LPCU_ISA neon
#define LPCU_FE_BITS 128
#include "fixed_errors_impl.h"
