/* SPDX-License-Identifier: MIT */
/* lpcunroll-gen: the block-SIMD strategy, through SIMDe. */
#include <stdio.h>

#include "gen.h"

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

/* The coefficients padded for vector loads, the scalar ones the finish needs, the carried
   samples and the fold's state. */
static void emit_block_setup(const struct kernel *kn, int nscalar)
{
    const struct family *f = kn->family;
    const int order = kn->order;
    const int K = kn->shape.k, D = kn->shape.depth;
    /* cpad[j] = c_j (1-based), zero past the order: lanes m of the vector at cpad + d hold
       c_{d+m}. */
    emit("%s cpad[%d] = {0};\n", f->acc_bits == 64 ? "int64_t" : "int32_t", order + K + 1);
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
    if (f->linear || f->speculate)
        emit("%s prev_res = %sdata[-1], prev_pred = 0;\n", f->acc, f->widen);
}

/* The vector part of one block: every term `depth` or more samples back, for all K lanes,
   stored to acc[]. */
static void emit_block_vectors(const struct kernel *kn)
{
    const struct family *f = kn->family;
    const struct vec isa = vec_of(kn->isa->vector_bits);
    const int order = kn->order;
    const int wide = f->acc_bits == 64;
    const int lanes = acc_lanes(f, isa.bits);
    const int K = kn->shape.k, D = kn->shape.depth;
    const int nvec = K / lanes;
    const char *P = isa.pfx;
    /* How a lane's product is formed:
         narrow: 32-bit lanes, mullo_epi32 (the low 32 bits are all the family keeps);
         wide:   64-bit lanes, mul_epi32 (signed 32 x 32 -> 64 from the even halves);
         wide33, 64-bit multiply available (AVX-512DQ): mullo_epi64;
         wide33 otherwise: x = lo + 2^32 hi with lo the sign-extended low half, so
           x * c = lo * c + (hi * c) << 32 modulo 2^64; lo and hi products are summed
           apart and combined once per block. */
    const int w33 = f->sample_bits == 64;
    const int split = w33 && !isa.mul64;
    /* two accumulators per vector (for split: the lo and the hi sums) so the adds are
       not one long dependent sequence */
    for (int v = 0; v < nvec; v++)
        for (int a = 0; a < 2; a++)
            emit("%s v%d_%d = %ssetzero_%s();\n", isa.vtype, v, a, P, isa.si);
    if (kn->shape.reload) { /* coefficient vectors loaded each block, not kept in registers */
        emit("const %s *cp = cpad;\n", wide ? "int64_t" : "int32_t");
        emit("LPCU_OPAQUE(cp);\n");
    }
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
            emit("const %s x = %sset1_epi32(lo);\n", isa.vtype, P);
            emit("const %s xh = %sset1_epi32((int32_t)((u - (uint64_t)(int64_t)lo) >> 32));\n",
                 isa.vtype, P);
        } else if (w33) {
            emit("const %s x = %sset1_epi64%s(past[-%d]);\n", isa.vtype, P,
                 isa.bits == 512 ? "" : "x", d);
        } else {
            emit("const %s x = %sset1_epi32((int32_t)past[-%d]);\n", isa.vtype, P, d);
        }
        for (int v = 0; v < nvec; v++) {
            if (d + v * lanes > order)
                break; /* all lanes of this vector are past the order: zero */
            emit("const %s c_%d = %sloadu_%s((const void *)(%s + %d));\n", isa.vtype, v, P, isa.si,
                 kn->shape.reload ? "cp" : "cpad", d + v * lanes);
            if (split) {
                emit("v%d_0 = %sadd_epi64(v%d_0, %smul_epi32(x, c_%d));\n", v, P, v, P, v);
                emit("v%d_1 = %sadd_epi64(v%d_1, %smul_epi32(xh, c_%d));\n", v, P, v, P, v);
            } else {
                emit("v%d_%d = %sadd_epi%d(v%d_%d, %s%s(x, c_%d));\n", v, a, P, wide ? 64 : 32, v,
                     a, P, mul, v);
            }
        }
        indent--;
        emit("}\n");
    }
    for (int v = 0; v < nvec; v++) {
        if (split)
            emit("%sstoreu_%s((void *)(acc + %d), %sadd_epi64(v%d_0, %sslli_epi64(v%d_1, "
                 "32)));\n",
                 P, isa.si, v * lanes, P, v, P, v);
        else
            emit("%sstoreu_%s((void *)(acc + %d), %sadd_epi%d(v%d_0, v%d_1));\n", P, isa.si,
                 v * lanes, P, wide ? 64 : 32, v, v);
    }
}

/* The serial finish of one block: lane m adds its in-block and newest terms to acc[m],
   newest last; y_m is lane m's output, kept where a later term or the next block reads it. */
static void emit_block_finish(const struct kernel *kn)
{
    const struct family *f = kn->family;
    const int order = kn->order;
    const int K = kn->shape.k, D = kn->shape.depth;
    const int fold = f->linear || f->speculate;
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
        if (needed[m])
            emit("y%d = %sx;\n", m, f->widen);
        if (fold) {
            emit("prev_res = %sr;\n", f->widen);
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
}

void emit_block_kernel(const struct kernel *kn, const char *name)
{
    const struct family *f = kn->family;
    const int order = kn->order;
    const int K = kn->shape.k, D = kn->shape.depth;
    /* scalar coefficients the finish needs: j < m + depth for lanes m < K */
    const int nscalar = order < K + D - 2 ? order : K + D - 2;
    char scalar[SYM_LEN];
    restore_symbol(scalar, sizeof scalar, f, "scalar", order);

    emit_restore_signature(f, "void", name, "");
    emit("{\n");
    indent++;
    emit("uint32_t i = 0;\n");
    if (f->speculate)
        emit("uint64_t wrapped = 0;\n");
    emit("if (data_len >= %d) {\n", K);
    indent++;
    emit_block_setup(kn, nscalar);
    emit("while (data_len - i >= %d) {\n", K);
    indent++;
    emit("const %s *past = data + i;\n", f->sample);
    emit("%s acc[%d];\n", f->acc, K);
    emit_block_vectors(kn);
    emit_block_finish(kn);
    emit("i += %d;\n", K);
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
    if (f->speculate) { /* some output left int32: the whole call again, exactly */
        emit("if (wrapped) {\n");
        emit_exact_call(f, order, "    ", "0");
        emit("    return;\n");
        emit("}\n");
    }
    emit("if (i < data_len)\n");
    emit("    %s(residual + i, data_len - i, qlp_coeff, lp_quantization, data + i);\n", scalar);
    indent--;
    emit("}\n");
}
