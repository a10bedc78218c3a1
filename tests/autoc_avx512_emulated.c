/* SPDX-License-Identifier: MIT */
/*
 * The AVX-512 autocorrelation kernels, compiled with AVX2 flags so that SIMDe emulates their
 * 512-bit operations, under names of their own (tests/CMakeLists.txt renames them): the
 * test test_autoc_avx512_emulated checks their code on CPUs without AVX-512, where the
 * library's own AVX-512 kernels are skipped.
 */
#include "../kernels/generated/autoc-avx512.c"
