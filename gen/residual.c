/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: the encoder's residual kernels, residual[i] = data[i] - (prediction >> shift).
 *
 * Every output is independent of the others (the prediction reads data[], never residual[]),
 * so there is no serial chain and the kernels vectorize across outputs: a vector of lanes
 * outputs takes, for each tap j, one unaligned load of data[i-j ..] and one multiply-add by
 * the broadcast coefficient.
 *
 * Each sum is pinned after every tap (LPCU_OFF_CHAIN_V): left free, gcc rebalances the chain
 * of vector adds into a tree whose products are all live at once, and spills them.
 *
 * Two kinds. residual kernels (narrow, wide) write every residual and return data_len: wide
 * keeps the low 32 bits of the 64-bit residual, as libFLAC's _wide does. limit kernels (wide,
 * wide33) compute the 64-bit residual and stop before the first block that holds one outside
 * (INT32_MIN, INT32_MAX] (the range libFLAC's _limit_residual functions accept), writing
 * nothing of that block and returning where it starts: the entry points (kernels/residual.c)
 * finish from there sample by sample, so they write exactly libFLAC's prefix.
 */
#include <stdio.h>

#include "gen.h"

/* The kernel's head: `uint32_t name(data, data_len, qlp_coeff, shift, residual)`. */
static void emit_residual_signature(const struct family *f, const char *name)
{
    emit("uint32_t %s(const %s *restrict data, uint32_t data_len,\n", name, f->sample);
    emit("    const int32_t *restrict qlp_coeff, int lp_quantization, int32_t *restrict "
         "residual)\n");
}

void emit_residual_scalar(const struct kernel *k, const char *name)
{
    const struct family *f = k->family;
    const int checked = k->kind == LPCU_KIND_limit;
    emit_residual_signature(f, name);
    emit("{\n");
    indent++;
    if (!k->shape.loop)
        for (int j = 1; j <= k->order; j++) {
            char qk[32];
            coeff_expr(qk, sizeof qk, "qlp_coeff", k->order, j);
            emit("const %s c%d = %s%s;\n", f->acc, j, f->widen, qk);
        }
    emit("for (uint32_t i = 0; i < data_len; i++) {\n");
    indent++;
    emit("const %s *h = data + i;\n", f->sample);
    if (k->shape.loop) { /* taps in a loop (shape.loop): qlp_coeff[j] multiplies h[-1 - j] */
        emit("%s sum = 0;\n", f->acc);
        char idx[16] = "j";
        if (cfg.reversed)
            snprintf(idx, sizeof idx, "%d - j", k->order - 1);
        emit("for (int j = 0; j < %d; j++)\n", k->order);
        emit("    sum += %sqlp_coeff[%s] * %sh[-1 - j];\n", f->widen, idx, f->widen);
    } else {
        emit("const %s sum =", f->acc);
        for (int j = k->order; j >= 1; j--)
            fprintf(out, "%s c%d * %sh[-%d]", j == k->order ? "" : " +", j, f->widen, j);
        fprintf(out, ";\n");
    }
    emit("const %s pred = (%s)sum >> lp_quantization;\n", f->sacc, f->sacc);
    if (!checked) {
        emit("residual[i] = (int32_t)((uint32_t)h[0] - (uint32_t)pred);\n");
    } else {
        /* r in (INT32_MIN, INT32_MAX] <=> r - (INT32_MIN + 1) in [0, 2^32 - 2] */
        emit("const uint64_t r = (uint64_t)(int64_t)h[0] - (uint64_t)pred;\n");
        emit("if (r + UINT64_C(0x7fffffff) > UINT64_C(0xfffffffe))\n");
        emit("    return i;\n");
        emit("residual[i] = (int32_t)(uint32_t)r;\n");
    }
    indent--;
    emit("}\n");
    emit("return data_len;\n");
    indent--;
    emit("}\n");
}

/*
 * The vector kernel: `unroll` vectors of outputs per trip.
 *   (residual and limit alike; limit kernels check each trip before storing it)
 *   narrow: 32-bit lanes, mullo_epi32 and add_epi32 (wrapping, as the family is defined);
 *   wide:   the 32-bit samples of one load feed two 64-bit accumulators, mul_epi32 of the even
 *           elements and of the odd ones (shifted down), so no sample is widened;
 *   wide33: 64-bit lanes and mullo_epi64 (AVX-512DQ; narrower ISAs run the scalar kernel).
 * Arithmetic shifts other than SSE2's and AVX2's 32-bit ones (which SIMDe 0.7 lacks at 512
 * bits, and SSE/AVX2 lack for 64-bit lanes) flip the sign bit, shift logically and subtract
 * the shifted sign bit: the same result for every shift count.
 */
void emit_residual_vector(const struct kernel *k, const char *name)
{
    const struct family *f = k->family;
    const struct vec v = vec_of(k->isa->vector_bits);
    const char *P = v.pfx;
    const int wide = f->acc_bits == 64, w33 = f->sample_bits == 64;
    const int checked = k->kind == LPCU_KIND_limit; /* wide or wide33 */
    const int per = v.bits / f->sample_bits;        /* outputs per vector */
    const int U = k->shape.unroll, K = U * per;
    const int z = v.bits == 512;
    char scalar[SYM_LEN];
    snprintf(scalar, sizeof scalar, "%s%s_%s_o%d__scalar", cfg.prefix, kind_names[k->kind], f->name,
             k->order);

    emit_residual_signature(f, name);
    emit("{\n");
    indent++;
    emit("uint32_t i = 0;\n");
    emit("if (data_len >= %d) {\n", K);
    indent++;
    /* wide: mul_epi32 reads the low half of each 64-bit lane, so a 32-bit broadcast serves */
    const char *bcast = w33 ? "set1_epi64" : "set1_epi32";
    if (k->shape.loop) {
        emit("%s kv[%d];\n", v.vtype, k->order);
        emit("for (int j = 0; j < %d; j++)\n", k->order);
        if (cfg.reversed)
            emit("    kv[j] = %s%s(qlp_coeff[%d - j]);\n", P, bcast, k->order - 1);
        else
            emit("    kv[j] = %s%s(qlp_coeff[j]);\n", P, bcast);
    } else {
        for (int j = 1; j <= k->order; j++) {
            char qk[32];
            coeff_expr(qk, sizeof qk, "qlp_coeff", k->order, j);
            emit("const %s k%d = %s%s(%s);\n", v.vtype, j, P, bcast, qk);
        }
    }
    emit("const simde__m128i sh = simde_mm_cvtsi32_si128(lp_quantization);\n");
    if (wide && !w33)
        emit("const %s lo32 = %sset1_epi64%s(INT64_C(0xffffffff));\n", v.vtype, P, z ? "" : "x");
    if (checked) {
        if (!w33)
            emit("const %s one = %sset1_epi32(1);\n", v.vtype, P);
        emit("const %s rmax = %sset1_epi64%s(INT32_MAX);\n", v.vtype, P, z ? "" : "x");
        emit("const %s rmin = %sset1_epi64%s(INT32_MIN + 1);\n", v.vtype, P, z ? "" : "x");
        emit("const %s sign = %sset1_epi64%s(INT64_MIN);\n", v.vtype, P, z ? "" : "x");
        emit("const %s sign_sh = %ssrl_epi64(sign, sh);\n", v.vtype, P);
    } else if (z && !wide) {
        emit("const %s sign = %sset1_epi32(INT32_MIN);\n", v.vtype, P);
        emit("const %s sign_sh = %ssrl_epi32(sign, sh);\n", v.vtype, P);
    }
    emit("for (; data_len - i >= %d; i += %d) {\n", K, K);
    indent++;
    emit("const %s *h = data + i;\n", f->sample);
    /* the sums: oldest tap first; wide keeps an even and an odd accumulator per vector */
    for (int u = 0; u < U; u++) {
        if (wide && !w33)
            emit("%s e%d = %ssetzero_%s(), o%d = %ssetzero_%s();\n", v.vtype, u, P, v.si, u, P,
                 v.si);
        else
            emit("%s a%d = %ssetzero_%s();\n", v.vtype, u, P, v.si);
    }
    /* the taps, oldest first: unrolled, or (shape.loop) a loop over the coefficient vectors */
    const int taps = k->shape.loop ? 1 : k->order;
    if (k->shape.loop) {
        emit("for (int j = %d; j >= 1; j--) {\n", k->order);
        indent++;
    }
    for (int t = taps; t >= 1; t--) {
        char kj[16], off[16];
        if (k->shape.loop)
            snprintf(kj, sizeof kj, "kv[j - 1]");
        else
            snprintf(kj, sizeof kj, "k%d", t);
        for (int u = 0; u < U; u++) {
            if (k->shape.loop)
                snprintf(off, sizeof off, "%d - j", u * per);
            else
                snprintf(off, sizeof off, "%d", u * per - t);
            emit("{\n");
            indent++;
            emit("const %s x = %sloadu_%s((const void *)(h + %s));\n", v.vtype, P, v.si, off);
            if (!wide) {
                emit("a%d = %sadd_epi32(a%d, %smullo_epi32(x, %s));\n", u, P, u, P, kj);
            } else if (w33) {
                emit("a%d = %sadd_epi64(a%d, %smullo_epi64(x, %s));\n", u, P, u, P, kj);
            } else {
                emit("e%d = %sadd_epi64(e%d, %smul_epi32(x, %s));\n", u, P, u, P, kj);
                emit("o%d = %sadd_epi64(o%d, %smul_epi32(%ssrli_epi64(x, 32), %s));\n", u, P, u, P,
                     P, kj);
            }
            /* pin the sums: see the file comment */
            if (wide && !w33) {
                emit("LPCU_OFF_CHAIN_V(e%d);\n", u);
                emit("LPCU_OFF_CHAIN_V(o%d);\n", u);
            } else {
                emit("LPCU_OFF_CHAIN_V(a%d);\n", u);
            }
            indent--;
            emit("}\n");
        }
    }
    if (k->shape.loop) {
        indent--;
        emit("}\n");
    }
    /* the residuals; limit kernels test a whole trip before storing any of it */
    if (checked && z)
        emit("simde__mmask8 bad = 0;\n");
    else if (checked)
        emit("%s bad = %ssetzero_%s();\n", v.vtype, P, v.si);
    for (int u = 0; u < U; u++) {
        emit("const %s d%d = %sloadu_%s((const void *)(h + %d));\n", v.vtype, u, P, v.si, u * per);
        if (!wide && z)
            emit("const %s r%d = %ssub_epi32(d%d, %ssub_epi32(%ssrl_epi32(%sxor_%s(a%d, sign), "
                 "sh), sign_sh));\n",
                 v.vtype, u, P, u, P, P, P, v.si, u);
        else if (!wide)
            emit("const %s r%d = %ssub_epi32(d%d, %ssra_epi32(a%d, sh));\n", v.vtype, u, P, u, P,
                 u);
        if (wide && !checked) /* the low 32 bits of a 64-bit shift by 0..32 are the same
                                 whether it is logical or arithmetic */
            emit("const %s r%d = %ssub_epi32(d%d, %sor_%s(%sand_%s(%ssrl_epi64(e%d, sh), lo32), "
                 "%sslli_epi64(%ssrl_epi64(o%d, sh), 32)));\n",
                 v.vtype, u, P, u, P, v.si, P, v.si, P, u, P, P, u);
        if (!checked)
            continue;
        /* w33: one part (a, d); wide: the even (e) and odd (o) elements, sign-extended by
           mul_epi32 with 1 */
        const int parts = w33 ? 1 : 2;
        for (int p = 0; p < parts; p++) {
            char acc[16], dv[16], rv[16];
            snprintf(acc, sizeof acc, "%s%d", w33 ? "a" : p ? "o" : "e", u);
            snprintf(rv, sizeof rv, "r%s%d", w33 ? "" : p ? "o" : "e", u);
            if (w33) {
                snprintf(dv, sizeof dv, "d%d", u);
            } else {
                snprintf(dv, sizeof dv, "d%s%d", p ? "o" : "e", u);
                if (p)
                    emit("const %s %s = %smul_epi32(%ssrli_epi64(d%d, 32), one);\n", v.vtype, dv, P,
                         P, u);
                else
                    emit("const %s %s = %smul_epi32(d%d, one);\n", v.vtype, dv, P, u);
            }
            emit("const %s %s = %ssub_epi64(%s, %ssub_epi64(%ssrl_epi64(%sxor_%s(%s, sign), "
                 "sh), sign_sh));\n",
                 v.vtype, rv, P, dv, P, P, P, v.si, acc);
            if (z)
                emit("bad |= %scmpgt_epi64_mask(%s, rmax) | %scmpgt_epi64_mask(rmin, %s);\n", P, rv,
                     P, rv);
            else
                emit("bad = %sor_%s(bad, %sor_%s(%scmpgt_epi64(%s, rmax), %scmpgt_epi64(rmin, "
                     "%s)));\n",
                     P, v.si, P, v.si, P, rv, P, rv);
        }
    }
    if (checked && z)
        emit("if (bad)\n");
    else if (checked)
        emit("if (!%stestz_%s(bad, bad))\n", P, v.si);
    if (checked)
        emit("    return i;\n");
    for (int u = 0; u < U; u++) {
        if (!checked)
            emit("%sstoreu_%s((void *)(residual + i + %d), r%d);\n", P, v.si, u * per, u);
        else if (w33) /* the low halves of eight 64-bit lanes: one 256-bit store */
            emit("simde_mm256_storeu_si256((void *)(residual + i + %d), "
                 "simde_mm512_cvtepi64_epi32(r%d));\n",
                 u * per, u);
        else
            emit("%sstoreu_%s((void *)(residual + i + %d), %sor_%s(%sand_%s(re%d, lo32), "
                 "%sslli_epi64(ro%d, 32)));\n",
                 P, v.si, u * per, P, v.si, P, v.si, u, P, u);
    }
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
    emit("if (i < data_len)\n");
    emit("    i += %s(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);\n",
         scalar);
    emit("return i;\n");
    indent--;
    emit("}\n");
}
