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
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GEN_VERSION "0.1.0"
#define MAX_ORDER 32
#define PATH_MAX_LEN 4096

/* ---- emitting ------------------------------------------------------------------------- */

static FILE *out;
static int indent;
static int out_failed;

static void emit(const char *fmt, ...)
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
static void emit_banner(const char *command, const char *comment_open, const char *comment_line,
                        const char *comment_close)
{
    emit("%s\n", comment_open);
    emit("%sAuto-generated file. Do not edit!\n", comment_line);
    emit("%sGenerator: lpcunroll-gen %s (gen/lpcunroll-gen.c)\n", comment_line, GEN_VERSION);
    emit("%sRegenerate from the source root with: %s\n", comment_line, command);
    if (comment_close[0] != '\0')
        emit("%s\n", comment_close);
}

/* ---- the scalar strategy -------------------------------------------------------------- */

/*
 * Per-order shape of the scalar kernels:
 *   regs:   the newest samples kept in a ring of locals (the loop is unrolled this many
 *           times); older ones are loaded from data[], long after they were stored.
 *   accs:   independent partial sums for the off-chain terms.
 *   coeffs: how many coefficients (newest first) are hoisted into locals; the rest are
 *           loaded from qlp_coeff[] each sample (a load either way once registers run out).
 *   nofold: keep the plain chain where the fold (see emit_scalar_kernel) would apply; the
 *           fold costs one multiply per sample, which matters once multiplies, not the
 *           chain, are the limit.
 * Chosen per family and order range from a sweep over regs {1,2,3,4,6,8,12,16,24,all},
 * accs {1,2}, coeffs {1,all} and fold on/off: AMD EPYC (Zen 5 class, 2 imul per cycle),
 * gcc 12 -O2, n = 4096, best of 200, TSC ticks per sample, ours / libFLAC 1.4.2 in the same
 * process. Rings above 16 were faster still in the sweep but, with 20+ unrolled copies of
 * 20+ terms, hit code-layout cliffs (3-4x slower at one order, moving with the alignment),
 * so the ring stops at 16 and higher orders load their history.
 */
struct scalar_shape {
    int regs, accs, coeffs, nofold;
};

struct shape_rule {
    int max_order; /* the rule covers orders up to this one (after the previous rule's) */
    struct scalar_shape shape;
};

#define ALL MAX_ORDER
static const struct shape_rule narrow_rules[] = {
    {10, {12, 1, 1, 0}},   /* o2: 3.01 / 3.57, o6: 3.22 / 3.97, o10: 3.84 / 3.87 */
    {11, {12, 2, ALL, 1}}, /* o11: 4.08 / 4.31 */
    {16, {16, 1, 1, 1}},   /* o12: 4.39 / 4.59, o16: 5.88 / 6.86 */
    {ALL, {2, 2, 1, 0}},   /* o24: 9.42 / 9.38, o32: 12.98 / 13.17 */
};
static const struct shape_rule wide_rules[] = {
    {16, {16, 2, ALL, 0}}, /* o2: 4.06 / 4.06 (both at the chain floor), o8: 4.37 / 4.42,
                              o12: 4.51 / 5.62, o16: 5.76 / 10.18 */
    {ALL, {8, 2, ALL, 0}}, /* o24: 10.69 / 14.41, o32: 14.41 / 18.81 */
};
static const struct shape_rule wide33_rules[] = {
    {16, {16, 2, ALL, 0}}, /* as wide, not tuned separately */
    {ALL, {8, 2, ALL, 0}},
};
#undef ALL

/* ---- arithmetic families -------------------------------------------------------------- */

/*
 * All arithmetic is done in unsigned types so that wrap-around is defined; conversions back
 * to signed types rely on two's complement truncation, which gcc, clang and MSVC define.
 */
struct family {
    const char *name;   /* narrow, wide, wide33: symbol and file names */
    const char *sample; /* C type of data[] */
    const char *acc;    /* unsigned type of products and the sum */
    const char *sacc;   /* signed type of the same width, for the arithmetic shift */
    const char *widen;  /* cast applied to an int32 or sample value before it becomes acc */
    int linear;         /* data[i] = residual[i] + pred exactly, modulo the word size */
    int speculate;      /* fold anyway, check that no output was truncated, redo if one was */
    const char *doc;    /* one line for the file comment */
    const struct shape_rule *rules; /* scalar shapes by order */
};

static const struct family families[] = {
    {"narrow", "int32_t", "uint32_t", "int32_t", "(uint32_t)", 1, 0,
     "32-bit accumulator with wrap-around (FLAC__lpc_restore_signal semantics)", narrow_rules},
    {"wide", "int32_t", "uint64_t", "int64_t", "(uint64_t)(int64_t)", 0, 1,
     "64-bit accumulator, output truncated to 32 bits (FLAC__lpc_restore_signal_wide "
     "semantics)",
     wide_rules},
    {"wide33", "int64_t", "uint64_t", "int64_t", "(uint64_t)(int64_t)", 1, 0,
     "64-bit accumulator and 64-bit samples (FLAC__lpc_restore_signal_wide_33bit semantics)",
     wide33_rules},
};
#define N_FAMILIES (sizeof families / sizeof families[0])

static struct scalar_shape scalar_shape(const struct family *f, int order)
{
    const struct shape_rule *rules = f->rules;
    struct scalar_shape s;
    while (order > rules->max_order)
        rules++;
    s = rules->shape;
#ifdef GEN_TUNE_REGS /* exploration builds: -DGEN_TUNE_REGS=n -DGEN_TUNE_ACCS=m                    \
                        -DGEN_TUNE_COEFFS=k */
    s.regs = GEN_TUNE_REGS;
    s.accs = GEN_TUNE_ACCS;
    s.coeffs = GEN_TUNE_COEFFS;
#ifdef GEN_TUNE_NOFOLD
    s.nofold = GEN_TUNE_NOFOLD;
#endif
#endif
    if (s.regs > order)
        s.regs = order;
    if (s.accs > order - 1)
        s.accs = order - 1 > 0 ? order - 1 : 1;
    if (s.coeffs > order)
        s.coeffs = order;
    return s;
}

static void kernel_name(char *buf, size_t size, const struct family *f, const char *isa, int order)
{
    snprintf(buf, size, "lpcu_restore_%s_o%d__%s", f->name, order, isa);
}

/*
 * One fixed-order scalar kernel. Term k (1-based) multiplies qlp_coeff[k-1] by data[i-k].
 * Everything but the newest term is summed first into `off`, so the serial chain from one
 * sample to the next is only: multiply by c1, add, shift, add the residual.
 *
 * Where the family's arithmetic is linear modulo its word size (narrow, wide33), the chain
 * is one step shorter: c1 * data[i-1] = c1 * residual[i-1] + c1 * pred[i-1], where pred is
 * the shifted prediction, so c1 * residual[i-1] joins the off-chain sum and the chain is
 * shift, multiply, add. The wide family truncates data[i] to 32 bits, which breaks that
 * identity, so it keeps the plain chain.
 *
 * The `regs` newest samples live in a ring of locals v0..v{regs-1}; the loop is unrolled
 * `regs` times so that each copy names its slots directly and no value is ever moved:
 * sample t finds data[t-k] in v[(t-k) mod regs] and overwrites v[t mod regs].
 */
struct kernel_ctx {
    const struct family *f;
    struct scalar_shape shape;
    int order, fold, ring; /* ring: slots in use (0 when fold leaves no register work) */
};

/*
 * x = residual[at] + pred in the family's arithmetic. The speculating family (wide) also
 * notes whether the 64-bit sum left the int32 range: only then does keeping its low 32 bits
 * make c1 * data[i] differ from c1 * residual[i] + c1 * pred, which the folded chain assumes.
 */
static void emit_output(const struct family *f, const char *at)
{
    if (f->speculate) {
        emit("const uint64_t y = (uint64_t)(int64_t)residual[%s] + (uint64_t)pred;\n", at);
        emit("wrapped |= (y + UINT64_C(0x80000000)) >> 32;\n");
        emit("const int32_t x = (int32_t)(uint32_t)y;\n");
    } else if (strcmp(f->sample, "int32_t") == 0) { /* add in 32 bits, keep the low 32 */
        emit("const int32_t x = (int32_t)((uint32_t)residual[%s] + (uint32_t)pred);\n", at);
    } else {
        emit("const int64_t x = (int64_t)((uint64_t)(int64_t)residual[%s] + (uint64_t)pred);\n",
             at);
    }
}

/* The redo of a speculating kernel whose speculation failed: only malformed streams get
   here, so the plain loop will do. */
static void emit_redo(const struct family *f, int order, const char *indent_text)
{
    (void)f;
    emit("%slpcu_restore_signal_wide_rolled(residual, data_len, qlp_coeff, %d, lp_quantization, "
         "data);\n",
         indent_text, order);
}

/* One sample, at index i, in ring position u; increments i. */
static void emit_scalar_sample(const struct kernel_ctx *c, int u)
{
    const struct family *f = c->f;
    const int order = c->order, R = c->shape.regs;
    emit("{\n");
    indent++;
    if (order > R) {
        emit("const %s *past = data + i;\n", f->sample);
        emit("LPCU_OPAQUE(past);\n");
    }
    if (order > c->shape.coeffs) {
        emit("const int32_t *q = qlp_coeff;\n");
        emit("LPCU_OPAQUE(q);\n");
    }
    /* Off-chain terms, oldest first, spread round-robin over the partial sums. */
    int used[8] = {0}, a = 0;
    for (int k = order + c->fold; k >= 2; k--, a = (a + 1) % c->shape.accs) {
        char term[64], coeff[32];
        if (k > order) { /* the folded residual term */
            snprintf(term, sizeof term, "c1 * prev_res");
        } else {
            if (k <= c->shape.coeffs)
                snprintf(coeff, sizeof coeff, "c%d", k);
            else
                snprintf(coeff, sizeof coeff, "%sq[%d]", f->widen, k - 1);
            if (k <= R)
                snprintf(term, sizeof term, "%s * v%d", coeff, ((u - k) % R + R) % R);
            else
                snprintf(term, sizeof term, "%s * %spast[-%d]", coeff, f->widen, k);
        }
        if (!used[a])
            emit("%s s%d = %s;\n", f->acc, a, term);
        else
            emit("s%d += %s;\n", a, term);
        used[a] = 1;
    }
    char newest[16];
    if (c->fold)
        snprintf(newest, sizeof newest, "prev_pred");
    else
        snprintf(newest, sizeof newest, "v%d", ((u - 1) % R + R) % R);
    if (!used[0]) {
        emit("const %s sum = c1 * %s;\n", f->acc, newest);
    } else {
        emit("%s off = s0", f->acc);
        for (int b = 1; b < c->shape.accs; b++)
            if (used[b])
                fprintf(out, " + s%d", b);
        fprintf(out, ";\n");
        emit("LPCU_OFF_CHAIN(off);\n");
        emit("const %s sum = off + c1 * %s;\n", f->acc, newest);
    }
    emit("const %s pred = (%s)sum >> lp_quantization;\n", f->sacc, f->sacc);
    emit_output(f, "i");
    emit("data[i] = x;\n");
    if (c->ring)
        emit("v%d = %sx;\n", u, f->widen);
    if (c->fold) {
        emit("prev_res = %sresidual[i];\n", f->widen);
        emit("prev_pred = (%s)pred;\n", f->acc);
    }
    emit("i++;\n");
    indent--;
    emit("}\n");
}

static void emit_scalar_kernel(const struct family *f, int order)
{
    struct kernel_ctx c = {f, scalar_shape(f, order), order, 0, 0};
    c.fold = (f->linear || f->speculate) && !c.shape.nofold;
    const int spec = c.fold && f->speculate;
    const int R = c.shape.regs;
    /* With the fold and one slot, data[i-1] is never read back from a local. */
    c.ring = !(c.fold && R == 1);
    char name[64];
    kernel_name(name, sizeof name, f, "scalar", order);

    if (spec) /* the folded loop, returning whether any output wrapped */
        emit("static uint64_t %s_fold(const int32_t *restrict residual, uint32_t data_len,\n",
             name);
    else
        emit("void %s(const int32_t *restrict residual, uint32_t data_len,\n", name);
    emit("    const int32_t *restrict qlp_coeff, int lp_quantization, %s *restrict data)\n",
         f->sample);
    emit("{\n");
    indent++;
    if (spec)
        emit("uint64_t wrapped = 0;\n");
    for (int k = 1; k <= c.shape.coeffs; k++)
        emit("const %s c%d = %sqlp_coeff[%d];\n", f->acc, k, f->widen, k - 1);
    if (c.ring)
        for (int k = 1; k <= R; k++) /* data[-k] sits where sample 0 looks for it */
            emit("%s v%d = %sdata[-%d];\n", f->acc, R - k, f->widen, k);
    if (c.fold) /* data[-1] seen as residual data[-1] plus prediction 0 */
        emit("%s prev_res = %sdata[-1], prev_pred = 0;\n", f->acc, f->widen);
    emit("uint32_t i = 0;\n");
    emit("while (data_len - i >= %d) {\n", R);
    indent++;
    for (int u = 0; u < R; u++)
        emit_scalar_sample(&c, u);
    indent--;
    emit("}\n");
    for (int u = 0; u + 1 < R; u++) {
        emit("if (i == data_len)\n");
        emit(spec ? "    return wrapped;\n" : "    return;\n");
        emit_scalar_sample(&c, u);
    }
    if (spec)
        emit("return wrapped;\n");
    indent--;
    emit("}\n");
    if (spec) {
        emit("\n");
        emit("void %s(const int32_t *restrict residual, uint32_t data_len,\n", name);
        emit("    const int32_t *restrict qlp_coeff, int lp_quantization, %s *restrict data)\n",
             f->sample);
        emit("{\n");
        emit("    if (%s_fold(residual, data_len, qlp_coeff, lp_quantization, data))\n", name);
        emit_redo(f, order, "        ");
        emit("}\n");
    }
}

/* ---- the block-SIMD strategy --------------------------------------------------------- */

/*
 * An instruction set reached through SIMDe. The same source serves x86 (native with the
 * ISA's -m flags) and, for the 128-bit API, aarch64, where SIMDe maps it onto NEON.
 */
struct isa {
    const char *name;   /* symbol suffix and file name: sse41, avx2, avx512, neon */
    const char *header; /* SIMDe header */
    const char *pfx;    /* intrinsic prefix: simde_mm_, simde_mm256_, simde_mm512_ */
    const char *vtype;  /* vector type */
    const char *si;     /* suffix of the whole-register load/store: si128, si256, si512 */
    int bytes;          /* register width */
    const char *guard;  /* preprocessor condition under which the build has this ISA */
    int mul64;          /* has a 64 x 64 -> 64-bit vector multiply */
};

static const struct isa isas[] = {
    {"sse41", "simde/x86/sse4.1.h", "simde_mm_", "simde__m128i", "si128", 16,
     "LPCU_HAVE_X86_SIMD", 0},
    {"avx2", "simde/x86/avx2.h", "simde_mm256_", "simde__m256i", "si256", 32,
     "LPCU_HAVE_X86_SIMD", 0},
    {"avx512", "simde/x86/avx512.h", "simde_mm512_", "simde__m512i", "si512", 64,
     "LPCU_HAVE_X86_SIMD", 1},
    {"neon", "simde/x86/sse4.1.h", "simde_mm_", "simde__m128i", "si128", 16, "LPCU_HAVE_NEON", 0},
};
#define N_ISAS (sizeof isas / sizeof isas[0])

/*
 * Block evaluation. For a block of K outputs starting at sample t, lane m needs
 * c_j * data[t+m-j] for j = 1..order. The terms that reach data[t-depth] or older do not
 * depend on anything the block computes: for every history sample data[t-d] (d >= depth) one
 * broadcast, one vector multiply by the coefficients (c_d, c_{d+1}, ..., c_{d+K-1}, zero past
 * the order) and one add give all K lanes at once. The remaining terms (the triangle of
 * in-block samples plus the depth-1 newest samples of the previous block) are finished in
 * scalar code, newest term last, exactly as in the scalar kernels. Keeping the last depth-1
 * samples out of the vector part lets the next block's vector work start before this block
 * is finished, so the vector latency stays off the serial chain.
 */
struct block_shape {
    const char *isa; /* whose kernel this ISA uses: NULL = its own block kernel, "scalar", or
                        a narrower ISA whose kernel measured faster */
    int k;           /* outputs per block, a multiple of the register's lanes */
    int depth;       /* >= 1, see above */
};

struct block_rule {
    const char *family, *isa;
    int max_order; /* covers orders up to this one, after the previous rule of the pair */
    struct block_shape shape;
};

/*
 * The strategy table, from a sweep over k {4,8,16} x depth {2,3,4,5} per family and ISA:
 * AMD EPYC (Zen 5 class), gcc 12 -O2, n = 4096, best of 150, TSC ticks per sample, ours /
 * libFLAC 1.4.2 measured in the same process; the chain floor (order 1) is 2.88. Below
 * order 3 the serial chain is everything and the scalar kernels are as fast. 512-bit
 * registers lost to 256-bit ones except for wide at high orders: with 16 narrow lanes the
 * triangle doubles, and spilling a zmm block to scalar loads is slow on this core.
 */
static const struct block_rule block_rules[] = {
    {"narrow", "sse41", 2, {"scalar", 0, 0}},
    {"narrow", "sse41", 9, {NULL, 8, 5}},  /* o4: 2.99 / 3.50, o8: 3.25 / 3.80 */
    {"narrow", "sse41", 12, {NULL, 8, 3}}, /* o12: 3.69 / 4.43 */
    {"narrow", "sse41", 32, {NULL, 4, 4}}, /* o16: 3.80 / 6.57, o32: 4.79 / 12.65 */
    {"narrow", "avx2", 2, {"scalar", 0, 0}},
    {"narrow", "avx2", 9, {NULL, 8, 5}},  /* o4: 2.99 / 3.50, o8: 3.29 / 3.78 */
    {"narrow", "avx2", 32, {NULL, 8, 3}}, /* o16: 3.64 / 6.55, o24: 3.96 / 9.42, o32: 4.60 / 12.6 */
    {"narrow", "avx512", 32, {"avx2", 0, 0}}, /* zmm: o16 5.18, o32 4.91 */
    /* wide (speculatively folded finish; measured with two other jobs on the machine, so
       libFLAC's figures here are ~10% above those of the quiet runs) */
    {"wide", "sse41", 2, {"scalar", 0, 0}}, /* o1: 3.00 / 3.57 */
    {"wide", "sse41", 5, {NULL, 8, 5}},     /* o4: 3.35 / 4.42 */
    {"wide", "sse41", 7, {NULL, 16, 2}},    /* o6: 3.68 / 4.31 */
    {"wide", "sse41", 12, {NULL, 4, 4}},    /* o10: 4.06 / 5.28, o12: 4.26 / 5.88 */
    {"wide", "sse41", 18, {NULL, 4, 5}},    /* o16: 5.01 / 10.57 */
    {"wide", "sse41", 32, {NULL, 4, 4}},    /* o24: 7.18 / 15.08, o32: 9.50 / 19.67 */
    {"wide", "avx2", 2, {"scalar", 0, 0}},
    {"wide", "avx2", 4, {NULL, 8, 5}},  /* o4: 3.35 / 4.46 */
    {"wide", "avx2", 8, {NULL, 16, 2}}, /* o6: 3.62 / 4.31, o8: 3.99 / 4.51 */
    {"wide", "avx2", 11, {NULL, 8, 3}}, /* o10: 4.16 / 5.28 */
    {"wide", "avx2", 32, {NULL, 4, 5}}, /* o12: 4.53 / 5.88, o16: 4.67 / 10.60, o32: 7.51 / 19.67 */
    {"wide", "avx512", 24, {"avx2", 0, 0}},
    {"wide", "avx512", 32, {NULL, 8, 2}}, /* o28: 5.62 / 17.31, o32: 6.04 / 19.63 */
    /* wide33 without a 64-bit vector multiply pays two 32-bit products per term: */
    {"wide33", "sse41", 32, {"scalar", 0, 0}}, /* o16: 8.56 (scalar 6.60), o32: 19.80 */
    {"wide33", "avx2", 24, {"scalar", 0, 0}},  /* o16: 7.00 (scalar 6.60) */
    {"wide33", "avx2", 32, {NULL, 8, 3}},      /* o28: 10.37 / 14.31, o32: 11.71 / 16.04 */
    {"wide33", "avx512", 10, {"scalar", 0, 0}}, /* o8: 4.52 (scalar 3.52) */
    {"wide33", "avx512", 13, {NULL, 8, 4}},     /* o12: 4.63 / 6.95 */
    {"wide33", "avx512", 20, {NULL, 8, 3}},     /* o16: 4.43 / 8.68 */
    {"wide33", "avx512", 32, {NULL, 8, 2}},     /* o24: 4.35 / 12.35, o32: 4.46 / 16.04 */
    /* neon: the 128-bit kernels, as sse41 (not measured on an ARM core) */
};
#define N_BLOCK_RULES (sizeof block_rules / sizeof block_rules[0])

static struct block_shape block_shape(const struct family *f, const struct isa *isa, int order)
{
    const struct block_shape scalar = {"scalar", 0, 0};
    /* NEON runs the 128-bit source, so it follows the SSE4.1 rules */
    const char *rules_isa = strcmp(isa->name, "neon") == 0 ? "sse41" : isa->name;
    struct block_shape b = scalar;
    for (size_t r = 0; r < N_BLOCK_RULES; r++) {
        const struct block_rule *rule = &block_rules[r];
        if (strcmp(rule->family, f->name) == 0 && strcmp(rule->isa, rules_isa) == 0 &&
            order <= rule->max_order) {
            b = rule->shape;
            break;
        }
    }
#ifdef GEN_TUNE_BLOCK_K /* exploration builds: -DGEN_TUNE_BLOCK_K=k -DGEN_TUNE_BLOCK_DEPTH=d */
    if (order >= GEN_TUNE_BLOCK_MIN_ORDER) {
        b.isa = NULL;
        b.k = GEN_TUNE_BLOCK_K;
        b.depth = GEN_TUNE_BLOCK_DEPTH;
    }
#endif
    if (b.isa && strcmp(b.isa, "scalar") != 0) {
        /* borrowed: whatever that ISA runs at this order (its kernel, or what it borrows) */
        for (size_t i = 0; i < N_ISAS; i++) {
            if (strcmp(isas[i].name, b.isa) == 0) {
                const struct block_shape lent = block_shape(f, &isas[i], order);
                if (lent.isa)
                    return lent;
                b.isa = isas[i].name;
                return b;
            }
        }
    }
    if (!b.isa && order < b.depth)
        return scalar; /* nothing would be left for the vector part */
    if (!b.isa) {
        const int lanes = isa->bytes / (f->acc[4] == '6' ? 8 : 4); /* uint64_t, uint32_t */
        if (b.k % lanes)
            b.k = (b.k / lanes + 1) * lanes;
    }
    return b;
}

static void emit_block_kernel(const struct family *f, const struct isa *isa, int order,
                              struct block_shape b)
{
    const int wide = f->acc[4] == '6';
    const int lanes = isa->bytes / (wide ? 8 : 4);
    const int nvec = b.k / lanes;
    const int K = b.k, D = b.depth;
    const int fold = f->linear || f->speculate;
    const char *P = isa->pfx;
    /* scalar coefficients the finish needs: j < m + depth for lanes m < K */
    const int nscalar = order < K + D - 2 ? order : K + D - 2;
    char name[64], scalar[64];
    kernel_name(name, sizeof name, f, isa->name, order);
    kernel_name(scalar, sizeof scalar, f, "scalar", order);

    emit("void %s(const int32_t *restrict residual, uint32_t data_len,\n", name);
    emit("    const int32_t *restrict qlp_coeff, int lp_quantization, %s *restrict data)\n",
         f->sample);
    emit("{\n");
    indent++;
    emit("uint32_t i = 0;\n");
    if (f->speculate)
        emit("uint64_t wrapped = 0;\n");
    emit("if (data_len >= %d) {\n", K);
    indent++;
    /* cpad[j] = c_j (1-based), zero past the order: lanes m of the vector at cpad + d hold
       c_{d+m}. */
    emit("%s cpad[%d] = {0};\n", wide ? "int64_t" : "int32_t", order + K + 1);
    emit("for (int j = 0; j < %d; j++)\n", order);
    emit("    cpad[j + 1] = qlp_coeff[j];\n");
    for (int j = 1; j <= nscalar; j++)
        emit("const %s c%d = %sqlp_coeff[%d];\n", f->acc, j, f->widen, j - 1);
    for (int d = 1; d < D; d++)
        emit("%s z%d = %sdata[-%d];\n", f->acc, d, f->widen, d);
    if (fold)
        emit("%s prev_res = %sdata[-1], prev_pred = 0;\n", f->acc, f->widen);
    emit("while (data_len - i >= %d) {\n", K);
    indent++;
    emit("const %s *past = data + i;\n", f->sample);
    emit("%s acc[%d];\n", f->acc, K);
    {
        /* How a lane's product is formed:
             narrow: 32-bit lanes, mullo_epi32 (the low 32 bits are all the family keeps);
             wide:   64-bit lanes, mul_epi32 (signed 32 x 32 -> 64 from the even halves);
             wide33, 64-bit multiply available (AVX-512DQ): mullo_epi64;
             wide33 otherwise: x = lo + 2^32 hi with lo the sign-extended low half, so
               x * c = lo * c + (hi * c) << 32 modulo 2^64; lo and hi products are summed
               apart and combined once per block. */
        const int w33 = strcmp(f->sample, "int64_t") == 0;
        const int split = w33 && !isa->mul64;
        /* two accumulators per vector (for split: the lo and the hi sums) so the adds are
           not one long dependent sequence */
        for (int v = 0; v < nvec; v++)
            for (int a = 0; a < 2; a++)
                emit("%s v%d_%d = %ssetzero_%s();\n", isa->vtype, v, a, P, isa->si);
        /* oldest first: the newest history sample, stored last by the previous block,
           joins at the end of the additions rather than waiting at their start */
        for (int d = order, a = 0; d >= D; d--, a ^= 1) {
            emit("{\n");
            indent++;
            const char *mul = !wide ? "mullo_epi32" : !w33 ? "mul_epi32" : split ? "mul_epi32" : "mullo_epi64";
            if (split) {
                emit("const uint64_t u = (uint64_t)past[-%d];\n", d);
                emit("const int32_t lo = (int32_t)u;\n");
                emit("const %s x = %sset1_epi32(lo);\n", isa->vtype, P);
                emit("const %s xh = %sset1_epi32((int32_t)((u - (uint64_t)(int64_t)lo) >> 32));\n",
                     isa->vtype, P);
            } else if (w33) {
                emit("const %s x = %sset1_epi64%s(past[-%d]);\n", isa->vtype, P,
                     isa->bytes == 64 ? "" : "x", d);
            } else {
                emit("const %s x = %sset1_epi32((int32_t)past[-%d]);\n", isa->vtype, P, d);
            }
            for (int v = 0; v < nvec; v++) {
                if (d + v * lanes > order)
                    break; /* all lanes of this vector are past the order: zero */
                emit("const %s c_%d = %sloadu_%s((const void *)(cpad + %d));\n", isa->vtype, v, P,
                     isa->si, d + v * lanes);
                if (split) {
                    emit("v%d_0 = %sadd_epi64(v%d_0, %smul_epi32(x, c_%d));\n", v, P, v, P, v);
                    emit("v%d_1 = %sadd_epi64(v%d_1, %smul_epi32(xh, c_%d));\n", v, P, v, P, v);
                } else {
                    emit("v%d_%d = %sadd_epi%d(v%d_%d, %s%s(x, c_%d));\n", v, a, P, wide ? 64 : 32,
                         v, a, P, mul, v);
                }
            }
            indent--;
            emit("}\n");
        }
        for (int v = 0; v < nvec; v++) {
            if (split)
                emit("%sstoreu_%s((void *)(acc + %d), %sadd_epi64(v%d_0, %sslli_epi64(v%d_1, 32)));\n",
                     P, isa->si, v * lanes, P, v, P, v);
            else
                emit("%sstoreu_%s((void *)(acc + %d), %sadd_epi%d(v%d_0, v%d_1));\n", P, isa->si,
                     v * lanes, P, wide ? 64 : 32, v, v);
        }
    }
    /* the serial finish; y_m is lane m's output, kept where a later term or the next
       block reads it */
    int needed[64] = {0};
    for (int m = 0; m < K; m++) {
        const int top = order < m + D - 1 ? order : m + D - 1;
        for (int j = fold ? 2 : 1; j <= top; j++)
            if (m - j >= 0)
                needed[m - j] = 1;
    }
    for (int d = 1; d < D && d <= K; d++)
        needed[K - d] = 1;
    for (int m = 0; m < K; m++)
        if (needed[m])
            emit("%s y%d;\n", f->acc, m);
    for (int m = 0; m < K; m++) {
        emit("{\n");
        indent++;
        emit("%s off = acc[%d]", f->acc, m);
        const int top = order < m + D - 1 ? order : m + D - 1;
        for (int j = top; j >= 2; j--) {
            if (m - j >= 0)
                fprintf(out, " + c%d * y%d", j, m - j);
            else
                fprintf(out, " + c%d * z%d", j, j - m);
        }
        if (fold && top >= 1)
            fprintf(out, " + c1 * prev_res");
        fprintf(out, ";\n");
        emit("LPCU_OFF_CHAIN(off);\n");
        if (top < 1)
            emit("const %s sum = off;\n", f->acc); /* depth 1, lane 0: all in the vector */
        else if (fold)
            emit("const %s sum = off + c1 * prev_pred;\n", f->acc);
        else if (m > 0)
            emit("const %s sum = off + c1 * y%d;\n", f->acc, m - 1);
        else
            emit("const %s sum = off + c1 * z1;\n", f->acc);
        emit("const %s pred = (%s)sum >> lp_quantization;\n", f->sacc, f->sacc);
        char at[16];
        snprintf(at, sizeof at, "i + %d", m);
        emit_output(f, at);
        emit("data[i + %d] = x;\n", m);
        if (needed[m])
            emit("y%d = %sx;\n", m, f->widen);
        if (fold) {
            emit("prev_res = %sresidual[i + %d];\n", f->widen, m);
            emit("prev_pred = (%s)pred;\n", f->acc);
        }
        indent--;
        emit("}\n");
    }
    /* shift the carried samples: oldest first, so z_{d-K} is read before it is replaced */
    for (int d = D - 1; d >= 1; d--) {
        if (d <= K)
            emit("z%d = y%d;\n", d, K - d);
        else
            emit("z%d = z%d;\n", d, d - K);
    }
    emit("i += %d;\n", K);
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
    if (f->speculate) {
        emit("if (wrapped) {\n");
        emit_redo(f, order, "    ");
        emit("    return;\n");
        emit("}\n");
    }
    emit("if (i < data_len)\n");
    emit("    %s(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);\n", scalar);
    indent--;
    emit("}\n");
}

/* ---- files ---------------------------------------------------------------------------- */

struct output {
    char path[PATH_MAX_LEN];
    char tmp[PATH_MAX_LEN];
};

static int open_output(struct output *o, const char *dir, const char *file)
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

static int close_output(struct output *o, int commit)
{
    int failed = out_failed | ferror(out);
    failed |= fclose(out) != 0;
    out = NULL;
    if (failed || !commit) {
        remove(o->tmp);
        if (failed)
            fprintf(stderr, "lpcunroll-gen: error writing %s\n", o->tmp);
        return -1;
    }
    if (rename(o->tmp, o->path) != 0) {
        fprintf(stderr, "lpcunroll-gen: cannot rename %s to %s: %s\n", o->tmp, o->path,
                strerror(errno));
        remove(o->tmp);
        return -1;
    }
    return 0;
}

static void emit_c_prologue(const char *command, const char *what)
{
    emit("/* SPDX-License-Identifier: MIT */\n");
    emit_banner(command, "/*", " * ", " */");
    emit("/* %s */\n\n", what);
    emit("#include <stdint.h>\n\n");
    emit("#include \"../lpcu_kernels.h\"\n");
    emit("#include \"lpcunroll.h\"\n\n");
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
    emit("#endif\n\n");
}

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
                kernel_name(name, sizeof name, &families[fi], b.isa ? b.isa : isas[ii].name,
                            order);
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
