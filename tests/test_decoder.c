/* SPDX-License-Identifier: MIT */
/*
 * Decoder-level test: encode synthetic audio with libFLAC, decode it with libFLAC, and for
 * every LPC subframe the decoder sees, restore the subframe again with lpcunroll (and with
 * libFLAC's own restore functions) from the same warm-up, coefficients, shift and residual.
 * All three must reproduce the subframe signal, which is recovered independently from the
 * decoded PCM (undoing stereo decorrelation and wasted bits). The decoded PCM must equal the
 * encoder input, which validates that recovery.
 *
 * This exercises the kernels on the coefficient sets and residuals a real encoder produces,
 * with the function family chosen exactly as libFLAC 1.4.2's decoder chooses it.
 *
 * The signals are deterministic from a seed (printed; override with LPCU_TEST_SEED).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <FLAC/stream_decoder.h>
#include <FLAC/stream_encoder.h>

#include "flac_internal.h"
#include "flac_membuf.h"
#include "lpcunroll.h"

typedef void (*restore32_fn)(const int32_t *, uint32_t, const int32_t *, uint32_t, int, int32_t *);
typedef void (*restore64_fn)(const int32_t *, uint32_t, const int32_t *, uint32_t, int, int64_t *);

enum { LPCU_FAMILY_narrow, LPCU_FAMILY_wide, LPCU_FAMILY_wide33, NFAM };
static const char *const fam_name[NFAM] = {"narrow", "wide", "wide33"};

#define PI 3.14159265358979323846
#define CHANNELS 2u
#define BLOCKSIZE 4096u
/* Poisoned margin around each restore call's buffer: catches writes outside data[0..n-1]. */
#define GUARD 8u
#define POISON32 ((int32_t)0x5A5A5A5A)
#define POISON64 ((int64_t)0x5A5A5A5A5A5A5A5All)

static unsigned g_seed = 0x1A2B3C4Du;

/* Per-depth and whole-run coverage (cmocka runs the tests in order, in one thread). */
typedef struct {
    unsigned long checked[NFAM];
    unsigned long assign[4]; /* frames per FLAC__ChannelAssignment */
    unsigned long order_hist[LPCU_MAX_ORDER + 1];
} coverage;
static coverage g_total;
static unsigned g_depths_done; /* bit depths whose runs all finished and were merged */

/* ---------------------------------------------------------------- signals */

static uint64_t rng_next(uint64_t *s) /* splitmix64: tiny, good enough for test noise */
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static double rng_uniform(uint64_t *s) /* [0, 1) */
{
    return (double)(rng_next(s) >> 11) * (1.0 / 9007199254740992.0);
}

static double rng_gauss(uint64_t *s) /* approximately N(0, 1): Irwin-Hall with 4 terms */
{
    double a = rng_uniform(s) + rng_uniform(s) + rng_uniform(s) + rng_uniform(s);
    return (a - 2.0) * 1.7320508075688772;
}

/* Unit-peak resonant noise (AR(2) pole pair): audio-like and well predicted by LPC. */
static void resonant_noise(uint64_t *s, double *out, size_t n, double freq, double rate,
                           double radius)
{
    double w = 2.0 * PI * freq / rate, a1 = 2.0 * radius * cos(w), a2 = -radius * radius;
    double y1 = 0, y2 = 0, peak = 1e-300;
    for (size_t i = 0; i < n; i++) {
        double y = a1 * y1 + a2 * y2 + rng_gauss(s);
        y2 = y1;
        y1 = y;
        out[i] = y;
        if (fabs(y) > peak)
            peak = fabs(y);
    }
    for (size_t i = 0; i < n; i++)
        out[i] /= peak;
}

static double clip1(double x)
{
    return x > 1.0 ? 1.0 : x < -1.0 ? -1.0 : x;
}

enum { SIG_SINES, SIG_CHIRP, SIG_SQUARE, SIG_SILENCE, SIG_CLIPPED, SIG_CORR, SIG_WASTED, NSIG };
static const char *const sig_name[NSIG] = {"sines+noise", "chirp",       "square",     "silence",
                                           "clipped",     "corr-stereo", "wasted-bits"};

/* Fills l[], r[] with a stereo signal in [-1, 1]. */
static void synth(int kind, uint64_t *s, double *l, double *r, size_t n, double rate)
{
    double ph1 = 2.0 * PI * rng_uniform(s), ph2 = 2.0 * PI * rng_uniform(s);
    double *tmp = NULL, *tmp2 = NULL;
    size_t i;

    switch (kind) {
    case SIG_SINES:
    case SIG_WASTED:
        for (i = 0; i < n; i++) {
            double t = (double)i / rate;
            l[i] = 0.3 * sin(2 * PI * 440.0 * t) + 0.2 * sin(2 * PI * 1234.5 * t + ph1) +
                   0.1 * sin(2 * PI * 5000.0 * t + ph2) + 1e-3 * rng_gauss(s);
            r[i] = 0.25 * sin(2 * PI * 440.0 * t + 0.3) + 0.2 * sin(2 * PI * 880.0 * t) +
                   0.1 * sin(2 * PI * 3000.0 * t + ph1) + 1e-3 * rng_gauss(s);
        }
        break;
    case SIG_CHIRP: { /* 20 Hz -> 18 kHz linear sweep; right = delayed, attenuated copy */
        double dur = (double)n / rate, k = (18000.0 - 20.0) / dur;
        for (i = 0; i < n; i++) {
            double t = (double)i / rate, td = (double)(i >= 3 ? i - 3 : 0) / rate;
            l[i] = 0.7 * sin(2 * PI * (20.0 * t + 0.5 * k * t * t) + ph1);
            r[i] = 0.63 * sin(2 * PI * (20.0 * td + 0.5 * k * td * td) + ph1) + 1e-4 * rng_gauss(s);
        }
        break;
    }
    case SIG_SQUARE:
        for (i = 0; i < n; i++) {
            double t = (double)i / rate, p = fmod(331.0 * t + ph2 / (2 * PI), 1.0);
            l[i] = (sin(2 * PI * 220.0 * t + ph1) >= 0 ? 0.5 : -0.5) + 1e-4 * rng_gauss(s);
            r[i] = (p < 0.3 ? 0.4 : -0.4) + 1e-4 * rng_gauss(s);
        }
        break;
    case SIG_SILENCE:
        for (i = 0; i < n; i++)
            l[i] = r[i] = 0.0;
        break;
    case SIG_CLIPPED: /* overdriven, so both rails are hit often; channels nearly equal */
        for (i = 0; i < n; i++) {
            double t = (double)i / rate;
            double x = 0.6 * sin(2 * PI * 100.0 * t + ph1) + 0.4 * sin(2 * PI * 1500.0 * t + ph2) +
                       0.05 * rng_gauss(s);
            l[i] = clip1(2.5 * x);
            r[i] = clip1(2.4 * x + 0.01 * rng_gauss(s));
        }
        break;
    case SIG_CORR:
        /*
         * Common part s plus a small predictable difference d. Thirds of the signal make
         * right/side, left/side and mid/side the cheapest coding in turn: first the left
         * channel carries d (right is clean), then the right does, then left = s + d and
         * right = s - d (mid is clean).
         */
        tmp = malloc(n * sizeof *tmp);
        tmp2 = malloc(n * sizeof *tmp2);
        if (!tmp || !tmp2) {
            free(tmp);
            free(tmp2);
            fail_msg("out of memory");
        }
        resonant_noise(s, tmp, n, 700.0, rate, 0.995);
        resonant_noise(s, tmp2, n, 2500.0, rate, 0.99);
        for (i = 0; i < n; i++) {
            double t = (double)i / rate;
            double c = 0.45 * tmp[i] + 0.3 * sin(2 * PI * 196.0 * t + ph1);
            double d = 0.01 * tmp2[i];
            if (i < n / 3) {
                l[i] = c + d;
                r[i] = c;
            } else if (i < 2 * n / 3) {
                l[i] = c;
                r[i] = c + d;
            } else {
                l[i] = c + d;
                r[i] = c - d;
            }
        }
        free(tmp);
        free(tmp2);
        break;
    default:
        fail_msg("unknown signal %d", kind);
    }
}

/* Round x * 2^(bits-1) to an integer clamped to the signed bits-bit range. */
static int64_t quantize(double x, unsigned bits)
{
    double fs = ldexp(1.0, (int)bits - 1), v = floor(x * fs + 0.5);
    if (v > fs - 1.0)
        v = fs - 1.0;
    if (v < -fs)
        v = -fs;
    return (int64_t)v;
}

/* ---------------------------------------------------------------- encoder */

typedef struct {
    const char *name;
    unsigned level, max_order, precision; /* precision 0: libFLAC picks it from bps/blocksize */
    int exhaustive;   /* try every order (one window keeps it cheap): more varied orders */
    unsigned signals; /* bit mask of the signals this config encodes */
} enc_config;

#define ALL_SIGNALS ((1u << NSIG) - 1)
/*
 * libFLAC caps the precision of <= 17-bit subframes so their decode needs only 32-bit math:
 * 16-bit audio never reaches the wide family. At 24 and 32 bits automatic precision is 15
 * with 4096-sample blocks; low precision (q6) keeps 24-bit subframes in the narrow family.
 */
static const enc_config configs[] = {
    {"l8 o32 q15", 8, 32, 15, 0, ALL_SIGNALS},
    {"l8 o32 qauto", 8, 32, 0, 0, 1u << SIG_SINES | 1u << SIG_CHIRP | 1u << SIG_CORR},
    {"l5 o8 q15", 5, 8, 15, 0, ALL_SIGNALS},
    {"l8 o32 q15 ex", 8, 32, 15, 1, 1u << SIG_CHIRP | 1u << SIG_CLIPPED},
    {"l8 o32 q6 ex", 8, 32, 6, 1,
     1u << SIG_SINES | 1u << SIG_CHIRP | 1u << SIG_CLIPPED | 1u << SIG_CORR | 1u << SIG_WASTED},
};
#define NCONFIG (sizeof configs / sizeof configs[0])

static void encode(const enc_config *cfg, unsigned bits, unsigned rate, int32_t *const pcm[],
                   size_t n, struct flac_membuf *out)
{
    FLAC__StreamEncoder *enc = FLAC__stream_encoder_new();
    assert_non_null(enc);
    assert_true(FLAC__stream_encoder_set_channels(enc, CHANNELS));
    assert_true(FLAC__stream_encoder_set_bits_per_sample(enc, bits));
    assert_true(FLAC__stream_encoder_set_sample_rate(enc, rate));
    /* The level first: it resets the options set after it. */
    assert_true(FLAC__stream_encoder_set_compression_level(enc, cfg->level));
    assert_true(FLAC__stream_encoder_set_streamable_subset(enc, false));
    assert_true(FLAC__stream_encoder_set_blocksize(enc, BLOCKSIZE));
    assert_true(FLAC__stream_encoder_set_max_lpc_order(enc, cfg->max_order));
    assert_true(FLAC__stream_encoder_set_qlp_coeff_precision(enc, cfg->precision));
    assert_true(FLAC__stream_encoder_set_do_exhaustive_model_search(enc, cfg->exhaustive != 0));
    if (cfg->exhaustive)
        assert_true(FLAC__stream_encoder_set_apodization(enc, "tukey(5e-1)"));
    assert_true(FLAC__stream_encoder_set_total_samples_estimate(enc, n));
    assert_int_equal(
        FLAC__stream_encoder_init_stream(enc, flac_membuf_write, NULL, NULL, NULL, out),
        FLAC__STREAM_ENCODER_INIT_STATUS_OK);
    assert_true(FLAC__stream_encoder_process(enc, (const FLAC__int32 *const *)pcm, (uint32_t)n));
    assert_true(FLAC__stream_encoder_finish(enc));
    FLAC__stream_encoder_delete(enc);
    assert_false(out->oom);
    assert_true(out->len > 0);
}

/* ---------------------------------------------------------------- decoder */

typedef struct {
    /* input */
    struct flac_membuf *stream;
    int32_t *const *pcm;
    size_t nsamples;
    /* progress */
    size_t pos;
    unsigned frames;
    /* scratch, sized for the largest block seen */
    uint32_t cap;
    int64_t *sig;
    int32_t *buf32;
    int64_t *buf64;
    /* results */
    coverage cov;
    unsigned long calls, bad_calls, pcm_mismatches, decode_errors;
    int failed_alloc;
    char first_bad[320];
    char first_pcm[160];
} dec_state;

static FLAC__StreamDecoderReadStatus dec_read(const FLAC__StreamDecoder *dec, FLAC__byte buffer[],
                                              size_t *bytes, void *client)
{
    (void)dec;
    return flac_membuf_read(((dec_state *)client)->stream, buffer, bytes);
}

static void dec_error(const FLAC__StreamDecoder *dec, FLAC__StreamDecoderErrorStatus status,
                      void *client)
{
    dec_state *st = client;
    (void)dec;
    (void)status;
    st->decode_errors++;
}

/* Arithmetic right shift without relying on implementation-defined >> of negatives. */
static int64_t asr64(int64_t x, unsigned s)
{
    return x >= 0 ? x >> s : ~(~x >> s);
}

typedef struct {
    const FLAC__Frame *frame;
    unsigned ch, bps;
    const FLAC__Subframe_LPC *lpc;
} subframe_ctx;

static void note_bad(dec_state *st, const subframe_ctx *c, const char *fn, const char *what,
                     long idx, long long want, long long got)
{
    st->bad_calls++;
    if (st->bad_calls == 1)
        snprintf(st->first_bad, sizeof st->first_bad,
                 "%s: frame %u ch %u bps %u order %u shift %d: %s at %ld: want %lld got %lld", fn,
                 st->frames, c->ch, c->bps, c->lpc->order, c->lpc->quantization_level, what, idx,
                 want, got);
}

/* Runs one 32-bit-data restore and checks output, warm-up and margins. */
static void check32(dec_state *st, const subframe_ctx *c, const char *name, restore32_fn fn)
{
    uint32_t order = c->lpc->order, n = c->frame->header.blocksize - order, i;
    uint32_t total = GUARD + order + n + GUARD;
    int32_t *data = st->buf32 + GUARD + order;
    for (i = 0; i < total; i++)
        st->buf32[i] = POISON32;
    for (i = 0; i < order; i++)
        data[(long)i - (long)order] = (int32_t)c->lpc->warmup[i];
    fn(c->lpc->residual, n, c->lpc->qlp_coeff, order, c->lpc->quantization_level, data);
    st->calls++;
    for (i = 0; i < n; i++)
        if ((int64_t)data[i] != st->sig[order + i]) {
            note_bad(st, c, name, "sample", (long)i, (long long)st->sig[order + i],
                     (long long)data[i]);
            return;
        }
    for (i = 0; i < order; i++)
        if (data[(long)i - (long)order] != (int32_t)c->lpc->warmup[i]) {
            note_bad(st, c, name, "warm-up changed", (long)i - (long)order,
                     (long long)c->lpc->warmup[i], (long long)data[(long)i - (long)order]);
            return;
        }
    for (i = 0; i < GUARD; i++) {
        if (st->buf32[i] != POISON32) {
            note_bad(st, c, name, "write before data[-order]", (long)i - (long)(GUARD + order),
                     (long long)POISON32, (long long)st->buf32[i]);
            return;
        }
        if (data[n + i] != POISON32) {
            note_bad(st, c, name, "write past data[n-1]", (long)(n + i), (long long)POISON32,
                     (long long)data[n + i]);
            return;
        }
    }
}

static void check64(dec_state *st, const subframe_ctx *c, const char *name, restore64_fn fn)
{
    uint32_t order = c->lpc->order, n = c->frame->header.blocksize - order, i;
    uint32_t total = GUARD + order + n + GUARD;
    int64_t *data = st->buf64 + GUARD + order;
    for (i = 0; i < total; i++)
        st->buf64[i] = POISON64;
    for (i = 0; i < order; i++)
        data[(long)i - (long)order] = c->lpc->warmup[i];
    fn(c->lpc->residual, n, c->lpc->qlp_coeff, order, c->lpc->quantization_level, data);
    st->calls++;
    for (i = 0; i < n; i++)
        if (data[i] != st->sig[order + i]) {
            note_bad(st, c, name, "sample", (long)i, (long long)st->sig[order + i],
                     (long long)data[i]);
            return;
        }
    for (i = 0; i < order; i++)
        if (data[(long)i - (long)order] != c->lpc->warmup[i]) {
            note_bad(st, c, name, "warm-up changed", (long)i - (long)order,
                     (long long)c->lpc->warmup[i], (long long)data[(long)i - (long)order]);
            return;
        }
    for (i = 0; i < GUARD; i++) {
        if (st->buf64[i] != POISON64) {
            note_bad(st, c, name, "write before data[-order]", (long)i - (long)(GUARD + order),
                     (long long)POISON64, (long long)st->buf64[i]);
            return;
        }
        if (data[n + i] != POISON64) {
            note_bad(st, c, name, "write past data[n-1]", (long)(n + i), (long long)POISON64,
                     (long long)data[n + i]);
            return;
        }
    }
}

static void check_lpc_subframe(dec_state *st, const FLAC__Frame *frame,
                               const FLAC__int32 *const buffer[], unsigned ch)
{
    const FLAC__Subframe *sf = &frame->subframes[ch];
    const FLAC__Subframe_LPC *lpc = &sf->data.lpc;
    uint32_t bs = frame->header.blocksize, order = lpc->order, i;
    unsigned wasted = sf->wasted_bits, side = 0;
    int shift = lpc->quantization_level;
    FLAC__ChannelAssignment ca = frame->header.channel_assignment;
    subframe_ctx c;

    /* Which subframe carries a difference signal (one bit wider than the frame). */
    if (ca == FLAC__CHANNEL_ASSIGNMENT_RIGHT_SIDE)
        side = ch == 0;
    else if (ca != FLAC__CHANNEL_ASSIGNMENT_INDEPENDENT)
        side = ch == 1;

    /* The subframe's signal: undo the decoder's decorrelation, then its wasted-bits shift. */
    for (i = 0; i < bs; i++) {
        int64_t l = buffer[0][i], r = buffer[CHANNELS - 1][i], v;
        switch (ca) {
        case FLAC__CHANNEL_ASSIGNMENT_LEFT_SIDE:
            v = ch == 0 ? l : l - r;
            break;
        case FLAC__CHANNEL_ASSIGNMENT_RIGHT_SIDE:
            v = ch == 0 ? l - r : r;
            break;
        case FLAC__CHANNEL_ASSIGNMENT_MID_SIDE:
            v = ch == 0 ? asr64(l + r, 1) : l - r;
            break;
        default:
            v = buffer[ch][i];
            break;
        }
        st->sig[i] = asr64(v, wasted);
    }

    c.frame = frame;
    c.ch = ch;
    c.bps = frame->header.bits_per_sample - wasted + side;
    c.lpc = lpc;

    /* Parameters libFLAC's decoder accepts; anything else means a broken test setup. */
    if (order < 1 || order > LPCU_MAX_ORDER || order >= bs || shift < 0 || shift > 15 ||
        c.bps > 33) {
        note_bad(st, &c, "stream", "unexpected subframe parameters", 0, 0, 0);
        return;
    }
    for (i = 0; i < order; i++)
        if (lpc->warmup[i] != st->sig[i]) {
            note_bad(st, &c, "recovery", "warm-up differs from recovered signal", (long)i,
                     (long long)st->sig[i], (long long)lpc->warmup[i]);
            return;
        }

    st->cov.order_hist[order]++;

    if (c.bps == 33) { /* side channel of 32-bit audio */
        st->cov.checked[LPCU_FAMILY_wide33]++;
        check64(st, &c, "lpcu_restore_signal_wide_33bit", lpcu_restore_signal_wide_33bit);
        check64(st, &c, "lpcu_restore_signal_wide_33bit_rolled",
                lpcu_restore_signal_wide_33bit_rolled);
        check64(st, &c, "FLAC__lpc_restore_signal_wide_33bit", FLAC__lpc_restore_signal_wide_33bit);
        return;
    }

    /* The same test as libFLAC 1.4.2's read_subframe_lpc_. */
    if (FLAC__lpc_max_residual_bps(c.bps, lpc->qlp_coeff, order, shift) <= 32 &&
        FLAC__lpc_max_prediction_before_shift_bps(c.bps, lpc->qlp_coeff, order) <= 32) {
        st->cov.checked[LPCU_FAMILY_narrow]++;
        check32(st, &c, "lpcu_restore_signal", lpcu_restore_signal);
        check32(st, &c, "lpcu_restore_signal_rolled", lpcu_restore_signal_rolled);
        check32(st, &c, "FLAC__lpc_restore_signal", FLAC__lpc_restore_signal);
    } else {
        st->cov.checked[LPCU_FAMILY_wide]++;
    }
    /* The wider families give the same result on any valid subframe: more real inputs. */
    check32(st, &c, "lpcu_restore_signal_wide", lpcu_restore_signal_wide);
    check32(st, &c, "lpcu_restore_signal_wide_rolled", lpcu_restore_signal_wide_rolled);
    check32(st, &c, "FLAC__lpc_restore_signal_wide", FLAC__lpc_restore_signal_wide);
    check64(st, &c, "lpcu_restore_signal_wide_33bit (on <=32-bit subframe)",
            lpcu_restore_signal_wide_33bit);
}

static FLAC__StreamDecoderWriteStatus dec_write(const FLAC__StreamDecoder *dec,
                                                const FLAC__Frame *frame,
                                                const FLAC__int32 *const buffer[], void *client)
{
    dec_state *st = client;
    uint32_t bs = frame->header.blocksize, i;
    unsigned ch;
    (void)dec;

    if (frame->header.channels != CHANNELS || st->pos + bs > st->nsamples) {
        snprintf(st->first_pcm, sizeof st->first_pcm,
                 "frame %u: %u channels, %u samples at %zu (stream has %zu)", st->frames,
                 frame->header.channels, bs, st->pos, st->nsamples);
        st->pcm_mismatches++;
        return FLAC__STREAM_DECODER_WRITE_STATUS_ABORT;
    }
    if (bs > st->cap) {
        /* Plain realloc keeps old memory on failure; the state frees whatever it holds. */
        size_t cap = bs, slots = GUARD + LPCU_MAX_ORDER + cap + GUARD;
        int64_t *sig = realloc(st->sig, cap * sizeof *sig);
        int32_t *b32;
        int64_t *b64;
        if (sig)
            st->sig = sig;
        b32 = realloc(st->buf32, slots * sizeof *b32);
        if (b32)
            st->buf32 = b32;
        b64 = realloc(st->buf64, slots * sizeof *b64);
        if (b64)
            st->buf64 = b64;
        if (!sig || !b32 || !b64) {
            st->failed_alloc = 1;
            return FLAC__STREAM_DECODER_WRITE_STATUS_ABORT;
        }
        st->cap = bs;
    }

    for (ch = 0; ch < CHANNELS; ch++)
        for (i = 0; i < bs; i++)
            if (buffer[ch][i] != st->pcm[ch][st->pos + i]) {
                if (st->pcm_mismatches++ == 0)
                    snprintf(st->first_pcm, sizeof st->first_pcm,
                             "channel %u sample %zu: decoded %ld, encoded %ld", ch, st->pos + i,
                             (long)buffer[ch][i], (long)st->pcm[ch][st->pos + i]);
                break;
            }

    st->cov.assign[frame->header.channel_assignment & 3]++;
    for (ch = 0; ch < CHANNELS; ch++)
        if (frame->subframes[ch].type == FLAC__SUBFRAME_TYPE_LPC)
            check_lpc_subframe(st, frame, buffer, ch);

    st->pos += bs;
    st->frames++;
    return FLAC__STREAM_DECODER_WRITE_STATUS_CONTINUE;
}

/* ---------------------------------------------------------------- driver */

static void merge(coverage *into, const coverage *from)
{
    unsigned k;
    for (k = 0; k < NFAM; k++)
        into->checked[k] += from->checked[k];
    for (k = 0; k < 4; k++)
        into->assign[k] += from->assign[k];
    for (k = 0; k <= LPCU_MAX_ORDER; k++)
        into->order_hist[k] += from->order_hist[k];
}

/* Smallest and largest LPC order seen and how many distinct orders; 0 if none. */
static unsigned order_stats(const coverage *c, unsigned *lo, unsigned *hi)
{
    unsigned k, distinct = 0;
    *lo = *hi = 0;
    for (k = 1; k <= LPCU_MAX_ORDER; k++)
        if (c->order_hist[k]) {
            if (!distinct++)
                *lo = k;
            *hi = k;
        }
    return distinct;
}

static void run_one(unsigned bits, unsigned rate, int kind, const enc_config *cfg,
                    int32_t *const pcm[], size_t n, coverage *depth)
{
    struct flac_membuf stream = {NULL, 0, 0, 0, 0};
    dec_state st;
    FLAC__StreamDecoder *dec;
    FLAC__bool processed, finished;
    FLAC__StreamDecoderState state;
    unsigned lo, hi, distinct;

    encode(cfg, bits, rate, pcm, n, &stream);

    memset(&st, 0, sizeof st);
    st.stream = &stream;
    st.pcm = pcm;
    st.nsamples = n;

    dec = FLAC__stream_decoder_new();
    assert_non_null(dec);
    assert_int_equal(FLAC__stream_decoder_init_stream(dec, dec_read, NULL, NULL, NULL, NULL,
                                                      dec_write, NULL, dec_error, &st),
                     FLAC__STREAM_DECODER_INIT_STATUS_OK);
    processed = FLAC__stream_decoder_process_until_end_of_stream(dec);
    state = FLAC__stream_decoder_get_state(dec);
    finished = FLAC__stream_decoder_finish(dec);
    FLAC__stream_decoder_delete(dec);
    free(stream.data);
    free(st.sig);
    free(st.buf32);
    free(st.buf64);

    distinct = order_stats(&st.cov, &lo, &hi);
    printf("test_decoder: %2u-bit %-11s %-13s %6zu B %2u frames  LPC narrow %3lu wide %3lu "
           "wide33 %3lu  order ",
           bits, sig_name[kind], cfg->name, stream.len, st.frames,
           st.cov.checked[LPCU_FAMILY_narrow], st.cov.checked[LPCU_FAMILY_wide],
           st.cov.checked[LPCU_FAMILY_wide33]);
    if (distinct)
        printf("%2u..%2u (%2u distinct)", lo, hi, distinct);
    else
        printf("  -                 ");
    printf("  I/L/R/M %lu/%lu/%lu/%lu\n", st.cov.assign[0], st.cov.assign[1], st.cov.assign[2],
           st.cov.assign[3]);
    fflush(stdout);
    if (st.bad_calls)
        print_error("first mismatch (%s %s %u-bit): %s\n", sig_name[kind], cfg->name, bits,
                    st.first_bad);
    if (st.pcm_mismatches)
        print_error("decoded PCM differs (%s %s %u-bit): %s\n", sig_name[kind], cfg->name, bits,
                    st.first_pcm);

    assert_false(st.failed_alloc);
    assert_true(processed);
    assert_int_equal(state, FLAC__STREAM_DECODER_END_OF_STREAM);
    assert_true(finished);
    assert_int_equal(st.decode_errors, 0);
    assert_int_equal(st.pcm_mismatches, 0);
    assert_int_equal(st.pos, n);
    assert_int_equal(st.bad_calls, 0);
    merge(depth, &st.cov);
}

static void run_depth(unsigned bits, coverage *depth)
{
    unsigned rate = bits == 16 ? 44100 : 48000;
    size_t n = rate, i; /* one second: a dozen 4096-sample frames, the last one short */
    double *l = malloc(n * sizeof *l), *r = malloc(n * sizeof *r);
    int32_t *pl = malloc(n * sizeof *pl), *pr = malloc(n * sizeof *pr);
    int32_t *pcm[CHANNELS];
    int kind;
    unsigned k, lo, hi, distinct;

    assert_non_null(l);
    assert_non_null(r);
    assert_non_null(pl);
    assert_non_null(pr);
    pcm[0] = pl;
    pcm[1] = pr;
    memset(depth, 0, sizeof *depth);

    for (kind = 0; kind < NSIG; kind++) {
        /* Each signal depends only on (seed, depth, kind), not on what ran before. */
        uint64_t s = ((uint64_t)g_seed << 32) ^ ((uint64_t)bits << 8) ^ (uint64_t)kind;
        /* wasted-bits: content at reduced resolution, shifted up (e.g. 24-in-32). */
        unsigned res = kind == SIG_WASTED ? (bits == 16 ? 12 : bits - 8) : bits;
        synth(kind, &s, l, r, n, (double)rate);
        for (i = 0; i < n; i++) {
            pl[i] = (int32_t)(quantize(l[i], res) * ((int64_t)1 << (bits - res)));
            pr[i] = (int32_t)(quantize(r[i], res) * ((int64_t)1 << (bits - res)));
        }
        for (k = 0; k < NCONFIG; k++)
            if (configs[k].signals & 1u << kind)
                run_one(bits, rate, kind, &configs[k], pcm, n, depth);
    }
    free(l);
    free(r);
    free(pl);
    free(pr);

    distinct = order_stats(depth, &lo, &hi);
    printf("test_decoder: %2u-bit total: LPC narrow %lu wide %lu wide33 %lu, order %u..%u "
           "(%u distinct), I/L/R/M %lu/%lu/%lu/%lu\n",
           bits, depth->checked[LPCU_FAMILY_narrow], depth->checked[LPCU_FAMILY_wide],
           depth->checked[LPCU_FAMILY_wide33], lo, hi, distinct, depth->assign[0], depth->assign[1],
           depth->assign[2], depth->assign[3]);
    fflush(stdout);
    merge(&g_total, depth);
    g_depths_done++;

    /* Not vacuous: the stereo modes the signals are built for were all used. */
    assert_true(depth->assign[FLAC__CHANNEL_ASSIGNMENT_LEFT_SIDE] > 0);
    assert_true(depth->assign[FLAC__CHANNEL_ASSIGNMENT_RIGHT_SIDE] > 0);
    assert_true(depth->assign[FLAC__CHANNEL_ASSIGNMENT_MID_SIDE] > 0);
    assert_true(lo <= 2);
    assert_true(hi == LPCU_MAX_ORDER);
    assert_true(distinct >= 24);
}

static void test_16bit(void **state)
{
    coverage c;
    (void)state;
    run_depth(16, &c);
    assert_true(c.checked[LPCU_FAMILY_narrow] > 0);
    /* Expected: libFLAC's encoder never makes a 16-bit subframe that needs 64-bit math. */
    if (c.checked[LPCU_FAMILY_wide] == 0)
        printf("test_decoder: 16-bit: no wide-family subframes (as expected from libFLAC)\n");
}

static void test_24bit(void **state)
{
    coverage c;
    (void)state;
    run_depth(24, &c);
    assert_true(c.checked[LPCU_FAMILY_narrow] > 0);
    assert_true(c.checked[LPCU_FAMILY_wide] > 0);
}

static void test_32bit(void **state)
{
    coverage c;
    (void)state;
    run_depth(32, &c);
    assert_true(c.checked[LPCU_FAMILY_wide] > 0);
    assert_true(c.checked[LPCU_FAMILY_wide33] > 0);
}

/* Whole-run coverage: every family libFLAC's decoder can pick was exercised. */
static void test_coverage(void **state)
{
    unsigned k;
    (void)state;
    if (g_depths_done != 3)
        fail_msg("only %u of 3 bit-depth tests completed: totals incomplete", g_depths_done);
    for (k = 0; k < NFAM; k++) {
        printf("test_decoder: whole run: %lu %s LPC subframes checked\n", g_total.checked[k],
               fam_name[k]);
        assert_true(g_total.checked[k] > 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_16bit),
        cmocka_unit_test(test_24bit),
        cmocka_unit_test(test_32bit),
        cmocka_unit_test(test_coverage),
    };
    const char *env = getenv("LPCU_TEST_SEED");
    if (env && *env)
        g_seed = (unsigned)strtoul(env, NULL, 0);
    printf("test_decoder: seed %u (set LPCU_TEST_SEED to change), isa %s\n", g_seed,
           lpcu_active_isa());
    fflush(stdout);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
