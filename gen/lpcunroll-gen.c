/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: emits the fixed-order LPC restore kernels of lpcunroll.
 *
 *     lpcunroll-gen --out kernels/generated
 *
 * writes one C file per (family, ISA) and kernels.inc, the X-macro list of every kernel,
 * and likewise for the fixed-predictor kernels (gen/fixed.c: fixed-*.c and fixed.inc) and
 * the multi-subframe kernels (gen/multi.c). Options select families, orders and ISAs, the
 * coefficient layout and the symbol prefix, or write one self-contained file for vendoring
 * (see usage()). Output is a pure function of the arguments: same arguments, byte-identical
 * files. Every file is written under a temporary name and all are renamed at the end, so an
 * error leaves nothing half-written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ---- the selection -------------------------------------------------------------------- */

static int sel_family[N_FAMILIES], sel_fixed, sel_isa[N_ISAS], sel_order[MAX_ORDER + 1];
static int full = 1; /* no selection given: the library's whole tree */

/* Whether any selected order of family f has a block kernel of its own in isa's file. */
static int has_block_kernels(const struct family *f, const struct isa *isa)
{
    for (int order = 1; order <= MAX_ORDER; order++)
        if (sel_order[order] && !block_shape(f, isa, order).isa)
            return 1;
    return 0;
}

/* ---- files ---------------------------------------------------------------------------- */

static int write_scalar_file(const char *dir, const char *command, const struct family *f)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "restore-%s-scalar.c", f->name);
    snprintf(what, sizeof what, "Scalar kernels, family %s: %s.", f->name, f->doc);
    if (open_kernel_file(&o, dir, file, command, what, NULL, NULL) != 0)
        return -1;
    if (f->speculate)
        emit_redo_function(f);
    int first = 1;
    for (int order = 1; order <= MAX_ORDER; order++) {
        if (!sel_order[order])
            continue;
        if (!first)
            emit("\n");
        first = 0;
        emit_scalar_kernel(f, order);
    }
    return close_kernel_file(&o, NULL);
}

static int write_simd_file(const char *dir, const char *command, const struct family *f,
                           const struct isa *isa)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "restore-%s-%s.c", f->name, isa->name);
    snprintf(what, sizeof what,
             "Block-SIMD kernels (%s through SIMDe), family %s: %s. Orders not listed here use "
             "the scalar kernels (see kernels.inc).",
             isa->name, f->name, f->doc);
    if (open_kernel_file(&o, dir, file, command, what, isa, NULL) != 0)
        return -1;
    if (f->speculate && has_block_kernels(f, isa))
        emit_redo_function(f);
    int first = 1;
    for (int order = 1; order <= MAX_ORDER; order++) {
        const struct block_shape b = block_shape(f, isa, order);
        if (b.isa || !sel_order[order])
            continue; /* this ISA uses another ISA's kernel for this order */
        if (!first)
            emit("\n");
        first = 0;
        emit_block_kernel(f, isa, order, b);
    }
    return close_kernel_file(&o, isa);
}

/* The lanes kernels of the families that have them (narrow, wide) for one ISA. */
static int write_lanes_file(const char *dir, const char *command, const struct family *f,
                            const struct isa *isa)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "lanes-%s-%s.c", f->name, isa->name);
    snprintf(what, sizeof what,
             "Lanes kernels (%s through SIMDe), family %s: one subframe per lane, for "
             "lpcu_restore_signal%s_multi.",
             isa->name, f->name, strcmp(f->name, "wide") == 0 ? "_wide" : "");
    /* the 128-bit per-lane shifts (srav, srlv) are AVX2's; SIMDe emulates them below it */
    if (open_kernel_file(&o, dir, file, command, what, isa,
                         isa->bytes < 32 ? "simde/x86/avx2.h" : NULL) != 0)
        return -1;
    emit_lanes_kernels(f, isa->name);
    return close_kernel_file(&o, isa);
}

/* The two-chain scalar kernels of the families the multi API covers. */
static int write_pairs_file(const char *dir, const char *command, const struct family *f)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "pairs-%s-scalar.c", f->name);
    snprintf(what, sizeof what,
             "Two-subframe scalar kernels, family %s, for lpcu_restore_signal%s_multi.", f->name,
             strcmp(f->name, "wide") == 0 ? "_wide" : "");
    if (open_kernel_file(&o, dir, file, command, what, NULL, NULL) != 0)
        return -1;
    for (int order = 1; order <= pair_max_order(); order++) {
        if (order > 1)
            emit("\n");
        emit_pair_kernel(f, order);
    }
    return close_kernel_file(&o, NULL);
}

/* multi.inc: LPCU_LANES_KERNEL(family, isa, feature, lanes, order, symbol), the kernel each ISA
   runs for a group of up to `lanes` subframes of one order (lanes_kernel_for()), where the
   CPU also has `feature` (base: nothing more; ifma: AVX512-IFMA). */
static int write_lanes_list(const char *dir, const char *command)
{
    static const int capacities[] = {2, 4, 8};
    static const char *const features[] = {"base", "ifma"};
    struct output o;
    if (open_output(&o, dir, "multi.inc") != 0)
        return -1;
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* LPCU_LANES_KERNEL(family, isa, feature, lanes, order, symbol): the kernel an ISA runs "
         "for up to `lanes` subframes where the CPU has `feature`. */\n");
    for (size_t ii = 0; ii <= N_ISAS; ii++) {
        const struct isa *isa = ii < N_ISAS ? &isas[ii] : NULL; /* NULL: scalar */
        if (isa)
            emit("#if %s\n", isa->guard);
        for (size_t fi = 0; fi < N_FAMILIES; fi++) {
            if (strcmp(families[fi].name, "wide33") == 0)
                continue; /* the multi API covers narrow and wide */
            for (size_t ft = 0; ft < sizeof features / sizeof features[0]; ft++)
                for (size_t c = 0; c < sizeof capacities / sizeof capacities[0]; c++)
                    for (int order = 1; order <= MAX_ORDER; order++) {
                        char name[80];
                        if (lanes_kernel_for(name, sizeof name, &families[fi], isa, features[ft],
                                             capacities[c], order))
                            emit("LPCU_LANES_KERNEL(%s, %s, %s, %d, %d, %s)\n", families[fi].name,
                                 isa ? isa->name : "scalar", features[ft], capacities[c], order,
                                 name);
                    }
        }
        if (isa)
            emit("#endif\n");
    }
    return close_output(&o, 1);
}

static int write_kernel_list(const char *dir, const char *command)
{
    struct output o;
    if (open_output(&o, dir, "kernels.inc") != 0)
        return -1;
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* LPCU_KERNEL(family, isa, order, symbol): one line per generated kernel. */\n");
    for (size_t fi = 0; fi < N_FAMILIES; fi++) {
        for (int order = 1; order <= MAX_ORDER; order++) {
            char name[64];
            if (!sel_family[fi] || !sel_order[order])
                continue;
            kernel_name(name, sizeof name, &families[fi], "scalar", order);
            emit("LPCU_KERNEL(%s, scalar, %d, %s)\n", families[fi].name, order, name);
        }
    }
    /* Each SIMD ISA has an entry for every order: its block kernel, or the scalar kernel
       where the strategy table keeps that order scalar. */
    for (size_t ii = 0; ii < N_ISAS; ii++) {
        if (!sel_isa[ii])
            continue;
        emit("#if %s\n", isas[ii].guard);
        for (size_t fi = 0; fi < N_FAMILIES; fi++) {
            for (int order = 1; order <= MAX_ORDER; order++) {
                char name[64];
                if (!sel_family[fi] || !sel_order[order])
                    continue;
                const struct block_shape b = block_shape(&families[fi], &isas[ii], order);
                kernel_name(name, sizeof name, &families[fi], b.isa ? b.isa : isas[ii].name, order);
                emit("LPCU_KERNEL(%s, %s, %d, %s)\n", families[fi].name, isas[ii].name, order,
                     name);
            }
        }
        emit("#endif\n");
    }
    return close_output(&o, 1);
}

/* ---- one self-contained file ----------------------------------------------------------- */

/* Every kernel's parameter list, for the declarations. */
static void emit_prototype(const struct family *f, const char *name)
{
    emit("void %s(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,\n", name);
    emit("    int lp_quantization, %s *data);\n", f->sample);
}

/*
 * FILE.c with the selected kernels and nothing it needs from lpcunroll, and FILE.h with their
 * declarations. Every selected (family, ISA, order) gets its symbol: the ISA's own block
 * kernel, or a wrapper around the kernel the strategy table gives that ISA (scalar, or a
 * narrower ISA's, emitted too). SIMD code is not guarded: compile the file with the flags of
 * the ISAs selected (e.g. -mavx2) and call those kernels only on CPUs that have them.
 */
static int write_single_file(const char *path, const char *command)
{
    char dir[PATH_MAX_LEN], base[PATH_MAX_LEN], header[PATH_MAX_LEN];
    const char *slash = strrchr(path, '/');
    const size_t len = strlen(path);
    if (len < 3 || strcmp(path + len - 2, ".c") != 0 || len >= PATH_MAX_LEN) {
        fprintf(stderr, "lpcunroll-gen: --single-file: expected a FILE.c path, got '%s'\n", path);
        return 2;
    }
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    snprintf(base, sizeof base, "%s", slash ? slash + 1 : path);
    snprintf(header, sizeof header, "%.*s.h", (int)strlen(base) - 2, base);

    struct output o;
    if (open_output(&o, dir, header) != 0)
        return 2;
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* Declarations of the kernels in %s. */\n", base);
    emit("#ifndef LPCU_VENDORED_%sH\n", cfg.prefix);
    emit("#define LPCU_VENDORED_%sH\n\n", cfg.prefix);
    emit("#include <stdint.h>\n\n");
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        for (int order = 1; order <= MAX_ORDER; order++) {
            if (!sel_family[fi] || !sel_order[order])
                continue;
            char name[64];
            kernel_name(name, sizeof name, &families[fi], "scalar", order);
            emit_prototype(&families[fi], name);
            for (size_t ii = 0; ii < N_ISAS; ii++)
                if (sel_isa[ii]) {
                    kernel_name(name, sizeof name, &families[fi], isas[ii].name, order);
                    emit_prototype(&families[fi], name);
                }
        }
    emit("\n#endif\n");
    if (close_output(&o, 1) != 0)
        return 1;

    if (open_output(&o, dir, base) != 0)
        return 2;
    emit_c_prologue_single(command, "Vendored kernels: for each family and order below, the "
                                    "scalar kernel and the selected ISAs' kernels.");
    int need_isa[N_ISAS] = {0};
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        for (size_t ii = 0; ii < N_ISAS; ii++)
            for (int order = 1; order <= MAX_ORDER; order++)
                if (sel_family[fi] && sel_isa[ii] && sel_order[order]) {
                    const struct block_shape b = block_shape(&families[fi], &isas[ii], order);
                    for (size_t k = 0; k < N_ISAS; k++)
                        if (b.isa ? strcmp(b.isa, isas[k].name) == 0 : k == ii)
                            need_isa[k] = 1;
                }
    for (size_t ii = 0; ii < N_ISAS; ii++)
        if (need_isa[ii])
            emit("#include <%s>\n", isas[ii].header);
    emit("\n");
    for (size_t fi = 0; fi < N_FAMILIES; fi++) {
        const struct family *f = &families[fi];
        if (!sel_family[fi])
            continue;
        if (f->speculate)
            emit_redo_function(f);
        for (int order = 1; order <= MAX_ORDER; order++) {
            if (!sel_order[order])
                continue;
            emit_scalar_kernel(f, order);
            emit("\n");
            /* block kernels: the selected ISAs' own, and those they borrow */
            int done[N_ISAS] = {0};
            for (size_t ii = 0; ii < N_ISAS; ii++) {
                if (!sel_isa[ii])
                    continue;
                const struct block_shape b = block_shape(f, &isas[ii], order);
                for (size_t k = 0; k < N_ISAS; k++) {
                    if (done[k] || !(b.isa ? strcmp(b.isa, isas[k].name) == 0 : k == ii))
                        continue;
                    emit_block_kernel(f, &isas[k], order, block_shape(f, &isas[k], order));
                    emit("\n");
                    done[k] = 1;
                }
            }
            for (size_t ii = 0; ii < N_ISAS; ii++) {
                if (!sel_isa[ii] || done[ii])
                    continue;
                const struct block_shape b = block_shape(f, &isas[ii], order);
                char name[64], target[64];
                kernel_name(name, sizeof name, f, isas[ii].name, order);
                kernel_name(target, sizeof target, f, b.isa, order);
                emit("/* %s at order %d runs the %s kernel (see gen/block.c) */\n", isas[ii].name,
                     order, b.isa);
                emit("void %s(const int32_t *restrict residual, uint32_t data_len,\n", name);
                emit("    const int32_t *restrict qlp_coeff, int lp_quantization, %s *restrict "
                     "data)\n",
                     f->sample);
                emit("{\n");
                emit("    %s(residual, data_len, qlp_coeff, lp_quantization, data);\n", target);
                emit("}\n\n");
            }
        }
    }
    return close_output(&o, 1) == 0 ? 0 : 1;
}

/* ---- command line --------------------------------------------------------------------- */

static void usage(FILE *to)
{
    fprintf(to,
            "usage: lpcunroll-gen [options] --out DIR | --single-file FILE.c\n"
            "Emits lpcunroll's fixed-order LPC restore kernels.\n"
            "  --out DIR            a tree like kernels/generated (DIR must exist): one C file\n"
            "                       per family and ISA, kernels.inc; with no selection options\n"
            "                       also the fixed-predictor and multi-subframe kernels\n"
            "  --single-file FILE.c one self-contained C file (needing only <stdint.h>, and\n"
            "                       SIMDe for SIMD ISAs) plus FILE.h with its declarations\n"
            "  --family LIST        narrow,wide,wide33,fixed (default: all)\n"
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
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        if (strcmp(item, families[fi].name) == 0) {
            sel_family[fi] = 1;
            return 0;
        }
    fprintf(stderr, "lpcunroll-gen: %s: unknown family '%s' (narrow, wide, wide33, fixed)\n", opt,
            item);
    return 2;
}

static int take_isa(const char *opt, const char *item)
{
    if (strcmp(item, "scalar") == 0)
        return 0; /* always emitted */
    for (size_t ii = 0; ii < N_ISAS; ii++)
        if (strcmp(item, isas[ii].name) == 0) {
            sel_isa[ii] = 1;
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
        sel_order[o] = 1;
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

static int generate_tree(const char *dir, const char *command)
{
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        if (sel_family[fi] && write_scalar_file(dir, command, &families[fi]) != 0)
            return 1;
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        for (size_t ii = 0; ii < N_ISAS; ii++)
            if (sel_family[fi] && sel_isa[ii] &&
                write_simd_file(dir, command, &families[fi], &isas[ii]) != 0)
                return 1;
    if (full) { /* the multi-subframe kernels need every order of narrow and wide */
        for (size_t fi = 0; fi < N_FAMILIES; fi++)
            for (size_t ii = 0; ii < N_ISAS; ii++)
                if (strcmp(families[fi].name, "wide33") != 0 &&
                    lanes_file_exists(&families[fi], &isas[ii]) &&
                    write_lanes_file(dir, command, &families[fi], &isas[ii]) != 0)
                    return 1;
        for (size_t fi = 0; fi < N_FAMILIES; fi++)
            if (strcmp(families[fi].name, "wide33") != 0 &&
                write_pairs_file(dir, command, &families[fi]) != 0)
                return 1;
        if (write_lanes_list(dir, command) != 0)
            return 1;
    }
    if (write_kernel_list(dir, command) != 0)
        return 1;
    if (sel_fixed && write_fixed_files(dir, command) != 0)
        return 1;
    return 0;
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
    full =
        !any_family && !any_isa && !any_order && !cfg.reversed && strcmp(cfg.prefix, "lpcu_") == 0;
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        sel_family[fi] |= !any_family;
    sel_fixed |= !any_family;
    /* a vendored file is plain C unless SIMD kernels are asked for */
    for (size_t ii = 0; ii < N_ISAS; ii++)
        sel_isa[ii] |= !any_isa && !single;
    for (int o = 1; o <= MAX_ORDER; o++)
        sel_order[o] |= !any_order;

    int rc;
    if (single) {
        char sdir[PATH_MAX_LEN];
        const char *slash = strrchr(single, '/');
        snprintf(sdir, sizeof sdir, "%.*s", slash ? (int)(slash - single) : 1,
                 slash ? single : ".");
        cfg.single = 1;
        rc = writable_dir("--single-file", sdir) ? write_single_file(single, command) : 2;
    } else {
        rc = writable_dir("--out", dir) ? generate_tree(dir, command) : 2;
    }
    if (rc != 0 || commit_outputs() != 0) {
        abort_outputs();
        return rc ? rc : 1;
    }
    return 0;
}
