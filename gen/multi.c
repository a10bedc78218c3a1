/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: the lanes strategy, for restoring several independent subframes at once.
 *
 * Every single-subframe kernel is bound below by one serial chain per sample (multiply, add,
 * shift, add). Independent subframes (the channels of a frame, consecutive frames) are
 * independent chains: a lanes kernel runs one subframe per SIMD lane, so one trip round the
 * chain produces a sample of every lane. The subframes' coefficients are padded with zeros
 * to the kernel's order and each lane has its own shift; the caller (kernels/multi.c) lines
 * the lanes up so that each has `order` samples of history before the first step.
 *
 * Residuals are gathered and outputs scattered lane by lane through small arrays: those
 * loads and stores are off the chain, and the subframes may live anywhere in memory.
 * History older than the newest sample sits in a ring of vectors in memory, read well after
 * it was written; the newest stays in a register, since it is on the chain.
 */
#include <stdio.h>
#include <string.h>

#include "gen.h"

#define RING 64 /* ring of history vectors: a power of two above the largest order */

/*
 * Which lanes kernels an ISA runs, by register width (128 or 256 bits): the name of the ISA
 * whose file has them, or NULL. 128-bit kernels serve small groups (a stereo frame) at a
 * lower cost per step. Each lane needs its own shift: AVX2's vpsravd (and NEON's vshl) do
 * that in one instruction, SSE4.1 has no per-lane shift, so it runs no lanes kernels; avx512
 * runs the avx2 ones (a frame rarely has 16 channels).
 */
const char *lanes_isa(const struct isa *isa, int width)
{
    if (strcmp(isa->name, "neon") == 0)
        return width == 128 ? "neon" : NULL;
    return strcmp(isa->name, "sse41") == 0 ? NULL : "avx2";
}

int lanes_count(const struct family *f, int width)
{
    return width / (f->acc[4] == '6' ? 64 : 32);
}

void lanes_kernel_name(char *buf, size_t size, const struct family *f, const char *isa, int lanes,
                       int order)
{
    snprintf(buf, size, "%srestore_%s_x%d_o%d__%s", cfg.prefix, f->name, lanes, order, isa);
}

/*
 * narrow: 32-bit lanes; the chain folds the residual off as in the scalar kernels
 * (c1 * x = c1 * residual + c1 * pred), so it is shift, multiply, add.
 * wide: 64-bit lanes; mul_epi32 reads the low 32 bits of each lane as signed, which is the
 * truncation to 32 bits the family applies to every output, so lanes carry untruncated sums
 * and only the stores truncate. The per-lane 64-bit arithmetic shift, which neither SSE nor
 * AVX2 has, is a logical shift of the value xor its sign mask, xor the mask again.
 */
void emit_lanes_kernel(const struct family *f, const struct isa *isa, const char *isa_name,
                       int order)
{
    const int wide = f->acc[4] == '6';
    const int L = isa->bytes / (wide ? 8 : 4);
    const char *P = isa->pfx, *V = isa->vtype;
    const char *lane_t = wide ? "int64_t" : "int32_t";
    const char *mul = wide ? "mul_epi32" : "mullo_epi32";
    const char *add = wide ? "add_epi64" : "add_epi32";
    char name[64];
    lanes_kernel_name(name, sizeof name, f, isa_name, L, order);

    emit("void %s(const struct lpcu_lanes *g, uint32_t n)\n", name);
    emit("{\n");
    indent++;
    emit("%s buf[%d];\n", lane_t, L);
    emit("%s ring[%d];\n", V, RING);
    /* Idle lanes are copies of lane 0 (see struct lpcu_lanes): they compute and store lane
       0's values to lane 0's addresses, so every lane is gathered and stored unconditionally. */
    for (int l = 0; l < L; l++)
        emit("const int32_t *const res%d = g->residual[%d];\n", l, l);
    for (int l = 0; l < L; l++)
        emit("int32_t *const out%d = g->data[%d];\n", l, l);
    /* history: ring[(i - j) mod RING] holds every lane's data[i-j] */
    emit("for (int j = 1; j <= %d; j++) {\n", order);
    emit("    for (int l = 0; l < %d; l++)\n", L);
    emit("        buf[l] = g->data[l][-j];\n");
    emit("    ring[(uint32_t)-j %% %d] = %sloadu_%s((const void *)buf);\n", RING, P, isa->si);
    emit("}\n");
    /* coefficients, one vector per tap, as lane-wide values */
    emit("%s cv[%d][%d];\n", lane_t, order, L);
    emit("for (int j = 0; j < %d; j++)\n", order);
    emit("    for (int l = 0; l < %d; l++)\n", L);
    emit("        cv[j][l] = g->coeff[j][l];\n");
    for (int j = 1; j <= order; j++)
        emit("const %s c%d = %sloadu_%s((const void *)cv[%d]);\n", V, j, P, isa->si, j - 1);
    emit("%s sh[%d];\n", lane_t, L);
    emit("for (int l = 0; l < %d; l++)\n", L);
    emit("    sh[l] = g->shift[l];\n");
    emit("const %s shift = %sloadu_%s((const void *)sh);\n", V, P, isa->si);
    if (wide) {
        emit("const %s zero = %ssetzero_%s();\n", V, P, isa->si);
        emit("%s newest = ring[%d];\n", V, RING - 1);
    } else {
        /* data[-1] seen as residual data[-1] plus prediction 0 */
        emit("%s prev_res = ring[%d], prev_pred = %ssetzero_%s();\n", V, RING - 1, P, isa->si);
    }
    emit("for (uint32_t i = 0; i < n; i++) {\n");
    indent++;
    /* gathered in registers: narrow stores into an array read back as one vector would
       miss store forwarding and wait for the stores to retire, behind the chain */
    emit("const %s r = %sset_epi%s(", V, P, wide ? "64x" : "32");
    for (int l = L - 1; l >= 0; l--)
        fprintf(out, "res%d[i]%s", l, l ? ", " : ");\n");
    /* off-chain terms: taps order..2 from the ring, oldest first */
    int have_off = 0;
    for (int j = order; j >= 2; j--, have_off = 1) {
        if (!have_off)
            emit("%s off = %s%s(c%d, ring[(i - %d) %% %d]);\n", V, P, mul, j, j, RING);
        else
            emit("off = %s%s(off, %s%s(c%d, ring[(i - %d) %% %d]));\n", P, add, P, mul, j, j, RING);
    }
    if (!wide) {
        if (have_off)
            emit("off = %s%s(off, %s%s(c1, prev_res));\n", P, add, P, mul);
        else
            emit("const %s off = %s%s(c1, prev_res);\n", V, P, mul);
        emit("const %s sum = %s%s(off, %s%s(c1, prev_pred));\n", V, P, add, P, mul);
        emit("const %s pred = %ssrav_epi32(sum, shift);\n", V, P);
        emit("const %s x = %s%s(r, pred);\n", V, P, add);
        emit("prev_res = r;\n");
        emit("prev_pred = pred;\n");
    } else {
        if (have_off)
            emit("const %s sum = %s%s(off, %s%s(c1, newest));\n", V, P, add, P, mul);
        else
            emit("const %s sum = %s%s(c1, newest);\n", V, P, mul);
        emit("const %s sign = %scmpgt_epi64(zero, sum);\n", V, P);
        emit("const %s pred = %sxor_%s(%ssrlv_epi64(%sxor_%s(sum, sign), shift), sign);\n", V, P,
             isa->si, P, P, isa->si);
        emit("const %s x = %s%s(r, pred);\n", V, P, add);
        emit("newest = x;\n");
    }
    emit("ring[i %% %d] = x;\n", RING);
    emit("%sstoreu_%s((void *)buf, x);\n", P, isa->si);
    for (int l = 0; l < L; l++)
        emit("out%d[i] = (int32_t)buf[%d];\n", l, l);
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
}

void pair_kernel_name(char *buf, size_t size, const struct family *f, int order)
{
    snprintf(buf, size, "%srestore_%s_x2_o%d__scalar", cfg.prefix, f->name, order);
}

/*
 * Two subframes in one scalar loop: two independent chains whose instructions interleave,
 * for a stereo frame, where 128-bit lanes carry too much gather and scatter per sample.
 * Each chain is the scalar kernel's: newest term folded off the chain (narrow) or plain
 * (wide), data[i-2] in a register, older history and the coefficients loaded from memory
 * through pointers the compiler cannot see through (LPCU_OPAQUE), since two chains' worth
 * of taps do not fit in registers.
 */
void emit_pair_kernel(const struct family *f, int order)
{
    const int wide = f->acc[4] == '6';
    char name[64];
    pair_kernel_name(name, sizeof name, f, order);
    emit("void %s(const struct lpcu_lanes *g, uint32_t n)\n", name);
    emit("{\n");
    indent++;
    for (int l = 0; l < 2; l++) {
        emit("const int32_t *const res%d = g->residual[%d];\n", l, l);
        emit("int32_t *const out%d = g->data[%d];\n", l, l);
        emit("const int shift%d = g->shift[%d];\n", l, l);
        for (int k = 1; k <= order; k++)
            emit("const %s c%d_%d = %sg->coeff[%d][%d];\n", f->acc, k, l, f->widen, k - 1, l);
        if (order >= 2)
            emit("%s h2_%d = %sout%d[-2];\n", f->acc, l, f->widen, l);
        if (wide || order >= 2)
            emit("%s h1_%d = %sout%d[-1];\n", f->acc, l, f->widen, l);
        if (!wide)
            emit("%s prev_res%d = %sout%d[-1], prev_pred%d = 0;\n", f->acc, l, f->widen, l, l);
    }
    emit("for (uint32_t i = 0; i < n; i++) {\n");
    indent++;
    for (int l = 0; l < 2; l++) {
        emit("{\n");
        indent++;
        if (order >= 3) {
            emit("const int32_t *past = out%d + i;\n", l);
            emit("LPCU_OPAQUE(past);\n");
        }
        int first = 1;
        for (int k = order; k >= 2; k--) {
            char term[96];
            if (k >= 3)
                snprintf(term, sizeof term, "c%d_%d * %spast[-%d]", k, l, f->widen, k);
            else
                snprintf(term, sizeof term, "c2_%d * h2_%d", l, l);
            if (first)
                emit("%s off = %s;\n", f->acc, term);
            else
                emit("off += %s;\n", term);
            first = 0;
        }
        if (!wide) {
            if (first)
                emit("%s off = c1_%d * prev_res%d;\n", f->acc, l, l);
            else
                emit("off += c1_%d * prev_res%d;\n", l, l);
            emit("LPCU_OFF_CHAIN(off);\n");
            emit("const %s sum = off + c1_%d * prev_pred%d;\n", f->acc, l, l);
            emit("const %s pred = (%s)sum >> shift%d;\n", f->sacc, f->sacc, l);
            emit("const int32_t x = (int32_t)((uint32_t)res%d[i] + (uint32_t)pred);\n", l);
            emit("prev_res%d = %sres%d[i];\n", l, f->widen, l);
            emit("prev_pred%d = (%s)pred;\n", l, f->acc);
        } else {
            if (first) {
                emit("const %s sum = c1_%d * h1_%d;\n", f->acc, l, l);
            } else {
                emit("LPCU_OFF_CHAIN(off);\n");
                emit("const %s sum = off + c1_%d * h1_%d;\n", f->acc, l, l);
            }
            emit("const %s pred = (%s)sum >> shift%d;\n", f->sacc, f->sacc, l);
            emit("const int32_t x = (int32_t)((uint32_t)res%d[i] + (uint32_t)pred);\n", l);
        }
        emit("out%d[i] = x;\n", l);
        if (order >= 2)
            emit("h2_%d = h1_%d;\n", l, l);
        if (wide || order >= 2)
            emit("h1_%d = %sx;\n", l, f->widen);
        indent--;
        emit("}\n");
    }
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
}
