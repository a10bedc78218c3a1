/* SPDX-License-Identifier: MIT */
/*
 * lpcu-bench: times lpcunroll's restore kernels against its own rolled loop and against
 * libFLAC, side by side in one process, on the same FLAC-like inputs.
 *
 * Variants: the rolled loop, the scalar ("unrolled") kernel and every other ISA's kernel
 * listed in kernels/generated/manifest.inc, the public dispatching function ("auto") and
 * libFLAC's FLAC__lpc_restore_signal*. Every variant's output is first checked bit for bit
 * against libFLAC's, so only correct code is timed. Results are ticks per sample (TSC ticks on
 * x86, ns elsewhere) as Markdown tables, optionally also CSV. Run with --help for the options.
 *
 * Two kinds of input:
 * - synthetic (per family and order): three sines plus noise, LPC coefficients fitted by
 *   Levinson-Durbin and quantised like an encoder, residuals computed in closed loop;
 * - real: the LPC subframes of libFLAC encodes of a music-like signal (16- and 24-bit, flac -8
 *   and -8 -l 32 --lax), each restored with the family libFLAC's decoder would pick, in stream
 *   order, so the figure reflects the order and family mix a decoder really meets.
 */
#define _POSIX_C_SOURCE 200112L /* clock_gettime */

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <FLAC/format.h>

#include "bench_common.h"
#include "bench_fixed.h"
#include "bench_report.h"
#include "flac_subframes.h"

#ifndef LPCU_BENCH_FLAGS
#define LPCU_BENCH_FLAGS "unknown"
#endif

/* ---- Tunables and constants ------------------------------------------------------------ */

#define PROG "lpcu-bench"
#define DEFAULT_REPS 300u   /* timed calls per variant and order; best and median reported */
#define DEFAULT_PASSES 15u  /* timed passes over all real subframes per variant */
#define DEFAULT_SECONDS 10u /* length of the signal each real stream encodes */
#define MAX_REPS 1000000u
#define MAX_SECONDS 600u
#define WARMUP_ROUNDS 10u /* untimed rounds before each (family, order): caches, predictors */
#define CPU_WARMUP_NS 200000000.0 /* 0.2 s of work first, so clocks leave their idle state */

#define MAX_STREAMS 8
#define MAX_CHANNELS 2u  /* of the real streams: each has its own decoder-like buffers */
#define CPUINFO_LINE 256 /* longer /proc/cpuinfo lines (flags) are read in pieces, harmlessly */

#define N_BUCKETS (LPCU_FAMILY_COUNT + 1) /* per family, then all families together */
#define ALL_FAMILIES LPCU_FAMILY_COUNT

/* ---- Timing ------------------------------------------------------------------------------ */

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
            bench_call(&callees[k], in, buf->data);

    for (round = 0; round < reps; round++) {
        for (k = 0; k < count; k++) {
            const size_t v = (round + k) % count;
            uint64_t t0, t1;
            t0 = now_ticks();
            bench_call(&callees[v], in, buf->data);
            t1 = now_ticks();
            samples[v * reps + round] = t1 - t0;
        }
    }
    for (k = 0; k < count; k++)
        out[k] = summarize(&samples[k * reps], reps, in->n);
}

/* Runs `c` on a fresh copy of the input and compares everything with libFLAC's result. */
static void verify(const struct callee *c, const struct input *in, struct buffer *got,
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

/* ---- Options ----------------------------------------------------------------------------- */

/* --family fixed: the fixed-predictor tables of bench_fixed.c */
#define FAM_FIXED LPCU_FAMILY_COUNT

struct options {
    int family[LPCU_FAMILY_COUNT + 1]; /* by enum lpcu_family, then FAM_FIXED */
    int order[LPCU_MAX_ORDER + 1];
    int synthetic, real, multi;
    uint32_t n;
    unsigned reps, passes, seconds;
    FILE *csv;
};

static void usage(FILE *to)
{
    fprintf(to,
            "usage: " PROG " [options]\n"
            "Times lpcunroll's restore kernels against its rolled loop and libFLAC.\n"
            "  --inputs LIST    synthetic (per family and order), real (subframes of libFLAC\n"
            "                   encodes, in stream order), multi (2 and 8 subframes per\n"
            "                   lpcu_restore_signal_multi call; honours --family, --orders\n"
            "                   (2 only), --n, --reps, not --variants), or a list (default:\n"
            "                   synthetic)\n"
            "  --real           the same as --inputs real\n"
            "  --family LIST    narrow,wide,wide33,fixed (default: all; synthetic and multi;\n"
            "                   fixed: orders 0-4, and with real inputs level-1 encodes)\n"
            "  --orders LIST    e.g. 1-32, 8 or 1,2,4,8 (default: 1-32; synthetic and multi)\n"
            "  --n N            samples per subframe (default: %u; synthetic and multi)\n"
            "  --reps R         timed calls per variant and order (default: %u)\n"
            "  --passes P       timed passes over the real subframes (default: %u)\n"
            "  --seconds S      length of each real stream (default: %u)\n"
            "  --variants LIST  rolled,unrolled,<isa>,auto,libflac (default: all)\n"
            "  --csv FILE       also write every measurement as CSV\n"
            "  --help           this text\n"
            "Tables show the best ticks per sample; ratios are their ticks / our ticks,\n"
            "so > 1 means lpcunroll is faster.\n",
            BENCH_DEFAULT_N, DEFAULT_REPS, DEFAULT_PASSES, DEFAULT_SECONDS);
}

static void bad_arg(const char *option, const char *value, const char *expected)
{
    fprintf(stderr, PROG ": bad %s '%s' (expected %s)\n", option, value, expected);
    exit(2);
}

static unsigned long uint_arg(const char *option, const char *value, unsigned long min,
                              unsigned long max)
{
    unsigned long v;
    char expected[2 * BENCH_NAME_LEN];
    if (!bench_parse_uint(value, min, max, &v)) {
        snprintf(expected, sizeof expected, "an integer from %lu to %lu", min, max);
        bad_arg(option, value, expected);
    }
    return v;
}

/* Calls item(name, ctx) for each comma-separated item; returns 0 if one is rejected. */
static int for_each_item(const char *list, int (*item)(const char *, void *), void *ctx)
{
    const char *p = list;
    char name[BENCH_NAME_LEN];
    if (*p == '\0')
        return 0;
    for (;;) {
        const char *comma = strchr(p, ',');
        const size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == 0 || len >= sizeof name)
            return 0;
        memcpy(name, p, len);
        name[len] = '\0';
        if (!item(name, ctx))
            return 0;
        if (comma == NULL)
            return 1;
        p = comma + 1;
    }
}

static int family_item(const char *name, void *ctx)
{
    int *selected = ctx, f = strcmp(name, "fixed") == 0 ? FAM_FIXED : bench_family_by_name(name);
    if (f < 0)
        return 0;
    selected[f] = 1;
    return 1;
}

static int order_item(const char *item, void *ctx)
{
    int *selected = ctx;
    char text[BENCH_NAME_LEN], *dash;
    unsigned long lo, hi, o;
    snprintf(text, sizeof text, "%s", item);
    dash = strchr(text, '-');
    if (dash != NULL)
        *dash = '\0';
    if (!bench_parse_uint(text, 1, LPCU_MAX_ORDER, &lo))
        return 0;
    hi = lo;
    if (dash != NULL && (!bench_parse_uint(dash + 1, 1, LPCU_MAX_ORDER, &hi) || hi < lo))
        return 0;
    for (o = lo; o <= hi; o++)
        selected[o] = 1;
    return 1;
}

static int input_item(const char *name, void *ctx)
{
    struct options *opt = ctx;
    if (strcmp(name, "synthetic") == 0)
        opt->synthetic = 1;
    else if (strcmp(name, "real") == 0)
        opt->real = 1;
    else if (strcmp(name, "multi") == 0)
        opt->multi = 1;
    else
        return 0;
    return 1;
}

struct variant_list {
    struct variant *v;
    size_t count;
};

static int variant_item(const char *name, void *ctx)
{
    struct variant_list *list = ctx;
    const int i = bench_variant_by_name(list->v, list->count, name);
    if (i < 0)
        return 0;
    list->v[i].selected = 1;
    return 1;
}

static const char *const value_options[] = {"--inputs", "--family",  "--orders",   "--n",  "--reps",
                                            "--passes", "--seconds", "--variants", "--csv"};
#define N_VALUE_OPTIONS (sizeof value_options / sizeof value_options[0])

static int takes_value(const char *name)
{
    size_t i;
    for (i = 0; i < N_VALUE_OPTIONS; i++)
        if (strcmp(name, value_options[i]) == 0)
            return 1;
    return 0;
}

static void parse_options(int argc, char **argv, struct options *opt, struct variant *v,
                          size_t n_variants)
{
    int i, f;
    unsigned o;
    size_t k;
    int any_family = 0, any_order = 0, any_variant = 0, any_input = 0;
    char known_variants[BENCH_MAX_VARIANTS * BENCH_NAME_LEN] = "";

    for (k = 0; k < n_variants; k++) {
        strcat(known_variants, k ? "," : "");
        strcat(known_variants, v[k].name);
    }
    memset(opt, 0, sizeof *opt);
    opt->n = BENCH_DEFAULT_N;
    opt->reps = DEFAULT_REPS;
    opt->passes = DEFAULT_PASSES;
    opt->seconds = DEFAULT_SECONDS;

    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *eq = strchr(arg, '='), *value;
        char name[BENCH_NAME_LEN];
        const size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);

        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            exit(EXIT_SUCCESS);
        }
        if (strcmp(arg, "--real") == 0) {
            opt->real = any_input = 1;
            continue;
        }
        if (strncmp(arg, "--", 2) != 0 || name_len >= sizeof name) {
            fprintf(stderr, PROG ": unknown argument '%s' (try --help)\n", arg);
            exit(2);
        }
        memcpy(name, arg, name_len);
        name[name_len] = '\0';
        if (!takes_value(name)) {
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

        if (strcmp(name, "--inputs") == 0) {
            if (!for_each_item(value, input_item, opt))
                bad_arg(name, value, "a list of synthetic, real, multi");
            any_input = 1;
        } else if (strcmp(name, "--family") == 0) {
            if (!for_each_item(value, family_item, opt->family))
                bad_arg(name, value, "a list of narrow, wide, wide33, fixed");
            any_family = 1;
        } else if (strcmp(name, "--orders") == 0) {
            if (!for_each_item(value, order_item, opt->order))
                bad_arg(name, value, "orders 1-32 as e.g. 1-32, 8 or 1,2,4,8");
            any_order = 1;
        } else if (strcmp(name, "--n") == 0) {
            opt->n = (uint32_t)uint_arg(name, value, 1, BENCH_MAX_N);
        } else if (strcmp(name, "--reps") == 0) {
            opt->reps = (unsigned)uint_arg(name, value, 1, MAX_REPS);
        } else if (strcmp(name, "--passes") == 0) {
            opt->passes = (unsigned)uint_arg(name, value, 1, MAX_REPS);
        } else if (strcmp(name, "--seconds") == 0) {
            opt->seconds = (unsigned)uint_arg(name, value, 1, MAX_SECONDS);
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
    if (!any_input)
        opt->synthetic = 1;
    if (!any_family)
        for (f = 0; f <= FAM_FIXED; f++)
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
    printf("- timer: %s; tables show the best ticks per sample (CSV also has the median)\n",
           TIMER_UNIT);
    if (opt->synthetic) {
        printf("- synthetic inputs: n = %" PRIu32 " samples per call, %u repetitions per variant, "
               "interleaved; sines + noise, Levinson-Durbin LPC quantised like an encoder, seed "
               "0x%" PRIx64 "\n",
               opt->n, opt->reps, BENCH_SEED);
        for (f = 0; f < LPCU_FAMILY_COUNT; f++)
            if (opt->family[f])
                printf("  - %s: %s\n", bench_families[f].name, bench_families[f].why);
    }
    if (opt->multi)
        printf("- multi inputs: 2 and 8 subframes of n = %" PRIu32 " samples, channels of the "
               "synthetic signal (same order, their own coefficients and residuals), one "
               "lpcu_restore_signal_multi call against one call per subframe, %u repetitions, "
               "interleaved\n",
               opt->n, opt->reps);
    if (opt->real)
        printf("- real inputs: the LPC subframes of libFLAC encodes of %u s of music-like stereo, "
               "restored in stream order, %u passes per variant, interleaved\n",
               opt->seconds, opt->passes);
    printf("- ratios: their ticks / our ticks, so > 1 means lpcunroll is faster\n");
    for (k = 0; k < n_variants; k++)
        if (v[k].selected && v[k].skip_why != NULL)
            printf("- skipped %s: %s\n", v[k].name, v[k].skip_why);
    printf("\n");
}

/* ---- Synthetic inputs, per family and order ---------------------------------------------- */

static void bench_family(enum lpcu_family fam, const struct options *opt, const struct variant *v,
                         size_t n_variants, int *first_run)
{
    const struct family_info *f = &bench_families[fam];
    const struct variant *flac_variant = &v[bench_variant_by_name(v, n_variants, "libflac")];
    struct table t;
    uint64_t *samples = bench_malloc((size_t)opt->reps * BENCH_MAX_VARIANTS * sizeof *samples);
    unsigned order;
    char coeffs[LPCU_MAX_ORDER * BENCH_NAME_LEN] = "";

    table_init(&t, v, n_variants);
    printf("## %s (%u-bit signal), best %s per sample\n\n", f->name, f->bps, TIMER_UNIT);
    table_head(&t, "| order |", "|------:|");

    for (order = 1; order <= LPCU_MAX_ORDER; order++) {
        struct input in;
        struct buffer ref, check, timed;
        struct callee callees[BENCH_MAX_VARIANTS], flac;
        struct timing results[BENCH_MAX_VARIANTS], timed_results[BENCH_MAX_VARIANTS];
        size_t timed_cols[BENCH_MAX_VARIANTS], n_timed = 0, i, c;
        const size_t capacity = (size_t)order + opt->n + BENCH_GUARD_SAMPLES;
        char lead[BENCH_NAME_LEN], order_text[BENCH_NAME_LEN];

        if (!opt->order[order])
            continue;
        bench_make_input(fam, order, opt->n, &in);
        bench_buffer_init(&ref, fam, capacity);
        bench_buffer_init(&check, fam, capacity);
        bench_buffer_init(&timed, fam, capacity);

        /* libFLAC's output (checked against the input's own signal) is the reference. */
        (void)bench_resolve(flac_variant, fam, order, &flac);
        bench_buffer_reset(&ref, &in);
        bench_call(&flac, &in, ref.data);
        for (c = 0; c < t.n_cols; c++) {
            const struct variant *x = &v[t.cols[c]];
            results[c].present = 0;
            if (!bench_resolve(x, fam, order, &callees[n_timed]))
                continue;
            verify(&callees[n_timed], &in, &check, &ref, x->name, "synthetic");
            timed_cols[n_timed++] = c;
        }

        bench_buffer_reset(&timed, &in);
        time_variants(callees, n_timed, &in, &timed, opt->reps, *first_run ? CPU_WARMUP_NS : 0.0,
                      samples, timed_results);
        *first_run = 0;
        for (i = 0; i < n_timed; i++)
            results[timed_cols[i]] = timed_results[i];

        snprintf(lead, sizeof lead, "| %5u |", order);
        table_row(&t, lead, results);
        snprintf(order_text, sizeof order_text, "%u", order);
        for (c = 0; c < t.n_cols; c++)
            csv_row(opt->csv, "synthetic", f->name, order_text, v[t.cols[c]].name, opt->n,
                    &results[c]);
        snprintf(coeffs + strlen(coeffs), sizeof coeffs - strlen(coeffs), "%s%u: %u/%d",
                 coeffs[0] ? ", " : "", order, in.precision, in.shift);

        bench_buffer_free(&ref);
        bench_buffer_free(&check);
        bench_buffer_free(&timed);
        bench_free_input(&in);
    }
    table_geomean(&t, "| geomean |");
    printf("\nCoefficient precision/shift by order: %s\n\n", coeffs);
    free(samples);
}

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

static void bench_real(const struct options *opt, const struct variant *v, size_t n_variants,
                       int first_run)
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
                verify(&rc[c].c[in->family][in->order], in, wide33 ? &check64 : &check32,
                       wide33 ? &ref64 : &ref32, x->name, rs->streams[s].spec->id);
            }
    }

    ticks = bench_malloc(n_timed * opt->passes * rs->n_subframes * sizeof *ticks);
    /* Untimed passes first: caches, branch predictors, and clocks if nothing ran before. */
    start = now_ns();
    do
        for (k = 0; k < n_timed; k++)
            real_pass(rs, &rc[timed[k]], ch, ticks);
    while (first_run && now_ns() - start < CPU_WARMUP_NS);
    for (pass = 0; pass < opt->passes; pass++)
        for (k = 0; k < n_timed; k++) {
            const size_t x = (pass + k) % n_timed; /* rotating start, as time_variants() */
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

/* ---- Several subframes per call: lpcu_restore_signal_multi ------------------------------- */

/*
 * Issue 8's rows: a frame's independent subframes restored by one lpcu_restore_signal_multi
 * (or _wide_multi) call, against the same subframes restored one call each by libFLAC and by
 * lpcu_restore_signal ("auto"). Subframe k is channel k of bench_make_channel_input(): same
 * order, its own coefficients and residual. Each subframe has its own buffer, as a decoder's
 * channels do; the figures are ticks per output sample (the whole group's time over
 * count * n). wide33 has no multi entry point, so it has no rows.
 */
#define MULTI_STEREO 2u   /* subframes of a stereo frame */
#define MULTI_QUAD 4u     /* quadraphonic, or two stereo frames */
#define MULTI_SURROUND 6u /* the channels of 5.1 */
#define MULTI_MANY 8u     /* e.g. the channels of 7.1, or four stereo frames */
#define MULTI_MAX MULTI_MANY
#define MULTI_GUARD 16u /* sentinel samples before the warm-up and after the output */
#define MULTI_SENTINEL INT32_C(0x5A5A5A5A) /* outside the narrow and wide sample ranges */
/* 12: issue 8's target; 4 and 32: where the lanes have the least and the most work per step. */
static const unsigned multi_many_orders[] = {4, 12, 32};
#define N_MULTI_MANY_ORDERS (sizeof multi_many_orders / sizeof multi_many_orders[0])

enum multi_way { WAY_LIBFLAC, WAY_AUTO, WAY_MULTI, N_WAYS };
static const char *const way_names[N_WAYS] = {"libflac", "auto", "multi"};

struct multi_set {
    enum lpcu_family fam;
    unsigned count, order;
    uint32_t n;
    struct input in[MULTI_MAX];
    struct buffer buf[MULTI_MAX]; /* guard, warm-up, output, guard; not via bench_buffer_reset */
    lpcu_subframe sf[MULTI_MAX];  /* sf[k].data points into buf[k], after the warm-up */
};

static size_t multi_samples(const struct multi_set *m)
{
    return MULTI_GUARD + m->order + m->n + MULTI_GUARD;
}

static void multi_init(struct multi_set *m, enum lpcu_family fam, unsigned count, unsigned order,
                       uint32_t n)
{
    unsigned k;
    m->fam = fam;
    m->count = count;
    m->order = order;
    m->n = n;
    for (k = 0; k < count; k++) {
        struct input *in = &m->in[k];
        bench_make_channel_input(fam, order, n, k, in);
        bench_buffer_init(&m->buf[k], fam, multi_samples(m));
        m->sf[k].residual = in->residual;
        m->sf[k].qlp_coeff = in->coeff;
        m->sf[k].data = (int32_t *)m->buf[k].base + MULTI_GUARD + order;
        m->sf[k].data_len = n;
        m->sf[k].order = order;
        m->sf[k].lp_quantization = in->shift;
    }
}

static void multi_free(struct multi_set *m)
{
    unsigned k;
    for (k = 0; k < m->count; k++) {
        bench_buffer_free(&m->buf[k]);
        bench_free_input(&m->in[k]);
    }
}

/* Sentinels everywhere but the warm-up. */
static void multi_reset(struct multi_set *m)
{
    const size_t total = multi_samples(m);
    unsigned k;
    size_t i;
    for (k = 0; k < m->count; k++) {
        int32_t *b = m->buf[k].base;
        for (i = 0; i < total; i++)
            b[i] = MULTI_SENTINEL;
        for (i = 0; i < m->order; i++)
            b[MULTI_GUARD + i] = (int32_t)m->in[k].warmup[i];
    }
}

/* The whole group's work, one way. Repeating it is idempotent: only the warm-up is read. */
static void multi_run(const struct multi_set *m, enum multi_way way)
{
    const struct family_info *f = &bench_families[m->fam];
    const restore32_fn one = way == WAY_LIBFLAC ? f->flac32 : f->auto32;
    unsigned k;
    if (way == WAY_MULTI) {
        if (m->fam == LPCU_FAMILY_wide)
            lpcu_restore_signal_wide_multi(m->sf, m->count);
        else
            lpcu_restore_signal_multi(m->sf, m->count);
        return;
    }
    for (k = 0; k < m->count; k++)
        one(m->sf[k].residual, m->n, m->sf[k].qlp_coeff, m->order, m->sf[k].lp_quantization,
            m->sf[k].data);
}

/* auto and multi must leave every buffer (guards included) as libFLAC's calls do. */
static void multi_verify(struct multi_set *m)
{
    const size_t total = multi_samples(m);
    int32_t *ref[MULTI_MAX];
    unsigned k, w;
    size_t i;
    multi_reset(m);
    multi_run(m, WAY_LIBFLAC);
    for (k = 0; k < m->count; k++) {
        ref[k] = bench_malloc(total * sizeof *ref[k]);
        memcpy(ref[k], m->buf[k].base, total * sizeof *ref[k]);
    }
    for (w = WAY_AUTO; w < N_WAYS; w++) {
        multi_reset(m);
        multi_run(m, (enum multi_way)w);
        for (k = 0; k < m->count; k++)
            for (i = 0; i < total; i++)
                if (((const int32_t *)m->buf[k].base)[i] != ref[k][i])
                    bench_die("multi: %u %s subframes of order %u: %s differs from libFLAC in "
                              "subframe %u at data[%ld]: %" PRId32 " != %" PRId32
                              " (refusing to time incorrect code)",
                              m->count, bench_families[m->fam].name, m->order, way_names[w], k,
                              (long)i - (long)(MULTI_GUARD + m->order),
                              ((const int32_t *)m->buf[k].base)[i], ref[k][i]);
    }
    for (k = 0; k < m->count; k++)
        free(ref[k]);
}

/* As time_variants(): interleaved rounds with a rotating first way, one shared set of buffers. */
static void multi_time(const struct multi_set *m, unsigned reps, double min_warmup_ns,
                       uint64_t *ticks, struct timing out[N_WAYS])
{
    const double start = now_ns();
    unsigned round, k;
    for (round = 0; round < WARMUP_ROUNDS || now_ns() - start < min_warmup_ns; round++)
        for (k = 0; k < N_WAYS; k++)
            multi_run(m, (enum multi_way)k);
    for (round = 0; round < reps; round++)
        for (k = 0; k < N_WAYS; k++) {
            const unsigned w = (round + k) % N_WAYS;
            uint64_t t0, t1;
            t0 = now_ticks();
            multi_run(m, (enum multi_way)w);
            t1 = now_ticks();
            ticks[(size_t)w * reps + round] = t1 - t0;
        }
    for (k = 0; k < N_WAYS; k++)
        out[k] = summarize(&ticks[(size_t)k * reps], reps, (double)m->count * m->n);
}

/* Speed-ups of the table: their ticks / our ticks, best and median. */
struct multi_ratio {
    const char *title;
    enum multi_way ours, theirs;
    int median;
};

static const struct multi_ratio multi_ratios[] = {
    {"multi/libflac", WAY_MULTI, WAY_LIBFLAC, 0},
    {"multi/auto", WAY_MULTI, WAY_AUTO, 0},
    {"auto/libflac", WAY_AUTO, WAY_LIBFLAC, 0},
    {"multi/libflac med", WAY_MULTI, WAY_LIBFLAC, 1},
};
#define N_MULTI_RATIOS (sizeof multi_ratios / sizeof multi_ratios[0])

static double multi_ratio_of(const struct multi_ratio *r, const struct timing *t)
{
    return r->median ? t[r->theirs].median / t[r->ours].median
                     : t[r->theirs].best / t[r->ours].best;
}

static void multi_table_head(void)
{
    unsigned w;
    size_t r;
    printf("| family | order |");
    for (w = 0; w < N_WAYS; w++)
        printf(" %s |", way_names[w]);
    for (w = 0; w < N_WAYS; w++)
        printf(" %s med |", way_names[w]);
    for (r = 0; r < N_MULTI_RATIOS; r++)
        printf(" %s |", multi_ratios[r].title);
    printf("\n|---|---:|");
    for (r = 0; r < 2 * N_WAYS + N_MULTI_RATIOS; r++)
        printf("---:|");
    printf("\n");
}

/* One configuration: build, verify, time, print a row (and CSV), add to the geomeans. */
static void multi_row(enum lpcu_family fam, unsigned count, unsigned order,
                      const struct options *opt, uint64_t *ticks, int *first_run,
                      double log_sum[N_MULTI_RATIOS])
{
    struct multi_set m;
    struct timing t[N_WAYS];
    char input[BENCH_NAME_LEN], order_text[BENCH_NAME_LEN];
    unsigned w;
    size_t r;

    multi_init(&m, fam, count, order, opt->n);
    multi_verify(&m);
    multi_reset(&m);
    multi_time(&m, opt->reps, *first_run ? CPU_WARMUP_NS : 0.0, ticks, t);
    *first_run = 0;

    printf("| %s | %u |", bench_families[fam].name, order);
    for (w = 0; w < N_WAYS; w++)
        printf(" %.2f |", t[w].best);
    for (w = 0; w < N_WAYS; w++)
        printf(" %.2f |", t[w].median);
    for (r = 0; r < N_MULTI_RATIOS; r++) {
        const double x = multi_ratio_of(&multi_ratios[r], t);
        printf(" %.2f |", x);
        log_sum[r] += log(x);
    }
    printf("\n");
    fflush(stdout);

    snprintf(input, sizeof input, "multi%u", count);
    snprintf(order_text, sizeof order_text, "%u", order);
    for (w = 0; w < N_WAYS; w++)
        csv_row(opt->csv, input, bench_families[fam].name, order_text, way_names[w],
                (uint64_t)count * opt->n, &t[w]);
    multi_free(&m);
}

static void multi_geomean(const char *family, const double log_sum[N_MULTI_RATIOS], unsigned rows)
{
    unsigned w;
    size_t r;
    if (rows == 0)
        return;
    printf("| %s | geomean |", family);
    for (w = 0; w < 2 * N_WAYS; w++)
        printf(" |");
    for (r = 0; r < N_MULTI_RATIOS; r++)
        printf(" %.2f |", exp(log_sum[r] / rows));
    printf("\n");
}

/* One table: `count` subframes per call, per family (narrow, wide) and order. */
static void multi_table(unsigned count, const unsigned *orders, size_t n_orders,
                        const struct options *opt, uint64_t *ticks, int *first_run)
{
    static const enum lpcu_family fams[] = {LPCU_FAMILY_narrow, LPCU_FAMILY_wide};
    size_t f, i;
    printf("## multi: %u subframes of %" PRIu32 " samples per call, best %s per output sample\n\n",
           count, opt->n, TIMER_UNIT);
    printf("libflac and auto: one FLAC__lpc_restore_signal(_wide) / lpcu_restore_signal(_wide) "
           "call per subframe; multi: one lpcu_restore_signal(_wide)_multi call for all %u. "
           "Best and median (med) of %u interleaved repetitions of the whole group; ratios are "
           "their ticks / our ticks.\n\n",
           count, opt->reps);
    multi_table_head();
    for (f = 0; f < sizeof fams / sizeof fams[0]; f++) {
        double log_sum[N_MULTI_RATIOS] = {0.0};
        unsigned rows = 0;
        if (!opt->family[fams[f]])
            continue;
        for (i = 0; i < n_orders; i++, rows++)
            multi_row(fams[f], count, orders[i], opt, ticks, first_run, log_sum);
        multi_geomean(bench_families[fams[f]].name, log_sum, rows);
    }
    printf("\n");
}

static void bench_multi(const struct options *opt, int *first_run)
{
    uint64_t *ticks = bench_malloc((size_t)opt->reps * N_WAYS * sizeof *ticks);
    unsigned stereo_orders[LPCU_MAX_ORDER], o;
    size_t n_stereo = 0;
    for (o = 1; o <= LPCU_MAX_ORDER; o++)
        if (opt->order[o])
            stereo_orders[n_stereo++] = o;
    multi_table(MULTI_STEREO, stereo_orders, n_stereo, opt, ticks, first_run);
    multi_table(MULTI_QUAD, multi_many_orders, N_MULTI_MANY_ORDERS, opt, ticks, first_run);
    multi_table(MULTI_SURROUND, multi_many_orders, N_MULTI_MANY_ORDERS, opt, ticks, first_run);
    multi_table(MULTI_MANY, multi_many_orders, N_MULTI_MANY_ORDERS, opt, ticks, first_run);
    free(ticks);
}

/* ---- Main -------------------------------------------------------------------------------- */

int main(int argc, char **argv)
{
    struct variant variants[BENCH_MAX_VARIANTS];
    struct options opt;
    size_t n_variants;
    int f, first_run = 1;

    bench_set_prog(PROG);
    n_variants = bench_variants(variants);
    parse_options(argc, argv, &opt, variants, n_variants);
    if (opt.csv != NULL)
        fprintf(opt.csv, "input,family,order,variant,samples,best,median,unit\n");
    print_header(&opt, variants, n_variants);
    if (opt.synthetic)
        for (f = 0; f < LPCU_FAMILY_COUNT; f++)
            if (opt.family[f])
                bench_family((enum lpcu_family)f, &opt, variants, n_variants, &first_run);
    if (opt.synthetic && opt.family[FAM_FIXED])
        bench_fixed_synthetic(variants, n_variants, opt.n, opt.reps, opt.csv);
    if (opt.real)
        bench_real(&opt, variants, n_variants, first_run);
    if (opt.real && opt.family[FAM_FIXED])
        bench_fixed_real(variants, n_variants, opt.passes, opt.seconds, opt.csv);
    if (opt.multi)
        bench_multi(&opt, &first_run);
    if (opt.csv != NULL && fclose(opt.csv) != 0) {
        fprintf(stderr, PROG ": error writing the CSV file\n");
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
