/* SPDX-License-Identifier: MIT */
/*
 * Real LPC subframes for the benchmark: a synthetic, music-like stereo signal is encoded with
 * libFLAC's encoder (in memory), decoded with libFLAC's decoder, and every LPC subframe the
 * decoder meets is copied out (warm-up, coefficients, shift, residual) with the family
 * libFLAC's decoder would restore it with. Not installed.
 */
#ifndef LPCU_FLAC_SUBFRAMES_H
#define LPCU_FLAC_SUBFRAMES_H

#include <stddef.h>
#include <stdint.h>

#include "bench_common.h"

/* One encode: what `flac` would be run with, as encoder API settings. */
struct stream_spec {
    const char *id;    /* short, for CSV and options: e.g. "16bit-8" */
    const char *label; /* for tables: e.g. "16-bit, flac -8" */
    unsigned bits, rate;
    unsigned level;     /* compression level */
    unsigned max_order; /* 0: the level's own */
    int lax;            /* 1: streamable subset off (flac --lax) */
};

extern const struct stream_spec flac_stream_specs[];
extern const size_t flac_n_stream_specs;

/* Counts FLAC__SubframeType values: constant, verbatim, fixed, LPC. */
#define FLAC_SUBFRAME_TYPES 4

struct subframe {
    struct input in; /* in.family: the restore libFLAC's decoder would call */
    unsigned channel;
    unsigned frame; /* the frame's number in its stream, from 0 */
    unsigned bps;   /* the subframe's: wasted bits removed, one more for a side channel */
};

/* A FIXED subframe (fixed predictor, order 0-4) and the family libFLAC 1.4.2's decoder
   restores it with: narrow if bps + order <= 32, wide up to 32 bits, else wide33. */
struct fixed_subframe {
    enum lpcu_family family;
    unsigned order, channel;
    uint32_t n;
    int64_t warmup[4];
    int32_t *residual; /* n values */
};

struct captured_stream {
    const struct stream_spec *spec;
    size_t encoded_bytes;
    unsigned frames;
    uint32_t max_blocksize;
    uint64_t type_samples[FLAC_SUBFRAME_TYPES]; /* samples of all channels, by subframe type */
    struct subframe *lpc;                       /* LPC subframes in stream order */
    size_t n_lpc;
    struct fixed_subframe *fixed; /* FIXED subframes in stream order (bench_fixed.c) */
    size_t n_fixed;
};

/*
 * Encodes `seconds` of the signal as `spec` says, decodes it, and captures the LPC and FIXED
 * subframes. Checks on the way that the decode is lossless and that libFLAC's own restore
 * reproduces each captured subframe; dies on any failure.
 */
void flac_capture(const struct stream_spec *spec, double seconds, struct captured_stream *out);
void flac_capture_free(struct captured_stream *s);

#endif /* LPCU_FLAC_SUBFRAMES_H */
