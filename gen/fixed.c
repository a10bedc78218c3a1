/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: the fixed-predictor kernels, for FLAC's FIXED subframes (orders 0-4).
 *
 * A FIXED subframe of order k codes the k-th backward difference of the signal: libFLAC
 * restores it as data[i] = r[i] + 2 data[i-1] - data[i-2] (order 2), ... up to
 * r[i] + 4 data[i-1] - 6 data[i-2] + 4 data[i-3] - data[i-4], each sample one multiply or
 * lea and a few adds after the previous one. With shift 0 the restore is linear: order k is
 * k nested running sums of the residual. The kernels keep the differences
 * s_m = Δ^m data[i-1] (m < k) and run, per sample,
 *
 *     s_{k-1} += r[i]; s_{k-2} += s_{k-1}; ...; s_0 += s_1; data[i] = s_0
 *
 * so every dependency from one sample to the next is a single add.
 *
 * All of it is integer-coefficient linear arithmetic, hence exact modulo the word size:
 *   - narrow: libFLAC's 32-bit sums, wrapping where C would overflow;
 *   - wide: libFLAC sums in 64 bits and keeps the low 32 bits of each output. The low 32 bits
 *     of an integer combination depend only on the low 32 bits of its terms, so the narrow
 *     kernels give identical outputs on every input: wide uses them (no speculation needed,
 *     unlike the LPC wide family, whose shift brings high bits down);
 *   - wide33: 64-bit samples, 64-bit sums.
 *
 * Strategies (chosen per family, ISA and order by fixed_shape() from measurements):
 *   - scalar: the nested sums, unrolled, the differences in locals; order 1 two samples per
 *     add on the chain (emit_fixed_pair). Order 0 is a copy.
 *   - prefix: the same sums a vector at a time. A running sum over L lanes is an in-register
 *     inclusive prefix sum (log2 L shift-and-add steps) plus the carry from earlier vectors,
 *     broadcast in every lane; the carry advances by the last lane of the prefix sum, which
 *     does not depend on the carry, so the only chain between vectors is one add per level.
 *     The tail (less than a loop trip) is the scalar kernel, which picks up the differences
 *     from the samples just stored.
 */
#include <stdio.h>
#include <string.h>

#include "gen.h"

#define FIXED_MAX_ORDER 4

struct fixed_shape {
    const char *isa; /* whose kernel this ISA runs: NULL = its own (scalar: the scalar kernel,
                        a SIMD ISA: its prefix kernel), "scalar", or another ISA's */
    int unroll;      /* samples (scalar) or vectors (prefix) per loop trip */
    int pairs;       /* scalar order 1: two samples per add on the chain (emit_fixed_pair) */
};

struct fixed_rule {
    const char *family, *isa; /* code family (narrow or wide33), ISA */
    int max_order;            /* covers orders up to this one, after the previous rule */
    struct fixed_shape shape;
};

/*
 * The strategy table, from measurements on AMD EPYC (Zen 5 class, AVX-512), gcc 12 -O2,
 * n = 4096, best of 500, TSC ticks per sample; libFLAC 1.4.2 in the same process in brackets.
 * The scalar kernels were swept over unroll {1, 2, 4, 8, 16} (8 and 16 tie) and, at order 1,
 * pairs on and off; the prefix kernels over {1, 2, 4} vectors per trip (2 and 4 tie; with
 * one, the 128-bit kernels wait on the shuffle latency). A prefix sum costs log2(lanes)
 * shuffles per vector and level, so it wins at order 1 (and 0 for wide33's widening copy),
 * and at order 2 with 512-bit registers; the scalar nested sums (one add per level and
 * sample) win above that on every ISA here.
 *
 * Not kept: running one segment of the block per lane (8x8 transposes in and out, then one
 * vertical add per level and 8 samples, the segments' start states from weighted sums of the
 * residual): an AVX2 prototype spent 0.38-0.50 in the transposes and adds alone, 0.10-0.18
 * in the weighted sums, and (estimated) some 0.15 in per-call setup at FLAC's 1152-sample
 * blocks, so at best it would tie the scalar kernels at orders 3-4; with 16x16 transposes
 * (AVX-512) the transposes and adds alone cost 0.65-0.69.
 */
static const struct fixed_rule fixed_rules[] = {
    /* scalar, unroll 8. narrow: o0 is memcpy 0.07 (0.07), o1 0.44 (0.67; 0.67 without
       pairs), o2 0.65 (1.27), o3 0.72 (2.53), o4 0.81 (3.00) */
    {"narrow", "scalar", FIXED_MAX_ORDER, {NULL, 8, 1}},
    /* wide33: o0 0.32 (0.39), o1 0.62 (0.67), o2 0.70 (1.27), o3 0.79 (2.70), o4 0.93 (3.02) */
    {"wide33", "scalar", FIXED_MAX_ORDER, {NULL, 8, 1}},
    {"narrow", "sse41", 0, {"scalar", 0, 0}},
    {"narrow", "sse41", 1, {NULL, 2, 0}},     /* o1 0.36 */
    {"narrow", "sse41", 4, {"scalar", 0, 0}}, /* prefix: o2 0.72 */
    {"narrow", "avx2", 0, {"scalar", 0, 0}},
    {"narrow", "avx2", 1, {NULL, 2, 0}},     /* o1 0.27 */
    {"narrow", "avx2", 4, {"scalar", 0, 0}}, /* prefix: o2 0.65 (a tie), o3 1.07 */
    {"narrow", "avx512", 0, {"scalar", 0, 0}},
    {"narrow", "avx512", 2, {NULL, 2, 0}},     /* o1 0.18, o2 0.47 */
    {"narrow", "avx512", 4, {"scalar", 0, 0}}, /* prefix: o3 0.84, o4 1.28 */
    {"wide33", "sse41", 4, {"scalar", 0, 0}},  /* prefix: o0 0.34, o1 0.63, o2 1.10 */
    {"wide33", "avx2", 1, {NULL, 2, 0}},       /* o0 0.13, o1 0.50 */
    {"wide33", "avx2", 4, {"scalar", 0, 0}},   /* prefix: o2 1.02 */
    {"wide33", "avx512", 1, {NULL, 2, 0}},     /* o0 0.13, o1 0.39 */
    {"wide33", "avx512", 4, {"scalar", 0, 0}}, /* prefix: o2 0.82 */
    /* neon: the 128-bit kernels, as sse41 (not measured on an ARM core) */
};
#define N_FIXED_RULES (sizeof fixed_rules / sizeof fixed_rules[0])

/* The family whose kernels serve f: wide runs the narrow kernels (see the top comment). */
static const struct family *code_family(const struct family *f)
{
    if (strcmp(f->name, "wide") != 0)
        return f;
    for (size_t i = 0; i < N_FAMILIES; i++)
        if (strcmp(families[i].name, "narrow") == 0)
            return &families[i];
    return f;
}

static int is_64(const struct family *f)
{
    return strcmp(f->sample, "int64_t") == 0;
}

static void fixed_kernel_name(char *buf, size_t size, const struct family *f, const char *isa,
                              int order)
{
    snprintf(buf, size, "%sfixed_%s_o%d__%s", cfg.prefix, code_family(f)->name, order, isa);
}

static struct fixed_shape fixed_shape(const struct family *f, const char *isa, int order)
{
    const struct fixed_shape scalar = {"scalar", 0, 0};
    const char *rules_isa = strcmp(isa, "neon") == 0 ? "sse41" : isa;
    struct fixed_shape s = scalar;
    f = code_family(f);
    for (size_t r = 0; r < N_FIXED_RULES; r++) {
        const struct fixed_rule *rule = &fixed_rules[r];
        if (strcmp(rule->family, f->name) == 0 && strcmp(rule->isa, rules_isa) == 0 &&
            order <= rule->max_order) {
            s = rule->shape;
            break;
        }
    }
#ifdef GEN_TUNE_FIXED /* exploration builds: -DGEN_TUNE_FIXED=1 (SIMD ISAs run their prefix        \
                         kernels) or -1 (the scalar ones), -DGEN_TUNE_UNROLL=u, -DGEN_TUNE_PAIRS=p \
                       */
    if (strcmp(isa, "scalar") != 0 && order > 0)
        s.isa = GEN_TUNE_FIXED < 0 ? "scalar" : NULL;
    s.unroll = GEN_TUNE_UNROLL;
#ifdef GEN_TUNE_PAIRS
    s.pairs = GEN_TUNE_PAIRS;
#endif
#endif
    if (s.isa && strcmp(s.isa, "scalar") != 0) { /* borrowed: whatever that ISA runs */
        struct fixed_shape lent = fixed_shape(f, s.isa, order);
        if (!lent.isa)
            lent.isa = s.isa;
        return lent;
    }
    return s;
}

/* ---- shared pieces ------------------------------------------------------------------------ */

static void emit_signature(const struct family *f, const char *name)
{
    emit("void %s(const int32_t *restrict residual, uint32_t data_len,\n", name);
    emit("    %s *restrict data)\n", f->sample);
}

/* An integer literal of the family's unsigned type. */
static const char *lit(const struct family *f, int v)
{
    static char buf[4][32];
    static int next;
    char *b = buf[next++ % 4];
    snprintf(b, sizeof buf[0], is_64(f) ? "UINT64_C(%d)" : "%du", v);
    return b;
}

/* The differences s_m = Δ^m data[-1] = sum_j (-1)^j C(m, j) data[-1-j] of the warm-up. */
static void emit_differences(const struct family *f, int order)
{
    for (int j = 1; j <= order; j++)
        emit("const %s d%d = %sdata[-%d];\n", f->acc, j, f->widen, j);
    for (int m = order - 1; m >= 0; m--) {
        emit("%s s%d = d1", f->acc, m);
        int binom = 1; /* C(m, j) */
        for (int j = 1; j <= m; j++) {
            binom = binom * (m - j + 1) / j;
            if (binom == 1)
                fprintf(out, " %c d%d", j % 2 ? '-' : '+', j + 1);
            else
                fprintf(out, " %c %s * d%d", j % 2 ? '-' : '+', lit(f, binom), j + 1);
        }
        fprintf(out, ";\n");
    }
}

/* ---- scalar ------------------------------------------------------------------------------- */

/* One sample at residual[u], data[u]. */
static void emit_fixed_sample(const struct family *f, int order, int u)
{
    if (order == 0) {
        emit("data[%d] = residual[%d];\n", u, u);
        return;
    }
    emit("s%d += %sresidual[%d];\n", order - 1, f->widen, u);
    for (int m = order - 2; m >= 0; m--)
        emit("s%d += s%d;\n", m, m + 1);
    emit("data[%d] = (%s)s0;\n", u, f->sample);
}

/*
 * Order 1, two samples a step: the running sum's chain advances by r[u] + r[u+1], summed off
 * the chain, so it is one add per two samples (libFLAC's loop, and the plain nested sum, are
 * one per sample). Pinned, or the compiler re-associates it back into the chain.
 */
static void emit_fixed_pair(const struct family *f, int u)
{
    emit("{\n");
    indent++;
    emit("const %s a = %sresidual[%d];\n", f->acc, f->widen, u);
    emit("%s ab = a + %sresidual[%d];\n", f->acc, f->widen, u + 1);
    emit("LPCU_OFF_CHAIN(ab);\n");
    emit("data[%d] = (%s)(s0 + a);\n", u, f->sample);
    emit("s0 += ab;\n");
    emit("data[%d] = (%s)s0;\n", u + 1, f->sample);
    indent--;
    emit("}\n");
}

/*
 * The loop steps the two pointers rather than an index: a 32-bit index needs its own
 * zero-extended copy per unrolled sample. The last data_len % unroll samples are unrolled
 * once more, straight-line.
 */
static void emit_fixed_scalar(const struct family *f, int order, struct fixed_shape s)
{
    char name[64];
    fixed_kernel_name(name, sizeof name, f, "scalar", order);
    emit_signature(f, name);
    emit("{\n");
    indent++;
    if (order == 0 && !is_64(f)) {
        /* the restore is a copy, and the C library's copy is as fast as copies get */
        emit("memcpy(data, residual, (size_t)data_len * sizeof *data);\n");
        indent--;
        emit("}\n");
        return;
    }
    emit_differences(f, order);
    emit("const uint32_t left = data_len %% %d;\n", s.unroll);
    emit("const int32_t *const end = residual + (data_len - left);\n");
    emit("for (; residual != end; residual += %d, data += %d) {\n", s.unroll, s.unroll);
    indent++;
    if (order == 1 && s.pairs) {
        for (int u = 0; u + 1 < s.unroll; u += 2)
            emit_fixed_pair(f, u);
    } else {
        for (int u = 0; u < s.unroll; u++)
            emit_fixed_sample(f, order, u);
    }
    indent--;
    emit("}\n");
    for (int u = 0; u + 1 < s.unroll; u++) {
        emit("if (left == %d)\n", u);
        emit("    return;\n");
        emit_fixed_sample(f, order, u);
    }
    indent--;
    emit("}\n");
}

/* ---- prefix (SIMD) ------------------------------------------------------------------------ */

static int lanes(const struct family *f, const struct isa *isa)
{
    return isa->bytes / (is_64(f) ? 8 : 4);
}

/*
 * Per ISA file: lpcu_prefix(x), the inclusive prefix sum of the lanes, and lpcu_last(x), the
 * last lane broadcast. Lanes shift by whole bytes within 128-bit halves (cheap, one cycle);
 * AVX2 then adds the low half's total to the high half; AVX-512's shifts cross the whole
 * register with a zero-masked permute (its in-half byte shifts are missing from SIMDe 0.7).
 */
static void emit_prefix_helpers(const struct family *f, const struct isa *isa)
{
    const char *P = isa->pfx, *V = isa->vtype;
    const int w = is_64(f) ? 64 : 32, L = lanes(f, isa);
    if (isa->bytes == 64) {
        /* permute indices, as arrays: SIMDe 0.7's set_epi32/64 builds the vector lane by lane
           (a dozen instructions) even where the ISA is native */
        emit("/* lpcu_up<s>[l] = l - s: lane l takes lane l - s (lanes below s are masked). */\n");
        for (int s = 1; s < L; s *= 2) {
            emit("static const int%d_t lpcu_up%d[%d] = {", w, s, L);
            for (int l = 0; l < L; l++)
                fprintf(out, "%d%s", (l - s) & (L - 1), l + 1 < L ? ", " : "};\n");
        }
        emit("static const int%d_t lpcu_last_idx[%d] = {", w, L);
        for (int l = 0; l < L; l++)
            fprintf(out, "%d%s", L - 1, l + 1 < L ? ", " : "};\n\n");
    }
    emit("/* Inclusive prefix sum of the %d lanes (mod 2^%d). */\n", L, w);
    emit("static inline %s lpcu_prefix(%s x)\n", V, V);
    emit("{\n");
    indent++;
    if (isa->bytes == 16) {
        for (int s = 1; s < L; s *= 2)
            emit("x = %sadd_epi%d(x, %sslli_si128(x, %d));\n", P, w, P, s * w / 8);
        emit("return x;\n");
    } else if (isa->bytes == 32) {
        for (int s = 1; s < L / 2; s *= 2)
            emit("x = %sadd_epi%d(x, %sslli_si256(x, %d));\n", P, w, P, s * w / 8);
        /* the low half's last lane, in every lane of the high half */
        emit("const %s t = %sshuffle_epi32(x, 0x%s);\n", V, P, w == 32 ? "FF" : "EE");
        emit("return %sadd_epi%d(x, %spermute2x128_si256(t, t, 0x08));\n", P, w, P);
    } else {
        for (int s = 1; s < L; s *= 2) {
            emit("x = %sadd_epi%d(x, %smaskz_permutexvar_epi%d((simde__mmask%d)0x%X,\n", P, w, P, w,
                 L < 8 ? 8 : L, ((1u << L) - 1) & ~((1u << s) - 1));
            emit("    %sloadu_si512((const void *)lpcu_up%d), x));\n", P, s);
        }
        emit("return x;\n");
    }
    indent--;
    emit("}\n\n");

    emit("/* The last lane, in every lane. */\n");
    emit("static inline %s lpcu_last(%s x)\n", V, V);
    emit("{\n");
    if (isa->bytes == 16)
        emit("    return %sshuffle_epi32(x, 0x%s);\n", P, w == 32 ? "FF" : "EE");
    else if (isa->bytes == 32 && w == 32)
        emit("    return %spermutevar8x32_epi32(x, %sset1_epi32(7));\n", P, P);
    else if (isa->bytes == 32)
        emit("    return %spermute4x64_epi64(x, 0xFF);\n", P);
    else
        emit("    return %spermutexvar_epi%d(%sloadu_si512((const void *)lpcu_last_idx), x);\n", P,
             w, P);
    emit("}\n\n");
}

/* lpcu_load(p): the lanes' residuals p[0 .. lanes-1], widened to the lanes; reads exactly
   those (the 64-bit lanes take half a register of residuals). */
static void emit_load_helper(const struct family *f, const struct isa *isa)
{
    emit("static inline %s lpcu_load(const int32_t *p)\n", isa->vtype);
    emit("{\n");
    if (!is_64(f))
        emit("    return %sloadu_%s((const void *)p);\n", isa->pfx, isa->si);
    else if (isa->bytes == 16)
        emit("    return simde_mm_cvtepi32_epi64(simde_mm_loadl_epi64((const void *)p));\n");
    else if (isa->bytes == 32)
        emit("    return simde_mm256_cvtepi32_epi64(simde_mm_loadu_si128((const void *)p));\n");
    else {
        /* SIMDe 0.7 has no 512-bit cvtepi32_epi64: two 256-bit ones */
        emit("    const simde__m256i lo = simde_mm256_cvtepi32_epi64(simde_mm_loadu_si128((const "
             "void *)p));\n");
        emit("    const simde__m256i hi = simde_mm256_cvtepi32_epi64(simde_mm_loadu_si128((const "
             "void *)(p + 4)));\n");
        emit("    return simde_mm512_inserti64x4(simde_mm512_castsi256_si512(lo), hi, 1);\n");
    }
    emit("}\n\n");
}

static void emit_fixed_prefix(const struct family *f, const struct isa *isa, int order, int unroll)
{
    const char *P = isa->pfx, *V = isa->vtype;
    const int w = is_64(f) ? 64 : 32, L = lanes(f, isa), step = L * unroll;
    char name[64], scalar[64];
    fixed_kernel_name(name, sizeof name, f, isa->name, order);
    fixed_kernel_name(scalar, sizeof scalar, f, "scalar", order);
    emit_signature(f, name);
    emit("{\n");
    indent++;
    emit("uint32_t i = 0;\n");
    emit("if (data_len >= %d) { /* shorter calls go straight to the scalar kernel */\n", step);
    indent++;
    emit_differences(f, order);
    /* c_m: the running sum of level m so far, in every lane */
    for (int m = order - 1; m >= 0; m--)
        emit("%s c%d = %sset1_epi%d%s((int%d_t)s%d);\n", V, m, P, w,
             w == 64 && isa->bytes < 64 ? "x" : "", w, m);
    emit("for (; data_len - i >= %d; i += %d) {\n", step, step);
    indent++;
    for (int u = 0; u < unroll; u++) {
        char at[16];
        snprintf(at, sizeof at, u ? "i + %d" : "i", u * L);
        emit("{\n");
        indent++;
        emit("%s x = lpcu_load(residual + %s);\n", V, at);
        for (int m = order - 1; m >= 0; m--) {
            emit("{\n");
            emit("    const %s p = lpcu_prefix(x);\n", V);
            emit("    x = %sadd_epi%d(p, c%d);\n", P, w, m);
            emit("    c%d = %sadd_epi%d(c%d, lpcu_last(p));\n", m, P, w, m);
            emit("}\n");
        }
        emit("%sstoreu_%s((void *)(data + %s), x);\n", P, isa->si, at);
        indent--;
        emit("}\n");
    }
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
    emit("if (i < data_len)\n");
    emit("    %s(residual + i, data_len - i, data + i);\n", scalar);
    indent--;
    emit("}\n");
}

/* ---- files -------------------------------------------------------------------------------- */

/* One line for the file comment. */
static const char *fixed_doc(const struct family *f)
{
    return is_64(f) ? "64-bit samples and sums (FLAC__fixed_restore_signal_wide_33bit semantics)"
                    : "32-bit wrap-around arithmetic (FLAC__fixed_restore_signal semantics; "
                      "FLAC__fixed_restore_signal_wide's too, whose low 32 bits are the same)";
}

static int write_scalar_fixed(const char *dir, const char *command, const struct family *f)
{
    struct output o;
    char file[64], what[256];
    snprintf(file, sizeof file, "fixed-%s-scalar.c", f->name);
    snprintf(what, sizeof what, "Fixed-predictor kernels (orders 0-%d), scalar, family %s: %s.",
             FIXED_MAX_ORDER, f->name, fixed_doc(f));
    if (open_kernel_file(&o, dir, file, command, what, NULL, NULL) != 0)
        return -1;
    emit("#include <string.h>\n\n");

    for (int order = 0; order <= FIXED_MAX_ORDER; order++) {
        const struct fixed_shape s = fixed_shape(f, "scalar", order);
        if (order > 0)
            emit("\n");
        emit_fixed_scalar(f, order, s);
    }
    return close_kernel_file(&o, NULL);
}

static int write_simd_fixed(const char *dir, const char *command, const struct family *f,
                            const struct isa *isa)
{
    struct output o;
    char file[64], what[320];
    snprintf(file, sizeof file, "fixed-%s-%s.c", f->name, isa->name);
    snprintf(what, sizeof what,
             "Fixed-predictor kernels (%s through SIMDe), family %s: %s. Orders not listed "
             "here use another ISA's kernels (see fixed.inc).",
             isa->name, f->name, fixed_doc(f));
    if (open_kernel_file(&o, dir, file, command, what, isa, NULL) != 0)
        return -1;
    int any = 0;
    for (int order = 0; order <= FIXED_MAX_ORDER; order++)
        any |= fixed_shape(f, isa->name, order).isa == NULL;
    if (any) {
        emit_load_helper(f, isa);
        emit_prefix_helpers(f, isa);
    }
    int first = 1;
    for (int order = 0; order <= FIXED_MAX_ORDER; order++) {
        const struct fixed_shape s = fixed_shape(f, isa->name, order);
        if (s.isa)
            continue;
        if (!first)
            emit("\n");
        first = 0;
        emit_fixed_prefix(f, isa, order, s.unroll);
    }
    return close_kernel_file(&o, isa);
}

static int write_fixed_list(const char *dir, const char *command)
{
    struct output o;
    if (open_output(&o, dir, "fixed.inc") != 0)
        return -1;
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* LPCU_FIXED_KERNEL(family, isa, order, symbol): the fixed-predictor kernel of every "
         "family,\n   ISA and order 0-%d. wide runs the narrow kernels (same outputs; see "
         "gen/fixed.c). */\n",
         FIXED_MAX_ORDER);
    for (size_t fi = 0; fi < N_FAMILIES; fi++) {
        for (int order = 0; order <= FIXED_MAX_ORDER; order++) {
            char name[64];
            fixed_kernel_name(name, sizeof name, &families[fi], "scalar", order);
            emit("LPCU_FIXED_KERNEL(%s, scalar, %d, %s)\n", families[fi].name, order, name);
        }
    }
    for (size_t ii = 0; ii < N_ISAS; ii++) {
        emit("#if %s\n", isas[ii].guard);
        for (size_t fi = 0; fi < N_FAMILIES; fi++) {
            for (int order = 0; order <= FIXED_MAX_ORDER; order++) {
                char name[64];
                const struct fixed_shape s = fixed_shape(&families[fi], isas[ii].name, order);
                fixed_kernel_name(name, sizeof name, &families[fi], s.isa ? s.isa : isas[ii].name,
                                  order);
                emit("LPCU_FIXED_KERNEL(%s, %s, %d, %s)\n", families[fi].name, isas[ii].name, order,
                     name);
            }
        }
        emit("#endif\n");
    }
    return close_output(&o, 1);
}

int write_fixed_files(const char *dir, const char *command)
{
    for (size_t fi = 0; fi < N_FAMILIES; fi++) {
        const struct family *f = &families[fi];
        if (code_family(f) != f)
            continue; /* wide: no files of its own */
        if (write_scalar_fixed(dir, command, f) != 0)
            return -1;
        for (size_t ii = 0; ii < N_ISAS; ii++)
            if (write_simd_fixed(dir, command, f, &isas[ii]) != 0)
                return -1;
    }
    return write_fixed_list(dir, command);
}
