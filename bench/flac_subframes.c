/* SPDX-License-Identifier: MIT */
/* Real LPC subframes from libFLAC encodes: see flac_subframes.h. */
#include "flac_subframes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <FLAC/stream_decoder.h>
#include <FLAC/stream_encoder.h>

#include "flac_internal.h"
#include "flac_membuf.h"

#define CHANNELS 2u
#define NARROW_MAX_BPS 32u /* libFLAC's decoder uses the 32-bit restore up to this */
#define SIDE_CHANNEL_BPS 33u

/*
 * The encodes of issue 4: 16- and 24-bit, at `flac -8` and at `flac -8 -l 32 --lax` (LPC
 * orders up to 32, which the streamable subset forbids at these rates).
 */
const struct stream_spec flac_stream_specs[] = {
    {"16bit-8", "16-bit 44.1 kHz, flac -8", 16, 44100, 8, 0, 0},
    {"16bit-8-l32-lax", "16-bit 44.1 kHz, flac -8 -l 32 --lax", 16, 44100, 8, 32, 1},
    {"24bit-8", "24-bit 48 kHz, flac -8", 24, 48000, 8, 0, 0},
    {"24bit-8-l32-lax", "24-bit 48 kHz, flac -8 -l 32 --lax", 24, 48000, 8, 32, 1},
};
const size_t flac_n_stream_specs = sizeof flac_stream_specs / sizeof flac_stream_specs[0];

/* ---- The signal -------------------------------------------------------------------------- */

/*
 * Music-like rather than stationary: notes start and decay, so the encoder's choice of order,
 * precision and shift changes from frame to frame as it does on recordings. Levels are
 * fractions of full scale before normalisation.
 */
#define N_VOICES 3
#define N_HARMONICS 6
#define HARMONIC_ROLLOFF 0.6 /* amplitude ratio of successive harmonics */
#define BASE_HZ 110.0
#define OCTAVES 3
#define NOTE_MIN_S 0.15
#define NOTE_MAX_S 0.6
#define ATTACK_S 0.01
#define DECAY_S 0.4
#define BEAT_S 0.5 /* a drum hit every half second */
#define KICK_HZ 60.0
#define KICK_DECAY_S 0.1
#define SNARE_DECAY_S 0.04
#define SNARE_LOWPASS 0.3 /* one-pole coefficient: darkens the noise burst */
#define DRUM_LEVEL 0.5
#define FLOOR_LEVEL 2e-5 /* a noise floor near -94 dBFS, so no stretch is digital silence */
#define PEAK 0.7         /* normalised peak, leaving headroom like a mastered track */

static const int pentatonic[] = {0, 2, 4, 7, 9};
#define N_SCALE (sizeof pentatonic / sizeof pentatonic[0])

struct voice {
    double hz, pan;
    size_t start, end; /* samples of the current note */
};

static void next_note(struct voice *v, uint64_t *rng, size_t now, double rate)
{
    const unsigned step = (unsigned)(bench_uniform(rng) * N_SCALE);
    const unsigned octave = (unsigned)(bench_uniform(rng) * OCTAVES);
    const double len = NOTE_MIN_S + (NOTE_MAX_S - NOTE_MIN_S) * bench_uniform(rng);
    v->hz = BASE_HZ * pow(2.0, (double)(pentatonic[step] + 12 * (int)octave) / 12.0);
    v->start = now;
    v->end = now + (size_t)(len * rate);
}

static double voice_sample(const struct voice *v, size_t i, double rate)
{
    const double pi = 3.14159265358979323846;
    const double t = (double)(i - v->start) / rate;
    const double env = (t < ATTACK_S ? t / ATTACK_S : 1.0) * exp(-t / DECAY_S);
    double x = 0.0, amp = 1.0;
    int k;
    for (k = 1; k <= N_HARMONICS && v->hz * k < rate / 2; k++, amp *= HARMONIC_ROLLOFF)
        x += amp * sin(2.0 * pi * v->hz * k * t);
    return env * x;
}

/* Stereo signal in [-PEAK, PEAK], then rounded to `bits`. */
static void make_music(uint64_t seed, double rate, unsigned bits, size_t n, int32_t *left,
                       int32_t *right)
{
    const double pi = 3.14159265358979323846;
    const double full_scale = ldexp(1.0, (int)bits - 1);
    const size_t beat = (size_t)(BEAT_S * rate);
    double *l = bench_malloc(n * sizeof *l), *r = bench_malloc(n * sizeof *r);
    double peak = 0.0, snare = 0.0;
    struct voice voices[N_VOICES];
    uint64_t rng = seed;
    size_t i;
    int j;

    for (j = 0; j < N_VOICES; j++) {
        voices[j].pan = (j + 1.0) / (N_VOICES + 1.0);
        next_note(&voices[j], &rng, 0, rate);
    }
    for (i = 0; i < n; i++) {
        const double tb = (double)(i % beat) / rate; /* time since the last hit */
        double vl = 0.0, vr = 0.0, drum;
        for (j = 0; j < N_VOICES; j++) {
            double x;
            if (i >= voices[j].end)
                next_note(&voices[j], &rng, i, rate);
            x = voice_sample(&voices[j], i, rate);
            vl += (1.0 - voices[j].pan) * x;
            vr += voices[j].pan * x;
        }
        /* Kick on even beats, snare (low-passed noise) on odd ones. */
        if ((i / beat) % 2 == 0) {
            drum = sin(2.0 * pi * KICK_HZ * tb) * exp(-tb / KICK_DECAY_S);
        } else {
            snare += SNARE_LOWPASS * ((2.0 * bench_uniform(&rng) - 1.0) - snare);
            drum = snare * exp(-tb / SNARE_DECAY_S);
        }
        l[i] = vl + DRUM_LEVEL * drum;
        r[i] = vr + DRUM_LEVEL * drum;
        peak = fmax(peak, fmax(fabs(l[i]), fabs(r[i])));
    }
    for (i = 0; i < n; i++) {
        const double gain = PEAK / peak;
        left[i] = (int32_t)llround((l[i] * gain + FLOOR_LEVEL * (2.0 * bench_uniform(&rng) - 1.0)) *
                                   full_scale);
        right[i] = (int32_t)llround(
            (r[i] * gain + FLOOR_LEVEL * (2.0 * bench_uniform(&rng) - 1.0)) * full_scale);
    }
    free(l);
    free(r);
}

/* ---- Encoding ---------------------------------------------------------------------------- */

static void encode(const struct stream_spec *spec, int32_t *const pcm[CHANNELS], size_t n,
                   struct flac_membuf *out)
{
    FLAC__StreamEncoder *enc = FLAC__stream_encoder_new();
    FLAC__bool ok;
    if (enc == NULL)
        bench_die("out of memory");
    /* The level first: it sets the options below to its own values. */
    ok = FLAC__stream_encoder_set_compression_level(enc, spec->level) &&
         FLAC__stream_encoder_set_channels(enc, CHANNELS) &&
         FLAC__stream_encoder_set_bits_per_sample(enc, spec->bits) &&
         FLAC__stream_encoder_set_sample_rate(enc, spec->rate) &&
         FLAC__stream_encoder_set_streamable_subset(enc, !spec->lax) &&
         FLAC__stream_encoder_set_total_samples_estimate(enc, n);
    if (ok && spec->max_order != 0)
        ok = FLAC__stream_encoder_set_max_lpc_order(enc, spec->max_order);
    if (!ok || FLAC__stream_encoder_init_stream(enc, flac_membuf_write, NULL, NULL, NULL, out) !=
                   FLAC__STREAM_ENCODER_INIT_STATUS_OK)
        bench_die("%s: cannot set up libFLAC's encoder", spec->id);
    if (!FLAC__stream_encoder_process(enc, (const FLAC__int32 *const *)pcm, (uint32_t)n) ||
        !FLAC__stream_encoder_finish(enc))
        bench_die("%s: libFLAC's encoder failed: %s", spec->id,
                  FLAC__StreamEncoderStateString[FLAC__stream_encoder_get_state(enc)]);
    FLAC__stream_encoder_delete(enc);
}

/* ---- Decoding and capture ---------------------------------------------------------------- */

struct capture {
    struct captured_stream *out;
    struct flac_membuf *stream;
    int32_t *const *pcm; /* the encoder's input, to check the decode is lossless */
    size_t n, pos;
    size_t cap_lpc, cap_fixed;
    int64_t *signal; /* one subframe's signal, recovered from the decoded PCM */
    struct buffer check32, check64;
    size_t check_cap;
    unsigned errors;
};

static FLAC__StreamDecoderReadStatus
read_from_memory(const FLAC__StreamDecoder *dec, FLAC__byte buffer[], size_t *bytes, void *client)
{
    (void)dec;
    return flac_membuf_read(((struct capture *)client)->stream, buffer, bytes);
}

static void count_error(const FLAC__StreamDecoder *dec, FLAC__StreamDecoderErrorStatus status,
                        void *client)
{
    (void)dec;
    (void)status;
    ((struct capture *)client)->errors++;
}

/* Whether subframe `ch` carries a difference of the two channels, one bit wider. */
static int is_side(FLAC__ChannelAssignment ca, unsigned ch)
{
    return ca == FLAC__CHANNEL_ASSIGNMENT_RIGHT_SIDE
               ? ch == 0
               : ca != FLAC__CHANNEL_ASSIGNMENT_INDEPENDENT && ch == 1;
}

/*
 * The signal the subframe coded, from the decoder's output: its stereo decorrelation undone
 * (mid = (l + r) >> 1, side = l - r), then its wasted bits shifted out. >> of a negative value
 * is arithmetic with gcc and clang, as libFLAC assumes.
 */
static void recover_signal(const FLAC__Frame *frame, const FLAC__int32 *const buffer[], unsigned ch,
                           int64_t *out)
{
    const FLAC__ChannelAssignment ca = frame->header.channel_assignment;
    const unsigned wasted = frame->subframes[ch].wasted_bits;
    uint32_t i;
    for (i = 0; i < frame->header.blocksize; i++) {
        const int64_t l = buffer[0][i], r = buffer[1][i];
        int64_t v = buffer[ch][i];
        if (is_side(ca, ch))
            v = l - r;
        else if (ca == FLAC__CHANNEL_ASSIGNMENT_MID_SIDE)
            v = (l + r) >> 1;
        out[i] = v >> wasted;
    }
}

/* The choice of libFLAC 1.4.2's read_subframe_lpc_ (stream_decoder.c). */
static enum lpcu_family decoder_family(unsigned bps, const FLAC__Subframe_LPC *lpc)
{
    if (bps >= SIDE_CHANNEL_BPS)
        return LPCU_FAMILY_wide33;
    if (FLAC__lpc_max_residual_bps(bps, lpc->qlp_coeff, lpc->order, lpc->quantization_level) <=
            NARROW_MAX_BPS &&
        FLAC__lpc_max_prediction_before_shift_bps(bps, lpc->qlp_coeff, lpc->order) <=
            NARROW_MAX_BPS)
        return LPCU_FAMILY_narrow;
    return LPCU_FAMILY_wide;
}

static void grow_scratch(struct capture *c, uint32_t blocksize)
{
    const size_t need = (size_t)LPCU_MAX_ORDER + blocksize + BENCH_GUARD_SAMPLES;
    if (need <= c->check_cap)
        return;
    if (c->check_cap != 0) {
        bench_buffer_free(&c->check32);
        bench_buffer_free(&c->check64);
        free(c->signal);
    }
    bench_buffer_init(&c->check32, LPCU_FAMILY_narrow, need);
    bench_buffer_init(&c->check64, LPCU_FAMILY_wide33, need);
    c->signal = bench_malloc(need * sizeof *c->signal);
    c->check_cap = need;
}

/* libFLAC's restore of the captured copy must give the decoded signal back. */
static void check_subframe(struct capture *c, const struct subframe *sf, unsigned frame)
{
    const struct input *in = &sf->in;
    const struct family_info *f = &bench_families[in->family];
    struct buffer *b = in->family == LPCU_FAMILY_wide33 ? &c->check64 : &c->check32;
    uint32_t i;
    bench_buffer_reset(b, in);
    if (f->flac32 != NULL)
        f->flac32(in->residual, in->n, in->coeff, in->order, in->shift, b->data);
    else
        f->flac64(in->residual, in->n, in->coeff, in->order, in->shift, b->data);
    for (i = 0; i < in->order; i++)
        if (in->warmup[i] != c->signal[i])
            bench_die("%s frame %u channel %u: warm-up differs from the decoded signal",
                      c->out->spec->id, frame, sf->channel);
    for (i = 0; i < in->n; i++) {
        const int64_t got = in->family == LPCU_FAMILY_wide33 ? ((const int64_t *)b->data)[i]
                                                             : ((const int32_t *)b->data)[i];
        if (got != c->signal[in->order + i])
            bench_die("%s frame %u channel %u: libFLAC's %s restore of the captured subframe "
                      "differs from the decoded signal at %u",
                      c->out->spec->id, frame, sf->channel, f->name, i);
    }
}

static void capture_lpc(struct capture *c, const FLAC__Frame *frame,
                        const FLAC__int32 *const buffer[], unsigned ch)
{
    const FLAC__Subframe *sub = &frame->subframes[ch];
    const FLAC__Subframe_LPC *lpc = &sub->data.lpc;
    const unsigned bps = frame->header.bits_per_sample - sub->wasted_bits +
                         (unsigned)is_side(frame->header.channel_assignment, ch);
    struct captured_stream *out = c->out;
    struct subframe *sf;
    struct input *in;

    if (out->n_lpc == c->cap_lpc) {
        const size_t cap = c->cap_lpc ? 2 * c->cap_lpc : 256;
        struct subframe *p = realloc(out->lpc, cap * sizeof *p);
        if (p == NULL)
            bench_die("out of memory");
        out->lpc = p;
        c->cap_lpc = cap;
    }
    sf = &out->lpc[out->n_lpc++];
    sf->channel = ch;
    sf->frame = out->frames;
    sf->bps = bps;
    in = &sf->in;
    in->family = decoder_family(bps, lpc);
    in->order = lpc->order;
    in->precision = lpc->qlp_coeff_precision;
    in->shift = lpc->quantization_level;
    in->n = frame->header.blocksize - lpc->order;
    memcpy(in->coeff, lpc->qlp_coeff, lpc->order * sizeof in->coeff[0]);
    in->warmup = bench_malloc(lpc->order * sizeof *in->warmup);
    memcpy(in->warmup, lpc->warmup, lpc->order * sizeof *in->warmup);
    in->residual = bench_malloc(in->n * sizeof *in->residual);
    memcpy(in->residual, lpc->residual, in->n * sizeof *in->residual);

    recover_signal(frame, buffer, ch, c->signal);
    check_subframe(c, sf, out->frames);
}

/* A FIXED subframe, checked like the LPC ones: libFLAC's restore of the copy gives the
   decoded signal back. */
static void capture_fixed(struct capture *c, const FLAC__Frame *frame,
                          const FLAC__int32 *const buffer[], unsigned ch)
{
    const FLAC__Subframe_Fixed *fx = &frame->subframes[ch].data.fixed;
    const unsigned bps = frame->header.bits_per_sample - frame->subframes[ch].wasted_bits +
                         (unsigned)is_side(frame->header.channel_assignment, ch);
    struct captured_stream *out = c->out;
    struct fixed_subframe *sf;
    int32_t *d32;
    int64_t *d64;
    uint32_t i;

    if (out->n_fixed == c->cap_fixed) {
        const size_t cap = c->cap_fixed ? 2 * c->cap_fixed : 256;
        struct fixed_subframe *p = realloc(out->fixed, cap * sizeof *p);
        if (p == NULL)
            bench_die("out of memory");
        out->fixed = p;
        c->cap_fixed = cap;
    }
    sf = &out->fixed[out->n_fixed++];
    sf->channel = ch;
    sf->order = fx->order;
    sf->n = frame->header.blocksize - fx->order;
    sf->family = bps >= SIDE_CHANNEL_BPS             ? LPCU_FAMILY_wide33
                 : bps + fx->order <= NARROW_MAX_BPS ? LPCU_FAMILY_narrow
                                                     : LPCU_FAMILY_wide;
    memcpy(sf->warmup, fx->warmup, fx->order * sizeof sf->warmup[0]);
    sf->residual = bench_malloc(sf->n * sizeof *sf->residual);
    memcpy(sf->residual, fx->residual, sf->n * sizeof *sf->residual);

    recover_signal(frame, buffer, ch, c->signal);
    d32 = (int32_t *)c->check32.base + sf->order;
    d64 = (int64_t *)c->check64.base + sf->order;
    for (i = 0; i < sf->order; i++) {
        d32[(long)i - (long)sf->order] = (int32_t)sf->warmup[i];
        d64[(long)i - (long)sf->order] = sf->warmup[i];
    }
    if (sf->family == LPCU_FAMILY_narrow)
        FLAC__fixed_restore_signal(sf->residual, sf->n, sf->order, d32);
    else if (sf->family == LPCU_FAMILY_wide)
        FLAC__fixed_restore_signal_wide(sf->residual, sf->n, sf->order, d32);
    else
        FLAC__fixed_restore_signal_wide_33bit(sf->residual, sf->n, sf->order, d64);
    for (i = 0; i < sf->order + sf->n; i++) {
        const long at = (long)i - (long)sf->order;
        const int64_t got = sf->family == LPCU_FAMILY_wide33 ? d64[at] : d32[at];
        if (got != c->signal[i])
            bench_die("%s frame %u channel %u: libFLAC's restore of the captured FIXED "
                      "subframe differs from the decoded signal at %ld",
                      out->spec->id, out->frames, ch, at);
    }
}

static FLAC__StreamDecoderWriteStatus capture_frame(const FLAC__StreamDecoder *dec,
                                                    const FLAC__Frame *frame,
                                                    const FLAC__int32 *const buffer[], void *client)
{
    struct capture *c = client;
    const uint32_t bs = frame->header.blocksize;
    unsigned ch;
    (void)dec;

    if (frame->header.channels != CHANNELS || c->pos + bs > c->n)
        bench_die("%s: unexpected frame %u", c->out->spec->id, c->out->frames);
    for (ch = 0; ch < CHANNELS; ch++)
        if (memcmp(buffer[ch], c->pcm[ch] + c->pos, bs * sizeof buffer[ch][0]) != 0)
            bench_die("%s: frame %u does not decode to what was encoded", c->out->spec->id,
                      c->out->frames);
    grow_scratch(c, bs);
    if (bs > c->out->max_blocksize)
        c->out->max_blocksize = bs;

    for (ch = 0; ch < CHANNELS; ch++) {
        const FLAC__SubframeType type = frame->subframes[ch].type;
        if ((unsigned)type < FLAC_SUBFRAME_TYPES)
            c->out->type_samples[type] += bs;
        if (type == FLAC__SUBFRAME_TYPE_LPC)
            capture_lpc(c, frame, buffer, ch);
        else if (type == FLAC__SUBFRAME_TYPE_FIXED)
            capture_fixed(c, frame, buffer, ch);
    }
    c->pos += bs;
    c->out->frames++;
    return FLAC__STREAM_DECODER_WRITE_STATUS_CONTINUE;
}

static void decode(struct capture *c)
{
    FLAC__StreamDecoder *dec = FLAC__stream_decoder_new();
    if (dec == NULL)
        bench_die("out of memory");
    if (FLAC__stream_decoder_init_stream(dec, read_from_memory, NULL, NULL, NULL, NULL,
                                         capture_frame, NULL, count_error,
                                         c) != FLAC__STREAM_DECODER_INIT_STATUS_OK)
        bench_die("%s: cannot set up libFLAC's decoder", c->out->spec->id);
    if (!FLAC__stream_decoder_process_until_end_of_stream(dec) || c->errors != 0 || c->pos != c->n)
        bench_die("%s: libFLAC's decoder failed (%u errors, %zu of %zu samples)", c->out->spec->id,
                  c->errors, c->pos, c->n);
    FLAC__stream_decoder_finish(dec);
    FLAC__stream_decoder_delete(dec);
}

void flac_capture(const struct stream_spec *spec, double seconds, struct captured_stream *out)
{
    const size_t n = (size_t)(seconds * spec->rate);
    int32_t *pcm[CHANNELS];
    struct flac_membuf stream = {NULL, 0, 0, 0, 0};
    struct capture c;
    unsigned ch;

    memset(out, 0, sizeof *out);
    out->spec = spec;
    for (ch = 0; ch < CHANNELS; ch++)
        pcm[ch] = bench_malloc(n * sizeof *pcm[ch]);
    /* One seed for all: the two settings of a depth code identical audio. */
    make_music(BENCH_SEED, spec->rate, spec->bits, n, pcm[0], pcm[1]);
    encode(spec, pcm, n, &stream);
    out->encoded_bytes = stream.len;

    memset(&c, 0, sizeof c);
    c.out = out;
    c.stream = &stream;
    c.pcm = pcm;
    c.n = n;
    decode(&c);

    if (c.check_cap != 0) {
        bench_buffer_free(&c.check32);
        bench_buffer_free(&c.check64);
        free(c.signal);
    }
    free(stream.data);
    for (ch = 0; ch < CHANNELS; ch++)
        free(pcm[ch]);
}

void flac_capture_free(struct captured_stream *s)
{
    size_t i;
    for (i = 0; i < s->n_lpc; i++)
        bench_free_input(&s->lpc[i].in);
    free(s->lpc);
    s->lpc = NULL;
    s->n_lpc = 0;
    for (i = 0; i < s->n_fixed; i++)
        free(s->fixed[i].residual);
    free(s->fixed);
    s->fixed = NULL;
    s->n_fixed = 0;
}
