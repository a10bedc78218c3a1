/* SPDX-License-Identifier: MIT */
/*
 * Auto-generated file. Do not edit!
 * Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
 * Made with: lpcunroll-gen --single-file vend_fixed.c --family fixed --prefix fix_
 */
/* Declarations of the kernels in vend_fixed.c. */
#ifndef LPCU_VENDORED_fix_H
#define LPCU_VENDORED_fix_H

#include <stdint.h>

void fix_fixed_narrow_o0__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_narrow_o1__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_narrow_o2__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_narrow_o3__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_narrow_o4__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_wide_o0__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_wide_o1__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_wide_o2__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_wide_o3__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_wide_o4__scalar(const int32_t *residual, uint32_t data_len, int32_t *data);
void fix_fixed_wide33_o0__scalar(const int32_t *residual, uint32_t data_len, int64_t *data);
void fix_fixed_wide33_o1__scalar(const int32_t *residual, uint32_t data_len, int64_t *data);
void fix_fixed_wide33_o2__scalar(const int32_t *residual, uint32_t data_len, int64_t *data);
void fix_fixed_wide33_o3__scalar(const int32_t *residual, uint32_t data_len, int64_t *data);
void fix_fixed_wide33_o4__scalar(const int32_t *residual, uint32_t data_len, int64_t *data);

#endif
