/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Made with: lpcunroll-gen --single-file vend_flac.c --family narrow,wide --orders 12
 */
/* Declarations of the kernels in vend_flac.c. */
#ifndef LPCU_VENDORED_lpcu_H
#define LPCU_VENDORED_lpcu_H

#include <stdint.h>

void lpcu_restore_narrow_o12__scalar(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
    int lp_quantization, int32_t *data);
void lpcu_restore_wide_o12__scalar(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
    int lp_quantization, int32_t *data);

#endif
