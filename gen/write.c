/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: every output, written from the plan.
 *
 * The library's tree (--out DIR):
 *   <kind>-<family>-<isa>[-<feature>].c   one translation unit per ISA, compiled with that
 *       ISA's flags only: the kernels compiled for the ISA. Kernels that every ISA of one
 *       vector width compiles alike are not repeated there: the wrapper names its ISA
 *       (LPCU_ISA) and includes
 *   <kind>-<family>[-<feature>]-<bits>.inc   their one body, whose symbols carry the ISA of
 *       the file including it (LPCU_SYM, lpcu_kernels.h).
 *   manifest.inc   one row per dispatch slot: LPCU_KERNEL(kind, family, isa, feature, lanes,
 *       order, symbol), each under the build-selection guard LPCU_BUILT(...)
 *   sources.cmake  one lpcu_generated_source(FILE KIND ISA FEATURE FAMILY...) per C file
 * A single file (--single-file FILE.c) holds the selected kernels under concrete names, with
 * nothing but <stdint.h> (and SIMDe) needed, plus FILE.h with their declarations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define FILE_LEN 96

/* ---- what goes where ------------------------------------------------------------------ */

/* The translation unit a kernel is compiled in: its kind, family, ISA and feature. */
static int same_file(const struct kernel *a, const struct kernel *b)
{
    return a->kind == b->kind && a->family == b->family && a->isa == b->isa &&
           a->feature == b->feature;
}

/* "<kind>-<family>", or the kind alone for a kind without a family (autoc). */
static void kind_family(char *buf, size_t size, const struct kernel *k)
{
    if (k->kind == LPCU_KIND_autoc)
        snprintf(buf, size, "%s", kind_names[k->kind]);
    else
        snprintf(buf, size, "%s-%s", kind_names[k->kind], k->family->name);
}

static void file_name(char *buf, size_t size, const struct kernel *k)
{
    char kf[FILE_LEN / 2];
    kind_family(kf, sizeof kf, k);
    snprintf(buf, size, "%s-%s%s%s.c", kf, k->isa->name, k->feature ? "-" : "",
             k->feature ? feature_names[k->feature] : "");
}

/* Body files hold the kernels of one kind, family, feature and code width. */
static int same_body(const struct kernel *a, const struct kernel *b)
{
    return a->kind == b->kind && a->family == b->family && a->feature == b->feature &&
           kernel_code_bits(a) == kernel_code_bits(b);
}

static void body_name(char *buf, size_t size, const struct kernel *k)
{
    char kf[FILE_LEN / 2];
    kind_family(kf, sizeof kf, k);
    snprintf(buf, size, "%s%s%s-%d.inc", kf, k->feature ? "-" : "",
             k->feature ? feature_names[k->feature] : "", kernel_code_bits(k));
}

/*
 * Whether kernel i goes in a body shared by several ISAs: it has SIMD code, and every ISA
 * that compiles kernels of its body compiles this one too, identically.
 */
static int compute_shared(const struct plan *p, int i)
{
    const struct kernel *k = &p->kernels[i];
    if (kernel_code_bits(k) == 0)
        return 0;
    int sharers = 0;
    for (int ii = 0; ii < LPCU_ISA_COUNT; ii++) {
        int has_body = 0, has_twin = 0;
        for (int j = 0; j < p->n_kernels; j++) {
            const struct kernel *o = &p->kernels[j];
            if (o->isa != &isas[ii] || !same_body(o, k))
                continue;
            has_body = 1;
            has_twin |= o->lanes == k->lanes && o->order == k->order &&
                        memcmp(&o->shape, &k->shape, sizeof o->shape) == 0;
        }
        if (has_body && !has_twin)
            return 0;
        sharers += has_body;
    }
    return sharers >= 2;
}

static unsigned char shared_flags[PLAN_MAX_KERNELS]; /* compute_shared(), per kernel */
static int is_shared(const struct plan *p, int i)
{
    (void)p;
    return shared_flags[i];
}

/* Kernels of a file in reading order: by code width, lanes, then order. */
static const struct plan *sort_plan;
static int by_width_lanes_order(const void *a, const void *b)
{
    const struct kernel *x = &sort_plan->kernels[*(const int *)a];
    const struct kernel *y = &sort_plan->kernels[*(const int *)b];
    if (kernel_code_bits(x) != kernel_code_bits(y))
        return kernel_code_bits(x) - kernel_code_bits(y);
    if (x->lanes != y->lanes)
        return x->lanes - y->lanes;
    return x->order - y->order;
}

/* The indices of the kernels for which keep(p, i, ref) holds, in reading order. */
static int select_kernels(const struct plan *p, int *idx,
                          int (*keep)(const struct kernel *, const struct kernel *),
                          const struct kernel *ref)
{
    int n = 0;
    for (int i = 0; i < p->n_kernels; i++)
        if (keep(&p->kernels[i], ref))
            idx[n++] = i;
    sort_plan = p;
    qsort(idx, (size_t)n, sizeof *idx, by_width_lanes_order);
    return n;
}

/* ---- emitting one kernel -------------------------------------------------------------- */

static void emit_kernel(const struct kernel *k, const char *name)
{
    switch (k->shape.strategy) {
    case ST_SCALAR:
        if (memcmp(&k->aarch64, &k->shape, sizeof k->shape) != 0) {
            struct kernel arm = *k;
            arm.shape = k->aarch64;
            emit("#if defined(__aarch64__) /* its own shape there (gen/tuning.c) */\n");
            emit_scalar_kernel(&arm, name);
            emit("#else\n");
            emit_scalar_kernel(k, name);
            emit("#endif\n");
        } else {
            emit_scalar_kernel(k, name);
        }
        break;
    case ST_BLOCK:
        emit_block_kernel(k, name);
        break;
    case ST_LANES:
        emit_lanes_kernel(k, name);
        break;
    case ST_PAIR:
        emit_pair_kernel(k, name);
        break;
    case ST_FIXED_SCALAR:
        emit_fixed_scalar(k, name);
        break;
    case ST_FIXED_PREFIX:
        emit_fixed_prefix(k, name);
        break;
    case ST_RESID_SCALAR:
        emit_residual_scalar(k, name);
        break;
    case ST_RESID_VECTOR:
        emit_residual_vector(k, name);
        break;
    case ST_RESID_EXACT:
        emit_residual_exact(k, name);
        break;
    case ST_AUTOC:
        emit_autoc_kernel(k, name);
        break;
    }
}

/* Whether a kind's kernels are indexed by LPC order, which the build may cap: not the fixed
   predictors (orders 0-4, always built) nor the autocorrelation (lag counts). */
static int has_lpc_order(enum lpcu_kind kind)
{
    return kind != LPCU_KIND_fixed && kind != LPCU_KIND_autoc;
}

/* In the library's tree every LPC kernel is compiled only up to the build's maximum order
   (LPCU_WITH_MAX_ORDER, CMake option LPCU_MAX_ORDER). */
static void emit_guarded_kernel(const struct kernel *k, int shared)
{
    char name[SYM_LEN];
    kernel_symbol(name, sizeof name, k, shared);
    if (has_lpc_order(k->kind))
        emit("#if LPCU_WITH_ORDER(%d)\n", k->order);
    emit_kernel(k, name);
    if (has_lpc_order(k->kind))
        emit("#endif\n");
}

/* The SIMDe header a kernel's code needs: the 128-bit multi kernels use AVX2's per-lane
   shifts, which SIMDe emulates on SSE4.1 and maps onto NEON. */
static const char *simde_header(const struct kernel *k)
{
    const int bits = kernel_code_bits(k);
    if (bits == 512)
        return "simde/x86/avx512.h";
    if (bits == 256 || k->kind == LPCU_KIND_multi)
        return "simde/x86/avx2.h";
    if (k->kind == LPCU_KIND_limit) /* compares 64-bit lanes */
        return "simde/x86/sse4.2.h";
    return "simde/x86/sse4.1.h";
}

/* The SIMDe headers of a kernel's code: simde_header()'s, and FMA's for the exact-double
   residual kernels. */
static void emit_simde_includes(const struct kernel *k)
{
    emit("#include <%s>\n", simde_header(k));
    if (k->shape.strategy == ST_RESID_EXACT)
        emit("#include <simde/x86/fma.h>\n");
}

static void emit_file_comment(const char *command, const char *what)
{
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* %s */\n\n", what);
}

static const char *kind_doc(enum lpcu_kind kind)
{
    switch (kind) {
    case LPCU_KIND_restore:
        return "LPC restore kernels";
    case LPCU_KIND_multi:
        return "several-subframe kernels (lpcu_restore_signal*_multi)";
    case LPCU_KIND_residual:
        return "the encoder's LPC residual kernels (lpcu_compute_residual, _wide)";
    case LPCU_KIND_limit:
        return "the encoder's range-checked residual kernels (lpcu_compute_residual_limit_*)";
    case LPCU_KIND_autoc:
        return "autocorrelation kernels (lpcu_compute_autocorrelation)";
    default:
        return "fixed-predictor kernels (orders 0-4)";
    }
}

/* The static helpers a file's or body's kernels call, once: the family's exact loop (tails
   and redos), the fixed prefix kernels' lane helpers. */
static void emit_helpers(const struct plan *p, const int *idx, int n)
{
    int exact = 0, prefix_bits = 0;
    for (int i = 0; i < n; i++) {
        const struct kernel *k = &p->kernels[idx[i]];
        exact |= k->shape.strategy == ST_SCALAR ||
                 (k->shape.strategy == ST_BLOCK && k->family->speculate);
        if (k->shape.strategy == ST_FIXED_PREFIX)
            prefix_bits = kernel_code_bits(k);
    }
    if (exact)
        emit_exact_function(p->kernels[idx[0]].family);
    if (prefix_bits)
        emit_fixed_helpers(p->kernels[idx[0]].family, prefix_bits);
}

static int write_body(const struct plan *p, const char *dir, const char *command,
                      const struct kernel *ref)
{
    int idx[PLAN_MAX_KERNELS], n = 0;
    const int count = select_kernels(p, idx, same_body, ref);
    for (int i = 0; i < count; i++) /* the shared ones, each once (from its first ISA) */
        if (is_shared(p, idx[i]) && p->kernels[idx[i]].isa == ref->isa)
            idx[n++] = idx[i];
    char file[FILE_LEN], what[256];
    struct output o;
    body_name(file, sizeof file, ref);
    if (open_output(&o, dir, file) != 0)
        return -1;
    snprintf(what, sizeof what,
             "%d-bit %s%s%s: the body every ISA of that width compiles, included by "
             "their files (the symbols carry the including file's LPCU_ISA).",
             kernel_code_bits(ref), kind_doc(ref->kind),
             ref->kind == LPCU_KIND_autoc ? "" : ", family ",
             ref->kind == LPCU_KIND_autoc ? "" : ref->family->name);
    emit_file_comment(command, what);
    emit_simde_includes(ref);
    emit("\n");
    emit_helpers(p, idx, n);
    for (int i = 0; i < n; i++) {
        if (i)
            emit("\n");
        emit_guarded_kernel(&p->kernels[idx[i]], 1);
    }
    return close_output(&o, 1);
}

/* One ISA's translation unit: the bodies it shares, then its own kernels. */
static int write_unit(const struct plan *p, const char *dir, const char *command,
                      const struct kernel *ref)
{
    int idx[PLAN_MAX_KERNELS], own[PLAN_MAX_KERNELS], n_own = 0;
    const int n = select_kernels(p, idx, same_file, ref);
    char file[FILE_LEN], what[320];
    struct output o;
    file_name(file, sizeof file, ref);
    if (open_output(&o, dir, file) != 0)
        return -1;
    if (ref->kind == LPCU_KIND_autoc)
        snprintf(what, sizeof what, "%s %s%s: float data, double sums, lags across lanes.",
                 ref->isa->vector_bits ? ref->isa->name : "Scalar", kind_doc(ref->kind),
                 ref->isa->vector_bits ? ", through SIMDe" : "");
    else if (ref->isa->vector_bits)
        snprintf(what, sizeof what, "%s %s (through SIMDe), family %s: %s.", ref->isa->name,
                 kind_doc(ref->kind), ref->family->name, family_doc(ref->family));
    else
        snprintf(what, sizeof what, "Scalar %s, family %s: %s.", kind_doc(ref->kind),
                 ref->family->name, family_doc(ref->family));
    emit_file_comment(command, what);
    emit("#include <stdint.h>\n");
    if (ref->kind == LPCU_KIND_fixed && ref->isa->vector_bits == 0)
        emit("#include <string.h>\n");
    emit("\n#include \"../lpcu_kernels.h\" /* LPCU_SYM, the pins, the build's selection */\n\n");
    if (ref->feature == LPCU_FEATURE_ifma) /* SIMDe 0.7 has no vpmadd52luq */
        emit("#include <immintrin.h>\n\n");
    for (int i = 0; i < n; i++)
        if (!is_shared(p, idx[i]))
            own[n_own++] = idx[i];
    if (n_own && ref->isa->vector_bits) {
        emit_simde_includes(&p->kernels[own[n_own - 1]]);
        emit("\n");
    }
    int included_any = 0, last_bits = -1;
    for (int i = 0; i < n; i++) {
        const struct kernel *k = &p->kernels[idx[i]];
        if (!is_shared(p, idx[i]) || kernel_code_bits(k) == last_bits)
            continue;
        char body[FILE_LEN];
        body_name(body, sizeof body, k);
        if (!included_any)
            emit("#define LPCU_ISA %s%s%s\n", ref->isa->name, ref->feature ? "_" : "",
                 ref->feature ? feature_names[ref->feature] : "");
        emit("#include \"%s\"\n", body);
        included_any = 1;
        last_bits = kernel_code_bits(k);
    }
    if (included_any)
        emit("\n");
    if (n_own)
        emit_helpers(p, own, n_own);
    for (int i = 0; i < n_own; i++) {
        if (i)
            emit("\n");
        emit_guarded_kernel(&p->kernels[own[i]], 0);
    }
    return close_output(&o, 1);
}

/* ---- manifest.inc ------------------------------------------------------------------------ */

static int write_manifest(const struct plan *p, const char *dir, const char *command)
{
    struct output o;
    if (open_output(&o, dir, "manifest.inc") != 0)
        return -1;
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/*\n");
    emit(" * Every dispatch slot and the kernel it runs, one row each:\n");
    emit(" *     LPCU_KERNEL(kind, family, isa, feature, lanes, order, symbol)\n");
    emit(" * kind restore, multi, fixed or autoc; the slot of `family` in ISA `isa`'s table, used "
         "where "
         "the\n");
    emit(" * CPU also has `feature`; lanes: 1, or for multi the number of subframes in the group; "
         "the\n");
    emit(" * symbol may be another ISA's kernel (lent). Each row is guarded by what the build "
         "compiled\n");
    emit(" * (LPCU_BUILT, lpcu_kernels.h); a slot with no row falls back (lpcunroll.h). autoc "
         "rows: order\n");
    emit(" * is the lag count; they have no family, are listed under narrow and built with any."
         "\n");
    emit(" */\n");
    char guard[256] = "";
    for (int s = 0; s < p->n_slots; s++) {
        const struct slot *sl = &p->slots[s];
        const struct kernel *k = &p->kernels[sl->kernel];
        char next[256], sym[SYM_LEN];
        snprintf(next, sizeof next, "LPCU_BUILT(%s, %s, %s, %s, %s, %d)", kind_names[sl->kind],
                 sl->kind == LPCU_KIND_autoc ? "any" : sl->family->name, sl->isa->name,
                 feature_names[sl->feature], k->isa->name, has_lpc_order(sl->kind) ? sl->order : 0);
        if (strcmp(next, guard) != 0) {
            if (guard[0])
                emit("#endif\n");
            emit("#if %s\n", next);
            snprintf(guard, sizeof guard, "%s", next);
        }
        kernel_symbol(sym, sizeof sym, k, 0);
        emit("LPCU_KERNEL(%s, %s, %s, %s, %d, %d, %s)\n", kind_names[sl->kind], sl->family->name,
             sl->isa->name, feature_names[sl->feature], sl->lanes, sl->order, sym);
    }
    if (guard[0])
        emit("#endif\n");
    return close_output(&o, 1);
}

/* ---- sources.cmake ----------------------------------------------------------------------- */

static int write_sources(const struct plan *p, const char *dir, const char *command,
                         const int *units, int n_units)
{
    struct output o;
    if (open_output(&o, dir, "sources.cmake") != 0)
        return -1;
    emit("# SPDX-License-Identifier: MIT\n");
    emit_banner(command, "#", "# ", "");
    emit("# Every generated C file: lpcu_generated_source(FILE KIND ISA FEATURE FAMILY...), "
         "compiled\n");
    emit("# with ISA's and FEATURE's flags where the build selects KIND, ISA and one of the "
         "FAMILYs\n");
    emit("# whose dispatch slots run its kernels (CMakeLists.txt).\n");
    for (int u = 0; u < n_units; u++) {
        const struct kernel *ref = &p->kernels[units[u]];
        char file[FILE_LEN];
        int users[LPCU_FAMILY_COUNT] = {0};
        for (int s = 0; s < p->n_slots; s++)
            if (same_file(&p->kernels[p->slots[s].kernel], ref))
                users[p->slots[s].family->id] = 1;
        for (int fi = 0; fi < LPCU_FAMILY_COUNT && ref->kind == LPCU_KIND_autoc; fi++)
            users[fi] = 1; /* no family: built with any */
        file_name(file, sizeof file, ref);
        emit("lpcu_generated_source(%s %s %s %s", file, kind_names[ref->kind], ref->isa->name,
             feature_names[ref->feature]);
        for (int fi = 0; fi < LPCU_FAMILY_COUNT; fi++)
            if (users[fi])
                fprintf(out, " %s", families[fi].name);
        fprintf(out, ")\n");
    }
    return close_output(&o, 1);
}

/* ---- the tree ------------------------------------------------------------------------------ */

int write_tree(const struct plan *p, const char *dir, const char *command)
{
    int units[PLAN_MAX_KERNELS], n_units = 0;
    for (int i = 0; i < p->n_kernels; i++)
        shared_flags[i] = (unsigned char)compute_shared(p, i);
    for (int i = 0; i < p->n_kernels; i++) { /* the first kernel of each file stands for it */
        int seen = 0;
        for (int u = 0; u < n_units && !seen; u++)
            seen = same_file(&p->kernels[units[u]], &p->kernels[i]);
        if (!seen)
            units[n_units++] = i;
    }
    for (int u = 0; u < n_units; u++)
        if (write_unit(p, dir, command, &p->kernels[units[u]]) != 0)
            return -1;
    /* one body per kind, family, feature and width that has shared kernels, written by the
       first ISA that shares it */
    int bodies[PLAN_MAX_KERNELS], n_bodies = 0;
    for (int i = 0; i < p->n_kernels; i++) {
        int seen = !is_shared(p, i);
        for (int b = 0; b < n_bodies && !seen; b++)
            seen = same_body(&p->kernels[bodies[b]], &p->kernels[i]);
        if (!seen)
            bodies[n_bodies++] = i;
    }
    for (int b = 0; b < n_bodies; b++)
        if (write_body(p, dir, command, &p->kernels[bodies[b]]) != 0)
            return -1;
    if (write_manifest(p, dir, command) != 0)
        return -1;
    return write_sources(p, dir, command, units, n_units);
}

/* ---- one self-contained file ----------------------------------------------------------------- */

/* The encoder's residual kinds share a signature: (data, data_len, qlp_coeff, shift, residual). */
static int is_residual_kind(enum lpcu_kind kind)
{
    return kind == LPCU_KIND_residual || kind == LPCU_KIND_limit;
}

/* Every kernel's parameter list, for the declarations and the lending wrappers. */
static void emit_prototype(const struct slot *s, const char *name, const char *end)
{
    if (s->kind == LPCU_KIND_autoc) {
        emit("void %s(const float *data, uint32_t data_len, double *autoc)%s\n", name, end);
        return;
    }
    if (s->kind == LPCU_KIND_fixed) {
        emit("void %s(const int32_t *residual, uint32_t data_len, %s *data)%s\n", name,
             s->family->sample, end);
        return;
    }
    if (is_residual_kind(s->kind)) {
        emit("uint32_t %s(const %s *data, uint32_t data_len, const int32_t *qlp_coeff,\n", name,
             s->family->sample);
        emit("    int lp_quantization, int32_t *residual)%s\n", end);
        return;
    }
    emit("void %s(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,\n", name);
    emit("    int lp_quantization, %s *data)%s\n", s->family->sample, end);
}

/* The name a slot has in a single file: its family's and its ISA's. */
static void slot_symbol(char *buf, size_t size, const struct slot *s)
{
    if (s->kind == LPCU_KIND_autoc)
        snprintf(buf, size, "%sautoc_lag%d__%s", cfg.prefix, s->order, s->isa->name);
    else if (s->kind == LPCU_KIND_fixed)
        fixed_symbol(buf, size, s->family, s->isa->name, s->order);
    else if (is_residual_kind(s->kind))
        snprintf(buf, size, "%s%s_%s_o%d__%s", cfg.prefix, kind_names[s->kind], s->family->name,
                 s->order, s->isa->name);
    else
        restore_symbol(buf, size, s->family, s->isa->name, s->order);
}

/*
 * FILE.c with the selected kernels and nothing it needs from lpcunroll, and FILE.h with their
 * declarations. Every selected (family, ISA, order) gets its symbol: the ISA's own kernel,
 * or a wrapper around the kernel the tuning gives that ISA (scalar, or a narrower ISA's,
 * emitted too). SIMD code is not guarded: compile the file with the flags of the ISAs
 * selected (e.g. -mavx2) and call those kernels only on CPUs that have them.
 */
int write_single_file(const struct plan *p, const char *path, const char *command)
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
    for (int s = 0; s < p->n_slots; s++) {
        char name[SYM_LEN];
        slot_symbol(name, sizeof name, &p->slots[s]);
        emit_prototype(&p->slots[s], name, ";");
    }
    emit("\n#endif\n");
    if (close_output(&o, 1) != 0)
        return 1;

    if (open_output(&o, dir, base) != 0)
        return 2;
    emit_file_comment(command, "Vendored kernels: for each family and order below, the scalar "
                               "kernel and the selected ISAs' kernels.");
    emit("#include <stdint.h>\n#include <string.h>\n\n");
    emit_pin_macros();
    emit("/* Samples an autocorrelation kernel converts to double at a time. */\n");
    emit("#define LPCU_AUTOC_CHUNK %d\n", LPCU_AUTOC_CHUNK);
    emit("/* The exact-double residual kernels: samples converted at a time, and their bounds. "
         "*/\n");
    emit("#define LPCU_EXACT_CHUNK %d\n", LPCU_EXACT_CHUNK);
    emit("#define LPCU_EXACT_SAMPLE_MAX ((int64_t)1 << %d)\n", LPCU_EXACT_SAMPLE_BITS);
    int bits_done[3] = {0}, exact_done = 0;
    for (int i = 0; i < p->n_kernels; i++) {
        const int bits = kernel_code_bits(&p->kernels[i]);
        const int slot = bits == 128 ? 0 : bits == 256 ? 1 : 2;
        if (bits && !bits_done[slot]) {
            emit("#include <%s>\n", simde_header(&p->kernels[i]));
            bits_done[slot] = 1;
        }
        if (p->kernels[i].shape.strategy == ST_RESID_EXACT && !exact_done) {
            emit("#include <simde/x86/fma.h>\n");
            exact_done = 1;
        }
    }
    emit("\n");
    /* per family: its helpers, then its kernels in plan order */
    for (int fi = 0; fi < LPCU_FAMILY_COUNT; fi++) {
        int idx[PLAN_MAX_KERNELS], n = 0;
        for (int i = 0; i < p->n_kernels; i++)
            if (p->kernels[i].family == &families[fi])
                idx[n++] = i;
        if (n == 0)
            continue;
        for (int i = 0; i < n; i++)
            if (p->kernels[idx[i]].kind == LPCU_KIND_restore) {
                emit_exact_function(&families[fi]);
                break;
            }
        for (int w = 128; w <= 512; w *= 2) { /* fixed prefix helpers: one width per file */
            for (int i = 0; i < n; i++) {
                const struct kernel *k = &p->kernels[idx[i]];
                if (k->shape.strategy == ST_FIXED_PREFIX && kernel_code_bits(k) == w) {
                    emit_fixed_helpers(k->family, w);
                    w = 1024;
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            char name[SYM_LEN];
            kernel_symbol(name, sizeof name, &p->kernels[idx[i]], 0);
            emit_kernel(&p->kernels[idx[i]], name);
            emit("\n");
        }
    }
    /* lent slots: a wrapper under the slot's name */
    for (int s = 0; s < p->n_slots; s++) {
        const struct slot *sl = &p->slots[s];
        const struct kernel *k = &p->kernels[sl->kernel];
        char name[SYM_LEN], target[SYM_LEN];
        slot_symbol(name, sizeof name, sl);
        kernel_symbol(target, sizeof target, k, 0);
        if (strcmp(name, target) == 0)
            continue;
        if (sl->kind == LPCU_KIND_autoc)
            emit("/* %s autocorrelation of %d lags runs %s */\n", sl->isa->name, sl->order, target);
        else
            emit("/* %s %s at order %d runs %s */\n", sl->isa->name, sl->family->name, sl->order,
                 target);
        emit_prototype(sl, name, "");
        emit("{\n");
        if (sl->kind == LPCU_KIND_autoc)
            emit("    %s(data, data_len, autoc);\n", target);
        else if (sl->kind == LPCU_KIND_fixed)
            emit("    %s(residual, data_len, data);\n", target);
        else if (is_residual_kind(sl->kind))
            emit("    return %s(data, data_len, qlp_coeff, lp_quantization, residual);\n", target);
        else
            emit("    %s(residual, data_len, qlp_coeff, lp_quantization, data);\n", target);
        emit("}\n\n");
    }
    return close_output(&o, 1) == 0 ? 0 : 1;
}
