/* SPDX-License-Identifier: MIT */
/*
 * What lpcu-bench and lpcu-restore-run share: the restore families and their reference
 * functions, the kernel list of kernels/generated/manifest.inc, the variants a benchmark can
 * time, the synthetic FLAC-like inputs, and guarded output buffers. Not installed.
 */
#ifndef LPCU_BENCH_COMMON_H
#define LPCU_BENCH_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "lpcu_kernels.h"
#include "lpcunroll.h"

#define BENCH_DEFAULT_N 4096u  /* samples per call: libFLAC's default block size */
#define BENCH_MAX_N (1u << 24) /* keeps buffers and tick sums far from any overflow */
#define BENCH_SEED UINT64_C(0x6C7063756E726F6C) /* fixed, so every run times the same input */
#define BENCH_NAME_LEN 32
#define WARMUP_ROUNDS 10u         /* untimed rounds before each timing: caches, predictors */
#define CPU_WARMUP_NS 200000000.0 /* 0.2 s of work first, so clocks leave their idle state */

/* Names the program in error messages; set once by main(). */
void bench_set_prog(const char *name);
const char *bench_prog(void);
/* Prints "<prog>: <message>" to stderr and exits with EXIT_FAILURE. */
void bench_die(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2), noreturn))
#endif
    ;
void *bench_malloc(size_t size); /* dies rather than returning NULL */

/* Parses a decimal integer in [min, max] (no sign, no trailing text); returns 0 if it is not. */
int bench_parse_uint(const char *s, unsigned long min, unsigned long max, unsigned long *out);

/* splitmix64: tiny, good enough for noise, and identical on every platform. */
uint64_t bench_random(uint64_t *state);
double bench_uniform(uint64_t *state); /* [0, 1) */

/* ---- Families ---------------------------------------------------------------------------- */

typedef void (*restore32_fn)(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                             uint32_t order, int lp_quantization, int32_t *data);
typedef void (*restore64_fn)(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                             uint32_t order, int lp_quantization, int64_t *data);

struct family_info {
    const char *name;                      /* as in manifest.inc and --family */
    unsigned bps;                          /* bit depth of the synthetic signal */
    const char *why;                       /* where a decoder meets this family, for the header */
    size_t elem_size;                      /* sizeof one data sample */
    restore32_fn rolled32, auto32, flac32; /* narrow and wide */
    restore64_fn rolled64, auto64, flac64; /* wide33 */
};

extern const struct family_info bench_families[LPCU_FAMILY_COUNT];

/* Returns the family of that name, or -1. */
int bench_family_by_name(const char *name);

/* ---- Kernels and variants ---------------------------------------------------------------- */

enum variant_kind { V_ROLLED, V_KERNEL, V_AUTO, V_LIBFLAC };

struct variant {
    char name[BENCH_NAME_LEN];
    enum variant_kind kind;
    const char *isa;      /* V_KERNEL only */
    const char *skip_why; /* NULL if this CPU can run it */
    int selected;
};

#define BENCH_MAX_ISAS 8
#define BENCH_MAX_VARIANTS (4 + BENCH_MAX_ISAS)

/*
 * Fills v[] with every variant, in report order: rolled, unrolled (the scalar kernels), each
 * other ISA in the order manifest.inc lists them, auto, libflac. Returns the count. A new ISA
 * in manifest.inc becomes a variant with no change here.
 */
size_t bench_variants(struct variant *v);

/* Returns the index of the variant of that name ("scalar" also names "unrolled"), or -1. */
int bench_variant_by_name(const struct variant *v, size_t count, const char *name);

/* One callable for a (family, order, variant); exactly one pointer is set. */
struct callee {
    restore32_fn r32;
    restore64_fn r64;
    lpcu_kernel32_fn k32;
    lpcu_kernel64_fn k64;
};

/* Returns 0 if the variant has no kernel of this order (its cell then reads n/a). */
int bench_resolve(const struct variant *v, enum lpcu_family fam, unsigned order, struct callee *c);

/* ---- Inputs ------------------------------------------------------------------------------ */

/*
 * One restore call's input: a synthetic one from bench_make_input(), or an LPC subframe
 * captured from a libFLAC decode (flac_subframes.h).
 */
struct input {
    enum lpcu_family family;
    unsigned order;
    unsigned precision; /* coefficient bits, sign included */
    int shift;          /* lp_quantization */
    uint32_t n;
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t *residual; /* n values */
    int64_t *warmup;   /* order values, oldest first (data[-order .. -1]) */
};

/*
 * A synthetic input of `n` samples: a signal of the family's bit depth (three sines plus
 * noise), LPC coefficients fitted to it and quantised like an encoder does, and residuals
 * computed in closed loop so the restored signal stays within the bit depth. For narrow, the
 * largest precision that libFLAC's decoder would still hand to the 32-bit restore.
 */
void bench_make_input(enum lpcu_family fam, unsigned order, uint32_t n, struct input *in);
/*
 * The input of channel `channel` of a multichannel recording: channel 0 is bench_make_input()'s
 * input; the others have their own noise and see the sines from a later start, so their
 * coefficients and residuals differ, as between a decoder's channels or frames.
 */
void bench_make_channel_input(enum lpcu_family fam, unsigned order, uint32_t n, unsigned channel,
                              struct input *in);
void bench_free_input(struct input *in);

/* The restore call itself. The callee is opaque (external, through a pointer), so no call can
   be optimised away. */
static inline void bench_call(const struct callee *c, const struct input *in, void *data)
{
    if (c->r32 != NULL)
        c->r32(in->residual, in->n, in->coeff, in->order, in->shift, (int32_t *)data);
    else if (c->r64 != NULL)
        c->r64(in->residual, in->n, in->coeff, in->order, in->shift, (int64_t *)data);
    else if (c->k32 != NULL)
        c->k32(in->residual, in->n, in->coeff, in->shift, (int32_t *)data);
    else
        c->k64(in->residual, in->n, in->coeff, in->shift, (int64_t *)data);
}

/* ---- Buffers ----------------------------------------------------------------------------- */

#define BENCH_GUARD_SAMPLES 16u /* checked after data[n-1] to catch stray writes */

/*
 * A 64-byte-aligned output buffer, as libFLAC's decoder allocates them: the warm-up sits right
 * before data[0], so data itself is aligned differently for each order, for all variants alike.
 */
struct buffer {
    void *base;
    void *data; /* set by bench_buffer_reset(): &base[order] */
    size_t elem_size;
    size_t capacity; /* samples: order + n + guard of the largest input */
};

void bench_buffer_init(struct buffer *b, enum lpcu_family fam, size_t capacity);
void bench_buffer_free(struct buffer *b);
/* Warm-up samples from the input; output and guard filled with a sentinel. */
void bench_buffer_reset(struct buffer *b, const struct input *in);
/* Returns -1 if warm-up, output and guard of `got` and `want` are equal, else the first index
   (counted from data[-order]) where they differ, with both values. */
long bench_buffer_compare(const struct buffer *got, const struct buffer *want,
                          const struct input *in, int64_t *got_value, int64_t *want_value);
/* Runs `c` on a fresh copy of the input into `got` and compares everything with `ref`, libFLAC's
   result; dies naming `variant` and `where` (the input) if they differ. */
void bench_verify(const struct callee *c, const struct input *in, struct buffer *got,
                  const struct buffer *ref, const char *variant, const char *where);

#endif /* LPCU_BENCH_COMMON_H */
