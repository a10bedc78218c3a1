/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: emits the fixed-order LPC restore kernels of lpcunroll.
 *
 *     lpcunroll-gen --out kernels/generated
 *
 * writes one C file per (family, ISA) and kernels.inc, the X-macro list of every kernel.
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
                "one C file per family and ISA, and kernels.inc.\n"
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
    if (write_kernel_list(dir, command) != 0)
        return 1;
    return 0;
}
