/* SPDX-License-Identifier: MIT */
/*
 * What the reliability tests share, without cmocka (the difftest and the fuzz target are
 * plain programs): the manifest's kernels (support/manifest_rows.h), one call interface for
 * every restore entry point of every family, the ISAs the manifest names, a seeded generator
 * and ASan poisoning.
 */
#ifndef LPCU_HARNESS_H
#define LPCU_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lpcunroll.h"
#include "manifest_rows.h"

/* ---- families ------------------------------------------------------------------------- */

/* Bytes per data[] element: int32_t for narrow and wide, int64_t for wide33. */
static inline size_t harness_width(enum lpcu_family f)
{
    return family_sample_size(f);
}

/* data[i] as int64_t, whatever the family's element type. */
static inline int64_t harness_get(enum lpcu_family f, const void *data, ptrdiff_t i)
{
    return harness_width(f) == 8 ? ((const int64_t *)data)[i] : ((const int32_t *)data)[i];
}

/* Stores v, truncated to 32 bits for the 32-bit families. */
static inline void harness_set(enum lpcu_family f, void *data, ptrdiff_t i, int64_t v)
{
    if (harness_width(f) == 8)
        ((int64_t *)data)[i] = v;
    else
        ((int32_t *)data)[i] = (int32_t)(uint32_t)(uint64_t)v;
}

/* ---- the generated kernels: the restore rows of the manifest ----------------------------- */

/* The distinct ISA names of the manifest, in list order; returns how many. */
#define HARNESS_MAX_ISAS 16
static inline int harness_isas(const char *names[HARNESS_MAX_ISAS])
{
    int n = 0;
    for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
        int seen = 0;
        for (int i = 0; i < n && !seen; i++)
            seen = strcmp(names[i], manifest_rows[k].isa) == 0;
        if (!seen && n < HARNESS_MAX_ISAS)
            names[n++] = manifest_rows[k].isa;
    }
    return n;
}

/* Prints one line per ISA of the list: run, or skipped because the CPU or build lacks it.
   Returns how many run. */
static inline int harness_report_isas(const char *program)
{
    const char *names[HARNESS_MAX_ISAS];
    const int n = harness_isas(names);
    int usable = 0;
    for (int i = 0; i < n; i++) {
        if (lpcu_cpu_has_isa(names[i])) {
            usable++;
            printf("%s: ISA %s: run\n", program, names[i]);
        } else {
            printf("%s: ISA %s: SKIPPED (this CPU or build lacks it)\n", program, names[i]);
        }
    }
    fflush(stdout);
    return usable;
}

/* ---- one call interface for every entry point ------------------------------------------ */

enum harness_entry {
    HE_ROLLED,  /* lpcu_restore_signal*_rolled: the reference */
    HE_PUBLIC,  /* lpcu_restore_signal*: dispatched to the active ISA */
    HE_CHECKED, /* lpcu_restore_signal*_checked */
    HE_KERNEL   /* one generated kernel, called directly */
};

/* Whether entry point e of family f may restore in place (residual == data): every one with
   32-bit samples, but not the wide kernels called directly, whose redo rereads the residuals
   (the wide entry points hand them a copy when called in place). */
static inline int harness_in_place_ok(enum harness_entry e, enum lpcu_family f)
{
    return f != LPCU_FAMILY_wide33 && !(e == HE_KERNEL && f == LPCU_FAMILY_wide);
}

/* Restores with the given entry point (kernel: for HE_KERNEL, of the same family and order).
   Returns the _checked functions' code, 0 for the others. */
static inline int harness_call(enum harness_entry e, const struct manifest_row *kernel,
                               enum lpcu_family f, const int32_t *residual, uint32_t len,
                               const int32_t *coeff, uint32_t order, int shift, void *data)
{
    int32_t *d32 = data;
    int64_t *d64 = data;
    switch (e) {
    case HE_ROLLED:
        if (f == LPCU_FAMILY_narrow)
            lpcu_restore_signal_rolled(residual, len, coeff, order, shift, d32);
        else if (f == LPCU_FAMILY_wide)
            lpcu_restore_signal_wide_rolled(residual, len, coeff, order, shift, d32);
        else
            lpcu_restore_signal_wide_33bit_rolled(residual, len, coeff, order, shift, d64);
        return 0;
    case HE_PUBLIC:
        if (f == LPCU_FAMILY_narrow)
            lpcu_restore_signal(residual, len, coeff, order, shift, d32);
        else if (f == LPCU_FAMILY_wide)
            lpcu_restore_signal_wide(residual, len, coeff, order, shift, d32);
        else
            lpcu_restore_signal_wide_33bit(residual, len, coeff, order, shift, d64);
        return 0;
    case HE_CHECKED:
        if (f == LPCU_FAMILY_narrow)
            return lpcu_restore_signal_checked(residual, len, coeff, order, shift, d32);
        if (f == LPCU_FAMILY_wide)
            return lpcu_restore_signal_wide_checked(residual, len, coeff, order, shift, d32);
        return lpcu_restore_signal_wide_33bit_checked(residual, len, coeff, order, shift, d64);
    case HE_KERNEL:
        if (f == LPCU_FAMILY_wide33)
            ((lpcu_kernel64_fn)kernel->fn)(residual, len, coeff, shift, d64);
        else
            ((lpcu_kernel32_fn)kernel->fn)(residual, len, coeff, shift, d32);
        return 0;
    }
    return 0;
}

/* ---- random numbers: splitmix64 ------------------------------------------------------- */

static inline uint64_t harness_mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static inline uint64_t harness_rand(uint64_t *state)
{
    return harness_mix(*state += 0x9e3779b97f4a7c15u);
}

/* Uniform in [0, n), n > 0; the modulo bias is irrelevant here. */
static inline uint64_t harness_below(uint64_t *state, uint64_t n)
{
    return harness_rand(state) % n;
}

/* A uniformly random signed value of `bits` bits (1..64), sign-extended. */
static inline int64_t harness_rand_bits(uint64_t *state, int bits)
{
    return (int64_t)harness_rand(state) >> (64 - bits);
}

/* The low `bits` bits of v (1..64), sign-extended. */
static inline int64_t harness_sign_extend(uint64_t v, int bits)
{
    return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

/* One residual or limit kernel's own call; returns what it wrote. */
static inline uint32_t harness_residual_kernel(const struct manifest_row *k, enum lpcu_family f,
                                               const void *data, uint32_t len, const int32_t *coeff,
                                               int shift, int32_t *res)
{
    if (f == LPCU_FAMILY_wide33)
        return ((lpcu_residual64_fn)k->fn)(data, len, coeff, shift, res);
    return ((lpcu_residual32_fn)k->fn)(data, len, coeff, shift, res);
}

/* The encoder's residual: kernel k (residual or limit kind) or, with k NULL, the public function
   of `kind` for family f; returns what a kernel wrote, or a function's result (1 for the void
   ones). An exact-double kernel (feature fma) runs as the entry points run it, so that any
   input is valid for it: where the coefficients and shift are within its bounds, followed
   from where it stopped by the integer kernel of its slot (kernels/residual.c). */
static inline uint32_t harness_call_residual(const struct manifest_row *k, enum lpcu_kind kind,
                                             enum lpcu_family f, const void *data, uint32_t len,
                                             const int32_t *coeff, uint32_t order, int shift,
                                             int32_t *res)
{
    if (k && k->feature != LPCU_FEATURE_base) {
        const struct manifest_row *base =
            manifest_find(k->kind, f, k->isa, LPCU_FEATURE_base, 1, order);
        uint32_t n = lpcu_exact_applies(coeff, order, shift)
                         ? harness_residual_kernel(k, f, data, len, coeff, shift, res)
                         : 0;
        if (n < len && base)
            n += harness_residual_kernel(base, f, (const char *)data + n * family_sample_size(f),
                                         len - n, coeff, shift, res + n);
        return n;
    }
    if (k)
        return harness_residual_kernel(k, f, data, len, coeff, shift, res);
    if (f == LPCU_FAMILY_wide33)
        return (uint32_t)lpcu_compute_residual_limit_residual_33bit(data, len, coeff, order, shift,
                                                                    res);
    if (kind == LPCU_KIND_limit)
        return (uint32_t)lpcu_compute_residual_limit_residual(data, len, coeff, order, shift, res);
    if (f == LPCU_FAMILY_wide)
        lpcu_compute_residual_wide(data, len, coeff, order, shift, res);
    else
        lpcu_compute_residual(data, len, coeff, order, shift, res);
    return 1;
}

/* The encoder's limit functions' model: the first i whose residual data[i] - (sum >> shift),
   in wrapping 64-bit arithmetic, is outside (INT32_MIN, INT32_MAX]; len if none. */
static inline uint32_t harness_first_unfit(enum lpcu_family f, const void *data, uint32_t len,
                                           const int32_t *coeff, uint32_t order, int shift)
{
    for (uint32_t i = 0; i < len; i++) {
        uint64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (uint64_t)(int64_t)coeff[j] *
                   (uint64_t)harness_get(f, data, (ptrdiff_t)i - (ptrdiff_t)j - 1);
        const uint64_t r = (uint64_t)harness_get(f, data, i) - (uint64_t)((int64_t)sum >> shift);
        if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))
            return i;
    }
    return len;
}

/* ---- AddressSanitizer: poison guard words so that a read of one is reported too --------- */

#if defined(__SANITIZE_ADDRESS__)
#define HARNESS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HARNESS_ASAN 1
#endif
#endif

#ifdef HARNESS_ASAN
#include <sanitizer/asan_interface.h>
/* ASan tracks 8-byte granules: a region is poisoned only where it covers whole granules. */
static inline void harness_poison(const void *p, size_t n)
{
    __asan_poison_memory_region(p, n);
}
static inline void harness_unpoison(const void *p, size_t n)
{
    __asan_unpoison_memory_region(p, n);
}
#else
static inline void harness_poison(const void *p, size_t n)
{
    (void)p;
    (void)n;
}
static inline void harness_unpoison(const void *p, size_t n)
{
    (void)p;
    (void)n;
}
#endif

#endif /* LPCU_HARNESS_H */
