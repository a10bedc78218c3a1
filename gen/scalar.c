/* SPDX-License-Identifier: MIT */
/* lpcunroll-gen: the scalar strategy, fully unrolled kernels for one order each. */
#include <stdio.h>

#include "gen.h"

/*
 * One fixed-order scalar kernel. Term k (1-based) multiplies qlp_coeff[k-1] by data[i-k].
 * Everything but the newest term is summed first into `off`, so the serial chain from one
 * sample to the next is only: multiply by c1, add, shift, add the residual.
 *
 * Where the family's arithmetic is linear modulo its word size (narrow, wide33), the chain
 * is one step shorter: c1 * data[i-1] = c1 * residual[i-1] + c1 * pred[i-1], where pred is
 * the shifted prediction, so c1 * residual[i-1] joins the off-chain sum and the chain is
 * shift, multiply, add. The wide family truncates data[i] to 32 bits, which breaks that
 * identity when residual + pred leaves the int32 range; it folds anyway, notes any such
 * sample and redoes the call exactly if there was one (emit_output, emit_exact_call). The
 * redo reads the residuals again, so the wide kernels need them apart from the output; the
 * entry points give them a copy when called in place (kernels/dispatch.c).
 *
 * The `regs` newest samples live in a ring of locals v0..v{regs-1}; the loop is unrolled
 * `regs` times so that each copy names its slots directly and no value is ever moved:
 * sample t finds data[t-k] in v[(t-k) mod regs] and overwrites v[t mod regs].
 */
struct kernel_ctx {
    const struct family *f;
    struct shape shape;
    int order, fold, ring; /* ring: slots in use (0 when fold leaves no register work) */
    int mul32;             /* 32 x 32 -> 64-bit products: history and coefficients in int32 */
    const char *widen;     /* cast of a sample or coefficient to the product's operand */
};

/* c * x in the family's arithmetic; with mul32 a signed 32 x 32 -> 64-bit product, exact in
   int64_t, which a compiler can issue as one widening multiply (aarch64's smull, smaddl). */
static void product(char *buf, size_t size, const struct kernel_ctx *c, const char *coeff,
                    const char *x)
{
    if (c->mul32)
        snprintf(buf, size, "(uint64_t)((int64_t)%s * %s)", coeff, x);
    else
        snprintf(buf, size, "%s * %s", coeff, x);
}

/*
 * r = residual[at], read once and before data[at] is written (residual may be data: restore in
 * place), and x = r + pred in the family's arithmetic, stored to data[at]. The speculating
 * family (wide) also checks whether the 64-bit sum left the int32 range: only then does keeping
 * its low 32 bits make c1 * data[i] differ from c1 * residual[i] + c1 * pred, which the folded
 * chain assumes; the kernel redoes the call exactly if any sample did.
 */
void emit_output(const struct family *f, const char *at)
{
    emit("const int32_t r = residual[%s];\n", at);
    if (f->speculate) {
        emit("const uint64_t y = (uint64_t)(int64_t)r + (uint64_t)pred;\n");
        emit("wrapped |= (y + UINT64_C(0x80000000)) >> 32;\n");
        emit("const int32_t x = (int32_t)(uint32_t)y;\n");
        emit("data[%s] = x;\n", at);
    } else if (f->sample_bits == 32) { /* add in 32 bits, keep the low 32 */
        emit("const int32_t x = (int32_t)((uint32_t)r + (uint32_t)pred);\n");
        emit("data[%s] = x;\n", at);
    } else {
        emit("const int64_t x = (int64_t)((uint64_t)(int64_t)r + (uint64_t)pred);\n");
        emit("data[%s] = x;\n", at);
    }
}

/* A restore kernel's head, `type name+suffix(params)`. residual and data may be one buffer
   (restore in place), except for the speculating family, whose redo rereads the residuals
   (the entry points keep them apart). */
void emit_restore_signature(const struct family *f, const char *type, const char *name,
                            const char *suffix)
{
    const char *rs = f->speculate ? "restrict " : "";
    emit("%s %s%s(const int32_t *%sresidual, uint32_t data_len,\n", type, name, suffix, rs);
    emit("    const int32_t *restrict qlp_coeff, int lp_quantization, %s *%sdata)\n", f->sample,
         rs);
}

/* The exact loop of the family, for the last samples of a call (fewer than a loop trip) and
   for the redo of a speculating kernel whose fold met an output outside int32 (only
   malformed streams get there). It is static in every file that needs it, so a generated
   file (or a vendored single file) depends on nothing else. */
void emit_exact_call(const struct family *f, int order, const char *indent_text, const char *at)
{
    emit("%s%s_exact(residual + %s, data_len - %s, qlp_coeff, %d, lp_quantization, data + %s);\n",
         indent_text, f->name, at, at, order, at);
}

void emit_exact_function(const struct family *f)
{
    emit("/* The plain loop: tails shorter than a loop trip, and redos. */\n");
    emit("#ifndef LPCU_EXACT_%s /* once per translation unit */\n", f->name);
    emit("#define LPCU_EXACT_%s\n", f->name);
    emit("static LPCU_COLD void %s_exact(const int32_t *residual, uint32_t data_len, const int32_t "
         "*qlp_coeff,\n",
         f->name);
    emit("    uint32_t order, int lp_quantization, %s *data)\n", f->sample);
    emit("{\n");
    emit("    for (uint32_t i = 0; i < data_len; i++) {\n");
    emit("        %s sum = 0;\n", f->acc);
    emit("        for (uint32_t j = 0; j < order; j++)\n");
    emit("            sum += %sqlp_coeff[%s] * %sdata[(int64_t)i - j - 1];\n", f->widen,
         cfg.reversed ? "order - 1 - j" : "j", f->widen);
    emit("        const %s pred = (%s)sum >> lp_quantization;\n", f->sacc, f->sacc);
    if (f->sample_bits == 32)
        emit("        data[i] = (int32_t)((uint32_t)residual[i] + (uint32_t)pred);\n");
    else
        emit("        data[i] = (int64_t)((uint64_t)(int64_t)residual[i] + (uint64_t)pred);\n");
    emit("    }\n");
    emit("}\n");
    emit("#endif\n\n");
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
        char term[128], coeff[32], x[48];
        if (k > order) { /* the folded residual term */
            product(term, sizeof term, c, "c1", "prev_res");
        } else {
            if (k <= c->shape.coeffs)
                snprintf(coeff, sizeof coeff, "c%d", k);
            else {
                char qk[32];
                coeff_expr(qk, sizeof qk, "q", order, k);
                snprintf(coeff, sizeof coeff, "%s%s", c->widen, qk);
            }
            if (k <= R)
                snprintf(x, sizeof x, "v%d", ((u - k) % R + R) % R);
            else
                snprintf(x, sizeof x, "%spast[-%d]", c->widen, k);
            product(term, sizeof term, c, coeff, x);
        }
        if (!used[a])
            emit("%s s%d = %s;\n", f->acc, a, term);
        else
            emit("s%d += %s;\n", a, term);
        used[a] = 1;
    }
    char newest[96];
    if (c->fold && c->mul32) /* pred has 64 bits */
        snprintf(newest, sizeof newest, "(uint64_t)(int64_t)c1 * prev_pred");
    else if (c->fold)
        snprintf(newest, sizeof newest, "c1 * prev_pred");
    else {
        char x[16];
        snprintf(x, sizeof x, "v%d", ((u - 1) % R + R) % R);
        product(newest, sizeof newest, c, "c1", x);
    }
    if (!used[0]) {
        emit("const %s sum = %s;\n", f->acc, newest);
    } else {
        emit("%s off = s0", f->acc);
        for (int b = 1; b < c->shape.accs; b++)
            if (used[b])
                fprintf(out, " + s%d", b);
        fprintf(out, ";\n");
        emit("LPCU_OFF_CHAIN(off);\n");
        emit("const %s sum = off + %s;\n", f->acc, newest);
    }
    emit("const %s pred = (%s)sum >> lp_quantization;\n", f->sacc, f->sacc);
    if (f->speculate && !c->fold) { /* nothing to redo: the exact output, no wrap check */
        struct family exact = *f;
        exact.speculate = 0;
        emit_output(&exact, "i");
    } else {
        emit_output(f, "i");
    }
    if (c->ring)
        emit("v%d = %sx;\n", u, c->widen);
    if (c->fold) {
        emit("prev_res = %sr;\n", c->widen);
        emit("prev_pred = (%s)pred;\n", f->acc);
    }
    emit("i++;\n");
    indent--;
    emit("}\n");
}

void emit_scalar_kernel(const struct kernel *k, const char *name)
{
    const struct family *f = k->family;
    const int order = k->order;
    struct kernel_ctx c = {f, k->shape, order, 0, 0, 0, f->widen};
    c.mul32 = k->shape.mul32 && f->sample_bits == 32 && f->acc_bits == 64;
    const char *operand = c.mul32 ? "int32_t" : f->acc; /* type of coefficients and history */
    if (c.mul32)
        c.widen = "";
    c.fold = (f->linear || f->speculate) && !c.shape.nofold;
    const int spec = c.fold && f->speculate;
    const int R = c.shape.regs;
    /* With the fold and one slot, data[i-1] is never read back from a local. */
    c.ring = !(c.fold && R == 1);

    if (spec) /* the folded loop, returning whether any output wrapped */
        emit_restore_signature(f, "static uint64_t", name, "_fold");
    else
        emit_restore_signature(f, "void", name, "");
    emit("{\n");
    indent++;
    if (spec)
        emit("uint64_t wrapped = 0;\n");
    for (int k = 1; k <= c.shape.coeffs; k++) {
        char qk[32];
        coeff_expr(qk, sizeof qk, "qlp_coeff", order, k);
        emit("const %s c%d = %s%s;\n", operand, k, c.widen, qk);
    }
    if (c.ring)
        for (int k = 1; k <= R; k++) /* data[-k] sits where sample 0 looks for it */
            emit("%s v%d = %sdata[-%d];\n", operand, R - k, c.widen, k);
    if (c.fold && c.mul32) /* data[-1] seen as residual data[-1] plus prediction 0 */
    {
        emit("int32_t prev_res = data[-1];\n");
        emit("uint64_t prev_pred = 0;\n");
    } else if (c.fold)
        emit("%s prev_res = %sdata[-1], prev_pred = 0;\n", f->acc, f->widen);
    emit("uint32_t i = 0;\n");
    emit("while (data_len - i >= %d) {\n", R);
    indent++;
    for (int u = 0; u < R; u++)
        emit_scalar_sample(&c, u);
    indent--;
    emit("}\n");
    /* fewer than R samples left: the plain loop, rather than R - 1 more unrolled copies */
    if (R > 1) {
        emit("if (i < data_len)\n");
        emit_exact_call(f, order, "    ", "i");
    }
    if (spec)
        emit("return wrapped;\n");
    indent--;
    emit("}\n");
    if (spec) {
        emit("\n");
        emit_restore_signature(f, "void", name, "");
        emit("{\n");
        emit("    if (%s_fold(residual, data_len, qlp_coeff, lp_quantization, data))\n", name);
        emit_exact_call(f, order, "        ", "0");
        emit("}\n");
    }
}
