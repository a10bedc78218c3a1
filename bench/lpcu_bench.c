/* SPDX-License-Identifier: MIT */
/*
 * lpcu-bench: times lpcunroll's restore kernels against its own rolled loop and against
 * libFLAC, side by side in one process, on the same FLAC-like inputs.
 *
 * For each family (narrow, wide, wide33) and order it times: the rolled loop, the scalar
 * ("unrolled") kernel and every other ISA's kernel listed in kernels/generated/kernels.inc,
 * the public dispatching function ("auto") and libFLAC's FLAC__lpc_restore_signal*.
 * Every variant's output is first checked bit for bit against libFLAC's, so only correct code
 * is timed. Results are ticks per sample (TSC ticks on x86, ns elsewhere) as Markdown tables,
 * optionally also CSV. Run with --help for the options.
 *
 * Inputs imitate what a FLAC decoder meets: a synthetic signal (three sines plus noise),
 * LPC coefficients fitted to it by autocorrelation and Levinson-Durbin, quantised like an
 * encoder does (up to 15-bit precision, shift 0..15), and residuals computed so that restoring
 * reproduces a signal that stays within its bit depth.
 */
#define _POSIX_C_SOURCE 200112L /* clock_gettime, posix_memalign */

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__x86_64__) || defined(__i386__)
#define LPCU_BENCH_X86 1
#include <x86intrin.h>
#else
#define LPCU_BENCH_X86 0
#endif

#include <FLAC/format.h>
#include <FLAC/ordinals.h>

#include "flac_internal.h"
#include "lpcu_kernels.h"
#include "lpcunroll.h"

#ifndef LPCU_BENCH_FLAGS
#define LPCU_BENCH_FLAGS "unknown"
#endif


/* ---- Tunables and constants ------------------------------------------------------------ */

#define PROG "lpcu-bench"
#define DEFAULT_N 4096u   /* samples per call: libFLAC's default block size */
#define DEFAULT_REPS 300u /* timed calls per variant; best and median are reported */
#define MAX_N (1u << 24)  /* keeps buffers and tick sums far from any overflow */
#define MAX_REPS 1000000u
#define WARMUP_ROUNDS 10u /* untimed rounds before each (family, order): caches, predictors */
#define CPU_WARMUP_NS 200000000.0 /* 0.2 s of work first, so clocks leave their idle state */
#define NS_PER_S 1000000000.0

#define BUF_ALIGN 64u                  /* cache-line aligned like libFLAC's decoder buffers */
#define GUARD_SAMPLES 16u              /* checked after data[n-1] to catch stray writes */
#define SENTINEL32 INT32_C(0x5A5A5A5A) /* outside every family's sample range */
#define SENTINEL64 INT64_C(0x5A5A5A5A5A5A5A5A)

/* FLAC stream limits the inputs respect (see REFERENCE.md, "Valid stream parameters"). */
#define FLAC_MAX_QLP_PRECISION 15u /* signed coefficient bits */
#define FLAC_MIN_QLP_PRECISION 5u  /* libFLAC's encoder never goes lower */
#define FLAC_MAX_SHIFT 15
#define NARROW_MAX_BPS 32u /* libFLAC's decoder uses the 32-bit restore up to this */

/* The synthetic signal: fractions of full scale, frequencies at 44.1 kHz. */
#define SAMPLE_RATE 44100.0
#define N_PARTIALS 3
static const double partial_hz[N_PARTIALS] = {220.0, 1375.0, 5170.0};
static const double partial_amp[N_PARTIALS] = {0.30, 0.15, 0.05};
#define NOISE_AMP (1.0 / 256.0) /* keeps residuals in the hundreds for 16-bit audio */
#define LAG0_RIDGE 1e-9         /* relative ridge on r[0] so Levinson-Durbin stays stable */
#define BENCH_SEED UINT64_C(0x6C7063756E726F6C) /* fixed, so every run times the same input */

#define MAX_ISAS 8
#define MAX_VARIANTS (4 + MAX_ISAS)
#define NAME_LEN 32
#define CELL_WIDTH 8     /* minimum width of a table cell, for readable plain-text output */
#define CPUINFO_LINE 256 /* longer /proc/cpuinfo lines (flags) are read in pieces, harmlessly */

/* ---- Families and the kernel table ----------------------------------------------------- */

enum family { FAM_NARROW, FAM_WIDE, FAM_WIDE33, FAM_COUNT };

typedef void (*restore32_fn)(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                             uint32_t order, int lp_quantization, int32_t *data);
typedef void (*restore64_fn)(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                             uint32_t order, int lp_quantization, int64_t *data);

struct family_info {
    const char *name;                      /* as in kernels.inc and --family */
    unsigned bps;                          /* bit depth of the synthetic signal */
    const char *why;                       /* where a decoder meets this family, for the header */
    size_t elem_size;                      /* sizeof one data sample */
    restore32_fn rolled32, auto32, flac32; /* narrow and wide */
    restore64_fn rolled64, auto64, flac64; /* wide33 */
};

/*
 * wide uses 24-bit audio because that is where libFLAC's decoder really calls the 64-bit
 * restore (16-bit audio with real coefficients nearly always passes the 32-bit bound check).
 */
static const struct family_info families[FAM_COUNT] = {
    {"narrow", 16, "16-bit audio, largest precision the 32-bit bound check accepts",
     sizeof(int32_t), lpcu_restore_signal_rolled, lpcu_restore_signal, FLAC__lpc_restore_signal,
     NULL, NULL, NULL},
    {"wide", 24, "24-bit audio, 15-bit precision", sizeof(int32_t), lpcu_restore_signal_wide_rolled,
     lpcu_restore_signal_wide, FLAC__lpc_restore_signal_wide, NULL, NULL, NULL},
    {"wide33", 33, "33-bit side channel of 32-bit audio, 15-bit precision", sizeof(int64_t), NULL,
     NULL, NULL, lpcu_restore_signal_wide_33bit_rolled, lpcu_restore_signal_wide_33bit,
     FLAC__lpc_restore_signal_wide_33bit},
};

struct kernel {
    enum family family;
    const char *isa;
    unsigned order;
    lpcu_kernel32_fn fn32; /* narrow and wide */
    lpcu_kernel64_fn fn64; /* wide33 */
};

/* Route each symbol to the pointer field of its type, so no function pointer is cast. */
#define BENCH_FAMILY_narrow FAM_NARROW
#define BENCH_FAMILY_wide FAM_WIDE
#define BENCH_FAMILY_wide33 FAM_WIDE33
#define BENCH_FN32_narrow(sym) sym
#define BENCH_FN32_wide(sym) sym
#define BENCH_FN32_wide33(sym) NULL
#define BENCH_FN64_narrow(sym) NULL
#define BENCH_FN64_wide(sym) NULL
#define BENCH_FN64_wide33(sym) sym

#define LPCU_KERNEL(family, isa, order, symbol)                                                    \
    {BENCH_FAMILY_##family, #isa, order, BENCH_FN32_##family(symbol), BENCH_FN64_##family(symbol)},
static const struct kernel kernels[] = {
#include "generated/kernels.inc"
};
#undef LPCU_KERNEL

#define N_KERNELS (sizeof kernels / sizeof kernels[0])

static const struct kernel *find_kernel(enum family fam, const char *isa, unsigned order)
{
    size_t i;
    for (i = 0; i < N_KERNELS; i++)
        if (kernels[i].family == fam && kernels[i].order == order &&
            strcmp(kernels[i].isa, isa) == 0)
            return &kernels[i];
    return NULL;
}

/* ---- Variants --------------------------------------------------------------------------- */

enum variant_kind { V_ROLLED, V_KERNEL, V_AUTO, V_LIBFLAC };

struct variant {
    char name[NAME_LEN];
    enum variant_kind kind;
    const char *isa;      /* V_KERNEL only */
    const char *skip_why; /* NULL if this CPU can run it */
    int selected;
};

/* One callable for a (family, order, variant); exactly one pointer is set. */
struct callee {
    restore32_fn r32;
    restore64_fn r64;
    lpcu_kernel32_fn k32;
    lpcu_kernel64_fn k64;
};

/*
 * Whether this CPU can run an ISA's kernels, checked like the library's dispatcher would.
 * Off x86 the table only holds what the build targets (SIMDe maps x86 names to the host),
 * so everything listed is runnable.
 */
static const char *isa_skip_reason(const char *isa)
{
    if (strcmp(isa, "scalar") == 0)
        return NULL;
#if LPCU_BENCH_X86
    __builtin_cpu_init();
    if (strcmp(isa, "sse41") == 0)
        return __builtin_cpu_supports("sse4.1") ? NULL : "CPU lacks sse4.1";
    if (strcmp(isa, "avx2") == 0)
        return __builtin_cpu_supports("avx2") ? NULL : "CPU lacks avx2";
    if (strcmp(isa, "avx512") == 0)
        return (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl"))
                   ? NULL
                   : "CPU lacks one of avx512f/bw/dq/vl";
    return "no CPU check known for this ISA on x86";
#else
    return NULL;
#endif
}

static void add_variant(struct variant *v, size_t *count, const char *name, enum variant_kind kind,
                        const char *isa)
{
    struct variant *x;
    if (*count == MAX_VARIANTS) {
        fprintf(stderr, PROG ": too many ISAs in kernels.inc (raise MAX_ISAS)\n");
        exit(EXIT_FAILURE);
    }
    x = &v[(*count)++];
    snprintf(x->name, sizeof x->name, "%s", name);
    x->kind = kind;
    x->isa = isa;
    x->skip_why = kind == V_KERNEL ? isa_skip_reason(isa) : NULL;
    x->selected = 1;
}

/* rolled, unrolled (= scalar), each other ISA in the order kernels.inc lists them, auto, libflac */
static size_t build_variants(struct variant *v)
{
    size_t count = 0, i, j;
    add_variant(v, &count, "rolled", V_ROLLED, NULL);
    add_variant(v, &count, "unrolled", V_KERNEL, "scalar");
    for (i = 0; i < N_KERNELS; i++) {
        int seen = strcmp(kernels[i].isa, "scalar") == 0;
        for (j = 0; j < count && !seen; j++)
            seen = v[j].kind == V_KERNEL && strcmp(v[j].isa, kernels[i].isa) == 0;
        if (!seen)
            add_variant(v, &count, kernels[i].isa, V_KERNEL, kernels[i].isa);
    }
    add_variant(v, &count, "auto", V_AUTO, NULL);
    add_variant(v, &count, "libflac", V_LIBFLAC, NULL);
    return count;
}

/* Returns 0 if the variant has no kernel of this order (its cell then reads n/a). */
static int resolve(const struct variant *v, enum family fam, unsigned order, struct callee *c)
{
    const struct family_info *f = &families[fam];
    const struct kernel *k;
    memset(c, 0, sizeof *c);
    switch (v->kind) {
    case V_ROLLED:
        c->r32 = f->rolled32;
        c->r64 = f->rolled64;
        return 1;
    case V_AUTO:
        c->r32 = f->auto32;
        c->r64 = f->auto64;
        return 1;
    case V_LIBFLAC:
        c->r32 = f->flac32;
        c->r64 = f->flac64;
        return 1;
    case V_KERNEL:
        k = find_kernel(fam, v->isa, order);
        if (k == NULL)
            return 0;
        c->k32 = k->fn32;
        c->k64 = k->fn64;
        return 1;
    }
    return 0;
}

/* ---- Inputs ------------------------------------------------------------------------------ */

struct input {
    unsigned order;
    unsigned precision; /* coefficient bits, sign included */
    int shift;          /* lp_quantization */
    uint32_t n;
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t *residual; /* n values */
    int64_t *expected; /* order warm-up samples, then the n restored samples */
};

/* splitmix64: tiny, good enough for noise, and identical on every platform. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static double uniform01(uint64_t *state)
{
    const int mantissa_bits = 53;
    return (double)(next_random(state) >> (64 - mantissa_bits)) * ldexp(1.0, -mantissa_bits);
}

static int64_t clamp64(int64_t x, int64_t lo, int64_t hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* Sines plus triangular noise at `bps` bits, rounded and kept within the bit depth. */
static void make_signal(unsigned bps, uint64_t seed, size_t len, int64_t *out)
{
    const double full_scale = ldexp(1.0, (int)bps - 1);
    const double pi = 3.14159265358979323846;
    const int64_t hi = (int64_t)full_scale - 1, lo = -(int64_t)full_scale;
    uint64_t state = seed;
    size_t i;
    int p;
    for (i = 0; i < len; i++) {
        double x = 0.0;
        for (p = 0; p < N_PARTIALS; p++)
            x += partial_amp[p] * sin(2.0 * pi * partial_hz[p] * (double)i / SAMPLE_RATE +
                                      (double)p); /* distinct phases: no common zero crossing */
        x += NOISE_AMP * (uniform01(&state) + uniform01(&state) - 1.0);
        out[i] = clamp64((int64_t)llround(x * full_scale), lo, hi);
    }
}

/* Predictor a[j] (a[0] weighs the newest sample) from a Hann-windowed autocorrelation. */
static void fit_lpc(const int64_t *x, size_t len, unsigned order, double *a)
{
    const double pi = 3.14159265358979323846;
    double r[LPCU_MAX_ORDER + 1], tmp[LPCU_MAX_ORDER], err;
    double *w = malloc(len * sizeof *w);
    size_t i;
    unsigned lag, m, j;
    if (w == NULL) {
        fprintf(stderr, PROG ": out of memory\n");
        exit(EXIT_FAILURE);
    }
    for (i = 0; i < len; i++)
        w[i] = (double)x[i] * (0.5 - 0.5 * cos(2.0 * pi * (double)i / (double)(len - 1)));
    for (lag = 0; lag <= order; lag++) {
        r[lag] = 0.0;
        for (i = lag; i < len; i++)
            r[lag] += w[i] * w[i - lag];
    }
    free(w);
    r[0] *= 1.0 + LAG0_RIDGE;

    /* Levinson-Durbin recursion. */
    for (j = 0; j < order; j++)
        a[j] = 0.0;
    err = r[0];
    for (m = 0; m < order && err > 0.0; m++) {
        double k = r[m + 1];
        for (j = 0; j < m; j++)
            k -= a[j] * r[m - j];
        k /= err;
        for (j = 0; j < m; j++)
            tmp[j] = a[j] - k * a[m - 1 - j];
        for (j = 0; j < m; j++)
            a[j] = tmp[j];
        a[m] = k;
        err *= 1.0 - k * k;
    }
}

/*
 * Quantise to `precision` signed bits as an encoder does: the largest shift (at most 15) that
 * keeps every coefficient in range, rounding with error feedback so the sum stays faithful.
 */
static void quantize_lpc(const double *a, unsigned order, unsigned precision, int32_t *q,
                         int *shift)
{
    const long qmax = (1L << (precision - 1)) - 1, qmin = -(1L << (precision - 1));
    double cmax = 0.0, err = 0.0;
    int exponent, s;
    unsigned j;
    for (j = 0; j < order; j++)
        cmax = fmax(cmax, fabs(a[j]));
    s = 0;
    if (cmax > 0.0) {
        (void)frexp(cmax, &exponent); /* cmax < 2^exponent */
        s = (int)precision - 1 - exponent;
    }
    s = s < 0 ? 0 : s > FLAC_MAX_SHIFT ? FLAC_MAX_SHIFT : s;
    for (j = 0; j < order; j++) {
        double v = ldexp(a[j], s) + err;
        long r = lround(v);
        r = r < qmin ? qmin : r > qmax ? qmax : r;
        err = v - (double)r;
        q[j] = (int32_t)r;
    }
    *shift = s;
}

static void die_input(const char *family, unsigned order, const char *what)
{
    fprintf(stderr, PROG ": cannot build a %s order %u input: %s\n", family, order, what);
    exit(EXIT_FAILURE);
}

/*
 * Builds the input of one (family, order). Residuals come from running the predictor on the
 * signal it restores (closed loop), limited so the restored signal never leaves the bit depth:
 * that is what makes libFLAC's narrow bound check meaningful, and keeps every family far from
 * overflow, where libFLAC's C is undefined.
 */
static void make_input(enum family fam, unsigned order, uint32_t n, struct input *in)
{
    const struct family_info *f = &families[fam];
    const size_t len = (size_t)order + n;
    /* Fit on at least a default block, so a tiny --n still gets a sensible predictor. */
    const size_t fit_len = len > order + DEFAULT_N ? len : order + DEFAULT_N;
    const int64_t hi = (INT64_C(1) << (f->bps - 1)) - 1, lo = -hi - 1;
    int64_t *target = malloc(fit_len * sizeof *target);
    double a[LPCU_MAX_ORDER];
    size_t i;
    unsigned j;

    in->order = order;
    in->n = n;
    in->residual = malloc(n * sizeof *in->residual);
    in->expected = malloc(len * sizeof *in->expected);
    if (target == NULL || in->residual == NULL || in->expected == NULL)
        die_input(f->name, order, "out of memory");

    make_signal(f->bps, BENCH_SEED + (uint64_t)fam, fit_len, target);
    fit_lpc(target, fit_len, order, a);

    in->precision = FLAC_MAX_QLP_PRECISION;
    quantize_lpc(a, order, in->precision, in->coeff, &in->shift);
    if (fam == FAM_NARROW) {
        /* Keep the largest precision for which libFLAC's decoder picks the 32-bit restore. */
        while (FLAC__lpc_max_residual_bps(f->bps, in->coeff, order, in->shift) > NARROW_MAX_BPS ||
               FLAC__lpc_max_prediction_before_shift_bps(f->bps, in->coeff, order) >
                   NARROW_MAX_BPS) {
            if (in->precision == FLAC_MIN_QLP_PRECISION)
                die_input(f->name, order, "no precision passes libFLAC's 32-bit bound check");
            in->precision--;
            quantize_lpc(a, order, in->precision, in->coeff, &in->shift);
        }
    }

    for (i = 0; i < order; i++)
        in->expected[i] = target[i];
    for (i = order; i < len; i++) {
        int64_t sum = 0, pred, r;
        for (j = 0; j < order; j++)
            sum += (int64_t)in->coeff[j] * in->expected[i - j - 1];
        /* >> of a negative value is arithmetic with gcc and clang, as libFLAC assumes. */
        pred = sum >> in->shift;
        r = clamp64(target[i] - pred, lo - pred, hi - pred);
        if (r < INT32_MIN || r > INT32_MAX)
            die_input(f->name, order, "residual does not fit 32 bits");
        in->residual[i - order] = (int32_t)r;
        in->expected[i] = pred + r;
    }
    free(target);
}

static void free_input(struct input *in)
{
    free(in->residual);
    free(in->expected);
}

/* ---- Buffers ----------------------------------------------------------------------------- */

/* data[-order .. n-1] plus guard samples; the warm-up sits right before data[0], as in libFLAC. */
struct buffer {
    void *base;
    void *data; /* &base[order] */
    size_t elem_size;
};

static void buffer_init(struct buffer *b, enum family fam, const struct input *in)
{
    const size_t total = (size_t)in->order + in->n + GUARD_SAMPLES;
    b->elem_size = families[fam].elem_size;
    if (posix_memalign(&b->base, BUF_ALIGN, total * b->elem_size) != 0) {
        fprintf(stderr, PROG ": out of memory\n");
        exit(EXIT_FAILURE);
    }
    b->data = (char *)b->base + (size_t)in->order * b->elem_size;
}

static int64_t buffer_get(const struct buffer *b, size_t i)
{
    if (b->elem_size == sizeof(int32_t))
        return ((const int32_t *)b->base)[i];
    return ((const int64_t *)b->base)[i];
}

static void buffer_set(struct buffer *b, size_t i, int64_t v)
{
    if (b->elem_size == sizeof(int32_t))
        ((int32_t *)b->base)[i] = (int32_t)v;
    else
        ((int64_t *)b->base)[i] = v;
}

/* Warm-up samples from the input; output and guard filled with the sentinel. */
static void buffer_reset(struct buffer *b, const struct input *in)
{
    const size_t total = (size_t)in->order + in->n + GUARD_SAMPLES;
    const int64_t sentinel = b->elem_size == sizeof(int32_t) ? SENTINEL32 : SENTINEL64;
    size_t i;
    for (i = 0; i < total; i++)
        buffer_set(b, i, i < in->order ? in->expected[i] : sentinel);
}

/* ---- Timing ------------------------------------------------------------------------------ */

#if LPCU_BENCH_X86
#define TIMER_UNIT "TSC ticks (lfence; rdtsc)"
/*
 * The first lfence waits for earlier work to finish, the second keeps the timed code from
 * starting before the TSC is read.
 */
static uint64_t now_ticks(void)
{
    uint64_t t;
    _mm_lfence();
    t = __rdtsc();
    _mm_lfence();
    return t;
}
#else
#define TIMER_UNIT "ns (clock_gettime CLOCK_MONOTONIC)"
static uint64_t now_ticks(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * (uint64_t)NS_PER_S + (uint64_t)ts.tv_nsec;
}
#endif

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * NS_PER_S + (double)ts.tv_nsec;
}

/* The callee is opaque (external, through a pointer), so no call can be optimised away. */
static void call(const struct callee *c, const struct input *in, void *data)
{
    if (c->r32 != NULL)
        c->r32(in->residual, in->n, in->coeff, in->order, in->shift, data);
    else if (c->r64 != NULL)
        c->r64(in->residual, in->n, in->coeff, in->order, in->shift, data);
    else if (c->k32 != NULL)
        c->k32(in->residual, in->n, in->coeff, in->shift, data);
    else
        c->k64(in->residual, in->n, in->coeff, in->shift, data);
}

static int cmp_u64(const void *pa, const void *pb)
{
    const uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return (a > b) - (a < b);
}

struct timing {
    int present;
    double best;   /* ticks per sample */
    double median; /* ticks per sample */
};

/*
 * Each round calls every variant once, starting at a rotating position, so drift (clock
 * changes, other load) touches all variants alike. All variants share one buffer so they see
 * the same cache state; repeated calls are idempotent as they only read the warm-up.
 */
static void time_variants(const struct callee *callees, size_t count, const struct input *in,
                          struct buffer *buf, unsigned reps, double min_warmup_ns,
                          uint64_t *samples, struct timing *out)
{
    const double start = now_ns();
    unsigned round;
    size_t k;

    for (round = 0; round < WARMUP_ROUNDS || now_ns() - start < min_warmup_ns; round++)
        for (k = 0; k < count; k++)
            call(&callees[k], in, buf->data);

    for (round = 0; round < reps; round++) {
        for (k = 0; k < count; k++) {
            const size_t v = (round + k) % count;
            uint64_t t0, t1;
            t0 = now_ticks();
            call(&callees[v], in, buf->data);
            t1 = now_ticks();
            samples[v * reps + round] = t1 - t0;
        }
    }
    for (k = 0; k < count; k++) {
        uint64_t *s = &samples[k * reps];
        double median;
        qsort(s, reps, sizeof *s, cmp_u64);
        median =
            reps % 2 ? (double)s[reps / 2] : ((double)s[reps / 2 - 1] + (double)s[reps / 2]) / 2.0;
        out[k].present = 1;
        out[k].best = (double)s[0] / in->n;
        out[k].median = median / in->n;
    }
}

/* ---- Verification ------------------------------------------------------------------------ */

static void die_mismatch(const char *family, unsigned order, const char *variant,
                         const char *against, long index, int64_t got, int64_t want)
{
    fprintf(stderr,
            PROG ": %s order %u: %s differs from %s at data[%ld]: %" PRId64 " != %" PRId64
                 " (refusing to time incorrect code)\n",
            family, order, variant, against, index, got, want);
    exit(EXIT_FAILURE);
}

/* Compares the whole buffer: warm-up untouched, output, guard still the sentinel. */
static void check_buffer(const struct buffer *got, const struct buffer *want,
                         const struct input *in, const char *family, const char *variant,
                         const char *against)
{
    const size_t total = (size_t)in->order + in->n + GUARD_SAMPLES;
    size_t i;
    for (i = 0; i < total; i++) {
        const int64_t g = buffer_get(got, i), w = buffer_get(want, i);
        if (g != w)
            die_mismatch(family, in->order, variant, against, (long)i - (long)in->order, g, w);
    }
}

/* ---- Options ----------------------------------------------------------------------------- */

struct options {
    int family[FAM_COUNT];
    int order[LPCU_MAX_ORDER + 1];
    uint32_t n;
    unsigned reps;
    FILE *csv;
};

static void usage(FILE *to)
{
    fprintf(to,
            "usage: " PROG " [options]\n"
            "Times lpcunroll's restore kernels against its rolled loop and libFLAC.\n"
            "  --family LIST    narrow,wide,wide33 (default: all)\n"
            "  --orders LIST    e.g. 1-32, 8 or 1,2,4,8 (default: 1-32)\n"
            "  --n N            samples per call (default: %u)\n"
            "  --reps R         timed calls per variant (default: %u)\n"
            "  --variants LIST  rolled,unrolled,<isa>,auto,libflac (default: all)\n"
            "  --csv FILE       also write every measurement as CSV\n"
            "  --help           this text\n"
            "Tables show the best ticks per sample; ratios are their ticks / our ticks,\n"
            "so > 1 means lpcunroll is faster.\n",
            DEFAULT_N, DEFAULT_REPS);
}

static void bad_arg(const char *option, const char *value, const char *expected)
{
    fprintf(stderr, PROG ": bad %s '%s' (expected %s)\n", option, value, expected);
    exit(2);
}

static const char *range_text(unsigned long min, unsigned long max, char *buf, size_t size)
{
    snprintf(buf, size, "an integer from %lu to %lu", min, max);
    return buf;
}

static int parse_uint(const char *s, unsigned long min, unsigned long max, unsigned long *out)
{
    char *end;
    unsigned long v;
    if (*s < '0' || *s > '9')
        return 0;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max)
        return 0;
    *out = v;
    return 1;
}

/* Calls item(name, len, ctx) for each comma-separated item; returns 0 if one is rejected. */
static int for_each_item(const char *list, int (*item)(const char *, size_t, void *), void *ctx)
{
    const char *p = list;
    if (*p == '\0')
        return 0;
    for (;;) {
        const char *comma = strchr(p, ',');
        const size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == 0 || !item(p, len, ctx))
            return 0;
        if (comma == NULL)
            return 1;
        p = comma + 1;
    }
}

static int same_name(const char *item, size_t len, const char *name)
{
    return strlen(name) == len && strncmp(item, name, len) == 0;
}

static int family_item(const char *item, size_t len, void *ctx)
{
    int *selected = ctx, f;
    for (f = 0; f < FAM_COUNT; f++)
        if (same_name(item, len, families[f].name)) {
            selected[f] = 1;
            return 1;
        }
    return 0;
}

static int order_item(const char *item, size_t len, void *ctx)
{
    int *selected = ctx;
    char text[NAME_LEN], *dash;
    unsigned long lo, hi, o;
    if (len >= sizeof text)
        return 0;
    memcpy(text, item, len);
    text[len] = '\0';
    dash = strchr(text, '-');
    if (dash != NULL)
        *dash = '\0';
    if (!parse_uint(text, 1, LPCU_MAX_ORDER, &lo))
        return 0;
    hi = lo;
    if (dash != NULL && (!parse_uint(dash + 1, 1, LPCU_MAX_ORDER, &hi) || hi < lo))
        return 0;
    for (o = lo; o <= hi; o++)
        selected[o] = 1;
    return 1;
}

struct variant_list {
    struct variant *v;
    size_t count;
};

static int variant_item(const char *item, size_t len, void *ctx)
{
    struct variant_list *list = ctx;
    size_t i;
    for (i = 0; i < list->count; i++)
        if (same_name(item, len, list->v[i].name)) {
            list->v[i].selected = 1;
            return 1;
        }
    return 0;
}

static void parse_options(int argc, char **argv, struct options *opt, struct variant *v,
                          size_t n_variants)
{
    int i, f;
    unsigned o;
    size_t k;
    int any_family = 0, any_order = 0, any_variant = 0;
    char known_variants[MAX_VARIANTS * NAME_LEN] = "";

    for (k = 0; k < n_variants; k++) {
        strcat(known_variants, k ? "," : "");
        strcat(known_variants, v[k].name);
    }
    memset(opt, 0, sizeof *opt);
    opt->n = DEFAULT_N;
    opt->reps = DEFAULT_REPS;

    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *eq = strchr(arg, '='), *value;
        char name[NAME_LEN];
        size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
        unsigned long num;
        char expected[NAME_LEN * 2];

        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            exit(EXIT_SUCCESS);
        }
        if (strncmp(arg, "--", 2) != 0 || name_len >= sizeof name) {
            fprintf(stderr, PROG ": unknown argument '%s' (try --help)\n", arg);
            exit(2);
        }
        memcpy(name, arg, name_len);
        name[name_len] = '\0';
        if (strcmp(name, "--family") && strcmp(name, "--orders") && strcmp(name, "--n") &&
            strcmp(name, "--reps") && strcmp(name, "--variants") && strcmp(name, "--csv")) {
            fprintf(stderr, PROG ": unknown option '%s' (try --help)\n", name);
            exit(2);
        }
        if (eq != NULL)
            value = eq + 1;
        else if (i + 1 < argc)
            value = argv[++i];
        else {
            fprintf(stderr, PROG ": option '%s' needs a value\n", name);
            exit(2);
        }

        if (strcmp(name, "--family") == 0) {
            if (!for_each_item(value, family_item, opt->family))
                bad_arg(name, value, "a list of narrow, wide, wide33");
            any_family = 1;
        } else if (strcmp(name, "--orders") == 0) {
            if (!for_each_item(value, order_item, opt->order))
                bad_arg(name, value, "orders 1-32 as e.g. 1-32, 8 or 1,2,4,8");
            any_order = 1;
        } else if (strcmp(name, "--n") == 0) {
            if (!parse_uint(value, 1, MAX_N, &num))
                bad_arg(name, value, range_text(1, MAX_N, expected, sizeof expected));
            opt->n = (uint32_t)num;
        } else if (strcmp(name, "--reps") == 0) {
            if (!parse_uint(value, 1, MAX_REPS, &num))
                bad_arg(name, value, range_text(1, MAX_REPS, expected, sizeof expected));
            opt->reps = (unsigned)num;
        } else if (strcmp(name, "--variants") == 0) {
            struct variant_list list;
            list.v = v;
            list.count = n_variants;
            if (!any_variant)
                for (k = 0; k < n_variants; k++)
                    v[k].selected = 0;
            if (!for_each_item(value, variant_item, &list))
                bad_arg(name, value, known_variants);
            any_variant = 1;
        } else {
            if (opt->csv != NULL)
                fclose(opt->csv);
            opt->csv = fopen(value, "w");
            if (opt->csv == NULL) {
                fprintf(stderr, PROG ": cannot write --csv '%s': %s\n", value, strerror(errno));
                exit(2);
            }
        }
    }
    if (!any_family)
        for (f = 0; f < FAM_COUNT; f++)
            opt->family[f] = 1;
    if (!any_order)
        for (o = 1; o <= LPCU_MAX_ORDER; o++)
            opt->order[o] = 1;
}

/* ---- Report ------------------------------------------------------------------------------ */

static void cpu_model(char *out, size_t size)
{
    const char key[] = "model name";
    char line[CPUINFO_LINE];
    FILE *f = fopen("/proc/cpuinfo", "r");
    snprintf(out, size, "unknown");
    if (f == NULL)
        return;
    while (fgets(line, sizeof line, f) != NULL) {
        char *colon = strchr(line, ':');
        if (strncmp(line, key, sizeof key - 1) == 0 && colon != NULL) {
            char *s = colon + 1;
            s += strspn(s, " \t");
            s[strcspn(s, "\n")] = '\0';
            snprintf(out, size, "%s", s);
            break;
        }
    }
    fclose(f);
}

static void print_header(const struct options *opt, const struct variant *v, size_t n_variants)
{
    char cpu[CPUINFO_LINE];
    const char *flags = LPCU_BENCH_FLAGS;
    size_t k;
    int f;
    cpu_model(cpu, sizeof cpu);
    printf("# lpcu-bench results\n\n");
    printf("- CPU: %s\n", cpu);
#if defined(__clang__) || !defined(__GNUC__)
    printf("- compiler: %s\n", __VERSION__);
#else
    printf("- compiler: gcc %s\n", __VERSION__);
#endif
    flags += strspn(flags, " "); /* CMake joins empty flag variables with spaces */
    printf("- flags: %s\n", flags);
    printf("- lpcunroll: %s (auto dispatches to %s)\n", LPCU_VERSION_STRING, lpcu_active_isa());
    printf("- libFLAC: %s\n", FLAC__VERSION_STRING);
    printf("- n: %" PRIu32 " samples per call; repetitions: %u per variant, interleaved\n", opt->n,
           opt->reps);
    printf("- timer: %s; tables show the best ticks per sample (CSV also has the median)\n",
           TIMER_UNIT);
    printf("- inputs: sines + noise, Levinson-Durbin LPC quantised like an encoder, seed 0x%" PRIx64
           "\n",
           BENCH_SEED);
    for (f = 0; f < FAM_COUNT; f++)
        if (opt->family[f])
            printf("  - %s: %s\n", families[f].name, families[f].why);
    printf("- ratios: their ticks / our ticks, so > 1 means lpcunroll is faster\n");
    for (k = 0; k < n_variants; k++)
        if (v[k].selected && v[k].skip_why != NULL)
            printf("- skipped %s: %s\n", v[k].name, v[k].skip_why);
    printf("\n");
}

static int cell_width(const char *title)
{
    const int len = (int)strlen(title);
    return len > CELL_WIDTH ? len : CELL_WIDTH;
}

/* A ratio column: speed-up of `ours` over `theirs`; shown if both variants are timed. */
struct ratio_def {
    const char *title;
    const char *ours;
    const char *theirs;
};

static const struct ratio_def ratio_defs[] = {
    {"unrolled/rolled", "unrolled", "rolled"},
    {"unrolled/libflac", "unrolled", "libflac"},
    {"auto/libflac", "auto", "libflac"},
};
#define N_RATIOS (sizeof ratio_defs / sizeof ratio_defs[0])

/* Per table: the columns of the two variants (-1 if not timed) and the geometric mean. */
struct ratio {
    const char *title;
    int ours_idx, theirs_idx;
    double log_sum;
    unsigned count;
};

static int variant_index(const struct variant *v, const size_t *cols, size_t n_cols,
                         const char *name)
{
    size_t c;
    for (c = 0; c < n_cols; c++)
        if (strcmp(v[cols[c]].name, name) == 0)
            return (int)c;
    return -1;
}

/* At least NAME_LEN dashes: enough for any column title plus its leading space. */
static const char rule_dashes[] = "----------------------------------------";

static void print_rule(const size_t *cols, size_t n_cols, const struct variant *v,
                       const struct ratio *ratios)
{
    size_t c, r;
    printf("|------:|");
    for (c = 0; c < n_cols; c++)
        printf("%.*s:|", cell_width(v[cols[c]].name) + 1, rule_dashes);
    for (r = 0; r < N_RATIOS; r++)
        if (ratios[r].ours_idx >= 0 && ratios[r].theirs_idx >= 0)
            printf("%.*s:|", cell_width(ratios[r].title) + 1, rule_dashes);
    printf("\n");
}

/* ---- Main -------------------------------------------------------------------------------- */

static void bench_family(enum family fam, const struct options *opt, const struct variant *v,
                         size_t n_variants, int *first_run)
{
    const struct family_info *f = &families[fam];
    size_t cols[MAX_VARIANTS], n_cols = 0, c, r;
    struct ratio ratios[N_RATIOS];
    uint64_t *samples;
    unsigned order;
    char coeffs[LPCU_MAX_ORDER * NAME_LEN] = "";

    for (c = 0; c < n_variants; c++)
        if (v[c].selected && v[c].skip_why == NULL)
            cols[n_cols++] = c;
    for (r = 0; r < N_RATIOS; r++) {
        ratios[r].title = ratio_defs[r].title;
        ratios[r].ours_idx = variant_index(v, cols, n_cols, ratio_defs[r].ours);
        ratios[r].theirs_idx = variant_index(v, cols, n_cols, ratio_defs[r].theirs);
        ratios[r].log_sum = 0.0;
        ratios[r].count = 0;
    }
    samples = malloc((size_t)opt->reps * MAX_VARIANTS * sizeof *samples);
    if (samples == NULL) {
        fprintf(stderr, PROG ": out of memory\n");
        exit(EXIT_FAILURE);
    }

    printf("## %s (%u-bit signal), best %s per sample\n\n", f->name, f->bps, TIMER_UNIT);
    printf("| order |");
    for (c = 0; c < n_cols; c++)
        printf(" %*s |", cell_width(v[cols[c]].name), v[cols[c]].name);
    for (r = 0; r < N_RATIOS; r++)
        if (ratios[r].ours_idx >= 0 && ratios[r].theirs_idx >= 0)
            printf(" %*s |", cell_width(ratios[r].title), ratios[r].title);
    printf("\n");
    print_rule(cols, n_cols, v, ratios);

    for (order = 1; order <= LPCU_MAX_ORDER; order++) {
        struct input in;
        struct buffer ref, check, timed;
        struct callee callees[MAX_VARIANTS], flac;
        struct timing results[MAX_VARIANTS], timed_results[MAX_VARIANTS];
        size_t timed_cols[MAX_VARIANTS], n_timed = 0, i;
        const struct variant flac_variant = {"libflac", V_LIBFLAC, NULL, NULL, 1};

        if (!opt->order[order])
            continue;
        make_input(fam, order, opt->n, &in);
        buffer_init(&ref, fam, &in);
        buffer_init(&check, fam, &in);
        buffer_init(&timed, fam, &in);

        /* libFLAC against the generator's own restore, then every variant against libFLAC. */
        (void)resolve(&flac_variant, fam, order, &flac);
        buffer_reset(&check, &in);
        for (i = 0; i < in.n; i++)
            buffer_set(&check, in.order + i, in.expected[in.order + i]);
        buffer_reset(&ref, &in);
        call(&flac, &in, ref.data);
        check_buffer(&ref, &check, &in, f->name, "libFLAC", "the generated signal (bench bug)");

        for (c = 0; c < n_cols; c++) {
            results[c].present = 0;
            if (!resolve(&v[cols[c]], fam, order, &callees[n_timed]))
                continue;
            buffer_reset(&check, &in);
            call(&callees[n_timed], &in, check.data);
            check_buffer(&check, &ref, &in, f->name, v[cols[c]].name, "libFLAC");
            timed_cols[n_timed++] = c;
        }

        buffer_reset(&timed, &in);
        time_variants(callees, n_timed, &in, &timed, opt->reps, *first_run ? CPU_WARMUP_NS : 0.0,
                      samples, timed_results);
        *first_run = 0;
        for (i = 0; i < n_timed; i++)
            results[timed_cols[i]] = timed_results[i];

        printf("| %5u |", order);
        for (c = 0; c < n_cols; c++) {
            if (results[c].present)
                printf(" %*.2f |", cell_width(v[cols[c]].name), results[c].best);
            else
                printf(" %*s |", cell_width(v[cols[c]].name), "n/a");
            if (results[c].present && opt->csv != NULL)
                fprintf(opt->csv, "%s,%u,%s,%" PRIu32 ",%.4f,%.4f,%s\n", f->name, order,
                        v[cols[c]].name, opt->n, results[c].best, results[c].median,
                        LPCU_BENCH_X86 ? "tsc" : "ns");
        }
        for (r = 0; r < N_RATIOS; r++) {
            struct ratio *q = &ratios[r];
            if (q->ours_idx < 0 || q->theirs_idx < 0)
                continue;
            if (results[q->ours_idx].present && results[q->theirs_idx].present) {
                const double x = results[q->theirs_idx].best / results[q->ours_idx].best;
                printf(" %*.2f |", cell_width(q->title), x);
                q->log_sum += log(x);
                q->count++;
            } else {
                printf(" %*s |", cell_width(q->title), "n/a");
            }
        }
        printf("\n");
        fflush(stdout);
        snprintf(coeffs + strlen(coeffs), sizeof coeffs - strlen(coeffs), "%s%u: %u/%d",
                 coeffs[0] ? ", " : "", order, in.precision, in.shift);

        free(ref.base);
        free(check.base);
        free(timed.base);
        free_input(&in);
    }

    /* Geometric mean: the fair average of speed-ups, where 2x and 0.5x cancel out. */
    for (r = 0; r < N_RATIOS && (ratios[r].ours_idx < 0 || ratios[r].theirs_idx < 0); r++)
        continue;
    if (r == N_RATIOS) {
        printf("\nCoefficient precision/shift by order: %s\n\n", coeffs);
        free(samples);
        return;
    }
    printf("| geomean |");
    for (c = 0; c < n_cols; c++)
        printf(" %*s |", cell_width(v[cols[c]].name), "");
    for (r = 0; r < N_RATIOS; r++) {
        const struct ratio *q = &ratios[r];
        if (q->ours_idx < 0 || q->theirs_idx < 0)
            continue;
        if (q->count > 0)
            printf(" %*.2f |", cell_width(q->title), exp(q->log_sum / q->count));
        else
            printf(" %*s |", cell_width(q->title), "n/a");
    }
    printf("\n\nCoefficient precision/shift by order: %s\n\n", coeffs);
    free(samples);
}

int main(int argc, char **argv)
{
    struct variant variants[MAX_VARIANTS];
    struct options opt;
    size_t n_variants = build_variants(variants);
    int f, first_run = 1;

    parse_options(argc, argv, &opt, variants, n_variants);
    if (opt.csv != NULL)
        fprintf(opt.csv, "family,order,variant,n,best,median,unit\n");
    print_header(&opt, variants, n_variants);
    for (f = 0; f < FAM_COUNT; f++)
        if (opt.family[f])
            bench_family((enum family)f, &opt, variants, n_variants, &first_run);
    if (opt.csv != NULL && fclose(opt.csv) != 0) {
        fprintf(stderr, PROG ": error writing the CSV file\n");
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
