/* SPDX-License-Identifier: MIT */
/*
 * The AVX-512 fixed-predictor error sums, compiled with AVX2 flags so that SIMDe emulates
 * their 512-bit operations, under a suffix of their own (avx512_emulated): the test
 * test_fixed_encode_avx512_emulated checks their code on CPUs without AVX-512.
 */
#define LPCU_ISA avx512_emulated
#define LPCU_FE_BITS 512
#include "fixed_errors_impl.h"
