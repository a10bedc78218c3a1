/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: emits the fixed-order LPC restore kernels of lpcunroll.
 *
 *     lpcunroll-gen --out kernels/generated
 *
 * computes the plan (gen/plan.c, from the tuning tables of gen/tuning.c) and writes every
 * output from it (gen/write.c): the kernel files, manifest.inc and sources.cmake. Options
 * select families, orders and ISAs, the coefficient layout and the symbol prefix, or write
 * one self-contained file for vendoring (see usage()). Output is a pure function of the
 * arguments: same arguments, byte-identical files. Every file is written under a temporary
 * name and all are renamed at the end, so an error leaves nothing half-written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static struct selection sel;
static int sel_fixed;    /* "fixed" in --family */
static int sel_residual; /* "residual" in --family */
static int sel_autoc;    /* "autoc" in --family */
static struct plan plan; /* large: static storage */

/* ---- command line --------------------------------------------------------------------- */

static void usage(FILE *to)
{
    fprintf(to,
            "usage: lpcunroll-gen [options] --out DIR | --single-file FILE.c\n"
            "Emits lpcunroll's fixed-order LPC restore and residual kernels.\n"
            "  --out DIR            a tree like kernels/generated (DIR must exist): the kernel\n"
            "                       files, manifest.inc and sources.cmake; with no --family\n"
            "                       also the multi-subframe kernels\n"
            "  --single-file FILE.c one self-contained C file (needing only <stdint.h>, and\n"
            "                       SIMDe for SIMD ISAs) plus FILE.h with its declarations\n"
            "  --family LIST        narrow,wide,wide33 (LPC restore kernels), fixed (the fixed-\n"
            "                       predictor kernels of those families, all five orders),\n"
            "                       residual (the encoder's residual kernels of those\n"
            "                       families; fixed and residual alone: of every family) and\n"
            "                       autoc (the autocorrelation kernels, lag counts 1-33);\n"
            "                       default: all\n"
            "  --orders LIST        1-32, 12, 8,12,16 or ranges (default: 1-32)\n"
            "  --isa LIST           scalar,sse41,avx2,avx512,neon (default: all with --out,\n"
            "                       scalar with --single-file; scalar kernels are always\n"
            "                       emitted, SIMD ones call them for block tails)\n"
            "  --coeff-order ORDER  flac (default: qlp_coeff[0] multiplies the newest sample)\n"
            "                       or reversed (coefficients[0] multiplies the oldest)\n"
            "  --prefix NAME        symbol prefix (default: lpcu_), a C identifier\n"
            "  --help, --version\n");
}

/* Splits a comma list; calls take(item) for each; returns 0, or 2 after a one-line error. */
static int parse_list(const char *opt, const char *list, int (*take)(const char *, const char *))
{
    char buf[512];
    if (list[0] == '\0') {
        fprintf(stderr, "lpcunroll-gen: %s: empty list\n", opt);
        return 2;
    }
    if (strlen(list) >= sizeof buf) {
        fprintf(stderr, "lpcunroll-gen: %s: list too long\n", opt);
        return 2;
    }
    strcpy(buf, list);
    for (char *item = buf, *next; item; item = next) {
        next = strchr(item, ',');
        if (next)
            *next++ = '\0';
        if (item[0] == '\0') {
            fprintf(stderr, "lpcunroll-gen: %s: empty item in '%s'\n", opt, list);
            return 2;
        }
        if (take(opt, item) != 0)
            return 2;
    }
    return 0;
}

static int take_family(const char *opt, const char *item)
{
    if (strcmp(item, "fixed") == 0) {
        sel_fixed = 1;
        return 0;
    }
    if (strcmp(item, "residual") == 0) {
        sel_residual = 1;
        return 0;
    }
    if (strcmp(item, "autoc") == 0) {
        sel_autoc = 1;
        return 0;
    }
    for (int fi = 0; fi < LPCU_FAMILY_COUNT; fi++)
        if (strcmp(item, families[fi].name) == 0) {
            sel.family[fi] = 1;
            return 0;
        }
    fprintf(stderr,
            "lpcunroll-gen: %s: unknown family '%s' (narrow, wide, wide33, fixed, residual, "
            "autoc)\n",
            opt, item);
    return 2;
}

static int take_isa(const char *opt, const char *item)
{
    for (int ii = 0; ii < LPCU_ISA_COUNT; ii++)
        if (strcmp(item, isas[ii].name) == 0) {
            sel.isa[ii] = 1;
            return 0;
        }
    fprintf(stderr, "lpcunroll-gen: %s: unknown ISA '%s' (scalar, sse41, avx2, avx512, neon)\n",
            opt, item);
    return 2;
}

static int parse_order(const char *opt, const char *text, const char **end, long *value)
{
    char *stop;
    *value = strtol(text, &stop, 10);
    if (stop == text) {
        fprintf(stderr, "lpcunroll-gen: %s: '%s' is not an order (1-%d)\n", opt, text, MAX_ORDER);
        return 2;
    }
    if (*value < 1 || *value > MAX_ORDER) {
        fprintf(stderr, "lpcunroll-gen: %s: order %ld out of range 1-%d\n", opt, *value, MAX_ORDER);
        return 2;
    }
    *end = stop;
    return 0;
}

static int take_orders(const char *opt, const char *item)
{
    long lo, hi;
    const char *end;
    if (parse_order(opt, item, &end, &lo) != 0)
        return 2;
    hi = lo;
    if (*end == '-' && parse_order(opt, end + 1, &end, &hi) != 0)
        return 2;
    if (*end != '\0' || hi < lo) {
        fprintf(stderr, "lpcunroll-gen: %s: '%s' is not an order or a range lo-hi\n", opt, item);
        return 2;
    }
    for (long o = lo; o <= hi; o++)
        sel.order[o] = 1;
    return 0;
}

static int valid_prefix(const char *p)
{
    if (!((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z') || p[0] == '_'))
        return 0;
    for (; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_'))
            return 0;
    return 1;
}

/* Whether DIR takes a new file: nothing is generated unless it does. */
static int writable_dir(const char *opt, const char *dir)
{
    char probe[PATH_MAX_LEN];
    if (snprintf(probe, sizeof probe, "%s/.lpcunroll-gen.probe", dir) >= (int)sizeof probe) {
        fprintf(stderr, "lpcunroll-gen: %s: path too long\n", opt);
        return 0;
    }
    FILE *f = fopen(probe, "w");
    if (!f) {
        fprintf(stderr, "lpcunroll-gen: %s: cannot write to directory '%s'\n", opt, dir);
        return 0;
    }
    fclose(f);
    remove(probe);
    return 1;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *single = NULL;
    int any_family = 0, any_isa = 0, any_order = 0;
    /* The banner records the command as given (program name without its path), so running
       the same command from the same place reproduces the files byte for byte. */
    char command[PATH_MAX_LEN + 1024] = "lpcunroll-gen";
    for (int i = 1; i < argc; i++) {
        if (strlen(command) + strlen(argv[i]) + 2 < sizeof command) {
            strcat(command, " ");
            strcat(command, argv[i]);
        }
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const int has_value = i + 1 < argc;
        int rc = 0;
        if (strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("lpcunroll-gen %s\n", GEN_VERSION);
            return 0;
        } else if (!has_value) {
            fprintf(stderr, "lpcunroll-gen: %s: unknown option or missing value (see --help)\n", a);
            return 2;
        } else if (strcmp(a, "--out") == 0) {
            dir = argv[++i];
        } else if (strcmp(a, "--single-file") == 0) {
            single = argv[++i];
        } else if (strcmp(a, "--family") == 0) {
            any_family = 1;
            rc = parse_list(a, argv[++i], take_family);
        } else if (strcmp(a, "--isa") == 0) {
            any_isa = 1;
            rc = parse_list(a, argv[++i], take_isa);
        } else if (strcmp(a, "--orders") == 0) {
            any_order = 1;
            rc = parse_list(a, argv[++i], take_orders);
        } else if (strcmp(a, "--coeff-order") == 0) {
            const char *v = argv[++i];
            if (strcmp(v, "flac") == 0 || strcmp(v, "reversed") == 0) {
                cfg.reversed = strcmp(v, "reversed") == 0;
            } else {
                fprintf(stderr, "lpcunroll-gen: --coeff-order: '%s' is not flac or reversed\n", v);
                return 2;
            }
        } else if (strcmp(a, "--prefix") == 0) {
            cfg.prefix = argv[++i];
            if (!valid_prefix(cfg.prefix)) {
                fprintf(stderr, "lpcunroll-gen: --prefix: '%s' is not a C identifier\n",
                        cfg.prefix);
                return 2;
            }
        } else {
            fprintf(stderr, "lpcunroll-gen: %s: unknown option (see --help)\n", a);
            return 2;
        }
        if (rc)
            return rc;
    }
    if (!dir == !single) {
        fprintf(stderr, "lpcunroll-gen: give one of --out DIR or --single-file FILE.c (see "
                        "--help)\n");
        return 2;
    }
    /* no --family: every family and kind (multi only in the library's tree); "fixed" alone:
       the fixed kernels of every family */
    int any_lpc_family = 0;
    for (int fi = 0; fi < LPCU_FAMILY_COUNT; fi++)
        any_lpc_family |= sel.family[fi];
    for (int fi = 0; fi < LPCU_FAMILY_COUNT; fi++)
        sel.family[fi] |= !any_lpc_family;
    sel.kind[LPCU_KIND_restore] = any_lpc_family || !any_family;
    sel.kind[LPCU_KIND_fixed] = sel_fixed || !any_family;
    sel.kind[LPCU_KIND_residual] = sel_residual || !any_family;
    sel.kind[LPCU_KIND_limit] = sel_residual || !any_family;
    sel.kind[LPCU_KIND_multi] = !any_family && !single;
    sel.kind[LPCU_KIND_autoc] = sel_autoc || !any_family;
    /* scalar kernels are always emitted (SIMD ones call them for block tails); a vendored
       file is plain C unless SIMD kernels are asked for */
    for (int ii = 0; ii < LPCU_ISA_COUNT; ii++)
        sel.isa[ii] |= (!any_isa && !single) || isas[ii].vector_bits == 0;
    for (int o = 1; o <= MAX_ORDER; o++)
        sel.order[o] |= !any_order;
    if (plan_build(&plan, &sel) != 0)
        return 1;

    int rc;
    if (single) {
        char sdir[PATH_MAX_LEN];
        const char *slash = strrchr(single, '/');
        snprintf(sdir, sizeof sdir, "%.*s", slash ? (int)(slash - single) : 1,
                 slash ? single : ".");
        cfg.single = 1;
        rc = writable_dir("--single-file", sdir) ? write_single_file(&plan, single, command) : 2;
    } else {
        rc = writable_dir("--out", dir) ? (write_tree(&plan, dir, command) ? 1 : 0) : 2;
    }
    if (rc != 0 || commit_outputs() != 0) {
        abort_outputs();
        return rc ? rc : 1;
    }
    return 0;
}
