/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: one restore per input, every kernel of every ISA this CPU runs, the
 * public entry point under each usable ISA and the checked one, compared with the rolled loop;
 * for narrow and wide, also the multi entry point under each usable ISA, on a group of 2-8
 * copies of the subframe whose residuals differ (lane k's are xor'ed with a pattern of k);
 * then the encoder's residual and limit kernels and functions on the restored signal, against
 * the rolled residual loops.
 * Built with clang -fsanitize=fuzzer,address,undefined (configure with -DLPCU_FUZZ=ON); every
 * buffer is allocated at its exact size, so ASan reports any access past either end.
 *
 * Input layout (bytes past the end read as zero):
 *   0      family (mod 3)
 *   1      order: mod 34, so 0 and 33 occur (the checked functions must refuse them)
 *   2      lp_quantization: mod 34 minus 1, so -1 and 32 occur
 *   3      coefficient precision: 1 + mod 32 bits
 *   4      warm-up precision: 1 + mod 32 bits (mod 64 for wide33)
 *   5      residual precision: 1 + mod 32 bits
 *   then   order coefficients, 4 bytes each, little-endian, sign-extended from their precision
 *   then   order warm-up samples, 8 bytes each, likewise
 *   rest   residuals, 4 bytes each; their count is the length
 */
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

#define HEADER_BYTES 6

struct reader {
    const uint8_t *p;
    size_t n, at;
};

static uint64_t read_le(struct reader *r, int bytes)
{
    uint64_t v = 0;
    for (int b = 0; b < bytes; b++, r->at++)
        v |= (uint64_t)(r->at < r->n ? r->p[r->at] : 0) << (8 * b);
    return v;
}

static const char *isas[HARNESS_MAX_ISAS];
static int n_usable;

/* Kernel runs and samples per usable ISA, for the figures printed at exit (libFuzzer leaves
   through exit() when -max_total_time or -runs is reached). */
static unsigned long long isa_runs[HARNESS_MAX_ISAS], isa_samples[HARNESS_MAX_ISAS];
static unsigned long long inputs, refused, multi_calls, residual_calls;

static void print_totals(void)
{
    printf("fuzz_restore: %llu inputs (%llu with bad parameters, refused by the checked "
           "entry point)\n",
           inputs, refused);
    for (int i = 0; i < n_usable; i++)
        printf("fuzz_restore: ISA %-8s %llu kernel runs, %llu samples, 0 mismatches\n", isas[i],
               isa_runs[i], isa_samples[i]);
    printf("fuzz_restore: %llu multi calls (2-8 subframes), 0 mismatches\n", multi_calls);
    printf("fuzz_restore: %llu residual and limit calls (kernels and public), 0 mismatches\n",
           residual_calls);
    fflush(stdout);
}

static void setup(void)
{
    const char *names[HARNESS_MAX_ISAS];
    const int n = harness_isas(names);
    for (int i = 0; i < n; i++)
        if (lpcu_cpu_has_isa(names[i]))
            isas[n_usable++] = names[i];
    harness_report_isas("fuzz_restore");
    atexit(print_totals);
}

static int isa_index(const char *isa)
{
    int i = 0;
    while (i < n_usable && strcmp(isas[i], isa) != 0)
        i++;
    return i;
}

static void fail(const char *who, enum lpcu_family f, uint32_t order, int shift, uint32_t len,
                 const char *what)
{
    fprintf(stderr, "fuzz_restore: MISMATCH %s: family %s order %u shift %d len %u: %s\n", who,
            lpcu_family_names[f], order, shift, len, what);
    abort(); /* libFuzzer saves the input as a crash file */
}

/* Runs one entry point on a fresh exact-size copy of the warm-up; compares with want. */
static void check(enum harness_entry e, const struct manifest_row *k, const char *who,
                  enum lpcu_family f, const int32_t *residual, uint32_t len, const int32_t *coeff,
                  uint32_t order, int shift, const void *warmup, const void *want)
{
    const size_t w = harness_width(f), bytes = (order + len) * w;
    unsigned char *buf = malloc(bytes);
    if (!buf)
        abort();
    memcpy(buf, warmup, order * w);
    memset(buf + order * w, 0x5C, len * w);
    const int rc = harness_call(e, k, f, residual, len, coeff, order, shift, buf + order * w);
    if (rc != 0)
        fail(who, f, order, shift, len, lpcu_strerror(rc));
    if (memcmp(buf, want, bytes) != 0)
        fail(who, f, order, shift, len, "differs from the rolled loop");
    free(buf);
}

/* The multi entry point on `count` lanes of the subframe, each with its own exact-size
   residual (lane 0's as given, the others xor'ed with a pattern of the lane) and buffer,
   each compared with the rolled loop on its own residual. */
static void check_multi(const char *who, enum lpcu_family f, const int32_t *residual, uint32_t len,
                        const int32_t *coeff, uint32_t order, int shift, const void *warmup,
                        unsigned count)
{
    enum { MAX_GROUP = 8 };
    int32_t *res[MAX_GROUP], *buf[MAX_GROUP], *want[MAX_GROUP];
    lpcu_subframe sf[MAX_GROUP];
    for (unsigned k = 0; k < count; k++) {
        res[k] = malloc(sizeof(int32_t) * (len ? len : 1));
        buf[k] = malloc(sizeof(int32_t) * (order + len));
        want[k] = malloc(sizeof(int32_t) * (order + len));
        if (!res[k] || !buf[k] || !want[k])
            abort();
        for (uint32_t i = 0; i < len; i++)
            res[k][i] = (int32_t)((uint32_t)residual[i] ^ (k * 0x9E3779B9u));
        memcpy(want[k], warmup, order * sizeof(int32_t));
        harness_call(HE_ROLLED, NULL, f, res[k], len, coeff, order, shift, want[k] + order);
        memcpy(buf[k], warmup, order * sizeof(int32_t));
        memset(buf[k] + order, 0x5C, len * sizeof(int32_t));
        sf[k] = (lpcu_subframe){res[k], coeff, buf[k] + order, len, order, shift};
    }
    if (f == LPCU_FAMILY_wide)
        lpcu_restore_signal_wide_multi(sf, count);
    else
        lpcu_restore_signal_multi(sf, count);
    multi_calls++;
    for (unsigned k = 0; k < count; k++) {
        if (memcmp(buf[k], want[k], sizeof(int32_t) * (order + len)) != 0)
            fail(who, f, order, shift, len, "multi differs from the rolled loop");
        free(res[k]);
        free(buf[k]);
        free(want[k]);
    }
}

/* The encoder's functions on the restored signal `signal` (warm-up, then len samples). */
static void check_residuals(enum lpcu_family f, const void *signal, uint32_t len,
                            const int32_t *coeff, uint32_t order, int shift)
{
    const size_t w = harness_width(f), rbytes = sizeof(int32_t) * (len ? len : 1);
    unsigned char *buf = malloc((order + len) * w);
    int32_t *want[2] = {malloc(rbytes), malloc(rbytes)}, *got = malloc(rbytes);
    if (!buf || !want[0] || !want[1] || !got)
        abort();
    memcpy(buf, signal, (order + len) * w);
    const void *data = buf + order * w;
    const uint32_t unfit =
        f == LPCU_FAMILY_narrow ? len : harness_first_unfit(f, data, len, coeff, order, shift);
    /* [0] the residual function (narrow, wide), [1] the limit one (wide, wide33) */
    int ok[2] = {1, 1};
    memset(want[0], 0x5C, rbytes);
    memset(want[1], 0x5C, rbytes);
    if (f == LPCU_FAMILY_narrow)
        lpcu_compute_residual_rolled(data, len, coeff, order, shift, want[0]);
    if (f == LPCU_FAMILY_wide) {
        lpcu_compute_residual_wide_rolled(data, len, coeff, order, shift, want[0]);
        ok[1] =
            lpcu_compute_residual_limit_residual_rolled(data, len, coeff, order, shift, want[1]);
    }
    if (f == LPCU_FAMILY_wide33)
        ok[1] = lpcu_compute_residual_limit_residual_33bit_rolled(data, len, coeff, order, shift,
                                                                  want[1]);
    if (f != LPCU_FAMILY_narrow && ok[1] != (unfit == len))
        fail("limit rolled", f, order, shift, len, "disagrees with the model");
    for (size_t r = 0; r < MANIFEST_ROW_COUNT; r++) {
        const struct manifest_row *k = &manifest_rows[r];
        if ((k->kind != LPCU_KIND_residual && k->kind != LPCU_KIND_limit) || k->family != f ||
            k->order != order || !manifest_row_runs(k))
            continue;
        const int lim = k->kind == LPCU_KIND_limit;
        memset(got, 0x5C, rbytes);
        const uint32_t n =
            harness_call_residual(k, k->kind, f, data, len, coeff, order, shift, got);
        residual_calls++;
        if (lim ? n > unfit || (unfit == len && n != len) || unfit - n > 64 : n != len)
            fail(k->symbol, f, order, shift, len, "stopped where it should not");
        if (memcmp(got, want[lim], sizeof(int32_t) * n) != 0)
            fail(k->symbol, f, order, shift, len, "differs from the rolled loop");
        for (uint32_t i = n; i < len; i++)
            if (got[i] != 0x5C5C5C5C)
                fail(k->symbol, f, order, shift, len, "wrote past where it stopped");
    }
    for (int i = 0; i < n_usable; i++) {
        if (lpcu_select_isa(isas[i]) != 0)
            fail("residual", f, order, shift, len, "lpcu_select_isa failed");
        for (int lim = 0; lim < 2; lim++) {
            if ((lim == 0 && f == LPCU_FAMILY_wide33) || (lim == 1 && f == LPCU_FAMILY_narrow))
                continue;
            memset(got, 0x5C, rbytes);
            const uint32_t rc =
                harness_call_residual(NULL, lim ? LPCU_KIND_limit : LPCU_KIND_residual, f, data,
                                      len, coeff, order, shift, got);
            residual_calls++;
            if ((int)rc != ok[lim] || memcmp(got, want[lim], sizeof(int32_t) * len) != 0)
                fail(lim ? "public limit" : "public residual", f, order, shift, len,
                     "differs from the rolled loop");
        }
    }
    free(buf);
    free(want[0]);
    free(want[1]);
    free(got);
}

int LLVMFuzzerTestOneInput(const uint8_t *in, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
    if (!n_usable)
        setup();
    if (size < HEADER_BYTES)
        return 0;
    inputs++;
    struct reader r = {in, size, 0};
    const enum lpcu_family f = (enum lpcu_family)(read_le(&r, 1) % LPCU_FAMILY_COUNT);
    const uint32_t order = (uint32_t)(read_le(&r, 1) % 34);
    const int shift = (int)(read_le(&r, 1) % 34) - 1;
    const int coeff_bits = 1 + (int)(read_le(&r, 1) % 32);
    const int warm_bits = 1 + (int)(read_le(&r, 1) % (f == LPCU_FAMILY_wide33 ? 64 : 32));
    const int residual_bits = 1 + (int)(read_le(&r, 1) % 32);
    const size_t w = harness_width(f);
    const int valid = order >= 1 && order <= LPCU_MAX_ORDER && shift >= 0 && shift <= 31;
    const uint32_t n_coeff = order <= LPCU_MAX_ORDER ? order : LPCU_MAX_ORDER;

    int32_t *coeff = malloc(sizeof(int32_t) * (n_coeff ? n_coeff : 1));
    unsigned char *warmup = malloc(w * (n_coeff ? n_coeff : 1));
    if (!coeff || !warmup)
        abort();
    for (uint32_t j = 0; j < n_coeff; j++)
        coeff[j] = (int32_t)harness_sign_extend(read_le(&r, 4), coeff_bits);
    for (uint32_t j = 0; j < n_coeff; j++)
        harness_set(f, warmup, j, harness_sign_extend(read_le(&r, 8), warm_bits));
    const uint32_t len = r.at < size ? (uint32_t)((size - r.at) / 4) : 0;
    int32_t *residual = malloc(sizeof(int32_t) * (len ? len : 1));
    if (!residual)
        abort();
    for (uint32_t i = 0; i < len; i++)
        residual[i] = (int32_t)harness_sign_extend(read_le(&r, 4), residual_bits);

    if (!valid) {
        /* Only the checked entry point takes these; it must refuse and write nothing. */
        const size_t bytes = (n_coeff + len) * w + w;
        unsigned char *buf = malloc(bytes), *copy = malloc(bytes);
        if (!buf || !copy)
            abort();
        memset(buf, 0x3A, bytes);
        memcpy(copy, buf, bytes);
        const int want = order < 1 || order > LPCU_MAX_ORDER ? LPCU_E_ORDER : LPCU_E_SHIFT;
        const int rc = harness_call(HE_CHECKED, NULL, f, residual, len, coeff, order, shift,
                                    buf + n_coeff * w);
        if (rc != want || memcmp(buf, copy, bytes) != 0)
            fail("checked", f, order, shift, len, "bad parameters not refused cleanly");
        refused++;
        free(buf);
        free(copy);
    } else {
        unsigned char *want = malloc((order + len) * w);
        if (!want)
            abort();
        memcpy(want, warmup, order * w);
        harness_call(HE_ROLLED, NULL, f, residual, len, coeff, order, shift, want + order * w);
        for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
            const struct manifest_row *kern = &manifest_rows[k];
            if (kern->kind == LPCU_KIND_restore && kern->family == f && kern->order == order &&
                lpcu_cpu_has_isa(kern->isa)) {
                check(HE_KERNEL, kern, kern->isa, f, residual, len, coeff, order, shift, warmup,
                      want);
                const int i = isa_index(kern->isa);
                isa_runs[i]++;
                isa_samples[i] += len;
            }
        }
        for (int i = 0; i < n_usable; i++) {
            if (lpcu_select_isa(isas[i]) != 0)
                fail("public", f, order, shift, len, "lpcu_select_isa failed");
            check(HE_PUBLIC, NULL, isas[i], f, residual, len, coeff, order, shift, warmup, want);
        }
        check(HE_CHECKED, NULL, "checked", f, residual, len, coeff, order, shift, warmup, want);
        if (f != LPCU_FAMILY_wide33) /* the multi API covers narrow and wide */
            for (int i = 0; i < n_usable; i++) {
                if (lpcu_select_isa(isas[i]) != 0)
                    fail("multi", f, order, shift, len, "lpcu_select_isa failed");
                check_multi(isas[i], f, residual, len, coeff, order, shift, warmup,
                            2 + (unsigned)(len % 7));
            }
        check_residuals(f, want, len, coeff, order, shift);
        free(want);
    }
    free(coeff);
    free(warmup);
    free(residual);
    return 0;
}
