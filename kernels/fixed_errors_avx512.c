/* SPDX-License-Identifier: MIT */
/* The fixed predictor's error sums (kernels/fixed_errors_impl.h), 512-bit, for avx512. */
#define LPCU_ISA avx512
#define LPCU_FE_BITS 512
#include "fixed_errors_impl.h"
