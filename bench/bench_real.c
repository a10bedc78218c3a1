/* SPDX-License-Identifier: MIT */
/*
 * lpcu-bench's real inputs: the LPC subframes of libFLAC encodes of a music-like signal
 * (16- and 24-bit, flac -8 and -8 -l 32 --lax), each restored with the family libFLAC's
 * decoder would pick, in stream order, so the figure reflects the order and family mix a
 * decoder really meets. Then the same subframes a frame at a time through the multi entry
 * points (bench_real_multi).
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"
#include "bench_report.h"
#include "bench_sections.h"
#include "flac_subframes.h"

#define MAX_STREAMS 8
#define MAX_CHANNELS 2u /* of the real streams: each has its own decoder-like buffers */
#define N_BUCKETS (LPCU_FAMILY_COUNT + 1) /* per family, then all families together */
#define ALL_FAMILIES LPCU_FAMILY_COUNT

/* ---- Real inputs: LPC subframes of libFLAC encodes, in stream order ---------------------- */

struct real_set {
    struct captured_stream streams[MAX_STREAMS];
    size_t n_streams;
    size_t n_subframes; /* LPC subframes of all streams */
    uint32_t max_blocksize;
    /* LPC samples per (stream, family) bucket; stream n_streams is all streams together. */
    uint64_t samples[MAX_STREAMS + 1][N_BUCKETS];
};

static void capture_streams(struct real_set *rs, unsigned seconds)
{
    size_t s, i;
    memset(rs, 0, sizeof *rs);
    if (flac_n_stream_specs > MAX_STREAMS)
        bench_die("too many streams (raise MAX_STREAMS)");
    rs->n_streams = flac_n_stream_specs;
    for (s = 0; s < rs->n_streams; s++) {
        struct captured_stream *cs = &rs->streams[s];
        flac_capture(&flac_stream_specs[s], seconds, cs);
        if (cs->max_blocksize > rs->max_blocksize)
            rs->max_blocksize = cs->max_blocksize;
        rs->n_subframes += cs->n_lpc;
        for (i = 0; i < cs->n_lpc; i++) {
            const struct input *in = &cs->lpc[i].in;
            if (cs->lpc[i].channel >= MAX_CHANNELS)
                bench_die("%s: more channels than expected", cs->spec->id);
            rs->samples[s][in->family] += in->n;
            rs->samples[s][ALL_FAMILIES] += in->n;
            rs->samples[rs->n_streams][in->family] += in->n;
            rs->samples[rs->n_streams][ALL_FAMILIES] += in->n;
        }
    }
}

static void print_streams(const struct real_set *rs)
{
    static const char *const type_names[FLAC_SUBFRAME_TYPES] = {"constant", "verbatim", "fixed",
                                                                "LPC"};
    size_t s, i;
    int ty;
    unsigned o;

    printf("## Real signal: LPC subframes of libFLAC encodes, restored in stream order\n\n");
    printf(
        "Each stream encodes the same kind of music-like stereo signal (three voices of decaying "
        "harmonic notes, kick and snare, a noise floor near -94 dBFS) with libFLAC's encoder "
        "API; libFLAC's decoder then hands over every LPC subframe, which is restored with "
        "the family the decoder itself would pick.\n\n");
    printf("| stream | encoded as | bytes | frames | share of samples by subframe type | LPC "
           "subframes narrow/wide/wide33 | orders |\n");
    printf("|---|---|---:|---:|---|---:|---|\n");
    for (s = 0; s < rs->n_streams; s++) {
        const struct captured_stream *cs = &rs->streams[s];
        unsigned long per_family[LPCU_FAMILY_COUNT] = {0, 0, 0};
        unsigned lo = LPCU_MAX_ORDER, hi = 0;
        uint64_t total = 0;
        const char *sep = "";
        for (ty = 0; ty < FLAC_SUBFRAME_TYPES; ty++)
            total += cs->type_samples[ty];
        for (i = 0; i < cs->n_lpc; i++) {
            per_family[cs->lpc[i].in.family]++;
            lo = cs->lpc[i].in.order < lo ? cs->lpc[i].in.order : lo;
            hi = cs->lpc[i].in.order > hi ? cs->lpc[i].in.order : hi;
        }
        printf("| %s | %s | %zu | %u | ", cs->spec->id, cs->spec->label, cs->encoded_bytes,
               cs->frames);
        for (ty = FLAC_SUBFRAME_TYPES - 1; ty >= 0; ty--)
            if (cs->type_samples[ty] != 0) {
                printf("%s%s %.1f%%", sep, type_names[ty],
                       100.0 * (double)cs->type_samples[ty] / (double)total);
                sep = ", ";
            }
        printf(" | %lu/%lu/%lu | ", per_family[LPCU_FAMILY_narrow], per_family[LPCU_FAMILY_wide],
               per_family[LPCU_FAMILY_wide33]);
        if (hi > 0)
            printf("%u-%u |\n", lo, hi);
        else
            printf("none |\n");
    }

    printf("\nLPC subframes by order (narrow+wide+wide33 as the decoder picks them):\n\n| order |");
    for (s = 0; s < rs->n_streams; s++)
        printf(" %s |", rs->streams[s].spec->id);
    printf(" all |\n|---:|");
    for (s = 0; s <= rs->n_streams; s++)
        printf("---:|");
    printf("\n");
    for (o = 1; o <= LPCU_MAX_ORDER; o++) {
        unsigned long count[MAX_STREAMS + 1] = {0};
        for (s = 0; s < rs->n_streams; s++)
            for (i = 0; i < rs->streams[s].n_lpc; i++)
                if (rs->streams[s].lpc[i].in.order == o)
                    count[s]++;
        for (s = 0; s < rs->n_streams; s++)
            count[rs->n_streams] += count[s];
        if (count[rs->n_streams] == 0)
            continue;
        printf("| %u |", o);
        for (s = 0; s <= rs->n_streams; s++)
            printf(" %lu |", count[s]);
        printf("\n");
    }
    printf("\n");
}

/* Per variant and family, the callee for every order; has[] says whether all orders resolve. */
struct real_callees {
    struct callee c[LPCU_FAMILY_COUNT][LPCU_MAX_ORDER + 1];
    int complete;
};

static void resolve_all(const struct variant *v, struct real_callees *rc)
{
    int f;
    unsigned o;
    rc->complete = 1;
    for (f = 0; f < LPCU_FAMILY_COUNT; f++)
        for (o = 1; o <= LPCU_MAX_ORDER; o++)
            rc->complete &= bench_resolve(v, (enum lpcu_family)f, o, &rc->c[f][o]);
}

/* Decoder-like scratch: per channel, the residual and one output buffer per sample width. */
struct channel_buffers {
    int32_t *residual;
    struct buffer out32, out64;
};

/*
 * One pass: every subframe of every stream in order, as a decoder would restore them. Before
 * each (untimed) call the residual is copied to the channel's scratch and the warm-up into its
 * output buffer, so both are in cache as after the decoder's own entropy decoding; then only
 * the restore call is timed, into ticks[j] for the j-th subframe of the whole set.
 */
static void real_pass(const struct real_set *rs, const struct real_callees *rc,
                      struct channel_buffers *ch, uint64_t *ticks)
{
    size_t s, i, j = 0;
    for (s = 0; s < rs->n_streams; s++) {
        const struct captured_stream *cs = &rs->streams[s];
        for (i = 0; i < cs->n_lpc; i++) {
            const struct subframe *sf = &cs->lpc[i];
            struct channel_buffers *b = &ch[sf->channel];
            struct buffer *out = sf->in.family == LPCU_FAMILY_wide33 ? &b->out64 : &b->out32;
            struct input in = sf->in;
            uint64_t t0, t1;
            memcpy(b->residual, in.residual, in.n * sizeof *in.residual);
            in.residual = b->residual;
            bench_buffer_reset(out, &in);
            t0 = now_ticks();
            bench_call(&rc->c[in.family][in.order], &in, out->data);
            t1 = now_ticks();
            ticks[j++] = t1 - t0;
        }
    }
}

/*
 * Per (stream, family) bucket, the sum over its subframes of each subframe's best (and median)
 * time over the passes, per sample. Taking each call's best, as the synthetic tables do, keeps
 * an interrupt or a preemption during one call out of the figure; the best of whole passes
 * would need one pass without any. ticks[pass * n_subframes + j] as real_pass() fills them.
 */
static void real_results(const struct real_set *rs, const uint64_t *ticks, unsigned passes,
                         struct timing out[MAX_STREAMS + 1][N_BUCKETS])
{
    double best[MAX_STREAMS + 1][N_BUCKETS] = {{0.0}}, median[MAX_STREAMS + 1][N_BUCKETS] = {{0.0}};
    uint64_t *per_pass = bench_malloc(passes * sizeof *per_pass);
    size_t s, i, j = 0;
    unsigned p;
    int f;
    for (s = 0; s < rs->n_streams; s++)
        for (i = 0; i < rs->streams[s].n_lpc; i++, j++) {
            const size_t buckets[4][2] = {{s, rs->streams[s].lpc[i].in.family},
                                          {s, ALL_FAMILIES},
                                          {rs->n_streams, rs->streams[s].lpc[i].in.family},
                                          {rs->n_streams, ALL_FAMILIES}};
            struct timing t;
            size_t b;
            for (p = 0; p < passes; p++)
                per_pass[p] = ticks[p * rs->n_subframes + j];
            t = summarize(per_pass, passes, 1.0);
            for (b = 0; b < 4; b++) {
                best[buckets[b][0]][buckets[b][1]] += t.best;
                median[buckets[b][0]][buckets[b][1]] += t.median;
            }
        }
    for (s = 0; s <= rs->n_streams; s++)
        for (f = 0; f < N_BUCKETS; f++) {
            const double samples = (double)rs->samples[s][f];
            out[s][f].present = samples > 0.0;
            out[s][f].best = samples > 0.0 ? best[s][f] / samples : 0.0;
            out[s][f].median = samples > 0.0 ? median[s][f] / samples : 0.0;
        }
    free(per_pass);
}

/*
 * The multi entry points on the real streams, as a decoder would call them: the LPC
 * subframes of one frame and family (both channels of a stereo frame, or one) restored by
 * one lpcu_restore_signal(_wide)_multi call, against one libFLAC call and one
 * lpcu_restore_signal(_wide) call per subframe. Each group's best over the passes is summed
 * per stream and family; wide33 subframes (no multi entry point) are left out.
 */
struct real_group {
    size_t stream, first; /* rs->streams[stream].lpc[first ..] */
    unsigned count;
};

enum { RM_LIBFLAC, RM_AUTO, RM_MULTI, RM_WAYS };

/* Lays the group out in the channels' scratch buffers (untimed, as in real_pass) and fills
   sf[] for the multi call. */
static void real_group_reset(const struct real_set *rs, const struct real_group *g,
                             struct channel_buffers *ch, lpcu_subframe *sf)
{
    unsigned k;
    for (k = 0; k < g->count; k++) {
        const struct subframe *x = &rs->streams[g->stream].lpc[g->first + k];
        struct channel_buffers *b = &ch[k];
        struct input in = x->in;
        memcpy(b->residual, in.residual, in.n * sizeof *in.residual);
        in.residual = b->residual;
        bench_buffer_reset(&b->out32, &in);
        sf[k] = (lpcu_subframe){b->residual, x->in.coeff, b->out32.data, in.n, in.order, in.shift};
    }
}

static void real_group_run(const struct real_group *g, const lpcu_subframe *sf, int wide, int way)
{
    const struct family_info *f = &bench_families[wide ? LPCU_FAMILY_wide : LPCU_FAMILY_narrow];
    const restore32_fn one = way == RM_LIBFLAC ? f->flac32 : f->auto32;
    unsigned k;
    if (way == RM_MULTI) {
        if (wide)
            lpcu_restore_signal_wide_multi(sf, g->count);
        else
            lpcu_restore_signal_multi(sf, g->count);
        return;
    }
    for (k = 0; k < g->count; k++)
        one(sf[k].residual, sf[k].data_len, sf[k].qlp_coeff, sf[k].order, sf[k].lp_quantization,
            sf[k].data);
}

static void bench_real_multi(const struct real_set *rs, const struct options *opt,
                             struct channel_buffers *ch)
{
    static const char *const names[RM_WAYS] = {"libflac", "auto", "multi"};
    struct real_group *groups = bench_malloc(rs->n_subframes * sizeof *groups);
    size_t n_groups = 0, s, i, gi;
    double best[MAX_STREAMS + 1][LPCU_FAMILY_COUNT][RM_WAYS] = {{{0.0}}};
    double median[MAX_STREAMS + 1][LPCU_FAMILY_COUNT][RM_WAYS] = {{{0.0}}};
    uint64_t samples[MAX_STREAMS + 1][LPCU_FAMILY_COUNT] = {{0}}, groups_of[3] = {0, 0, 0};
    uint64_t *ticks = bench_malloc((size_t)opt->passes * RM_WAYS * sizeof *ticks);
    lpcu_subframe sf[MAX_CHANNELS];
    int f, w;

    for (s = 0; s < rs->n_streams; s++) {
        const struct captured_stream *cs = &rs->streams[s];
        for (i = 0; i < cs->n_lpc; i++) {
            const struct subframe *x = &cs->lpc[i];
            struct real_group *last = n_groups ? &groups[n_groups - 1] : NULL;
            if (x->in.family == LPCU_FAMILY_wide33)
                continue;
            if (last && last->stream == s && last->count < MAX_CHANNELS &&
                cs->lpc[last->first].frame == x->frame &&
                cs->lpc[last->first].in.family == x->in.family) {
                last->count++;
                continue;
            }
            groups[n_groups++] = (struct real_group){s, i, 1};
        }
    }

    /* auto and multi must give libFLAC's output for every group, before any timing */
    for (gi = 0; gi < n_groups; gi++) {
        const struct real_group *g = &groups[gi];
        const int wide = rs->streams[g->stream].lpc[g->first].in.family == LPCU_FAMILY_wide;
        int32_t *ref[MAX_CHANNELS];
        unsigned k;
        real_group_reset(rs, g, ch, sf);
        real_group_run(g, sf, wide, RM_LIBFLAC);
        for (k = 0; k < g->count; k++) {
            const size_t total = ch[k].out32.capacity;
            ref[k] = bench_malloc(total * sizeof *ref[k]);
            memcpy(ref[k], ch[k].out32.base, total * sizeof *ref[k]);
        }
        for (w = RM_AUTO; w < RM_WAYS; w++) {
            real_group_reset(rs, g, ch, sf);
            real_group_run(g, sf, wide, w);
            for (k = 0; k < g->count; k++)
                if (memcmp(ch[k].out32.base, ref[k], ch[k].out32.capacity * sizeof *ref[k]) != 0)
                    bench_die("real multi: %s frame %u: %s differs from libFLAC (refusing to "
                              "time incorrect code)",
                              rs->streams[g->stream].spec->id,
                              rs->streams[g->stream].lpc[g->first].frame, names[w]);
        }
        for (k = 0; k < g->count; k++)
            free(ref[k]);
    }

    /* per group: passes of the three ways, interleaved with a rotating first, each call on
       freshly laid-out buffers; per way the best and the median of the passes */
    for (gi = 0; gi < n_groups; gi++) {
        const struct real_group *g = &groups[gi];
        const enum lpcu_family fam = rs->streams[g->stream].lpc[g->first].in.family;
        uint64_t n = 0;
        unsigned k, pass;
        for (k = 0; k < g->count; k++)
            n += rs->streams[g->stream].lpc[g->first + k].in.n;
        for (pass = 0; pass < opt->passes; pass++)
            for (k = 0; k < RM_WAYS; k++) {
                const int way = (int)((pass + k) % RM_WAYS);
                uint64_t t0, t1;
                real_group_reset(rs, g, ch, sf);
                t0 = now_ticks();
                real_group_run(g, sf, fam == LPCU_FAMILY_wide, way);
                t1 = now_ticks();
                ticks[(size_t)way * opt->passes + pass] = t1 - t0;
            }
        for (w = 0; w < RM_WAYS; w++) {
            const struct timing t = summarize(&ticks[(size_t)w * opt->passes], opt->passes, 1.0);
            best[g->stream][fam][w] += t.best;
            best[rs->n_streams][fam][w] += t.best;
            median[g->stream][fam][w] += t.median;
            median[rs->n_streams][fam][w] += t.median;
        }
        samples[g->stream][fam] += n;
        samples[rs->n_streams][fam] += n;
        groups_of[g->count]++;
    }

    printf("LPC subframes of a frame through one multi call (%llu stereo pairs, %llu single "
           "subframes; wide33 left out), %s per restored sample: each group's best over %u "
           "interleaved calls of each way, summed:\n\n",
           (unsigned long long)groups_of[2], (unsigned long long)groups_of[1], TIMER_UNIT,
           opt->passes);
    printf("| stream | family | samples | libflac | auto | multi | multi vs libFLAC | "
           "multi vs auto |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (s = 0; s <= rs->n_streams; s++)
        for (f = LPCU_FAMILY_narrow; f <= LPCU_FAMILY_wide; f++) {
            const double n = (double)samples[s][f];
            double tk[RM_WAYS];
            if (samples[s][f] == 0)
                continue;
            for (w = 0; w < RM_WAYS; w++)
                tk[w] = best[s][f][w] / n;
            printf("| %s | %s | %" PRIu64 " | %.2f | %.2f | %.2f | %.2f | %.2f |\n",
                   s < rs->n_streams ? rs->streams[s].spec->id : "all", bench_families[f].name,
                   samples[s][f], tk[RM_LIBFLAC], tk[RM_AUTO], tk[RM_MULTI],
                   tk[RM_LIBFLAC] / tk[RM_MULTI], tk[RM_AUTO] / tk[RM_MULTI]);
            for (w = 0; w < RM_WAYS; w++) {
                const struct timing t = {1, tk[w], median[s][f][w] / n};
                csv_row(opt->csv, s < rs->n_streams ? rs->streams[s].spec->id : "all",
                        bench_families[f].name, "multi-mix", names[w], samples[s][f], &t);
            }
        }
    printf("\n");
    free(ticks);
    free(groups);
}

void bench_real(const struct options *opt, const struct variant *v, size_t n_variants,
                int *first_run)
{
    const int flac_idx = bench_variant_by_name(v, n_variants, "libflac");
    struct real_set *rs = bench_malloc(sizeof *rs);
    struct real_callees *rc = bench_malloc(BENCH_MAX_VARIANTS * sizeof *rc), flac;
    struct channel_buffers ch[MAX_CHANNELS];
    struct buffer ref32, ref64, check32, check64;
    struct table t;
    size_t c, s, i, k, timed[BENCH_MAX_VARIANTS], n_timed = 0;
    uint64_t *ticks; /* [variant][pass][subframe] */
    struct timing(*results)[MAX_STREAMS + 1][N_BUCKETS];
    unsigned pass;
    size_t capacity;
    int f;
    double start;

    capture_streams(rs, opt->seconds);
    print_streams(rs);
    capacity = (size_t)LPCU_MAX_ORDER + rs->max_blocksize + BENCH_GUARD_SAMPLES;

    for (c = 0; c < MAX_CHANNELS; c++) {
        ch[c].residual = bench_malloc(rs->max_blocksize * sizeof *ch[c].residual);
        bench_buffer_init(&ch[c].out32, LPCU_FAMILY_narrow, capacity);
        bench_buffer_init(&ch[c].out64, LPCU_FAMILY_wide33, capacity);
    }
    bench_buffer_init(&ref32, LPCU_FAMILY_narrow, capacity);
    bench_buffer_init(&ref64, LPCU_FAMILY_wide33, capacity);
    bench_buffer_init(&check32, LPCU_FAMILY_narrow, capacity);
    bench_buffer_init(&check64, LPCU_FAMILY_wide33, capacity);

    /* Every variant against libFLAC on every subframe, before any timing. */
    table_init(&t, v, n_variants);
    resolve_all(&v[flac_idx], &flac);
    for (c = 0; c < t.n_cols; c++) {
        const struct variant *x = &v[t.cols[c]];
        resolve_all(x, &rc[c]);
        if (!rc[c].complete)
            continue; /* an ISA without a kernel for some order: n/a */
        timed[n_timed++] = c;
        for (s = 0; s < rs->n_streams; s++)
            for (i = 0; i < rs->streams[s].n_lpc; i++) {
                const struct input *in = &rs->streams[s].lpc[i].in;
                const int wide33 = in->family == LPCU_FAMILY_wide33;
                bench_buffer_reset(wide33 ? &ref64 : &ref32, in);
                bench_call(&flac.c[in->family][in->order], in, (wide33 ? &ref64 : &ref32)->data);
                bench_verify(&rc[c].c[in->family][in->order], in, wide33 ? &check64 : &check32,
                             wide33 ? &ref64 : &ref32, x->name, rs->streams[s].spec->id);
            }
    }

    ticks = bench_malloc(n_timed * opt->passes * rs->n_subframes * sizeof *ticks);
    /* Untimed passes first: caches, branch predictors, and clocks if nothing ran before. */
    start = now_ns();
    do
        for (k = 0; k < n_timed; k++)
            real_pass(rs, &rc[timed[k]], ch, ticks);
    while (*first_run && now_ns() - start < CPU_WARMUP_NS);
    *first_run = 0;
    for (pass = 0; pass < opt->passes; pass++)
        for (k = 0; k < n_timed; k++) {
            const size_t x =
                (pass + k) % n_timed; /* rotating start, as time_variants() of bench_synthetic.c */
            real_pass(rs, &rc[timed[x]], ch, &ticks[(x * opt->passes + pass) * rs->n_subframes]);
        }
    results = bench_malloc(BENCH_MAX_VARIANTS * sizeof *results);
    for (k = 0; k < n_timed; k++)
        real_results(rs, &ticks[k * opt->passes * rs->n_subframes], opt->passes, results[k]);

    printf("%s per LPC-restored sample: each subframe's best over %u passes (each pass restores "
           "every subframe of every stream once, in stream order), summed:\n\n",
           TIMER_UNIT, opt->passes);
    table_head(&t, "| stream | family | samples |", "|---|---|---:|");
    for (s = 0; s <= rs->n_streams; s++)
        for (f = 0; f < N_BUCKETS; f++) {
            const uint64_t samples = rs->samples[s][f];
            const char *stream = s < rs->n_streams ? rs->streams[s].spec->id : "all";
            const char *family = f < LPCU_FAMILY_COUNT ? bench_families[f].name : "all";
            struct timing row[BENCH_MAX_VARIANTS];
            char lead[4 * BENCH_NAME_LEN];
            int families_used = 0, g;
            for (g = 0; g < LPCU_FAMILY_COUNT; g++)
                families_used += rs->samples[s][g] != 0;
            if (samples == 0 || (f == ALL_FAMILIES && families_used < 2))
                continue; /* empty, or "all" would repeat its only family */
            for (c = 0; c < t.n_cols; c++)
                row[c].present = 0;
            for (k = 0; k < n_timed; k++) {
                row[timed[k]] = results[k][s][f];
                csv_row(opt->csv, stream, family, "mix", v[t.cols[timed[k]]].name, samples,
                        &row[timed[k]]);
            }
            snprintf(lead, sizeof lead, "| %s | %s | %" PRIu64 " |", stream, family, samples);
            table_row(&t, lead, row);
        }
    printf("\n");

    bench_real_multi(rs, opt, ch);

    free(results);
    free(ticks);
    for (c = 0; c < MAX_CHANNELS; c++) {
        free(ch[c].residual);
        bench_buffer_free(&ch[c].out32);
        bench_buffer_free(&ch[c].out64);
    }
    bench_buffer_free(&ref32);
    bench_buffer_free(&ref64);
    bench_buffer_free(&check32);
    bench_buffer_free(&check64);
    for (s = 0; s < rs->n_streams; s++)
        flac_capture_free(&rs->streams[s]);
    free(rc);
    free(rs);
}
