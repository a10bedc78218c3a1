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
 * Input and output are transposed four steps at a time: one 128-bit load of four residuals
 * per lane, a 4 x 4 transpose (in each 128-bit half of a wider register) gives each step's
 * vector, and the outputs go back the same way, so a step costs about two shuffles instead of
 * a gather and a scatter of every lane. A kernel therefore runs a multiple of four steps and
 * returns how many it ran; the caller finishes the rest.
 *
 * Two layouts:
 *  - dense: lane l in 32-bit element l (narrow, 4 or 8 lanes);
 *  - slots: lane l in the low half of 64-bit element l (wide, 2, 4 or 8 lanes; narrow with
 *    AVX512-IFMA, and narrow 2 lanes). wide multiplies with mul_epi32, which reads exactly
 *    those halves as signed: every lane only ever needs the low 32 bits of its samples, so
 *    the odd elements may hold anything. The 64-bit shift is logical: bits s .. s+31 of the
 *    sum, all the 32-bit output keeps, are the same as the arithmetic shift's for s <= 32.
 *
 * The residual is folded off the chain as in the scalar kernels (c1 * x = c1 * residual +
 * c1 * prediction), so a step's chain is multiply, add, shift. History sits in a window of
 * vectors in memory, read at fixed offsets of one pointer; the previous block's four vectors
 * stay in registers, since a sample two or three steps back read from memory would wait for
 * store forwarding longer than the chain. Every 64 steps the last `order` vectors move to
 * the window's start.
 */
#include <stdio.h>

#include "gen.h"

#define CHUNK 64 /* steps between moves of the history window; a multiple of 4 */

/* Register-level helpers of one shape. */
struct lk {
    const char *P;  /* intrinsic prefix */
    const char *V;  /* vector type */
    const char *si; /* load/store suffix */
    int bytes, halves, slots, wide, lanes, words, ifma;
};

/* rows r0..r3 -> columns in t0..t3 (4 x 4 transpose of 32-bit elements, per 128-bit half) */
static void emit_transpose(const struct lk *k, const char *r, const char *t)
{
    const char *P = k->P, *V = k->V;
    emit("const %s %s_a = %sunpacklo_epi32(%s0, %s1), %s_b = %sunpacklo_epi32(%s2, %s3);\n", V, t,
         P, r, r, t, P, r, r);
    emit("const %s %s_c = %sunpackhi_epi32(%s0, %s1), %s_d = %sunpackhi_epi32(%s2, %s3);\n", V, t,
         P, r, r, t, P, r, r);
    emit("const %s %s0 = %sunpacklo_epi64(%s_a, %s_b), %s1 = %sunpackhi_epi64(%s_a, %s_b);\n", V, t,
         P, t, t, t, P, t, t);
    emit("const %s %s2 = %sunpacklo_epi64(%s_c, %s_d), %s3 = %sunpackhi_epi64(%s_c, %s_d);\n", V, t,
         P, t, t, t, P, t, t);
}

/* Row k of a block: four residuals of one lane per 128-bit half (half h: lane h * per_half
   + k), built from 128-bit loads. */
static void emit_load_rows(const struct lk *k)
{
    const int per_half = k->lanes / k->halves;
    for (int row = 0; row < per_half; row++) {
        if (k->halves == 1) {
            emit("const %s in%d = %sloadu_si128((const void *)(res%d + i));\n", k->V, row, k->P,
                 row);
            continue;
        }
        const char *ins =
            k->halves == 2 ? "simde_mm256_inserti128_si256" : "simde_mm512_inserti32x4";
        emit("%s in%d = %scastsi128_%s(simde_mm_loadu_si128((const void *)(res%d + i)));\n", k->V,
             row, k->P, k->si, row);
        for (int h = 1; h < k->halves; h++)
            emit("in%d = %s(in%d, simde_mm_loadu_si128((const void *)(res%d + i)), %d);\n", row,
                 ins, row, h * per_half + row, h);
    }
}

static void emit_store_rows(const struct lk *k, const char *rows)
{
    const int per_half = k->lanes / k->halves;
    for (int row = 0; row < per_half; row++) {
        if (k->halves == 1) {
            emit("simde_mm_storeu_si128((void *)(out%d + i), %s%d);\n", row, rows, row);
            continue;
        }
        emit("simde_mm_storeu_si128((void *)(out%d + i), %scastsi%d_si128(%s%d));\n", row, k->P,
             k->bytes * 8, rows, row);
        for (int h = 1; h < k->halves; h++) {
            if (k->halves == 2)
                emit("simde_mm_storeu_si128((void *)(out%d + i), "
                     "simde_mm256_extracti128_si256(%s%d, 1));\n",
                     h * per_half + row, rows, row);
            else
                emit("simde_mm_storeu_si128((void *)(out%d + i), "
                     "simde_mm512_extracti32x4_epi32(%s%d, %d));\n",
                     h * per_half + row, rows, row, h);
        }
    }
}

/* A vector with lane l's value `expr` (a C expression in l): through a scalar array. */
static void emit_lane_vector(const struct lk *k, const char *dst, const char *expr)
{
    emit("for (int l = 0; l < %d; l++)\n", k->lanes);
    emit("    w[%sl] = %s;\n", k->slots ? "2 * " : "", expr);
    emit("%s = %sloadu_%s((const void *)w);\n", dst, k->P, k->si);
}

#define CARRIED 4 /* vectors of the previous block kept in registers */

/* The vector of step `st` of the block minus j: this block's, a carried one, or memory. */
static void history_vector(char *buf, size_t size, int st, int j)
{
    if (st - j >= 0)
        snprintf(buf, size, "x%d", st - j);
    else if (j - st <= CARRIED)
        snprintf(buf, size, "last%d", j - st);
    else
        snprintf(buf, size, "h[%d]", st - j);
}

/*
 * One lanes kernel. Both families fold the residual off the chain (c1 * x = c1 * residual +
 * c1 * prediction): exact modulo 2^32 for narrow; for wide only while residual + prediction
 * fits in 32 bits, as it does in every valid stream, so a wide kernel watches for a sum that
 * overflows and then redoes its steps with lpcu_lanes_redo_wide() (the unfolded chain is 9
 * cycles a step here instead of 7).
 */
/* The lanes' history window, coefficients, shifts, and the state carried across blocks. */
static void emit_lanes_setup(const struct lk *k, int order, int carried)
{
    const char *P = k->P, *V = k->V;
    for (int l = 0; l < k->lanes; l++)
        emit("const int32_t *const res%d = g->residual[%d];\n", l, l);
    for (int l = 0; l < k->lanes; l++)
        emit("int32_t *const out%d = g->data[%d];\n", l, l);
    /* window: hist[32 + t] holds the vector of step base + t, base a multiple of CHUNK */
    emit("%s hist[32 + %d];\n", V, CHUNK);
    emit("int32_t w[%d] = {0};\n", k->words);
    emit("for (int j = 1; j <= %d; j++) {\n", order);
    indent++;
    emit_lane_vector(k, "hist[32 - j]", "g->data[l][-j]");
    indent--;
    emit("}\n");
    /* the lanes' coefficients, one vector per tap, built in a loop (the taps' vectors are
       named c1 .. c<order> below; spilled or not, that is the compiler's choice) */
    emit("%s cv[%d];\n", V, order + 1);
    emit("for (int j = 1; j <= %d; j++) {\n", order);
    indent++;
    emit_lane_vector(k, "cv[j]", "g->coeff[j - 1][l]");
    indent--;
    emit("}\n");
    for (int j = 1; j <= order; j++)
        emit("const %s c%d = cv[%d];\n", V, j, j);
    emit("%s shift;\n", V);
    emit_lane_vector(k, "shift", "g->shift[l]");
    /* the newest vectors of the previous block, in registers: read from memory, a sample
       two or three steps back would wait for store forwarding, longer than the chain */
    for (int j = 1; j <= carried; j++)
        emit("%s last%d = hist[%d];\n", V, j, 32 - j);
    /* data[-1] seen as residual data[-1] plus prediction 0 */
    emit("%s prev_res = last1, prev_pred = %ssetzero_%s();\n", V, P, k->si);
}

/* Step `st` (0-3) of a block, every lane at once: x<st> from r<st> and the history. */
static void emit_lanes_step(const struct lk *k, int order, int st, int windowed)
{
    const char *P = k->P, *V = k->V;
    const char *mul = k->wide ? "mul_epi32" : "mullo_epi32";
    const char *add = k->wide ? "add_epi64" : "add_epi32";
    emit("%s x%d;\n", V, st);
    emit("{\n");
    indent++;
    /* c1 * residual first, it is ready earliest; then the older samples, oldest first, so
       the newest (in registers) join last */
    char term[64];
    if (k->ifma) { /* SIMDe 0.7 has no vpmadd52luq nor 512-bit vpsravd: native intrinsics
                      (the file is x86-only) */
        const char *nat = k->halves == 1 ? "_mm_" : k->halves == 2 ? "_mm256_" : "_mm512_";
        emit("%s off = %smadd52lo_epu64(%ssetzero_%s(), c1, prev_res);\n", V, nat, P, k->si);
        for (int j = order; j >= 2; j--) {
            history_vector(term, sizeof term, st, j);
            emit("off = %smadd52lo_epu64(off, c%d, %s);\n", nat, j, term);
        }
        emit("const %s pred = %ssrav_epi32(%smadd52lo_epu64(off, c1, prev_pred), shift);\n", V, nat,
             nat);
    } else {
        emit("%s off = %s%s(c1, prev_res);\n", V, P, mul);
        emit("LPCU_OFF_CHAIN_V(off);\n");
        for (int j = order; j >= 2; j--) {
            history_vector(term, sizeof term, st, j);
            emit("off = %s%s(off, %s%s(c%d, %s));\n", P, add, P, mul, j, term);
            /* compilers re-associate these sums (and factor c1 * residual + c1 *
               prediction back into c1 * sample, an add on the chain): each partial sum
               is pinned */
            emit("LPCU_OFF_CHAIN_V(off);\n");
        }
        emit("const %s pred = %s%s(%s%s(off, %s%s(c1, prev_pred)), shift);\n", V, P,
             k->wide ? "srlv_epi64" : "srav_epi32", P, add, P, mul);
    }
    emit("x%d = %sadd_epi32(r%d, pred);\n", st, P, st);
    emit("prev_res = r%d;\n", st);
    emit("prev_pred = pred;\n");
    if (windowed)
        emit("h[%d] = x%d;\n", st, st);
    indent--;
    emit("}\n");
}

/*
 * The four steps' vectors back to the lanes' outputs. Wide: first, whether some output of the
 * block left int32 (x = r + p overflowed if r and p share a sign that x lacks): from there on
 * the folded chain is wrong, so the kernel stores nothing of this block and returns its first
 * step, and the caller finishes each lane exactly from there; its residuals are still unread
 * (restore in place) and the outputs before it are right.
 */
static void emit_lanes_store(const struct lk *k)
{
    const char *P = k->P, *V = k->V;
    if (k->slots) {
        /* odd 32-bit elements from the odd steps, shifted up into them */
        for (int q = 0; q < 2; q++) {
            if (k->halves == 4)
                emit("const %s q%d = %smask_blend_epi32(0xAAAA, x%d, %sslli_epi64(x%d, 32));\n", V,
                     q, P, 2 * q, P, 2 * q + 1);
            else
                emit("const %s q%d = %sblend_epi32(x%d, %sslli_epi64(x%d, 32), %s);\n", V, q, P,
                     2 * q, P, 2 * q + 1, k->halves == 1 ? "0xA" : "0xAA");
        }
        emit("const %s o0 = %sunpacklo_epi64(q0, q1), o1 = %sunpackhi_epi64(q0, q1);\n", V, P, P);
    } else {
        emit_transpose(k, "x", "o");
    }
    if (k->wide) {
        for (int row = 0; row < k->lanes / k->halves; row++) {
            char t[160];
            snprintf(t, sizeof t,
                     "%sand_%s(%sxor_%s(o%d, in%d), %sxor_%s(o%d, %ssub_epi32(o%d, in%d)))", P,
                     k->si, P, k->si, row, row, P, k->si, row, P, row, row);
            if (row == 0)
                emit("%s ov = %s;\n", V, t);
            else
                emit("ov = %sor_%s(ov, %s);\n", P, k->si, t);
        }
        if (k->halves == 4)
            emit("if (LPCU_UNLIKELY(%stest_epi32_mask(ov, %sset1_epi32(INT32_MIN))))\n", P, P);
        else
            emit("if (LPCU_UNLIKELY(!%stestz_%s(ov, %sset1_epi32(INT32_MIN))))\n", P, k->si, P);
        emit("    return i; /* none of this block stored */\n");
    }
    emit_store_rows(k, "o");
}

void emit_lanes_kernel(const struct kernel *kn, const char *name)
{
    const struct family *f = kn->family;
    const int order = kn->order;
    struct lk k;
    k.bytes = kn->shape.bits / 8;
    k.halves = k.bytes / 16;
    k.slots = kn->shape.slots;
    k.wide = f->acc_bits == 64;
    k.ifma = kn->feature == LPCU_FEATURE_ifma;
    k.lanes = kn->lanes;
    k.words = k.bytes / 4;
    k.P = k.halves == 1 ? "simde_mm_" : k.halves == 2 ? "simde_mm256_" : "simde_mm512_";
    k.V = k.halves == 1 ? "simde__m128i" : k.halves == 2 ? "simde__m256i" : "simde__m512i";
    k.si = k.halves == 1 ? "si128" : k.halves == 2 ? "si256" : "si512";
    const char *P = k.P, *V = k.V;
    const int carried = order < CARRIED ? order : CARRIED;
    /* up to order CARRIED every sample read comes from registers: no window to keep */
    const int windowed = order > CARRIED;
    emit("uint32_t %s(const struct lpcu_group *g, uint32_t n)\n", name);
    emit("{\n");
    indent++;
    emit_lanes_setup(&k, order, carried);
    emit("const uint32_t steps = n & ~(uint32_t)3;\n");
    emit("uint32_t i = 0;\n");
    emit("while (i < steps) {\n");
    indent++;
    emit("const uint32_t end = steps - i < %d ? steps : i + %d;\n", CHUNK, CHUNK);
    if (windowed) {
        emit("%s *h = hist + 32;\n", V);
        emit("for (; i < end; i += 4, h += 4) {\n");
    } else {
        emit("for (; i < end; i += 4) {\n");
    }
    indent++;
    emit_load_rows(&k);
    if (k.slots) {
        emit("const %s p0 = %sunpacklo_epi64(in0, in1), p1 = %sunpackhi_epi64(in0, in1);\n", V, P,
             P);
        emit("const %s r0 = p0, r1 = %ssrli_epi64(p0, 32);\n", V, P);
        emit("const %s r2 = p1, r3 = %ssrli_epi64(p1, 32);\n", V, P);
    } else {
        emit_transpose(&k, "in", "r");
    }
    for (int st = 0; st < 4; st++)
        emit_lanes_step(&k, order, st, windowed);
    /* the block's newest vectors stay in registers for the next block */
    for (int j = 1; j <= carried; j++)
        emit("last%d = x%d;\n", j, 4 - j);
    emit_lanes_store(&k);
    indent--;
    emit("}\n");
    if (windowed) { /* the window's newest vectors to its start, lowest first (ranges overlap) */
        emit("for (int j = %d; j >= 1; j--)\n", order);
        emit("    hist[32 - j] = h[-j];\n");
    }
    indent--;
    emit("}\n");
    emit("return steps;\n");
    indent--;
    emit("}\n");
}

/*
 * Two subframes in one scalar loop: two independent chains whose instructions interleave,
 * for a stereo frame, where 128-bit lanes carry too much gather and scatter per sample.
 * Each chain is the scalar kernel's: newest term folded off the chain (narrow) or plain
 * (wide), data[i-2] in a register, older history and the coefficients loaded from memory
 * through pointers the compiler cannot see through (LPCU_OPAQUE), since two chains' worth
 * of taps do not fit in registers.
 */
void emit_pair_kernel(const struct kernel *kn, const char *name)
{
    const struct family *f = kn->family;
    const int order = kn->order;
    const int wide = f->acc_bits == 64;
    emit("uint32_t %s(const struct lpcu_group *g, uint32_t n)\n", name);
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
    emit("return n;\n");
    indent--;
    emit("}\n");
}
