/* SPDX-License-Identifier: MIT */
/*
 * make_pcm: raw signed little-endian PCM of a music-like signal, for the integration
 * corpus: per channel, three slowly gliding sines with an envelope plus a little noise,
 * scaled to the bit depth; the other channels are three quarters channel 0 (so stereo
 * decorrelation pays: mid/side, and 33-bit side channels at 32 bits).
 *
 *   make_pcm BITS CHANNELS RATE SECONDS SEED > file.raw
 *
 * BITS 4-32, CHANNELS 1-8. Samples are written in the next of 8, 16, 24 and 32 bits (the
 * raw widths flac reads) with BITS < that width in the high bits: 12-bit samples become 16-bit
 * ones with 4 zero low bits, which a FLAC encoder stores as wasted bits.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state;

static double noise(void) /* uniform in [-1, 1) */
{
    state = state * 6364136223846793005u + 1442695040888963407u;
    return (double)(state >> 11) / 4503599627370496.0 - 1.0;
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: make_pcm BITS CHANNELS RATE SECONDS SEED > file.raw\n");
        return 2;
    }
    const int bits = atoi(argv[1]), channels = atoi(argv[2]);
    const long rate = atol(argv[3]), seconds = atol(argv[4]);
    state = strtoull(argv[5], NULL, 0) * 2654435761u + 1;
    if (bits < 4 || bits > 32 || channels < 1 || channels > 8 || rate < 1000 || rate > 384000 ||
        seconds < 1 || seconds > 3600) {
        fprintf(stderr, "make_pcm: BITS 4-32, CHANNELS 1-8, RATE 1000-384000, SECONDS 1-3600\n");
        return 2;
    }
    const int bytes = (bits + 7) / 8, pad = bytes * 8 - bits;
    const double peak = ldexp(1.0, bits - 1) - 1.0;
    const double pi = 3.14159265358979323846;
    double phase[8][3] = {{0}};
    for (long t = 0; t < rate * seconds; t++) {
        const double s = (double)t / (double)rate;
        double first = 0; /* channel 0's signal, which the others share most of */
        for (int c = 0; c < channels; c++) {
            double v = 0;
            for (int k = 0; k < 3; k++) {
                const double f = (110.0 + 55.0 * c) * (k + 1) * (1.0 + 0.01 * sin(0.3 * s + k));
                phase[c][k] += 2.0 * pi * f / (double)rate;
                v += sin(phase[c][k]) / (k + 1.5);
            }
            const double envelope = 0.55 + 0.35 * sin(2.0 * pi * 0.25 * s + c);
            v = v * envelope * 0.6;
            if (c == 0)
                first = v;
            else
                v = 0.75 * first + 0.25 * v;
            v += 0.01 * noise();
            if (v > 1.0)
                v = 1.0;
            if (v < -1.0)
                v = -1.0;
            /* little-endian, two's complement, BITS in the high bits of the bytes */
            const int64_t q = (int64_t)((uint64_t)llround(v * peak) << pad);
            for (int b = 0; b < bytes; b++)
                putchar((int)((uint64_t)q >> (8 * b)) & 0xff);
        }
    }
    return ferror(stdout) ? 1 : 0;
}
