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
 * Three kinds of input:
 * - synthetic (per family and order): three sines plus noise, LPC coefficients fitted by
 *   Levinson-Durbin and quantised like an encoder, residuals computed in closed loop;
 * - real: the LPC subframes of libFLAC encodes of a music-like signal (16- and 24-bit, flac -8
 *   and -8 -l 32 --lax), each restored with the family libFLAC's decoder would pick, in stream
 *   order, so the figure reflects the order and family mix a decoder really meets;
 * - multi: 2, 4, 6 and 8 subframes per lpcu_restore_signal_multi call.
 *
 * This file parses the options, prints the report's header and runs the sections: synthetic
 * (bench_synthetic.c), real (bench_real.c), multi (bench_multi.c), the FIXED tables
 * (bench_fixed.c) and the encoder's autocorrelation and fixed best predictor (bench_encoder.c).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <FLAC/format.h>

#include "bench_common.h"
#include "bench_encoder.h"
#include "bench_fixed.h"
#include "bench_residual.h"
#include "bench_report.h"
#include "bench_sections.h"

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
#define CPUINFO_LINE 256 /* longer /proc/cpuinfo lines (flags) are read in pieces, harmlessly */

/* ---- Options ----------------------------------------------------------------------------- */

static void usage(FILE *to)
{
    fprintf(to,
            "usage: " PROG " [options]\n"
            "Times lpcunroll's restore kernels against its rolled loop and libFLAC.\n"
            "  --inputs LIST    synthetic (per family and order), real (subframes of libFLAC\n"
            "                   encodes, in stream order), multi (2, 4, 6, 8 subframes per\n"
            "                   lpcu_restore_signal_multi call; honours --family, --orders\n"
            "                   (2 only), --n, --reps, not --variants), ffmpeg (FFmpeg's\n"
            "                   lpc16/lpc32, in builds configured with LPCU_FFMPEG_BUILD;\n"
            "                   narrow and wide, in place), or a list (default: synthetic)\n"
            "  --real           the same as --inputs real\n"
            "  --family LIST    narrow,wide,wide33,fixed,encoder (default: all; synthetic, multi;\n"
            "                   fixed: orders 0-4, and with real inputs level-1 encodes;\n"
            "                   encoder: the encoder's residual per order (honours --orders),\n"
            "                   autocorrelation, lags 1-33, and fixed best predictor; with\n"
            "                   real inputs the residual of each real LPC subframe)\n"
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
    if (strcmp(name, "encoder") == 0)
        f = FAM_ENCODER;
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
#ifdef LPCU_BENCH_FFMPEG
    else if (strcmp(name, "ffmpeg") == 0)
        opt->ffmpeg = 1;
#endif
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
                bad_arg(name, value,
#ifdef LPCU_BENCH_FFMPEG
                        "a list of synthetic, real, multi, ffmpeg"
#else
                        "a list of synthetic, real, multi (ffmpeg: configure with "
                        "LPCU_FFMPEG_BUILD)"
#endif
                );
            any_input = 1;
        } else if (strcmp(name, "--family") == 0) {
            if (!for_each_item(value, family_item, opt->family))
                bad_arg(name, value, "a list of narrow, wide, wide33, fixed, encoder");
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
        for (f = 0; f <= FAM_ENCODER; f++)
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
        printf("- multi inputs: 2, 4, 6 and 8 subframes of n = %" PRIu32
               " samples, channels of the "
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

/* ---- Main -------------------------------------------------------------------------------- */

/* Whether --family names a restore family (narrow, wide, wide33), not only fixed or encoder. */
static int lpc_family_selected(const struct options *opt)
{
    for (int f = 0; f < LPCU_FAMILY_COUNT; f++)
        if (opt->family[f])
            return 1;
    return 0;
}

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
    if (opt.synthetic && opt.family[FAM_ENCODER]) {
        bench_residual(opt.n, opt.reps, opt.order, opt.csv);
        bench_autoc(opt.n, opt.reps, opt.csv);
        bench_fixed_best(opt.n, opt.reps, opt.csv);
    }
    if (opt.real && lpc_family_selected(&opt))
        bench_real(&opt, variants, n_variants, &first_run);
    if (opt.real && opt.family[FAM_FIXED])
        bench_fixed_real(variants, n_variants, opt.passes, opt.seconds, opt.csv);
    if (opt.real && opt.family[FAM_ENCODER])
        bench_residual_real(opt.passes, opt.seconds, opt.csv);
    if (opt.multi)
        bench_multi(&opt, &first_run);
#ifdef LPCU_BENCH_FFMPEG
    if (opt.ffmpeg)
        bench_ffmpeg(&opt, &first_run);
#endif
    if (opt.csv != NULL && fclose(opt.csv) != 0) {
        fprintf(stderr, PROG ": error writing the CSV file\n");
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
