/* SPDX-License-Identifier: MIT */
/* The fixed predictor's error sums (kernels/fixed_errors_impl.h), 256-bit, for avx2. */
#define LPCU_ISA avx2
#define LPCU_FE_BITS 256
#include "fixed_errors_impl.h"
