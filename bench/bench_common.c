/* SPDX-License-Identifier: MIT */
/* Shared by lpcu-bench and lpcu-restore-run: see bench_common.h. */
#define _POSIX_C_SOURCE 200112L /* posix_memalign */

#include "bench_common.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flac_internal.h"
#include "manifest_rows.h"

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
/* Channel c of bench_make_channel_input(): its own noise, and the sines from a later start. */
#define CHANNEL_SEED_STRIDE UINT64_C(0x100) /* above any family index: no two seeds collide */
#define CHANNEL_START_SAMPLES 1009u         /* a prime: the channels' phases never line up */

#define BUF_ALIGN 64u                  /* cache-line aligned like libFLAC's decoder buffers */
#define SENTINEL32 INT32_C(0x5A5A5A5A) /* outside every family's sample range */
#define SENTINEL64 INT64_C(0x5A5A5A5A5A5A5A5A)

static const double pi = 3.14159265358979323846;

/* ---- Errors ------------------------------------------------------------------------------ */

static const char *prog_name = "lpcu-bench";

void bench_set_prog(const char *name)
{
    prog_name = name;
}

const char *bench_prog(void)
{
    return prog_name;
}

void bench_die(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", prog_name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(EXIT_FAILURE);
}

void *bench_malloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (p == NULL)
        bench_die("out of memory");
    return p;
}

int bench_parse_uint(const char *s, unsigned long min, unsigned long max, unsigned long *out)
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

/* ---- Families ---------------------------------------------------------------------------- */

/*
 * wide uses 24-bit audio because that is where libFLAC's decoder really calls the 64-bit
 * restore (16-bit audio with real coefficients nearly always passes the 32-bit bound check).
 */
const struct family_info bench_families[LPCU_FAMILY_COUNT] = {
    {"narrow", 16, "16-bit audio, largest precision the 32-bit bound check accepts",
     sizeof(int32_t), lpcu_restore_signal_rolled, lpcu_restore_signal, FLAC__lpc_restore_signal,
     NULL, NULL, NULL},
    {"wide", 24, "24-bit audio, 15-bit precision", sizeof(int32_t), lpcu_restore_signal_wide_rolled,
     lpcu_restore_signal_wide, FLAC__lpc_restore_signal_wide, NULL, NULL, NULL},
    {"wide33", 33, "33-bit side channel of 32-bit audio, 15-bit precision", sizeof(int64_t), NULL,
     NULL, NULL, lpcu_restore_signal_wide_33bit_rolled, lpcu_restore_signal_wide_33bit,
     FLAC__lpc_restore_signal_wide_33bit},
};

int bench_family_by_name(const char *name)
{
    int f;
    for (f = 0; f < LPCU_FAMILY_COUNT; f++)
        if (strcmp(name, bench_families[f].name) == 0)
            return f;
    return -1;
}

/* ---- Kernels and variants ---------------------------------------------------------------- */

/* Asks the library rather than the CPU directly, so bench and dispatcher agree on each ISA. */
static const char *isa_skip_reason(const char *isa)
{
    if (lpcu_cpu_has_isa(isa))
        return NULL;
    return "lpcu_cpu_has_isa() is 0: this CPU (or this build) cannot run it";
}

static void add_variant(struct variant *v, size_t *count, const char *name, enum variant_kind kind,
                        const char *isa)
{
    struct variant *x;
    if (*count == BENCH_MAX_VARIANTS)
        bench_die("too many ISAs in manifest.inc (raise BENCH_MAX_ISAS)");
    x = &v[(*count)++];
    snprintf(x->name, sizeof x->name, "%s", name);
    x->kind = kind;
    x->isa = isa;
    x->skip_why = kind == V_KERNEL ? isa_skip_reason(isa) : NULL;
    x->selected = 1;
}

size_t bench_variants(struct variant *v)
{
    size_t count = 0, i, j;
    add_variant(v, &count, "rolled", V_ROLLED, NULL);
    add_variant(v, &count, "unrolled", V_KERNEL, "scalar");
    for (i = 0; i < MANIFEST_ROW_COUNT; i++) {
        int seen = manifest_rows[i].kind != LPCU_KIND_restore ||
                   strcmp(manifest_rows[i].isa, "scalar") == 0;
        for (j = 0; j < count && !seen; j++)
            seen = v[j].kind == V_KERNEL && strcmp(v[j].isa, manifest_rows[i].isa) == 0;
        if (!seen)
            add_variant(v, &count, manifest_rows[i].isa, V_KERNEL, manifest_rows[i].isa);
    }
    add_variant(v, &count, "auto", V_AUTO, NULL);
    add_variant(v, &count, "libflac", V_LIBFLAC, NULL);
    return count;
}

int bench_variant_by_name(const struct variant *v, size_t count, const char *name)
{
    size_t i;
    if (strcmp(name, "scalar") == 0)
        name = "unrolled";
    for (i = 0; i < count; i++)
        if (strcmp(v[i].name, name) == 0)
            return (int)i;
    return -1;
}

int bench_resolve(const struct variant *v, enum lpcu_family fam, unsigned order, struct callee *c)
{
    const struct family_info *f = &bench_families[fam];
    const struct manifest_row *k;
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
        k = manifest_find(LPCU_KIND_restore, fam, v->isa, LPCU_FEATURE_base, 1, order);
        if (k == NULL)
            return 0;
        if (fam == LPCU_FAMILY_wide33)
            c->k64 = (lpcu_kernel64_fn)k->fn;
        else
            c->k32 = (lpcu_kernel32_fn)k->fn;
        return 1;
    }
    return 0;
}

/* ---- Synthetic inputs -------------------------------------------------------------------- */

uint64_t bench_random(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

double bench_uniform(uint64_t *state)
{
    const int mantissa_bits = 53;
    return (double)(bench_random(state) >> (64 - mantissa_bits)) * ldexp(1.0, -mantissa_bits);
}

static int64_t clamp64(int64_t x, int64_t lo, int64_t hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/*
 * Sines plus triangular noise at `bps` bits, rounded and kept within the bit depth, from
 * sample `start` of the sines on.
 */
static void make_signal(unsigned bps, uint64_t seed, size_t start, size_t len, int64_t *out)
{
    const double full_scale = ldexp(1.0, (int)bps - 1);
    const int64_t hi = (int64_t)full_scale - 1, lo = -(int64_t)full_scale;
    uint64_t state = seed;
    size_t i;
    int p;
    for (i = 0; i < len; i++) {
        double x = 0.0;
        for (p = 0; p < N_PARTIALS; p++)
            x += partial_amp[p] * sin(2.0 * pi * partial_hz[p] * (double)(start + i) / SAMPLE_RATE +
                                      (double)p); /* distinct phases: no common zero crossing */
        x += NOISE_AMP * (bench_uniform(&state) + bench_uniform(&state) - 1.0);
        out[i] = clamp64((int64_t)llround(x * full_scale), lo, hi);
    }
}

/* Predictor a[j] (a[0] weighs the newest sample) from a Hann-windowed autocorrelation. */
static void fit_lpc(const int64_t *x, size_t len, unsigned order, double *a)
{
    double r[LPCU_MAX_ORDER + 1], tmp[LPCU_MAX_ORDER], err;
    double *w = bench_malloc(len * sizeof *w);
    size_t i;
    unsigned lag, m, j;
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

static int64_t buffer_get(const struct buffer *b, size_t i);

static void die_input(enum lpcu_family fam, unsigned order, const char *what)
{
    bench_die("cannot build a %s order %u input: %s", bench_families[fam].name, order, what);
}

/* libFLAC must restore exactly the signal the input was built from, or this file has a bug. */
static void check_input(const struct input *in, const int64_t *restored)
{
    const struct family_info *f = &bench_families[in->family];
    struct buffer b;
    size_t i;
    bench_buffer_init(&b, in->family, (size_t)in->order + in->n + BENCH_GUARD_SAMPLES);
    bench_buffer_reset(&b, in);
    if (f->flac32 != NULL)
        f->flac32(in->residual, in->n, in->coeff, in->order, in->shift, b.data);
    else
        f->flac64(in->residual, in->n, in->coeff, in->order, in->shift, b.data);
    for (i = in->order; i < (size_t)in->order + in->n; i++)
        if (buffer_get(&b, i) != restored[i])
            die_input(in->family, in->order, "libFLAC does not restore it (bench bug)");
    bench_buffer_free(&b);
}

/*
 * Residuals come from running the predictor on the signal it restores (closed loop), limited
 * so the restored signal never leaves the bit depth: that is what makes libFLAC's narrow
 * bound check meaningful, and keeps every family far from overflow, where libFLAC's C is
 * undefined.
 */
void bench_make_input(enum lpcu_family fam, unsigned order, uint32_t n, struct input *in)
{
    bench_make_channel_input(fam, order, n, 0, in);
}

void bench_make_channel_input(enum lpcu_family fam, unsigned order, uint32_t n, unsigned channel,
                              struct input *in)
{
    const struct family_info *f = &bench_families[fam];
    const size_t len = (size_t)order + n;
    /* Fit on at least a default block, so a tiny n still gets a sensible predictor. */
    const size_t fit_len = len > order + BENCH_DEFAULT_N ? len : order + BENCH_DEFAULT_N;
    const int64_t hi = (INT64_C(1) << (f->bps - 1)) - 1, lo = -hi - 1;
    int64_t *target = bench_malloc(fit_len * sizeof *target);
    int64_t *restored = bench_malloc(len * sizeof *restored);
    double a[LPCU_MAX_ORDER] = {0.0}; /* fit_lpc() sets a[0..order-1]; gcc 12 cannot see it */
    size_t i;
    unsigned j;

    in->family = fam;
    in->order = order;
    in->n = n;
    in->residual = bench_malloc(n * sizeof *in->residual);
    in->warmup = bench_malloc(order * sizeof *in->warmup);

    make_signal(f->bps, BENCH_SEED + (uint64_t)fam + (uint64_t)channel * CHANNEL_SEED_STRIDE,
                (size_t)channel * CHANNEL_START_SAMPLES, fit_len, target);
    fit_lpc(target, fit_len, order, a);

    in->precision = FLAC_MAX_QLP_PRECISION;
    quantize_lpc(a, order, in->precision, in->coeff, &in->shift);
    if (fam == LPCU_FAMILY_narrow) {
        /* Keep the largest precision for which libFLAC's decoder picks the 32-bit restore. */
        while (FLAC__lpc_max_residual_bps(f->bps, in->coeff, order, in->shift) > NARROW_MAX_BPS ||
               FLAC__lpc_max_prediction_before_shift_bps(f->bps, in->coeff, order) >
                   NARROW_MAX_BPS) {
            if (in->precision == FLAC_MIN_QLP_PRECISION)
                die_input(fam, order, "no precision passes libFLAC's 32-bit bound check");
            in->precision--;
            quantize_lpc(a, order, in->precision, in->coeff, &in->shift);
        }
    }

    for (i = 0; i < order; i++)
        restored[i] = in->warmup[i] = target[i];
    for (i = order; i < len; i++) {
        int64_t sum = 0, pred, r;
        for (j = 0; j < order; j++)
            sum += (int64_t)in->coeff[j] * restored[i - j - 1];
        /* >> of a negative value is arithmetic with gcc and clang, as libFLAC assumes. */
        pred = sum >> in->shift;
        r = clamp64(target[i] - pred, lo - pred, hi - pred);
        if (r < INT32_MIN || r > INT32_MAX)
            die_input(fam, order, "residual does not fit 32 bits");
        in->residual[i - order] = (int32_t)r;
        restored[i] = pred + r;
    }
    check_input(in, restored);
    free(target);
    free(restored);
}

void bench_free_input(struct input *in)
{
    free(in->residual);
    free(in->warmup);
    in->residual = NULL;
    in->warmup = NULL;
}

/* ---- Buffers ----------------------------------------------------------------------------- */

void bench_buffer_init(struct buffer *b, enum lpcu_family fam, size_t capacity)
{
    b->elem_size = bench_families[fam].elem_size;
    b->capacity = capacity;
    if (posix_memalign(&b->base, BUF_ALIGN, capacity * b->elem_size) != 0)
        bench_die("out of memory");
    b->data = b->base;
}

void bench_buffer_free(struct buffer *b)
{
    free(b->base);
    b->base = b->data = NULL;
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

void bench_buffer_reset(struct buffer *b, const struct input *in)
{
    const size_t total = (size_t)in->order + in->n + BENCH_GUARD_SAMPLES;
    const int64_t sentinel = b->elem_size == sizeof(int32_t) ? SENTINEL32 : SENTINEL64;
    size_t i;
    if (total > b->capacity)
        bench_die("internal error: buffer of %zu samples for an input of %zu", b->capacity, total);
    for (i = 0; i < total; i++)
        buffer_set(b, i, i < in->order ? in->warmup[i] : sentinel);
    b->data = (char *)b->base + (size_t)in->order * b->elem_size;
}

long bench_buffer_compare(const struct buffer *got, const struct buffer *want,
                          const struct input *in, int64_t *got_value, int64_t *want_value)
{
    const size_t total = (size_t)in->order + in->n + BENCH_GUARD_SAMPLES;
    size_t i;
    for (i = 0; i < total; i++) {
        const int64_t g = buffer_get(got, i), w = buffer_get(want, i);
        if (g != w) {
            *got_value = g;
            *want_value = w;
            return (long)i;
        }
    }
    return -1;
}

void bench_verify(const struct callee *c, const struct input *in, struct buffer *got,
                  const struct buffer *ref, const char *variant, const char *where)
{
    int64_t g, w;
    long at;
    bench_buffer_reset(got, in);
    bench_call(c, in, got->data);
    at = bench_buffer_compare(got, ref, in, &g, &w);
    if (at >= 0)
        bench_die("%s order %u (%s): %s differs from libFLAC at data[%ld]: %" PRId64 " != %" PRId64
                  " (refusing to time incorrect code)",
                  bench_families[in->family].name, in->order, where, variant, at - (long)in->order,
                  g, w);
}
