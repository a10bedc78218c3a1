/* SPDX-License-Identifier: MIT */
/*
 * libFLAC 1.4.2's internal restore functions (LPC and fixed-predictor), the two bounds its
 * decoder uses to choose between the LPC ones, and the encoder's functions lpcunroll mirrors:
 * global symbols of Debian's static libFLAC.a, declared by no installed header. The tests and
 * the benchmark link the archive and call them as the reference.
 */
#ifndef LPCU_FLAC_INTERNAL_H
#define LPCU_FLAC_INTERNAL_H

#include <stdint.h>

void FLAC__lpc_restore_signal(const int32_t residual[], uint32_t data_len,
                              const int32_t qlp_coeff[], uint32_t order, int lp_quantization,
                              int32_t data[]);
void FLAC__lpc_restore_signal_wide(const int32_t residual[], uint32_t data_len,
                                   const int32_t qlp_coeff[], uint32_t order, int lp_quantization,
                                   int32_t data[]);
void FLAC__lpc_restore_signal_wide_33bit(const int32_t residual[], uint32_t data_len,
                                         const int32_t qlp_coeff[], uint32_t order,
                                         int lp_quantization, int64_t data[]);
uint32_t FLAC__lpc_max_prediction_before_shift_bps(uint32_t subframe_bps, const int32_t qlp_coeff[],
                                                   uint32_t order);
uint32_t FLAC__lpc_max_residual_bps(uint32_t subframe_bps, const int32_t qlp_coeff[],
                                    uint32_t order, int lp_quantization);
void FLAC__fixed_restore_signal(const int32_t residual[], uint32_t data_len, uint32_t order,
                                int32_t data[]);
void FLAC__fixed_restore_signal_wide(const int32_t residual[], uint32_t data_len, uint32_t order,
                                     int32_t data[]);
void FLAC__fixed_restore_signal_wide_33bit(const int32_t residual[], uint32_t data_len,
                                           uint32_t order, int64_t data[]);

/* The encoder's residual functions, and the x86 intrinsic variants Debian's build has (call
   them only where the CPU has the ISA). */
void FLAC__lpc_compute_residual_from_qlp_coefficients(const int32_t *data, uint32_t data_len,
                                                      const int32_t qlp_coeff[], uint32_t order,
                                                      int lp_quantization, int32_t residual[]);
void FLAC__lpc_compute_residual_from_qlp_coefficients_wide(const int32_t *data, uint32_t data_len,
                                                           const int32_t qlp_coeff[],
                                                           uint32_t order, int lp_quantization,
                                                           int32_t residual[]);
int FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
int FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual_33bit(
    const int64_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
#if defined(__x86_64__) || defined(__i386__)
#define LPCU_FLAC_X86_RESIDUAL 1
void FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_sse2(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
void FLAC__lpc_compute_residual_from_qlp_coefficients_16_intrin_sse2(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
void FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_sse41(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
void FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_avx2(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
void FLAC__lpc_compute_residual_from_qlp_coefficients_16_intrin_avx2(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
void FLAC__lpc_compute_residual_from_qlp_coefficients_wide_intrin_avx2(
    const int32_t *data, uint32_t data_len, const int32_t qlp_coeff[], uint32_t order,
    int lp_quantization, int32_t residual[]);
#endif

/* The encoder's fixed predictor (float build): the best order's guess, and on x86-64 the
   SSE2 and SSSE3 variants of Debian's build; the residual of one order. */
uint32_t FLAC__fixed_compute_best_predictor(const int32_t data[], uint32_t data_len,
                                            float residual_bits_per_sample[5]);
uint32_t FLAC__fixed_compute_best_predictor_wide(const int32_t data[], uint32_t data_len,
                                                 float residual_bits_per_sample[5]);
uint32_t FLAC__fixed_compute_best_predictor_limit_residual(const int32_t data[], uint32_t data_len,
                                                           float residual_bits_per_sample[5]);
uint32_t FLAC__fixed_compute_best_predictor_limit_residual_33bit(const int64_t data[],
                                                                 uint32_t data_len,
                                                                 float residual_bits_per_sample[5]);
#if defined(__x86_64__)
uint32_t FLAC__fixed_compute_best_predictor_intrin_sse2(const int32_t data[], uint32_t data_len,
                                                        float residual_bits_per_sample[5]);
uint32_t FLAC__fixed_compute_best_predictor_intrin_ssse3(const int32_t data[], uint32_t data_len,
                                                         float residual_bits_per_sample[5]);
uint32_t FLAC__fixed_compute_best_predictor_wide_intrin_sse2(const int32_t data[],
                                                             uint32_t data_len,
                                                             float residual_bits_per_sample[5]);
uint32_t FLAC__fixed_compute_best_predictor_wide_intrin_ssse3(const int32_t data[],
                                                              uint32_t data_len,
                                                              float residual_bits_per_sample[5]);
#endif
void FLAC__fixed_compute_residual(const int32_t data[], uint32_t data_len, uint32_t order,
                                  int32_t residual[]);
void FLAC__fixed_compute_residual_wide(const int32_t data[], uint32_t data_len, uint32_t order,
                                       int32_t residual[]);
void FLAC__fixed_compute_residual_wide_33bit(const int64_t data[], uint32_t data_len,
                                             uint32_t order, int32_t residual[]);

/* The encoder's autocorrelation: the C function (every lag), and on x86-64 the intrinsic
   variants of Debian's build, each for one lag count (it computes lag = 8, 10, 14 or 8, 12,
   16 whatever `lag` says; the FMA ones read data[0 .. lag-1] even when data_len is less). */
void FLAC__lpc_compute_autocorrelation(const float data[], uint32_t data_len, uint32_t lag,
                                       double autoc[]);
#if defined(__x86_64__)
void FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_8(const float data[], uint32_t data_len,
                                                         uint32_t lag, double autoc[]);
void FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_10(const float data[], uint32_t data_len,
                                                          uint32_t lag, double autoc[]);
void FLAC__lpc_compute_autocorrelation_intrin_sse2_lag_14(const float data[], uint32_t data_len,
                                                          uint32_t lag, double autoc[]);
void FLAC__lpc_compute_autocorrelation_intrin_fma_lag_8(const float data[], uint32_t data_len,
                                                        uint32_t lag, double autoc[]);
void FLAC__lpc_compute_autocorrelation_intrin_fma_lag_12(const float data[], uint32_t data_len,
                                                         uint32_t lag, double autoc[]);
void FLAC__lpc_compute_autocorrelation_intrin_fma_lag_16(const float data[], uint32_t data_len,
                                                         uint32_t lag, double autoc[]);
#endif

#endif /* LPCU_FLAC_INTERNAL_H */
