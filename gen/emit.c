/* SPDX-License-Identifier: MIT */
/* lpcunroll-gen: writing files, and what every generated C file shares. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gen.h"

/* ---- emitting ------------------------------------------------------------------------- */

FILE *out;
int indent;
static int out_failed;

void emit(const char *fmt, ...)
{
    va_list ap;
    if (fmt[0] != '\0' && fmt[0] != '\n' && fmt[0] != '#') {
        for (int i = 0; i < indent; i++)
            fputs("    ", out);
    }
    va_start(ap, fmt);
    if (vfprintf(out, fmt, ap) < 0)
        out_failed = 1;
    va_end(ap);
}

/* The banner: names the generator, its version and the exact command that made the file. */
void emit_banner(const char *command, const char *comment_open, const char *comment_line,
                 const char *comment_close)
{
    emit("%s\n", comment_open);
    emit("%sAuto-generated file. Do not edit!\n", comment_line);
    emit("%sGenerator: lpcunroll-gen %s (gen/lpcunroll-gen.c)\n", comment_line, GEN_VERSION);
    if (cfg.single)
        emit("%sMade with: %s\n", comment_line, command);
    else
        emit("%sRegenerate from the source root with: %s\n", comment_line, command);
    if (comment_close[0] != '\0')
        emit("%s\n", comment_close);
}

struct gen_config cfg = {"lpcu_", 0, 0};

int open_output(struct output *o, const char *dir, const char *file)
{
    if (snprintf(o->path, sizeof o->path, "%s/%s", dir, file) >= (int)sizeof o->path ||
        snprintf(o->tmp, sizeof o->tmp, "%s/.%s.tmp", dir, file) >= (int)sizeof o->tmp) {
        fprintf(stderr, "lpcunroll-gen: --out: path too long: %s\n", dir);
        return -1;
    }
    out = fopen(o->tmp, "w");
    if (!out) {
        fprintf(stderr, "lpcunroll-gen: --out: cannot write %s: %s\n", o->tmp, strerror(errno));
        return -1;
    }
    indent = 0;
    out_failed = 0;
    return 0;
}

#define MAX_OUTPUTS 256
static struct output pending[MAX_OUTPUTS];
static int n_pending;

int close_output(struct output *o, int commit)
{
    int failed = out_failed | ferror(out);
    failed |= fclose(out) != 0;
    out = NULL;
    if (failed || !commit || n_pending == MAX_OUTPUTS) {
        remove(o->tmp);
        if (failed || commit)
            fprintf(stderr, "lpcunroll-gen: error writing %s\n", o->tmp);
        return -1;
    }
    pending[n_pending++] = *o;
    return 0;
}

int commit_outputs(void)
{
    for (int i = 0; i < n_pending; i++) {
        if (rename(pending[i].tmp, pending[i].path) != 0) {
            fprintf(stderr, "lpcunroll-gen: cannot rename %s to %s: %s\n", pending[i].tmp,
                    pending[i].path, strerror(errno));
            for (int j = i; j < n_pending; j++)
                remove(pending[j].tmp);
            return -1;
        }
    }
    n_pending = 0;
    return 0;
}

void abort_outputs(void)
{
    if (out) {
        fclose(out);
        out = NULL;
    }
    for (int i = 0; i < n_pending; i++)
        remove(pending[i].tmp);
    n_pending = 0;
}

/* The two asm pins every kernel file uses. */
void emit_pin_macros(void)
{
    emit(
        "/* Compilers re-associate unsigned sums freely and may put the newest sample's product\n");
    emit("   first, lengthening the serial chain; an empty asm pins the off-chain partial sum. "
         "*/\n");
    emit("#if defined(__GNUC__)\n");
    emit("#define LPCU_OFF_CHAIN(v) __asm__(\"\" : \"+r\"(v))\n");
    emit("#else\n");
    emit("#define LPCU_OFF_CHAIN(v) ((void)0)\n");
    emit("#endif\n");
    emit(
        "/* Above a few taps the history and coefficients cannot all live in registers. Loading\n");
    emit("   them afresh each sample (a load per term, as a spill would cost) through a pointer "
         "the\n");
    emit("   compiler cannot see through keeps it from carrying them in spilled, shuffled copies. "
         "*/\n");
    emit("#if defined(__GNUC__)\n");
    emit("#define LPCU_OPAQUE(p) __asm__(\"\" : \"+r\"(p))\n");
    emit("#else\n");
    emit("#define LPCU_OPAQUE(p) ((void)0)\n");
    emit("#endif\n");
    emit("/* The same pin for a vector sum (x86 only: elsewhere the kernels run unpinned). */\n");
    emit("#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))\n");
    emit("#define LPCU_OFF_CHAIN_V(v) __asm__(\"\" : \"+x\"(v))\n");
    emit("#else\n");
    emit("#define LPCU_OFF_CHAIN_V(v) ((void)0)\n");
    emit("#endif\n");
    emit("/* The plain loop for the last few samples and redos stays out of line. */\n");
    emit("#if defined(__GNUC__)\n");
    emit("#define LPCU_COLD __attribute__((noinline, cold))\n");
    emit("#else\n");
    emit("#define LPCU_COLD\n");
    emit("#endif\n\n");
}
