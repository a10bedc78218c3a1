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
/* A vector kernel's end: the samples its vectors left go to the scalar kernel `scalar`, and
   the kernel returns the count written (closes the function's body). */
static void emit_scalar_finish(const char *scalar)
{
    emit("if (i < data_len)\n");
    emit("    i += %s(data + i, data_len - i, qlp_coeff, lp_quantization, residual + i);\n",
         scalar);
    emit("return i;\n");
    indent--;
    emit("}\n");
}

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
    emit_scalar_finish(scalar);
}

/*
 * The exact-double kernels (strategy ST_RESID_EXACT, feature fma; 256-bit vectors of four
 * doubles). Integer arithmetic done in doubles is exact while every value is an integer
 * multiple of a power of two below 2^53 in magnitude, and that is what happens here when
 *
 *     sum_j |qlp_coeff[j]| <= LPCU_EXACT_COEFF_SUM (2^19) and
 *     lp_quantization <= LPCU_EXACT_MAX_SHIFT (15)          (the caller checks both), and
 *     |data[i]| <= LPCU_EXACT_SAMPLE_MAX (2^32)             (int32 samples always; int64
 *                                                            samples checked on conversion):
 *
 *   k_j = qlp_coeff[j] * 2^-shift         exact (a power-of-two scaling of a 20-bit integer);
 *   a   = data[i] - sum_j k_j * data[i-j-1]
 *                                         every partial value is (data[i] 2^shift - N) 2^-shift
 *                                         with |data[i] 2^shift - N| <= 2^47 + 2^51, so each
 *                                         FMA is exact, in any order and rounding mode;
 *   r   = ceil(a) = data[i] - floor(N 2^-shift) = data[i] - (N >> shift)
 *                                         vroundpd with an explicit mode: the integer kernels'
 *                                         64-bit residual, bit for bit;
 *   limit: |r| <= INT32_MAX               the (INT32_MIN, INT32_MAX] check, on exact values;
 *   the low 32 bits of r                  r + 1.5 * 2^52 (exact for |r| < 2^51: int32
 *                                         samples, or a residual that passed the check) holds
 *                                         r in the low bits of its significand.
 * Two FMA pipes then do the work that 64-bit integer lanes do with one multiply per product
 * (wide33 on AVX2 has no 64-bit multiply at all and ran scalar).
 *
 * The samples are converted once, LPCU_EXACT_CHUNK at a time, into a buffer of doubles on
 * the stack after the (up to MAX_ORDER) samples before them, which the next chunk keeps:
 * converting at every tap costs a conversion per product. The taps run in the four residue
 * classes of j mod 4: taps j and j + 4 of neighbouring vectors of outputs read the same
 * vector of samples, so each class loads one new vector per tap and slides a window of
 * `unroll` vectors (renamed, unrolled), half the loads of one per product. `accs` independent
 * sums per vector of outputs (one per class, modulo accs) cover the FMA latency. A kernel
 * returns where it stopped: before the first block with a residual out of range (limit), or
 * before the chunk holding (or following) an int64 sample out of range, which the entry point
 * finishes with the integer kernels (kernels/residual.c).
 */
#define EXACT_MAGIC "6755399441055744.0" /* 1.5 * 2^52 */

/* One residue class's taps j = first, first + 4, ... <= order into sums a<u>_<chain>. */
static void emit_exact_class(const struct kernel *k, int first, int chain)
{
    const int U = k->shape.unroll;
    emit("{ /* taps j = %d mod 4 */\n", first % 4);
    indent++;
    for (int u = 0; u < U; u++)
        emit("simde__m256d w%d = simde_mm256_loadu_pd(h + %d);\n", u, 4 * u - first);
    /* step s: vector u's samples are in w<(u - s) mod U> */
    for (int j = first, s = 0; j <= k->order; j += 4, s++) {
        if (s)
            emit("w%d = simde_mm256_loadu_pd(h - %d);\n", ((U - s) % U + U) % U, j);
        for (int u = 0; u < U; u++)
            emit("a%d_%d = simde_mm256_fnmadd_pd(k%d, w%d, a%d_%d);\n", u, chain, j,
                 ((u - s) % U + U) % U, u, chain);
    }
    indent--;
    emit("}\n");
}

/* Converts data[i + t] for t < m into buf[t] (int64: stopping at a sample out of range). */
static void emit_exact_convert(const struct family *f)
{
    emit("for (uint32_t t = 0; t < m; t += 4) {\n");
    indent++;
    if (f->sample_bits == 32) {
        emit("simde_mm256_storeu_pd(buf + t, simde_mm256_cvtepi32_pd(simde_mm_loadu_si128((const "
             "void *)(data + i + t))));\n");
    } else { /* |x| < 2^51: x + the magic's bit pattern is the double magic + x */
        emit("const simde__m256i x = simde_mm256_loadu_si256((const void *)(data + i + t));\n");
        emit("big = simde_mm256_or_si256(big, simde_mm256_or_si256(simde_mm256_cmpgt_epi64(x, "
             "xmax), simde_mm256_cmpgt_epi64(xmin, x)));\n");
        emit("simde_mm256_storeu_pd(buf + t, simde_mm256_sub_pd(simde_mm256_castsi256_pd("
             "simde_mm256_add_epi64(x, magic_bits)), magic));\n");
    }
    indent--;
    emit("}\n");
    if (f->sample_bits == 64) {
        emit("if (!simde_mm256_testz_si256(big, big))\n");
        emit("    return i;\n");
    }
}

/* The block's residuals from its sums: checked (limit) and stored as int32. */
static void emit_exact_store(const struct kernel *k, int A)
{
    const int U = k->shape.unroll;
    const int checked = k->kind == LPCU_KIND_limit;
    if (checked)
        emit("simde__m256d bad = simde_mm256_setzero_pd();\n");
    for (int u = 0; u < U; u++) {
        for (int c = 1; c < A; c++)
            emit("a%d_0 = simde_mm256_add_pd(a%d_0, a%d_%d);\n", u, u, u, c);
        emit("const simde__m256d r%d = simde_mm256_ceil_pd(a%d_0);\n", u, u);
        if (checked)
            emit("bad = simde_mm256_or_pd(bad, simde_mm256_cmp_pd(simde_mm256_and_pd(r%d, "
                 "abs_mask), rmax, SIMDE_CMP_GT_OQ));\n",
                 u);
    }
    if (checked) {
        emit("if (simde_mm256_movemask_pd(bad))\n");
        emit("    return i + t;\n");
    }
    /* the low halves of two vectors' (r + magic), in order: one 256-bit store */
    for (int u = 0; u < U; u += 2)
        emit("simde_mm256_storeu_si256((void *)(residual + i + t + %d), "
             "simde_mm256_permute4x64_epi64(simde_mm256_castps_si256(simde_mm256_shuffle_ps("
             "simde_mm256_castpd_ps(simde_mm256_add_pd(r%d, magic)), "
             "simde_mm256_castpd_ps(simde_mm256_add_pd(r%d, magic)), 0x88)), 0xd8));\n",
             4 * u, u, u + 1);
}

void emit_residual_exact(const struct kernel *k, const char *name)
{
    const struct family *f = k->family;
    const int w33 = f->sample_bits == 64, checked = k->kind == LPCU_KIND_limit;
    const int U = k->shape.unroll, K = 4 * U, order = k->order;
    const int classes = order < 4 ? order : 4;
    const int A = k->shape.accs < classes ? k->shape.accs : classes;
    const int history = (order + 3) / 4 * 4; /* whole vectors of samples kept for the next chunk */
    char scalar[SYM_LEN];
    snprintf(scalar, sizeof scalar, "%s%s_%s_o%d__scalar", cfg.prefix, kind_names[k->kind], f->name,
             order);

    emit_residual_signature(f, name);
    emit("{\n");
    indent++;
    emit("uint32_t i = 0;\n");
    emit("if (data_len >= %d) {\n", K);
    indent++;
    /* 2^-lp_quantization, built from its exponent */
    emit("const simde__m256d scale = "
         "simde_mm256_castsi256_pd(simde_mm256_set1_epi64x((int64_t)(1023 "
         "- lp_quantization) << 52));\n");
    for (int j = 1; j <= order; j++) {
        char qk[32];
        coeff_expr(qk, sizeof qk, "qlp_coeff", order, j);
        emit("const simde__m256d k%d = simde_mm256_mul_pd(simde_mm256_set1_pd((double)%s), "
             "scale);\n",
             j, qk);
    }
    emit("const simde__m256d magic = simde_mm256_set1_pd(%s);\n", EXACT_MAGIC);
    if (checked) {
        emit("const simde__m256d abs_mask = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x("
             "INT64_MAX));\n");
        emit("const simde__m256d rmax = simde_mm256_set1_pd((double)INT32_MAX);\n");
    }
    if (w33) {
        emit("const simde__m256i magic_bits = simde_mm256_castpd_si256(magic);\n");
        emit("const simde__m256i xmax = simde_mm256_set1_epi64x(LPCU_EXACT_SAMPLE_MAX);\n");
        emit("const simde__m256i xmin = simde_mm256_set1_epi64x(-LPCU_EXACT_SAMPLE_MAX);\n");
    }
    /* buf[t] holds data[i + t] (t >= -order), 32-byte aligned */
    emit("double raw[%d + LPCU_EXACT_CHUNK + 3];\n", MAX_ORDER);
    emit("double *const buf = raw + %d + (4 - (uintptr_t)raw / sizeof(double) %% 4) %% 4;\n",
         MAX_ORDER);
    emit("for (int j = 1; j <= %d; j++) {\n", order);
    if (w33) {
        emit("    if (data[-j] > LPCU_EXACT_SAMPLE_MAX || data[-j] < -LPCU_EXACT_SAMPLE_MAX)\n");
        emit("        return 0;\n");
    }
    emit("    buf[-j] = (double)data[-j];\n");
    emit("}\n");
    emit("for (;;) {\n");
    indent++;
    emit("uint32_t m = data_len - i < LPCU_EXACT_CHUNK ? data_len - i : LPCU_EXACT_CHUNK;\n");
    emit("m -= m %% %d;\n", K);
    if (w33)
        emit("simde__m256i big = simde_mm256_setzero_si256();\n");
    emit_exact_convert(f);
    emit("for (uint32_t t = 0; t < m; t += %d) {\n", K);
    indent++;
    emit("const double *h = buf + t;\n");
    for (int u = 0; u < U; u++)
        for (int c = 0; c < A; c++)
            if (c == 0)
                emit("simde__m256d a%d_0 = simde_mm256_loadu_pd(h + %d);\n", u, 4 * u);
            else
                emit("simde__m256d a%d_%d = simde_mm256_setzero_pd();\n", u, c);
    for (int r = 1; r <= classes; r++)
        emit_exact_class(k, r, (r - 1) % A);
    emit_exact_store(k, A);
    indent--;
    emit("}\n");
    emit("i += m;\n");
    emit("if (m < LPCU_EXACT_CHUNK || data_len - i < %d)\n", K);
    emit("    break;\n");
    emit("for (int t = %d; t < 0; t += 4) /* the samples before the next chunk */\n", -history);
    emit("    simde_mm256_storeu_pd(buf + t, simde_mm256_loadu_pd(buf + LPCU_EXACT_CHUNK + t));\n");
    indent--;
    emit("}\n");
    indent--;
    emit("}\n");
    emit_scalar_finish(scalar);
}
