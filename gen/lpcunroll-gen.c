/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: emits the fixed-order LPC restore kernels of lpcunroll.
 *
 *     lpcunroll-gen --out kernels/generated
 *
 * writes one C file per (family, ISA) and kernels.inc, the X-macro list of every kernel,
 * and likewise for the fixed-predictor kernels (gen/fixed.c: fixed-*.c and fixed.inc).
 * Output is a pure function of the arguments: same arguments, byte-identical files.
 * Files are written under a temporary name and renamed, so an error leaves nothing
 * half-written.
 */
#include <stdio.h>
#include <string.h>

#include "gen.h"

/* ---- files ---------------------------------------------------------------------------- */

static int write_scalar_file(const char *dir, const char *command, const struct family *f)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "restore-%s-scalar.c", f->name);
    if (open_output(&o, dir, file) != 0)
        return -1;
    snprintf(what, sizeof what, "Scalar kernels, family %s: %s.", f->name, f->doc);
    emit_c_prologue(command, what);
    for (int order = 1; order <= MAX_ORDER; order++) {
        emit_scalar_kernel(f, order);
        if (order < MAX_ORDER)
            emit("\n");
    }
    return close_output(&o, 1);
}

static int write_simd_file(const char *dir, const char *command, const struct family *f,
                           const struct isa *isa)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "restore-%s-%s.c", f->name, isa->name);
    if (open_output(&o, dir, file) != 0)
        return -1;
    snprintf(what, sizeof what,
             "Block-SIMD kernels (%s through SIMDe), family %s: %s. Orders not listed here use "
             "the scalar kernels (see kernels.inc).",
             isa->name, f->name, f->doc);
    emit_c_prologue(command, what);
    emit("#if %s\n", isa->guard);
    emit("#include <%s>\n\n", isa->header);
    int first = 1;
    for (int order = 1; order <= MAX_ORDER; order++) {
        const struct block_shape b = block_shape(f, isa, order);
        if (b.isa)
            continue; /* this ISA uses another ISA's kernel for this order */
        if (!first)
            emit("\n");
        first = 0;
        emit_block_kernel(f, isa, order, b);
    }
    emit("#endif /* %s */\n", isa->guard);
    return close_output(&o, 1);
}

/* The lanes kernels of the families that have them (narrow, wide) for one ISA. */
static int write_lanes_file(const char *dir, const char *command, const struct family *f,
                            const struct isa *isa)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "lanes-%s-%s.c", f->name, isa->name);
    if (open_output(&o, dir, file) != 0)
        return -1;
    snprintf(what, sizeof what,
             "Lanes kernels (%s through SIMDe), family %s: one subframe per lane, for "
             "lpcu_restore_signal%s_multi.",
             isa->name, f->name, strcmp(f->name, "wide") == 0 ? "_wide" : "");
    emit_c_prologue(command, what);
    emit("#if %s\n", isa->guard);
    /* the 128-bit per-lane shifts (srav, srlv) are AVX2's; SIMDe emulates them below it */
    emit("#include <simde/x86/avx2.h>\n\n");
    /* the file's own width, and the 128-bit kernels built with its flags */
    const struct isa *narrower = isa;
    for (size_t i = 0; i < N_ISAS; i++)
        if (isas[i].bytes == 16 && strcmp(isas[i].guard, isa->guard) == 0)
            narrower = &isas[i];
    for (int order = 1; order <= MAX_ORDER; order++) {
        if (order > 1)
            emit("\n");
        emit_lanes_kernel(f, isa, isa->name, order);
        if (narrower != isa) {
            emit("\n");
            emit_lanes_kernel(f, narrower, isa->name, order);
        }
    }
    emit("#endif /* %s */\n", isa->guard);
    return close_output(&o, 1);
}

/* The two-chain scalar kernels of the families the multi API covers. */
static int write_pairs_file(const char *dir, const char *command, const struct family *f)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "pairs-%s-scalar.c", f->name);
    if (open_output(&o, dir, file) != 0)
        return -1;
    snprintf(what, sizeof what,
             "Two-subframe scalar kernels, family %s, for lpcu_restore_signal%s_multi.", f->name,
             strcmp(f->name, "wide") == 0 ? "_wide" : "");
    emit_c_prologue(command, what);
    for (int order = 1; order <= MAX_ORDER; order++) {
        if (order > 1)
            emit("\n");
        emit_pair_kernel(f, order);
    }
    return close_output(&o, 1);
}

/* multi.inc: LPCU_LANES_KERNEL(family, isa, width, order, lanes, symbol) for every ISA and
   register width whose lanes kernels it runs (its own, or those lanes_isa() names). */
static int write_lanes_list(const char *dir, const char *command)
{
    static const int widths[] = {128, 256};
    struct output o;
    if (open_output(&o, dir, "multi.inc") != 0)
        return -1;
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* LPCU_LANES_KERNEL(family, isa, width, order, lanes, symbol): one line per lanes "
         "kernel an ISA runs. */\n");
    /* every ISA runs the scalar two-chain kernels, listed as width 64 (two 32-bit lanes) */
    for (size_t fi = 0; fi < N_FAMILIES; fi++) {
        if (strcmp(families[fi].name, "wide33") == 0)
            continue; /* the multi API covers narrow and wide */
        for (int order = 1; order <= MAX_ORDER; order++) {
            char name[64];
            pair_kernel_name(name, sizeof name, &families[fi], order);
            emit("LPCU_LANES_KERNEL(%s, scalar, 64, %d, 2, %s)\n", families[fi].name, order, name);
            for (size_t ii = 0; ii < N_ISAS; ii++)
                emit("LPCU_LANES_KERNEL(%s, %s, 64, %d, 2, %s)\n", families[fi].name, isas[ii].name,
                     order, name);
        }
    }
    for (size_t ii = 0; ii < N_ISAS; ii++) {
        emit("#if %s\n", isas[ii].guard);
        for (size_t fi = 0; fi < N_FAMILIES; fi++) {
            if (strcmp(families[fi].name, "wide33") == 0)
                continue; /* the multi API covers narrow and wide */
            for (size_t w = 0; w < 2; w++) {
                const char *from = lanes_isa(&isas[ii], widths[w]);
                if (!from)
                    continue;
                for (int order = 1; order <= MAX_ORDER; order++) {
                    char name[64];
                    lanes_kernel_name(name, sizeof name, &families[fi], from,
                                      lanes_count(&families[fi], widths[w]), order);
                    emit("LPCU_LANES_KERNEL(%s, %s, %d, %d, %d, %s)\n", families[fi].name,
                         isas[ii].name, widths[w], order,
                         lanes_count(&families[fi], widths[w]), name);
                }
            }
        }
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
            kernel_name(name, sizeof name, &families[fi], "scalar", order);
            emit("LPCU_KERNEL(%s, scalar, %d, %s)\n", families[fi].name, order, name);
        }
    }
    /* Each SIMD ISA has an entry for every order: its block kernel, or the scalar kernel
       where the strategy table keeps that order scalar. */
    for (size_t ii = 0; ii < N_ISAS; ii++) {
        emit("#if %s\n", isas[ii].guard);
        for (size_t fi = 0; fi < N_FAMILIES; fi++) {
            for (int order = 1; order <= MAX_ORDER; order++) {
                char name[64];
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

/* ---- command line --------------------------------------------------------------------- */

static void usage(FILE *to)
{
    fprintf(to, "usage: lpcunroll-gen --out DIR\n"
                "Writes the generated kernels of lpcunroll into DIR (which must exist):\n"
                "one C file per family and ISA, and kernels.inc; the same for the\n"
                "fixed-predictor kernels (fixed-*.c, fixed.inc).\n"
                "  --out DIR   output directory\n"
                "  --help      this text\n"
                "  --version   the generator version\n");
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--version") == 0) {
            printf("lpcunroll-gen %s\n", GEN_VERSION);
            return 0;
        } else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else {
            fprintf(stderr, "lpcunroll-gen: unknown or incomplete argument '%s' (see --help)\n",
                    argv[i]);
            return 2;
        }
    }
    if (!dir) {
        fprintf(stderr, "lpcunroll-gen: --out DIR is required (see --help)\n");
        return 2;
    }

    /* The banner records the command with the output directory as given, so regenerating
       from the source root reproduces the checked-in files byte for byte. */
    char command[PATH_MAX_LEN + 64];
    snprintf(command, sizeof command, "lpcunroll-gen --out %s", dir);

    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        if (write_scalar_file(dir, command, &families[fi]) != 0)
            return 1;
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        for (size_t ii = 0; ii < N_ISAS; ii++)
            if (write_simd_file(dir, command, &families[fi], &isas[ii]) != 0)
                return 1;
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        for (size_t ii = 0; ii < N_ISAS; ii++)
            if (strcmp(families[fi].name, "wide33") != 0 &&
                lanes_isa(&isas[ii], 128) &&
                strcmp(lanes_isa(&isas[ii], 128), isas[ii].name) == 0 &&
                write_lanes_file(dir, command, &families[fi], &isas[ii]) != 0)
                return 1;
    for (size_t fi = 0; fi < N_FAMILIES; fi++)
        if (strcmp(families[fi].name, "wide33") != 0 &&
            write_pairs_file(dir, command, &families[fi]) != 0)
            return 1;
    if (write_lanes_list(dir, command) != 0)
        return 1;
    if (write_kernel_list(dir, command) != 0)
        return 1;
    if (write_fixed_files(dir, command) != 0)
        return 1;
    return 0;
}
