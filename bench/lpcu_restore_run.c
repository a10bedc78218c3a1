/* SPDX-License-Identifier: MIT */
/*
 * lpcu-restore-run: one restore workload per process, for whole-process comparisons with
 * hyperfine (bench/hyperfine.sh). It builds lpcu-bench's synthetic input for one family and
 * order, checks once that the chosen kernel's output equals libFLAC's (warm-up, output and
 * guard samples), then restores the same block again and again until --samples samples have
 * been restored, and exits. Every kernel choice does the same work apart from the restore
 * calls themselves, so differences in wall time are differences in the kernels.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"

#define PROG "lpcu-restore-run"
#define DEFAULT_ORDER 8u
#define DEFAULT_SAMPLES (1UL << 24) /* ~10-100 ms of restoring: well above process startup */
#define MAX_SAMPLES (1UL << 31)     /* seconds of work; also fits any unsigned long */

static void usage(FILE *to)
{
    fprintf(
        to,
        "usage: " PROG " --kernel NAME [options]\n"
        "Restores one synthetic block repeatedly with one kernel, after checking it once\n"
        "against libFLAC. For hyperfine.\n"
        "  --kernel NAME    rolled, unrolled (= scalar), auto, libflac or an ISA of manifest.inc\n"
        "  --family NAME    narrow, wide or wide33 (default: narrow)\n"
        "  --order N        1-32 (default: %u)\n"
        "  --n N            samples per call (default: %u)\n"
        "  --samples S      samples to restore in total, rounded up to whole calls\n"
        "                   (default: %lu)\n"
        "  --list-kernels   print the kernel names this CPU can run, comma-separated\n"
        "  --help           this text\n",
        DEFAULT_ORDER, BENCH_DEFAULT_N, DEFAULT_SAMPLES);
}

static void bad_arg(const char *option, const char *value)
{
    fprintf(stderr, PROG ": bad %s '%s' (try --help)\n", option, value);
    exit(2);
}

static void list_kernels(const struct variant *v, size_t count)
{
    size_t i;
    const char *sep = "";
    for (i = 0; i < count; i++)
        if (v[i].skip_why == NULL) {
            printf("%s%s", sep, v[i].name);
            sep = ",";
        }
    printf("\n");
}

int main(int argc, char **argv)
{
    struct variant v[BENCH_MAX_VARIANTS];
    const size_t n_variants = bench_variants(v);
    const char *kernel = NULL;
    int family = LPCU_FAMILY_narrow, k, i;
    unsigned long order = DEFAULT_ORDER, n = BENCH_DEFAULT_N, total = DEFAULT_SAMPLES, calls, c;
    struct input in;
    struct callee run, flac;
    struct buffer ref, out;

    bench_set_prog(PROG);
    for (i = 1; i < argc; i++) {
        const char *name = argv[i], *value;
        if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
            usage(stdout);
            return EXIT_SUCCESS;
        }
        if (strcmp(name, "--list-kernels") == 0) {
            list_kernels(v, n_variants);
            return EXIT_SUCCESS;
        }
        if (i + 1 == argc) {
            fprintf(stderr, PROG ": '%s' needs a value or is unknown (try --help)\n", name);
            return 2;
        }
        value = argv[++i];
        if (strcmp(name, "--kernel") == 0)
            kernel = value;
        else if (strcmp(name, "--family") == 0) {
            if ((family = bench_family_by_name(value)) < 0)
                bad_arg(name, value);
        } else if (strcmp(name, "--order") == 0) {
            if (!bench_parse_uint(value, 1, LPCU_MAX_ORDER, &order))
                bad_arg(name, value);
        } else if (strcmp(name, "--n") == 0) {
            if (!bench_parse_uint(value, 1, BENCH_MAX_N, &n))
                bad_arg(name, value);
        } else if (strcmp(name, "--samples") == 0) {
            if (!bench_parse_uint(value, 1, MAX_SAMPLES, &total))
                bad_arg(name, value);
        } else {
            fprintf(stderr, PROG ": unknown option '%s' (try --help)\n", name);
            return 2;
        }
    }
    if (kernel == NULL) {
        fprintf(stderr, PROG ": --kernel is required (try --help)\n");
        return 2;
    }
    k = bench_variant_by_name(v, n_variants, kernel);
    if (k < 0)
        bad_arg("--kernel", kernel);
    if (v[k].skip_why != NULL)
        bench_die("cannot run %s: %s", kernel, v[k].skip_why);
    if (!bench_resolve(&v[k], (enum lpcu_family)family, (unsigned)order, &run))
        bench_die("%s has no %s kernel of order %lu", kernel, bench_families[family].name, order);
    (void)bench_resolve(&v[bench_variant_by_name(v, n_variants, "libflac")],
                        (enum lpcu_family)family, (unsigned)order, &flac);

    bench_make_input((enum lpcu_family)family, (unsigned)order, (uint32_t)n, &in);
    bench_buffer_init(&ref, (enum lpcu_family)family, order + n + BENCH_GUARD_SAMPLES);
    bench_buffer_init(&out, (enum lpcu_family)family, order + n + BENCH_GUARD_SAMPLES);
    bench_buffer_reset(&ref, &in);
    bench_call(&flac, &in, ref.data);

    /* The first call is the checked one; the rest repeat it (idempotent: the warm-up is only
       read), so every call does the same work. */
    calls = (total + n - 1) / n;
    bench_buffer_reset(&out, &in);
    for (c = 0; c < calls; c++) {
        bench_call(&run, &in, out.data);
        if (c == 0) {
            int64_t got, want;
            const long at = bench_buffer_compare(&out, &ref, &in, &got, &want);
            if (at >= 0)
                bench_die("%s %s order %lu differs from libFLAC at data[%ld]", kernel,
                          bench_families[family].name, order, at - (long)order);
        }
    }

    bench_buffer_free(&ref);
    bench_buffer_free(&out);
    bench_free_input(&in);
    return EXIT_SUCCESS;
}
