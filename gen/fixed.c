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
 * Strategies (chosen per family, ISA and order by the tuning tables, gen/tuning.c):
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

#include "gen.h"

static int is_64(const struct family *f)
{
    return f->sample_bits == 64;
}

/* ---- shared pieces ------------------------------------------------------------------------ */

/* residual and data are not restrict: they may be one buffer (restore in place) */
static void emit_signature(const struct family *f, const char *name)
{
    emit("void %s(const int32_t *residual, uint32_t data_len, %s *data)\n", name, f->sample);
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
void emit_fixed_scalar(const struct kernel *k, const char *name)
{
    const struct family *f = k->family;
    const int order = k->order;
    const struct shape s = k->shape;
    emit_signature(f, name);
    emit("{\n");
    indent++;
    if (order == 0 && !is_64(f)) {
        /* the restore is a copy, and the C library's copy is as fast as copies get; in place
           there is nothing to copy (and memcpy must not be given overlapping buffers) */
        emit("if ((const void *)data != (const void *)residual)\n");
        emit("    memcpy(data, residual, (size_t)data_len * sizeof *data);\n");
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

/*
 * Per ISA file: lpcu_prefix(x), the inclusive prefix sum of the lanes, and lpcu_last(x), the
 * last lane broadcast. Lanes shift by whole bytes within 128-bit halves (cheap, one cycle);
 * AVX2 then adds the low half's total to the high half; AVX-512's shifts cross the whole
 * register with a zero-masked permute (its in-half byte shifts are missing from SIMDe 0.7).
 */
static void emit_prefix_helpers(const struct family *f, const struct vec *isa)
{
    const char *P = isa->pfx, *V = isa->vtype;
    const int w = f->acc_bits, L = acc_lanes(f, isa->bits);
    if (isa->bits == 512) {
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
    if (isa->bits == 128) {
        for (int s = 1; s < L; s *= 2)
            emit("x = %sadd_epi%d(x, %sslli_si128(x, %d));\n", P, w, P, s * w / 8);
        emit("return x;\n");
    } else if (isa->bits == 256) {
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
    if (isa->bits == 128)
        emit("    return %sshuffle_epi32(x, 0x%s);\n", P, w == 32 ? "FF" : "EE");
    else if (isa->bits == 256 && w == 32)
        emit("    return %spermutevar8x32_epi32(x, %sset1_epi32(7));\n", P, P);
    else if (isa->bits == 256)
        emit("    return %spermute4x64_epi64(x, 0xFF);\n", P);
    else
        emit("    return %spermutexvar_epi%d(%sloadu_si512((const void *)lpcu_last_idx), x);\n", P,
             w, P);
    emit("}\n\n");
}

/* lpcu_load(p): the lanes' residuals p[0 .. lanes-1], widened to the lanes; reads exactly
   those (the 64-bit lanes take half a register of residuals). */
static void emit_load_helper(const struct family *f, const struct vec *isa)
{
    emit("static inline %s lpcu_load(const int32_t *p)\n", isa->vtype);
    emit("{\n");
    if (!is_64(f))
        emit("    return %sloadu_%s((const void *)p);\n", isa->pfx, isa->si);
    else if (isa->bits == 128)
        emit("    return simde_mm_cvtepi32_epi64(simde_mm_loadl_epi64((const void *)p));\n");
    else if (isa->bits == 256)
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

void emit_fixed_helpers(const struct family *f, int bits)
{
    const struct vec v = vec_of(bits);
    emit("#ifndef LPCU_PREFIX_HELPERS /* once per translation unit */\n");
    emit("#define LPCU_PREFIX_HELPERS\n");
    emit_load_helper(f, &v);
    emit_prefix_helpers(f, &v);
    emit("#endif\n\n");
}

void emit_fixed_prefix(const struct kernel *k, const char *name)
{
    const struct family *f = k->family;
    const struct vec v = vec_of(k->isa->vector_bits), *isa = &v;
    const int order = k->order, unroll = k->shape.unroll;
    const char *P = isa->pfx, *V = isa->vtype;
    const int w = f->acc_bits, L = acc_lanes(f, isa->bits), step = L * unroll;
    char scalar[SYM_LEN];
    fixed_symbol(scalar, sizeof scalar, f, "scalar", order);
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
             w == 64 && isa->bits < 512 ? "x" : "", w, m);
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
