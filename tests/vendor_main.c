/* SPDX-License-Identifier: MIT */
/*
 * The vendoring check: a program that links only single-file kernels made by lpcunroll-gen
 * (no lpcunroll library) and libFLAC.a, and compares them with libFLAC. One file in FLAC
 * coefficient order (prefix lpcu_), one reversed (prefix rev_: coefficients[0] multiplies the
 * oldest sample, as claxon and the seed notes store them), and the fixed-predictor kernels
 * alone (--family fixed, prefix fix_), and the encoder's residual kernels of the narrow family
 * (--family narrow,residual, prefix res_), and the autocorrelation kernels (--family autoc,
 * prefix ac_). Exit status 0 on success.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flac_internal.h"
#include "vend_flac.h"
#include "vend_rev.h"
#include "vend_fixed.h"
#include "vend_res.h"
#include "vend_ac.h"

#define ORDER 12
#define LEN 4096
#define CASES 200

static uint64_t state = 12345;

static int32_t rand_bits(int bits)
{
    state = state * 6364136223846793005u + 1442695040888963407u;
    return (int32_t)((int64_t)state >> (64 - bits));
}

int main(void)
{
    /* the seed example, reversed layout: coefficients 1..12, history 10..120, shift 2,
       residual 130: 10*1 + 20*2 + ... + 120*12 = 6500, 6500 >> 2 = 1625, + 130 = 1755 */
    int32_t rev_coeff[ORDER], buf[ORDER + 1];
    const int32_t residual1[1] = {130};
    for (int j = 0; j < ORDER; j++) {
        rev_coeff[j] = j + 1;
        buf[j] = 10 * (j + 1);
    }
    rev_restore_narrow_o12__scalar(residual1, 1, rev_coeff, 2, buf + ORDER);
    printf("reversed seed example: %d (expected 1755)\n", buf[ORDER]);
    if (buf[ORDER] != 1755)
        return 1;

    static int32_t residual[LEN], ref[ORDER + LEN], got[ORDER + LEN], got_rev[ORDER + LEN];
    int32_t coeff[ORDER], reversed[ORDER];
    for (int c = 0; c < CASES; c++) {
        const int shift = c % 16;
        for (int j = 0; j < ORDER; j++) {
            coeff[j] = rand_bits(12);
            reversed[ORDER - 1 - j] = coeff[j];
        }
        for (int i = 0; i < LEN; i++)
            residual[i] = rand_bits(16);
        for (int j = 0; j < ORDER; j++)
            ref[j] = got[j] = got_rev[j] = rand_bits(16);
        const int wide = c & 1; /* wide: 64-bit sums, any input; narrow: libFLAC's domain */
        if (!wide && (FLAC__lpc_max_residual_bps(16, coeff, ORDER, shift) > 32 ||
                      FLAC__lpc_max_prediction_before_shift_bps(16, coeff, ORDER) > 32))
            continue;
        if (wide) {
            FLAC__lpc_restore_signal_wide(residual, LEN, coeff, ORDER, shift, ref + ORDER);
            lpcu_restore_wide_o12__scalar(residual, LEN, coeff, shift, got + ORDER);
            rev_restore_wide_o12__scalar(residual, LEN, reversed, shift, got_rev + ORDER);
        } else {
            FLAC__lpc_restore_signal(residual, LEN, coeff, ORDER, shift, ref + ORDER);
            lpcu_restore_narrow_o12__scalar(residual, LEN, coeff, shift, got + ORDER);
            rev_restore_narrow_o12__scalar(residual, LEN, reversed, shift, got_rev + ORDER);
        }
        if (memcmp(ref, got, sizeof ref) != 0 || memcmp(ref, got_rev, sizeof ref) != 0) {
            printf("case %d (%s, shift %d): vendored kernel differs from libFLAC\n", c,
                   wide ? "wide" : "narrow", shift);
            return 1;
        }
    }
    printf("vendored kernels (flac and reversed order) equal libFLAC on %d cases\n", CASES);

    /* the fixed predictors of orders 0-4: 16-bit history and residuals, so libFLAC's 32-bit
       and 64-bit functions agree (the sums wrap alike); for wide33 a 33-bit history (a side
       channel) whose differences are small, so that 4096 steps stay inside int64 */
    typedef void (*fixed_fn)(const int32_t *, uint32_t, int32_t *);
    typedef void (*fixed33_fn)(const int32_t *, uint32_t, int64_t *);
    static const fixed_fn narrow[5] = {fix_fixed_narrow_o0__scalar, fix_fixed_narrow_o1__scalar,
                                       fix_fixed_narrow_o2__scalar, fix_fixed_narrow_o3__scalar,
                                       fix_fixed_narrow_o4__scalar};
    static const fixed33_fn wide33[5] = {fix_fixed_wide33_o0__scalar, fix_fixed_wide33_o1__scalar,
                                         fix_fixed_wide33_o2__scalar, fix_fixed_wide33_o3__scalar,
                                         fix_fixed_wide33_o4__scalar};
    static int64_t ref33[4 + LEN], got33[4 + LEN];
    for (int c = 0; c < CASES; c++) {
        const uint32_t order = (uint32_t)c % 5;
        for (int i = 0; i < LEN; i++)
            residual[i] = rand_bits(c & 1 ? 4 : 12);
        const int64_t side = (int64_t)rand_bits(32) * 2 + (c & 1);
        for (uint32_t j = 0; j < order; j++) {
            ref[j] = got[j] = rand_bits(16);
            ref33[j] = got33[j] = side + rand_bits(8);
        }
        FLAC__fixed_restore_signal_wide(residual, LEN, order, ref + order);
        narrow[order](residual, LEN, got + order);
        FLAC__fixed_restore_signal_wide_33bit(residual, LEN, order, ref33 + order);
        wide33[order](residual, LEN, got33 + order);
        if (memcmp(ref, got, (order + LEN) * sizeof *ref) != 0 ||
            memcmp(ref33, got33, (order + LEN) * sizeof *ref33) != 0) {
            printf("case %d (fixed order %u): vendored kernel differs from libFLAC\n", c,
                   (unsigned)order);
            return 1;
        }
    }
    printf("vendored fixed-predictor kernels equal libFLAC on %d cases\n", CASES);

    /* the encoder's residual at order 12, 16-bit signal, 15-bit coefficients */
    static int32_t signal[ORDER + LEN], want[LEN], have[LEN];
    for (int c = 0; c < CASES; c++) {
        int32_t coeff[ORDER];
        for (int j = 0; j < ORDER; j++)
            coeff[j] = rand_bits(15);
        for (int i = 0; i < ORDER + LEN; i++)
            signal[i] = rand_bits(16);
        const int shift = c % 16;
        FLAC__lpc_compute_residual_from_qlp_coefficients(signal + ORDER, LEN, coeff, ORDER, shift,
                                                         want);
        if (res_residual_narrow_o12__scalar(signal + ORDER, LEN, coeff, shift, have) != LEN ||
            memcmp(want, have, sizeof want) != 0) {
            printf("case %d (residual): vendored kernel differs from libFLAC\n", c);
            return 1;
        }
    }
    printf("vendored residual kernels equal libFLAC on %d cases\n", CASES);

    /* autocorrelation, every lag count, windowed-looking floats; libFLAC's C function may
       write past autoc[lag - 1] (up to [15]), so only the first lag values are compared */
    typedef void (*autoc_fn)(const float *, uint32_t, double *);
    static const autoc_fn autoc_kernels[] = {
        ac_autoc_lag1__scalar,  ac_autoc_lag2__scalar,  ac_autoc_lag3__scalar,
        ac_autoc_lag4__scalar,  ac_autoc_lag5__scalar,  ac_autoc_lag6__scalar,
        ac_autoc_lag7__scalar,  ac_autoc_lag8__scalar,  ac_autoc_lag9__scalar,
        ac_autoc_lag10__scalar, ac_autoc_lag11__scalar, ac_autoc_lag12__scalar,
        ac_autoc_lag13__scalar, ac_autoc_lag14__scalar, ac_autoc_lag15__scalar,
        ac_autoc_lag16__scalar, ac_autoc_lag17__scalar, ac_autoc_lag18__scalar,
        ac_autoc_lag19__scalar, ac_autoc_lag20__scalar, ac_autoc_lag21__scalar,
        ac_autoc_lag22__scalar, ac_autoc_lag23__scalar, ac_autoc_lag24__scalar,
        ac_autoc_lag25__scalar, ac_autoc_lag26__scalar, ac_autoc_lag27__scalar,
        ac_autoc_lag28__scalar, ac_autoc_lag29__scalar, ac_autoc_lag30__scalar,
        ac_autoc_lag31__scalar, ac_autoc_lag32__scalar, ac_autoc_lag33__scalar};
    static float window[LEN];
    for (uint32_t lag = 1; lag <= 33; lag++) {
        double ref_ac[33], got_ac[33];
        const uint32_t len = lag + (uint32_t)(state >> 40) % (LEN - lag);
        for (uint32_t i = 0; i < len; i++)
            window[i] = (float)rand_bits(16) * (float)(i + 1) / (float)len;
        FLAC__lpc_compute_autocorrelation(window, len, lag, ref_ac);
        autoc_kernels[lag - 1](window, len, got_ac);
        if (memcmp(ref_ac, got_ac, lag * sizeof *ref_ac) != 0) {
            printf("lag %u (autocorrelation, %u samples): vendored kernel differs from libFLAC\n",
                   (unsigned)lag, (unsigned)len);
            return 1;
        }
    }
    printf("vendored autocorrelation kernels equal libFLAC at lags 1-33\n");
    return 0;
}
