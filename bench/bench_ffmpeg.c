/* SPDX-License-Identifier: MIT */
/*
 * lpcu-bench --inputs ffmpeg: FFmpeg's own FLAC restore kernels beside libFLAC's and
 * lpcunroll's, per order, on the synthetic inputs: narrow against FFmpeg's lpc16, wide against
 * its lpc32, in C and in the x86 assembly ff_flacdsp_init() picks on this CPU. Built only when
 * CMake is given LPCU_FFMPEG_BUILD, a built FFmpeg 5.1 tree: its libavcodec.a and libavutil.a
 * provide the kernels, through ff_flacdsp_init() as FFmpeg's decoder gets them (C ones with
 * the CPU flags forced to none), and its flacdsp.h their table.
 *
 * FFmpeg restores in place, so every variant here does: before each timed call, the warm-up
 * and the residuals are copied into the output buffer (untimed), and lpcunroll is called with
 * residual == data. libFLAC, which cannot work in place, reads a separate residual array.
 * Every variant's output is first compared with libFLAC's; any difference aborts the run.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"
#include "bench_report.h"
#include "bench_sections.h"

#include "libavcodec/flacdsp.h"
#include "libavutil/avutil.h"
#include "libavutil/cpu.h"

#define SENTINEL INT32_C(0x5A5A5A5A) /* after the output: a stray write shows */
#define FFMPEG_FAMILIES 2            /* narrow (lpc16), wide (lpc32) */

enum ff_variant { FV_AUTO, FV_LIBFLAC, FV_FFMPEG_C, FV_FFMPEG_ASM, FV_COUNT };

typedef void (*ff_lpc_fn)(int32_t *samples, const int coeffs[32], int order, int qlevel, int len);

struct ff_kernels {
    ff_lpc_fn c[FFMPEG_FAMILIES]; /* lpc16, lpc32 in C */
    ff_lpc_fn asm32;              /* lpc32 as ff_flacdsp_init() picks it; NULL if C */
    const char *asm_name;         /* the column's name */
};

static void ffmpeg_kernels(struct ff_kernels *k)
{
    FLACDSPContext dsp;
    const int flags = av_get_cpu_flags();

    av_force_cpu_flags(0); /* no SIMD: FFmpeg's C functions */
    ff_flacdsp_init(&dsp, AV_SAMPLE_FMT_S32, 2, 24);
    k->c[0] = dsp.lpc16;
    k->c[1] = dsp.lpc32;
    av_force_cpu_flags(-1); /* detect again: what the decoder gets */
    ff_flacdsp_init(&dsp, AV_SAMPLE_FMT_S32, 2, 24);
    k->asm32 = dsp.lpc32 != k->c[1] ? dsp.lpc32 : NULL;
    k->asm_name = (flags & AV_CPU_FLAG_XOP) ? "ffmpeg-xop" : "ffmpeg-sse4";
    if (dsp.lpc16 != k->c[0])
        bench_die("FFmpeg picked a non-C lpc16; this section expects only lpc32 in assembly\n");
}

/* One timed call of variant v on buf (warm-up and residuals already in place). */
static void call(enum ff_variant v, const struct ff_kernels *k, int wide, const struct input *in,
                 const int *rev, int32_t *buf)
{
    int32_t *data = buf + in->order;
    const struct family_info *f = &bench_families[wide ? LPCU_FAMILY_wide : LPCU_FAMILY_narrow];

    switch (v) {
    case FV_AUTO:
        f->auto32(data, in->n, in->coeff, in->order, in->shift, data);
        break;
    case FV_LIBFLAC:
        f->flac32(in->residual, in->n, in->coeff, in->order, in->shift, data);
        break;
    case FV_FFMPEG_C:
        k->c[wide](buf, rev, (int)in->order, in->shift, (int)(in->order + in->n));
        break;
    case FV_FFMPEG_ASM:
        k->asm32(buf, rev, (int)in->order, in->shift, (int)(in->order + in->n));
        break;
    case FV_COUNT:
        break;
    }
}

/* Warm-up, residuals where the outputs go, then the sentinel. */
static void prepare(const struct input *in, int32_t *buf)
{
    uint32_t i;
    for (i = 0; i < in->order; i++)
        buf[i] = (int32_t)in->warmup[i];
    memcpy(buf + in->order, in->residual, in->n * sizeof *buf);
    for (i = 0; i < BENCH_GUARD_SAMPLES; i++)
        buf[in->order + in->n + i] = SENTINEL;
}

static void family_table(int wide, const struct options *opt, const struct ff_kernels *k,
                         int *first_run)
{
    const enum lpcu_family fam = wide ? LPCU_FAMILY_wide : LPCU_FAMILY_narrow;
    const char *names[FV_COUNT] = {"auto", "libflac", wide ? "ffmpeg-c-lpc32" : "ffmpeg-c-lpc16",
                                   k->asm_name};
    int present[FV_COUNT] = {1, 1, 1, wide && k->asm32 != NULL};
    uint64_t *ticks = bench_malloc((size_t)opt->reps * FV_COUNT * sizeof *ticks);
    double log_sum[FV_COUNT] = {0}, worst[FV_COUNT];
    unsigned rows = 0, worst_order[FV_COUNT] = {0}, order;
    char behind[FV_COUNT][LPCU_MAX_ORDER * 4] = {{0}};
    int v;

    for (v = 0; v < FV_COUNT; v++)
        worst[v] = 1e300;
    printf("## %s (%u-bit signal) against FFmpeg's %s, best %s per sample, in place\n\n",
           bench_families[fam].name, bench_families[fam].bps, wide ? "lpc32" : "lpc16", TIMER_UNIT);
    printf("| order |");
    for (v = 0; v < FV_COUNT; v++)
        if (present[v])
            printf(" %s |", names[v]);
    for (v = FV_LIBFLAC; v < FV_COUNT; v++)
        if (present[v])
            printf(" %s / auto |", names[v]);
    printf("\n|------:|");
    for (v = 0; v < FV_COUNT; v++)
        if (present[v])
            printf("---:|");
    for (v = FV_LIBFLAC; v < FV_COUNT; v++)
        if (present[v])
            printf("---:|");
    printf("\n");

    for (order = 1; order <= LPCU_MAX_ORDER; order++) {
        struct input in;
        struct timing t[FV_COUNT];
        const size_t len = (size_t)order + opt->n + BENCH_GUARD_SAMPLES;
        int32_t *ref, *buf;
        int rev[32];
        unsigned round, i;
        char order_text[BENCH_NAME_LEN];

        if (!opt->order[order])
            continue;
        bench_make_input(fam, order, opt->n, &in);
        for (i = 0; i < order; i++)
            rev[i] = in.coeff[order - 1 - i];
        ref = bench_malloc(len * sizeof *ref);
        buf = bench_malloc(len * sizeof *buf);

        /* libFLAC's output, from separate residuals, is the reference */
        prepare(&in, ref);
        bench_families[fam].flac32(in.residual, in.n, in.coeff, order, in.shift, ref + order);
        for (v = 0; v < FV_COUNT; v++) {
            if (!present[v])
                continue;
            prepare(&in, buf);
            call((enum ff_variant)v, k, wide, &in, rev, buf);
            if (memcmp(buf, ref, len * sizeof *buf) != 0)
                bench_die("%s differs from libFLAC (%s, order %u)\n", names[v],
                          bench_families[fam].name, order);
        }

        {
            const double start = now_ns();
            for (round = 0;
                 round < WARMUP_ROUNDS || (*first_run && now_ns() - start < CPU_WARMUP_NS); round++)
                for (v = 0; v < FV_COUNT; v++)
                    if (present[v]) {
                        prepare(&in, buf);
                        call((enum ff_variant)v, k, wide, &in, rev, buf);
                    }
        }
        *first_run = 0;
        for (round = 0; round < opt->reps; round++)
            for (i = 0; i < FV_COUNT; i++) {
                const int x = (int)((round + i) % FV_COUNT);
                uint64_t t0, t1;
                if (!present[x])
                    continue;
                prepare(&in, buf);
                t0 = now_ticks();
                call((enum ff_variant)x, k, wide, &in, rev, buf);
                t1 = now_ticks();
                ticks[(size_t)x * opt->reps + round] = t1 - t0;
            }

        printf("| %5u |", order);
        snprintf(order_text, sizeof order_text, "%u", order);
        for (v = 0; v < FV_COUNT; v++) {
            if (!present[v]) {
                t[v].present = 0;
                continue;
            }
            t[v] = summarize(&ticks[(size_t)v * opt->reps], opt->reps, in.n);
            printf(" %.2f |", t[v].best);
            csv_row(opt->csv, "ffmpeg", bench_families[fam].name, order_text, names[v], in.n,
                    &t[v]);
        }
        for (v = FV_LIBFLAC; v < FV_COUNT; v++) {
            double r;
            if (!present[v])
                continue;
            r = t[v].best / t[FV_AUTO].best;
            printf(" %.2f |", r);
            log_sum[v] += log(r);
            if (r < worst[v]) {
                worst[v] = r;
                worst_order[v] = order;
            }
            if (r < 1.0)
                snprintf(behind[v] + strlen(behind[v]), sizeof behind[v] - strlen(behind[v]),
                         "%s%u", behind[v][0] ? "," : "", order);
        }
        printf("\n");
        rows++;
        free(ref);
        free(buf);
        bench_free_input(&in);
    }
    if (rows > 0) {
        printf("| geomean |");
        for (v = 0; v < FV_COUNT; v++)
            if (present[v])
                printf(" |");
        for (v = FV_LIBFLAC; v < FV_COUNT; v++)
            if (present[v])
                printf(" %.2f |", exp(log_sum[v] / rows));
        printf("\n\n");
        for (v = FV_LIBFLAC; v < FV_COUNT; v++)
            if (present[v])
                printf("- %s / auto: lowest %.2f (order %u); auto behind at orders: %s\n", names[v],
                       worst[v], worst_order[v], behind[v][0] ? behind[v] : "none");
        printf("\n");
    }
    free(ticks);
}

void bench_ffmpeg(const struct options *opt, int *first_run)
{
    struct ff_kernels k;
    ffmpeg_kernels(&k);
    printf("FFmpeg's kernels: libavcodec of an FFmpeg %s build (" LPCU_FFMPEG_BUILD_DIR
           "); lpc32 assembly: %s. Synthetic inputs, n = %u, %u repetitions, interleaved; "
           "every variant restores in place.\n\n",
           av_version_info(), k.asm32 != NULL ? k.asm_name : "none", opt->n, opt->reps);
    if (opt->family[LPCU_FAMILY_narrow])
        family_table(0, opt, &k, first_run);
    if (opt->family[LPCU_FAMILY_wide])
        family_table(1, opt, &k, first_run);
}
