/* SPDX-License-Identifier: MIT */
/* lpcunroll-gen: the block-SIMD strategy, through SIMDe. */
#include <stdio.h>
#include <string.h>

#include "gen.h"

const struct isa isas[N_ISAS] = {
    {"sse41", "simde/x86/sse4.1.h", "simde_mm_", "simde__m128i", "si128", 16, "LPCU_HAVE_X86_SIMD",
     0},
    {"avx2", "simde/x86/avx2.h", "simde_mm256_", "simde__m256i", "si256", 32, "LPCU_HAVE_X86_SIMD",
     0},
    {"avx512", "simde/x86/avx512.h", "simde_mm512_", "simde__m512i", "si512", 64,
     "LPCU_HAVE_X86_SIMD", 1},
    {"neon", "simde/x86/sse4.1.h", "simde_mm_", "simde__m128i", "si128", 16, "LPCU_HAVE_NEON", 0},
};

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
    /* wide (speculatively folded finish). Orders 5-12 re-chosen from the idle full run
       (bench/results/latest.md, 11:45): the folded scalar chain beats blocks up to order 7,
       and 128-bit blocks beat 256-bit ones at 8 and 10-12. */
    {"wide", "sse41", 7, {"scalar", 0, 0}}, /* o5: scalar 3.52, block 3.68 (idle, 11:45) */
    {"wide", "sse41", 12, {NULL, 4, 4}},    /* o10: 4.13 / 5.48, o12: 4.30 / 6.13 (idle) */
    {"wide", "sse41", 18, {NULL, 4, 5}},    /* o16: 5.01 / 10.57 */
    {"wide", "sse41", 32, {NULL, 4, 4}},    /* o24: 7.18 / 15.08, o32: 9.50 / 19.67 */
    {"wide", "avx2", 7, {"scalar", 0, 0}},  /* o6: scalar 3.68, avx2 block 3.88 (idle) */
    {"wide", "avx2", 8, {"sse41", 0, 0}},   /* o8: sse41 4.14, avx2 4.27 (idle) */
    {"wide", "avx2", 9, {NULL, 8, 3}},      /* o9: 4.21 / 4.90 */
    {"wide", "avx2", 12, {"sse41", 0, 0}},  /* o11: sse41 4.23, avx2 K8 5.03 (idle) */
    {"wide", "avx2", 32, {NULL, 4, 5}},     /* o16: 4.76 / 11.39, o32: 7.59 / 20.27 (idle) */
    {"wide", "avx512", 24, {"avx2", 0, 0}},
    {"wide", "avx512", 32, {NULL, 8, 2}}, /* o28: 5.62 / 17.31, o32: 6.04 / 19.63 */
    /* wide33 without a 64-bit vector multiply pays two 32-bit products per term: */
    {"wide33", "sse41", 32, {"scalar", 0, 0}},  /* o16: 8.56 (scalar 6.60), o32: 19.80 */
    {"wide33", "avx2", 24, {"scalar", 0, 0}},   /* o16: 7.00 (scalar 6.60) */
    {"wide33", "avx2", 32, {NULL, 8, 3}},       /* o28: 10.37 / 14.31, o32: 11.71 / 16.04 */
    {"wide33", "avx512", 10, {"scalar", 0, 0}}, /* o8: 4.52 (scalar 3.52) */
    {"wide33", "avx512", 13, {NULL, 8, 4}},     /* o12: 4.63 / 6.95 */
    {"wide33", "avx512", 20, {NULL, 8, 3}},     /* o16: 4.43 / 8.68 */
    {"wide33", "avx512", 32, {NULL, 8, 2}},     /* o24: 4.35 / 12.35, o32: 4.46 / 16.04 */
    /* neon: the 128-bit kernels, as sse41 (not measured on an ARM core) */
};
#define N_BLOCK_RULES (sizeof block_rules / sizeof block_rules[0])

struct block_shape block_shape(const struct family *f, const struct isa *isa, int order)
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

void emit_block_kernel(const struct family *f, const struct isa *isa, int order,
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
    if (cfg.reversed)
        emit("    cpad[j + 1] = qlp_coeff[%d - j];\n", order - 1);
    else
        emit("    cpad[j + 1] = qlp_coeff[j];\n");
    for (int j = 1; j <= nscalar; j++) {
        char qk[32];
        coeff_expr(qk, sizeof qk, "qlp_coeff", order, j);
        emit("const %s c%d = %s%s;\n", f->acc, j, f->widen, qk);
    }
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
            const char *mul = !wide   ? "mullo_epi32"
                              : !w33  ? "mul_epi32"
                              : split ? "mul_epi32"
                                      : "mullo_epi64";
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
                emit("%sstoreu_%s((void *)(acc + %d), %sadd_epi64(v%d_0, %sslli_epi64(v%d_1, "
                     "32)));\n",
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
