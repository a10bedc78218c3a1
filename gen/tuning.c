/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: every measured table, in one place. Each table says, per family, ISA and
 * order range, which strategy and shape a kernel slot gets; plan.c turns the answers into
 * the plan. Figures are from the machine of bench/results/ (AMD EPYC, Zen 5 class, AVX-512,
 * 2 vCPUs), gcc 12 -O2, n = 4096, TSC ticks per sample, ours / libFLAC 1.4.2 measured in the
 * same process unless a comparison is named. NEON follows the SSE4.1 rows (the same 128-bit
 * source; not measured on an ARM core), except for the restore kernels, where aarch64 has
 * rows of its own (scalar and NEON), chosen from estimates (bench/arm_estimate.sh).
 */
#include <string.h>

#include "gen.h"

#define ALL MAX_ORDER
#define N_ROWS(table) (sizeof table / sizeof table[0])

/* The ISA whose rows an ISA follows. */
static enum lpcu_isa_id rules_isa(const struct isa *isa)
{
    return isa->id == LPCU_ISA_neon ? LPCU_ISA_sse41 : isa->id;
}

/* ---- restore, scalar ---------------------------------------------------------------------- */

/*
 * Per-order shape of the scalar kernels (scalar.c):
 *   regs:   the newest samples kept in a ring of locals (the loop is unrolled this many
 *           times); older ones are loaded from data[], long after they were stored.
 *   accs:   independent partial sums for the off-chain terms.
 *   coeffs: how many coefficients (newest first) are hoisted into locals; the rest are
 *           loaded from qlp_coeff[] each sample (a load either way once registers run out).
 *   nofold: keep the plain chain where the fold would apply; the fold costs one multiply per
 *           sample, which matters once multiplies, not the chain, are the limit.
 * From a sweep over regs {1,2,3,4,6,8,12,16,24,all}, accs {1,2}, coeffs {1,all} and fold on
 * and off. Rings above 16 were faster still in the sweep but, with 20+ unrolled copies of
 * 20+ terms, hit code-layout cliffs (3-4x slower at one order, moving with the alignment), so
 * the ring stops at 16 and higher orders load their history.
 */
struct scalar_rule {
    enum lpcu_family family;
    int max_order; /* covers orders up to this one, after the family's previous row */
    int regs, accs, coeffs, nofold;
};
static const struct scalar_rule scalar_rules[] = {
    {LPCU_FAMILY_narrow, 10, 12, 1, 1, 0}, /* o2: 3.01 / 3.57, o6: 3.22 / 3.97, o10: 3.84 / 3.87 */
    {LPCU_FAMILY_narrow, 11, 12, 2, ALL, 1}, /* o11: 4.08 / 4.31 */
    {LPCU_FAMILY_narrow, 16, 16, 1, 1, 1},   /* o12: 4.39 / 4.59, o16: 5.88 / 6.86 */
    {LPCU_FAMILY_narrow, ALL, 2, 2, 1, 0},   /* o24: 9.42 / 9.38, o32: 12.98 / 13.17 */
    /* o2: 4.06 / 4.06 (both at the chain floor), o8: 4.37 / 4.42, o12: 4.51 / 5.62,
       o16: 5.76 / 10.18 */
    {LPCU_FAMILY_wide, 16, 16, 2, ALL, 0},
    {LPCU_FAMILY_wide, ALL, 8, 2, ALL, 0},   /* o24: 10.69 / 14.41, o32: 14.41 / 18.81 */
    {LPCU_FAMILY_wide33, 16, 16, 2, ALL, 0}, /* as wide, not tuned separately */
    {LPCU_FAMILY_wide33, ALL, 8, 2, ALL, 0},
};

/* No more ring slots, partial sums or hoisted coefficients than the order has terms. */
static struct shape clamp_scalar(struct shape s, int order)
{
    if (s.regs > order)
        s.regs = order;
    if (s.accs > order - 1)
        s.accs = order - 1 > 0 ? order - 1 : 1;
    if (s.coeffs > order)
        s.coeffs = order;
    return s;
}

static struct shape scalar_shape(const struct family *f, int order)
{
    struct shape s = new_shape(ST_SCALAR);
    for (size_t r = 0; r < N_ROWS(scalar_rules); r++) {
        const struct scalar_rule *row = &scalar_rules[r];
        if (row->family == f->id && order <= row->max_order) {
            s.regs = row->regs;
            s.accs = row->accs;
            s.coeffs = row->coeffs;
            s.nofold = row->nofold;
            break;
        }
    }
    return clamp_scalar(s, order);
}

/*
 * aarch64's own scalar shapes, which the scalar files compile where __aarch64__ is defined
 * (gen/write.c: one file per family still serves every target, so the dispatch, manifest and
 * CMake lists stay as they are); every other target compiles the rows above. A family
 * without rows here keeps its one shape. No ARM core was at hand: chosen by
 * bench/arm_estimate.sh's method from a sweep over regs {1,2,3,4,6,8,12,16,order}, accs
 * {1,2}, coeffs {1,order}, fold on and off and, for wide, 32 x 32 -> 64-bit products (mul32),
 * keeping shapes whose loop touches no stack (tests/arm_loops_test.sh) and, of those, the
 * one with the best lower of the two models' ratios to libFLAC's C (llvm-mca 16,
 * neoverse-n1 i.e. Cortex-A57 tables, and neoverse-n2), estimated cycles per sample (ours /
 * libFLAC, n1 | n2) in the comments. With 31 general registers the x86 rings of 12-16 plus
 * hoisted coefficients spill; on a core with one multiply pipe (A76/N1 class) the fold's
 * extra multiply per sample is the limit from order 4 on, so the fold is off there, where
 * a two-pipe core (N2) loses little. Wide products of int32 operands become smull/smaddl.
 */
struct aarch64_scalar_rule {
    enum lpcu_family family;
    int max_order; /* covers orders up to this one, after the family's previous row */
    int regs, accs, coeffs, nofold, mul32;
};
static const struct aarch64_scalar_rule aarch64_scalar_rules[] = {
    {LPCU_FAMILY_narrow, 1, 1, 1, 1, 0, 0},     /* o1: 4.00 / 5.00 | 3.00 / 5.00 */
    {LPCU_FAMILY_narrow, 3, ALL, 1, ALL, 0, 0}, /* o3: 4.34 / 5.00 | 4.67 / 5.50 */
    {LPCU_FAMILY_narrow, 4, 4, 2, 4, 1, 0},     /* o4: 5.00 / 5.50 | 5.00 / 5.01 */
    {LPCU_FAMILY_narrow, 6, ALL, 1, ALL, 1, 0}, /* o6: 6.01 / 7.01 | 5.51 / 6.51 */
    {LPCU_FAMILY_narrow, 7, 1, 2, ALL, 1, 0},   /* o7: 7.03 / 7.51 | 5.03 / 7.51 */
    /* o8 8.01 / 8.01 | 5.63 / 8.01, o10 10.01 / 10.01 | 7.21 / 10.02: one multiply a term,
       at one multiply a cycle, is libFLAC's speed on the n1 model */
    {LPCU_FAMILY_narrow, 10, ALL, 1, ALL, 1, 0},
    {LPCU_FAMILY_narrow, 11, 1, 2, ALL, 1, 0}, /* o11: 9.53 / 11.01 | 6.76 / 11.02 */
    {LPCU_FAMILY_narrow, 12, 4, 1, ALL, 1, 0}, /* o12: 13.02 / 12.01 | 9.52 / 12.02 */
    {LPCU_FAMILY_narrow, 13, 4, 2, 1, 1, 0},   /* o13: a ring of 8 spills */
    {LPCU_FAMILY_narrow, 14, 8, 2, 1, 1, 0},   /* o14: 16.27 / 22.03 | 10.64 / 11.06 */
    {LPCU_FAMILY_narrow, ALL, 4, 2, 1, 1, 0},  /* o32: 47.04 / 58.06 | 24.42 / 29.22 */
    {LPCU_FAMILY_wide, 1, 1, 1, 1, 1, 1},      /* o1: 5.00 / 5.00 | 5.00 / 5.00 */
    {LPCU_FAMILY_wide, 2, 2, 1, 1, 1, 1},      /* o2: 5.00 / 6.00 | 5.00 / 7.00 */
    {LPCU_FAMILY_wide, 3, ALL, 1, ALL, 1, 1},  /* o3: 5.00 / 5.00 | 5.00 / 5.50 */
    {LPCU_FAMILY_wide, 5, ALL, 2, ALL, 1, 1},  /* o4: 5.00 / 5.50 | 5.00 / 5.01 */
    {LPCU_FAMILY_wide, 7, ALL, 1, ALL, 1, 1},  /* o7: 7.01 / 7.51 | 5.44 / 7.51 */
    {LPCU_FAMILY_wide, 8, 4, 1, ALL, 1, 1},    /* o8: 9.02 / 8.01 | 6.27 / 8.01 */
    {LPCU_FAMILY_wide, 10, ALL, 1, ALL, 1, 1}, /* o10: 10.01 / 10.01 | 7.21 / 10.02 */
    {LPCU_FAMILY_wide, 12, 1, 1, ALL, 1, 1},   /* o12: 13.03 / 12.01 | 9.53 / 12.02 */
    {LPCU_FAMILY_wide, 24, 4, 1, 1, 1, 1},     /* o16: 21.04 / 26.04 | 12.54 / 12.43 */
    {LPCU_FAMILY_wide, ALL, 2, 1, 1, 1, 1}, /* o32 (without mul32): 51.09 / 58.06 | 25.84 / 29.22 */
};

struct shape tune_restore_aarch64(const struct family *f, int order)
{
    for (size_t r = 0; r < N_ROWS(aarch64_scalar_rules); r++) {
        const struct aarch64_scalar_rule *row = &aarch64_scalar_rules[r];
        if (row->family == f->id && order <= row->max_order) {
            struct shape s = new_shape(ST_SCALAR);
            s.regs = row->regs;
            s.accs = row->accs;
            s.coeffs = row->coeffs;
            s.nofold = row->nofold;
            s.mul32 = row->mul32;
            return clamp_scalar(s, order);
        }
    }
    return scalar_shape(f, order);
}

/* ---- restore, block-SIMD ------------------------------------------------------------------ */

enum use { OWN, SCALAR, LEND }; /* the ISA's own kernel, the scalar one, or `lender`'s */

/*
 * From a sweep over k {4,8,16} x depth {2,3,4,5} per family and ISA; the chain floor (order
 * 1) is 2.88. Below order 3 the serial chain is everything and the scalar kernels are as
 * fast. 512-bit registers lost to 256-bit ones except for wide at high orders: with 16 narrow
 * lanes the triangle doubles, and spilling a zmm block to scalar loads is slow on this core.
 * The wide family's finish is folded speculatively; the folded scalar chain beats blocks up to
 * order 7, and 128-bit blocks beat 256-bit ones at 8 and 10-12. wide33 without a 64-bit
 * vector multiply pays two 32-bit products per term.
 */
struct block_rule {
    enum lpcu_family family;
    enum lpcu_isa_id isa;
    int max_order;
    enum use use;
    enum lpcu_isa_id lender; /* LEND */
    int k, depth;            /* OWN */
};
static const struct block_rule block_rules[] = {
    /* o3-8 the block gains 3% at most over the scalar kernel: not its bytes; o9 4% */
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 8, SCALAR, 0, 0, 0},
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 9, OWN, 0, 8, 5},  /* o8: 3.25 / 3.80 */
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 12, OWN, 0, 8, 3}, /* o12: 3.69 / 4.43 */
    /* o16: 3.80 / 6.57, o32: 4.79 / 12.65 */
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 32, OWN, 0, 4, 4},
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 8, SCALAR, 0, 0, 0},
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 9, OWN, 0, 8, 5}, /* o8: 3.29 / 3.78 */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 12, OWN, 0, 8, 3},
    /* the 128-bit kernels are as fast or faster from order 13 (sse41 / avx2: o14 3.39 / 3.60,
       o26 3.88 / 4.19, o32 4.58 / 4.62): 16 narrow lanes' triangle costs what the wider
       vectors save */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 32, LEND, LPCU_ISA_sse41, 0, 0},
    /* zmm: o16 5.18, o32 4.91 */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx512, 32, LEND, LPCU_ISA_avx2, 0, 0},
    {LPCU_FAMILY_wide, LPCU_ISA_sse41, 7, SCALAR, 0, 0, 0}, /* o5: scalar 3.52, block 3.68 */
    {LPCU_FAMILY_wide, LPCU_ISA_sse41, 12, OWN, 0, 4, 4},   /* o10: 4.13 / 5.48 */
    {LPCU_FAMILY_wide, LPCU_ISA_sse41, 18, OWN, 0, 4, 5},   /* o16: 5.01 / 10.57 */
    {LPCU_FAMILY_wide, LPCU_ISA_sse41, 32, OWN, 0, 4, 4},   /* o32: 9.50 / 19.67 */
    {LPCU_FAMILY_wide, LPCU_ISA_avx2, 7, SCALAR, 0, 0, 0},  /* o6: scalar 3.68, block 3.88 */
    /* o8: sse41 4.14, avx2 4.27 */
    {LPCU_FAMILY_wide, LPCU_ISA_avx2, 8, LEND, LPCU_ISA_sse41, 0, 0},
    {LPCU_FAMILY_wide, LPCU_ISA_avx2, 9, OWN, 0, 8, 3}, /* o9: 4.21 / 4.90 */
    /* o11: sse41 4.23, avx2 5.03 */
    {LPCU_FAMILY_wide, LPCU_ISA_avx2, 12, LEND, LPCU_ISA_sse41, 0, 0},
    {LPCU_FAMILY_wide, LPCU_ISA_avx2, 32, OWN, 0, 4, 5}, /* o16: 4.76 / 11.39, o32: 7.59 / 20.27 */
    {LPCU_FAMILY_wide, LPCU_ISA_avx512, 24, LEND, LPCU_ISA_avx2, 0, 0},
    /* o28: 5.62 / 17.31, o32: 6.04 / 19.63 */
    {LPCU_FAMILY_wide, LPCU_ISA_avx512, 32, OWN, 0, 8, 2},
    {LPCU_FAMILY_wide33, LPCU_ISA_sse41, 32, SCALAR, 0, 0, 0},  /* o16: 8.56 (scalar 6.60) */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx2, 24, SCALAR, 0, 0, 0},   /* o16: 7.00 (scalar 6.60) */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx2, 32, OWN, 0, 8, 3},      /* o28: 10.37 / 14.31 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx512, 10, SCALAR, 0, 0, 0}, /* o8: 4.52 (scalar 3.52) */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx512, 13, OWN, 0, 8, 4},    /* o12: 4.63 / 6.95 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx512, 20, OWN, 0, 8, 3},    /* o16: 4.43 / 8.68 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx512, 32, OWN, 0, 8, 2},    /* o24: 4.35 / 12.35 */
};

/*
 * NEON's own block rows (aarch64), for the families listed; the others follow SSE4.1's
 * rows. reload: the coefficient vectors are loaded each block through an opaque pointer,
 * not kept in registers (gcc hoists them all out of the loop, 2 per history sample for
 * wide, and spills the rest). From a sweep over k {4,8}, depth {2,3,4,5}, reload {0,1} by
 * the method of the aarch64 scalar rows above (ours / libFLAC, n1 | n2 model). 8 narrow
 * lanes at depth 2 leave the scalar finish 5.5 multiplies a sample (the sse41 rows' 4 lanes
 * at depth 4-5 leave 5.5-8).
 */
struct neon_block_rule {
    enum lpcu_family family;
    int max_order;
    enum use use; /* OWN or SCALAR */
    int k, depth, reload;
};
static const struct neon_block_rule neon_block_rules[] = {
    {LPCU_FAMILY_narrow, 7, SCALAR, 0, 0, 0}, /* o7 block 7.02 / 7.51 | 6.02, scalar 5.03 */
    /* o8: 7.22 / 8.01 | 5.03 / 8.01, o16: 9.98 / 26.04 | 5.97 / 12.43 */
    {LPCU_FAMILY_narrow, 18, OWN, 8, 2, 0},
    /* o24: 13.66 / 42.05 | 7.56 / 21.11 (12.42 | 7.11 without reload, which spills at
       some orders from 19 on) */
    {LPCU_FAMILY_narrow, 26, OWN, 4, 3, 1},
    {LPCU_FAMILY_narrow, ALL, OWN, 8, 3, 1}, /* o32: 15.43 / 58.06 | 9.44 / 29.22 */
    {LPCU_FAMILY_wide, 7, SCALAR, 0, 0, 0},  /* o7 block 8.29 / 7.51, scalar 7.01 */
    {LPCU_FAMILY_wide, 12, OWN, 4, 2, 0},    /* o8: 8.54 / 8.01 | 5.87 / 8.01 */
    {LPCU_FAMILY_wide, 16, OWN, 4, 3, 0},    /* o16: 12.31 / 26.04 | 8.89 / 12.43 */
    {LPCU_FAMILY_wide, ALL, OWN, 4, 2, 1},   /* o24: 19.85 / 42.05 | 15.24 / 21.11 */
};

/* NEON's choice from its own rows; 0 if the family has none. */
static int neon_block_choice(const struct family *f, int order, struct choice *c)
{
    for (size_t r = 0; r < N_ROWS(neon_block_rules); r++) {
        const struct neon_block_rule *row = &neon_block_rules[r];
        if (row->family != f->id || order > row->max_order)
            continue;
        if (row->use == OWN && order >= row->depth) {
            struct shape s = new_shape(ST_BLOCK);
            s.k = row->k;
            s.depth = row->depth;
            s.reload = row->reload;
            c->from = LPCU_ISA_neon;
            c->shape = s;
        }
        return 1;
    }
    return 0;
}

struct choice tune_restore(const struct family *f, const struct isa *isa, int order)
{
    struct choice c = {1, LPCU_ISA_scalar, LPCU_FEATURE_base, 1, scalar_shape(f, order)};
    if (isa->vector_bits == 0)
        return c;
    if (isa->id == LPCU_ISA_neon && neon_block_choice(f, order, &c))
        return c;
    for (size_t r = 0; r < N_ROWS(block_rules); r++) {
        const struct block_rule *row = &block_rules[r];
        if (row->family != f->id || row->isa != rules_isa(isa) || order > row->max_order)
            continue;
        if (row->use == LEND)
            return tune_restore(f, &isas[row->lender], order);
        if (row->use == OWN && order >= row->depth) { /* else nothing is left for vectors */
            const int lanes = acc_lanes(f, isa->vector_bits);
            struct shape s = new_shape(ST_BLOCK);
            s.k = (row->k + lanes - 1) / lanes * lanes;
            s.depth = row->depth;
            c.from = isa->id;
            c.shape = s;
        }
        break;
    }
    return c;
}

/* ---- fixed predictors --------------------------------------------------------------------- */

/*
 * From n = 4096, best of 500, libFLAC 1.4.2 in brackets. The scalar kernels were swept over
 * unroll {1, 2, 4, 8, 16} (8 and 16 tie) and, at order 1, pairs on and off; the prefix
 * kernels over {1, 2, 4} vectors per trip (2 and 4 tie; with one, the 128-bit kernels wait on
 * the shuffle latency). A prefix sum costs log2(lanes) shuffles per vector and level, so it
 * wins at order 1 (and 0 for wide33's widening copy), and at order 2 with 512-bit registers;
 * the scalar nested sums (one add per level and sample) win above that on every ISA here.
 *
 * Not kept: running one segment of the block per lane (8x8 transposes in and out, then one
 * vertical add per level and 8 samples, the segments' start states from weighted sums of the
 * residual): an AVX2 prototype spent 0.38-0.50 in the transposes and adds alone, 0.10-0.18
 * in the weighted sums, and (estimated) some 0.15 in per-call setup at FLAC's 1152-sample
 * blocks, so at best it would tie the scalar kernels at orders 3-4; with 16x16 transposes
 * (AVX-512) the transposes and adds alone cost 0.65-0.69.
 */
struct fixed_rule {
    enum lpcu_family family; /* code family: narrow or wide33 */
    enum lpcu_isa_id isa;
    int max_order;
    enum use use;
    enum lpcu_isa_id lender;
    int unroll, pairs;
};
static const struct fixed_rule fixed_rules[] = {
    /* narrow: o0 is memcpy 0.07 (0.07), o1 0.44 (0.67; 0.67 without pairs), o2 0.65 (1.27),
       o3 0.72 (2.53), o4 0.81 (3.00) */
    {LPCU_FAMILY_narrow, LPCU_ISA_scalar, FIXED_MAX_ORDER, OWN, 0, 8, 1},
    /* wide33: o0 0.32 (0.39), o1 0.62 (0.67), o2 0.70 (1.27), o3 0.79 (2.70), o4 0.93 (3.02) */
    {LPCU_FAMILY_wide33, LPCU_ISA_scalar, FIXED_MAX_ORDER, OWN, 0, 8, 1},
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 0, SCALAR, 0, 0, 0},
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 1, OWN, 0, 2, 0},    /* o1 0.36 */
    {LPCU_FAMILY_narrow, LPCU_ISA_sse41, 4, SCALAR, 0, 0, 0}, /* prefix: o2 0.72 */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 0, SCALAR, 0, 0, 0},
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 1, OWN, 0, 2, 0},    /* o1 0.27 */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx2, 4, SCALAR, 0, 0, 0}, /* prefix: o2 0.65 (a tie), o3 1.07 */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx512, 0, SCALAR, 0, 0, 0},
    {LPCU_FAMILY_narrow, LPCU_ISA_avx512, 2, OWN, 0, 2, 0},    /* o1 0.18, o2 0.47 */
    {LPCU_FAMILY_narrow, LPCU_ISA_avx512, 4, SCALAR, 0, 0, 0}, /* prefix: o3 0.84, o4 1.28 */
    {LPCU_FAMILY_wide33, LPCU_ISA_sse41, 4, SCALAR, 0, 0, 0},  /* prefix: o0 0.34, o1 0.63 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx2, 1, OWN, 0, 2, 0},      /* o0 0.13, o1 0.50 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx2, 4, SCALAR, 0, 0, 0},   /* prefix: o2 1.02 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx512, 1, OWN, 0, 2, 0},    /* o0 0.13, o1 0.39 */
    {LPCU_FAMILY_wide33, LPCU_ISA_avx512, 4, SCALAR, 0, 0, 0}, /* prefix: o2 0.82 */
};

const struct family *fixed_code_family(const struct family *f)
{
    /* exact modulo the word size: a 64-bit sum truncated to 32-bit samples is the 32-bit sum */
    if (f->acc_bits > f->sample_bits)
        for (size_t i = 0; i < LPCU_FAMILY_COUNT; i++)
            if (families[i].sample_bits == f->sample_bits && families[i].acc_bits == f->sample_bits)
                return &families[i];
    return f;
}

struct choice tune_fixed(const struct family *f, const struct isa *isa, int order)
{
    struct choice c = {1, LPCU_ISA_scalar, LPCU_FEATURE_base, 1, new_shape(ST_FIXED_SCALAR)};
    f = fixed_code_family(f);
    for (size_t r = 0; r < N_ROWS(fixed_rules); r++) {
        const struct fixed_rule *row = &fixed_rules[r];
        if (row->family != f->id || order > row->max_order)
            continue;
        if (row->isa == LPCU_ISA_scalar) { /* the scalar kernels' shape */
            c.shape.unroll = row->unroll;
            c.shape.pairs = row->pairs;
            if (isa->vector_bits == 0)
                return c;
            continue;
        }
        if (row->isa != rules_isa(isa))
            continue;
        if (row->use == LEND)
            return tune_fixed(f, &isas[row->lender], order);
        if (row->use == OWN) {
            struct shape s = new_shape(ST_FIXED_PREFIX);
            s.unroll = row->unroll;
            c.from = isa->id;
            c.shape = s;
        }
        return c;
    }
    return c;
}

/* ---- multi: several subframes at once ----------------------------------------------------- */

/*
 * The lanes kernels (multi.c), by family: capacity, register width, layout, the CPU feature
 * they need beyond their ISA, the highest order worth a kernel, and the ISAs that compile
 * them. First match wins.
 *
 * ifma: vpmadd52luq adds the low 52 bits of a 52 x 52-bit product to a 64-bit lane; its low
 * 32 bits are the narrow family's sum modulo 2^32 whatever the high halves hold, so a slots
 * kernel multiplies and adds in one instruction and its chain is vpmadd52luq (4 cycles here)
 * and vpsravd (2) instead of vpmulld, vpaddd and vpsravd (3 + 2 + 2). ifma against base:
 * 2 lanes o3 2.04 / 2.27, o8 2.13 / 2.49; 4 lanes o4 1.03 / 1.53, o16 2.20 / 2.27, o18 2.55 /
 * 2.50; 8 lanes o1 0.51 / 0.62, o10 0.82 / 0.86, o11 0.92 / 0.90, o24 2.34 / 2.13: one 52-bit
 * multiply-add per term costs more issue slots than it saves in latency at high orders.
 *
 * Per-lane shifts (vpsravd, vpsrlvq) are AVX2's, so SSE4.1 runs none. avx512 compiles the
 * 128- and 256-bit kernels again for its 32 registers: with 16, gcc spills the chain's vectors
 * above about order 6 (wide 2 lanes o8 2.82 with 16 registers, 2.42 with 32).
 */
#define ISA_BIT(isa) (1u << LPCU_ISA_##isa)
struct lanes_rule {
    enum lpcu_family family;
    enum lpcu_feature feature;
    int lanes, bits, slots, min_order, max_order;
    unsigned isas;    /* ISA_BIT()s of the ISAs that compile the kernel */
    unsigned lent_to; /* and of those that run a narrower ISA's copy (avx512 runs avx2's) */
};
static const struct lanes_rule lanes_rules[] = {
    {LPCU_FAMILY_narrow, LPCU_FEATURE_ifma, 2, 128, 1, 1, 14, ISA_BIT(avx512), 0},
    /* 3-4 subframes: the 8-lane kernel is as fast up to order 10 (4 at o4 1.003 of the 4-lane
       one), the 4-lane one 13% faster at o12 */
    {LPCU_FAMILY_narrow, LPCU_FEATURE_ifma, 4, 256, 1, 11, 16, ISA_BIT(avx512), 0},
    {LPCU_FAMILY_narrow, LPCU_FEATURE_ifma, 8, 512, 1, 1, 10, ISA_BIT(avx512), 0},
    {LPCU_FAMILY_narrow, LPCU_FEATURE_base, 2, 128, 1, 1, 14, ISA_BIT(avx2) | ISA_BIT(neon),
     ISA_BIT(avx512)},
    {LPCU_FAMILY_narrow, LPCU_FEATURE_base, 4, 128, 0, 1, 30, ISA_BIT(neon), 0},
    {LPCU_FAMILY_narrow, LPCU_FEATURE_base, 8, 256, 0, 1, 32, ISA_BIT(avx2) | ISA_BIT(avx512), 0},
    {LPCU_FAMILY_wide, LPCU_FEATURE_base, 2, 128, 1, 1, 18,
     ISA_BIT(avx2) | ISA_BIT(avx512) | ISA_BIT(neon), 0},
    {LPCU_FAMILY_wide, LPCU_FEATURE_base, 4, 256, 1, 1, 32, ISA_BIT(avx2) | ISA_BIT(avx512), 0},
    {LPCU_FAMILY_wide, LPCU_FEATURE_base, 8, 512, 1, 1, 32, ISA_BIT(avx512), 0},
};

/*
 * Two subframes: the two-chain scalar kernel or 2 lanes of a 128-bit register. The vector
 * chain is longer (vpmulld 3 cycles, vpaddd and vpsravd 2 each on this core, against imul 3,
 * add and sar 1), so the scalar pair wins while its issue width lasts; scalar pair / 2 lanes:
 * narrow o1 1.67 / 2.29, o3 2.20 / 2.27, o4 2.68 / 2.31; with IFMA o3 2.20 / 1.99 (at o1-2
 * the IFMA chain, 6 cycles a step for 2 samples, is still slower than the pair); wide
 * (folded chain) o2 2.18 / 2.36, o3 2.43 / 2.35, o6 3.35 / 2.37. Above order 8 one call per
 * subframe is as fast where the pair is all an ISA has (sse41 narrow o8 3.64 / pair 3.65, o9
 * 3.88 / 3.93; wide o9 4.37 / 4.77).
 */
#define PAIR_MAX_ORDER 8
static int pair_beats_lanes(const struct family *f, enum lpcu_feature feature, int order)
{
    if (feature == LPCU_FEATURE_ifma || f->id == LPCU_FAMILY_wide)
        return order <= 2;
    return order <= 3;
}

/*
 * Whether a group of `group` subframes at order `order` is faster together than one call
 * each: a group runs the kernel for up to 2, 4 or 8 lanes (idle lanes cost as much as busy
 * ones), and each step costs the order in vector multiplies. From sweeps of every kernel
 * against one auto call per subframe (kernel / single), avx2 kernels: narrow 2 lanes o14 3.72
 * / 3.95, o16 4.21 / 3.88; 4 lanes o31 4.72 / 4.87, o32 5.00 / 4.89; wide 2 lanes o19 4.85 /
 * 4.98, o20 5.18 / 5.09; with the avx512 ones the limits sit a few orders higher (narrow 3
 * lanes at o26: 3.41 x 4/3 / 4.67). The avx2 limits hold for both.
 */
static const unsigned char group_max_order[LPCU_FAMILY_COUNT][LPCU_MAX_LANES + 1] = {
    [LPCU_FAMILY_narrow] = {0, 0, 14, 20, 30, 32, 32, 32, 32},
    [LPCU_FAMILY_wide] = {0, 0, 18, 26, 32, 32, 32, 32, 32},
};

/* The kernel of `lanes` capacity that `isa` runs with `feature`, if any: a lanes kernel, or
   for two subframes the scalar pair, which every ISA has. */
static struct choice lanes_choice(const struct family *f, const struct isa *isa,
                                  enum lpcu_feature feature, int lanes, int order)
{
    struct choice c;
    memset(&c, 0, sizeof c);
    c.feature = feature;
    c.lanes = lanes;
    if (lanes != 2 || !pair_beats_lanes(f, feature, order)) {
        for (size_t r = 0; r < N_ROWS(lanes_rules); r++) {
            const struct lanes_rule *row = &lanes_rules[r];
            if (row->family == f->id && row->feature == feature && row->lanes == lanes &&
                ((row->isas | row->lent_to) & (1u << isa->id)) && order >= row->min_order &&
                order <= row->max_order) {
                struct shape s = new_shape(ST_LANES);
                s.bits = row->bits;
                s.slots = row->slots;
                c.present = 1;
                c.from = isa->id;
                /* lent: the nearest narrower ISA that compiles it (the list runs best last) */
                while (c.from > LPCU_ISA_scalar && !(row->isas & (1u << c.from)))
                    c.from--;
                c.shape = s;
                return c;
            }
        }
    }
    if (lanes == 2 && feature == LPCU_FEATURE_base && order <= PAIR_MAX_ORDER) {
        struct shape s = new_shape(ST_PAIR);
        c.present = 1;
        c.from = LPCU_ISA_scalar;
        c.shape = s;
    }
    return c;
}

struct choice tune_multi(const struct family *f, const struct isa *isa, enum lpcu_feature feature,
                         int group, int order)
{
    struct choice c;
    memset(&c, 0, sizeof c);
    if (!f->multi || order > group_max_order[f->id][group])
        return c;
    /* the narrowest kernel that holds the group: fewer idle lanes to carry */
    for (int lanes = 2; lanes <= LPCU_MAX_LANES && !c.present; lanes *= 2) {
        if (lanes < group)
            continue;
        if (feature != LPCU_FEATURE_base)
            c = lanes_choice(f, isa, feature, lanes, order);
        if (!c.present)
            c = lanes_choice(f, isa, LPCU_FEATURE_base, lanes, order);
    }
    /* a feature's slot only where the feature's kernel runs; elsewhere the base slot serves */
    if (c.present && c.feature != feature)
        c.present = 0;
    return c;
}

/* ---- residual and limit: the encoder's prediction error ------------------------------------ */

/*
 * residual kernels serve lpcu_compute_residual (narrow) and _wide (wide); limit kernels,
 * which also check that each residual fits (INT32_MIN, INT32_MAX], serve
 * _limit_residual (wide: int32 samples) and _limit_residual_33bit (wide33). The check costs
 * wide o1 0.80 against 0.50 unchecked, o12 2.67 / 2.05 (Zen 3, AVX2), so _wide has kernels
 * without it.
 * Vectors of outputs (residual.c) wherever the ISA has the family's multiply; wide33 needs a
 * 64-bit multiply (AVX-512DQ) and runs the scalar kernel elsewhere. unroll: vectors per trip.
 */
struct residual_rule {
    enum lpcu_kind kind;
    enum lpcu_family family;
    enum lpcu_isa_id isa;
    int unroll, loop_unroll; /* vectors per trip: unrolled taps, looped taps */
};
/* narrow looped, AVX2: o32 3.66 with 2 vectors per trip, 2.94 with 4; o13 1.57 either way */
static const struct residual_rule residual_rules[] = {
    {LPCU_KIND_residual, LPCU_FAMILY_narrow, LPCU_ISA_sse41, 2, 4},
    {LPCU_KIND_residual, LPCU_FAMILY_narrow, LPCU_ISA_avx2, 2, 4},
    {LPCU_KIND_residual, LPCU_FAMILY_narrow, LPCU_ISA_avx512, 2, 4},
    {LPCU_KIND_residual, LPCU_FAMILY_wide, LPCU_ISA_sse41, 2, 2},
    {LPCU_KIND_residual, LPCU_FAMILY_wide, LPCU_ISA_avx2, 2, 2},
    {LPCU_KIND_residual, LPCU_FAMILY_wide, LPCU_ISA_avx512, 2, 2},
    {LPCU_KIND_limit, LPCU_FAMILY_wide, LPCU_ISA_sse41, 2, 2},
    {LPCU_KIND_limit, LPCU_FAMILY_wide, LPCU_ISA_avx2, 2, 2},
    {LPCU_KIND_limit, LPCU_FAMILY_wide, LPCU_ISA_avx512, 2, 2},
    {LPCU_KIND_limit, LPCU_FAMILY_wide33, LPCU_ISA_avx512, 2, 2},
};
/* Above this order the kernels loop over their taps: unrolled, orders 13-32 took about 450 KB
   of the vector kernels' code for a few per cent, and 70 KB of the scalar ones', which serve
   only the vector kernels' last samples and CPUs without SIMD. */
#define RESIDUAL_UNROLL_MAX_ORDER 12

/*
 * The exact-double kernels (residual.c; feature fma, run where the coefficients and shift are
 * within their bounds, kernels/residual.c) where they measured faster than the integer ones,
 * from min_order on; unroll: vectors of four outputs per trip; accs: sums per vector. Zen 3,
 * AVX2, ticks per sample, exact / integer kernel:
 *   - wide33 limit (the integer kernel here is the scalar one): o1 1.50 / 1.80, o4 1.54-1.97 /
 *     3.96-5.40, o12 2.63 / 9.51, o16 3.31 / 12.89, o24 4.58 / 21.73, o32 5.73 / 28.87;
 *     taps in a loop above order 12 (window in moved registers) ran o20 4.7-6.3, o32 7.8-8.1;
 *   - wide (int32 samples), not kept: residual o1 0.81 / 0.38, o8 2.15 / 1.53, o12 2.62 /
 *     2.43, o13-32 0.83-1.16x the integer kernel's speed; limit o1 1.01 / 0.85, o12 2.84 /
 *     2.89, o13-32 0.99-1.23x: per four outputs the conversion, the floor and the packing cost
 *     what two FMA pipes save over one 32 x 32-bit multiplier at these orders.
 */
struct exact_rule {
    enum lpcu_kind kind;
    enum lpcu_family family;
    enum lpcu_isa_id isa;
    int min_order, unroll, accs;
};
static const struct exact_rule exact_rules[] = {
    {LPCU_KIND_limit, LPCU_FAMILY_wide33, LPCU_ISA_avx2, 1, 4, 2},
};

static struct choice tune_exact(enum lpcu_kind kind, const struct family *f, const struct isa *isa,
                                enum lpcu_feature feature, int order)
{
    struct choice c = {0, LPCU_ISA_scalar, feature, 1, new_shape(ST_RESID_EXACT)};
    for (size_t r = 0; r < N_ROWS(exact_rules) && feature == LPCU_FEATURE_fma; r++) {
        const struct exact_rule *row = &exact_rules[r];
        if (row->kind != kind || row->family != f->id || row->isa != isa->id ||
            order < row->min_order)
            continue;
        c.present = 1;
        c.from = isa->id;
        c.shape.unroll = row->unroll;
        c.shape.accs = row->accs;
    }
    return c;
}

struct choice tune_residual(enum lpcu_kind kind, const struct family *f, const struct isa *isa,
                            enum lpcu_feature feature, int order)
{
    if (feature != LPCU_FEATURE_base)
        return tune_exact(kind, f, isa, feature, order);
    struct choice c = {1, LPCU_ISA_scalar, LPCU_FEATURE_base, 1, new_shape(ST_RESID_SCALAR)};
    /* scalar too where it serves only tails and CPUs without SIMD; wide33's scalar kernel is
       what AVX2 and older CPUs run (limit33, AVX2: o13-32 0.54x libFLAC's C looped) */
    c.shape.loop = order > RESIDUAL_UNROLL_MAX_ORDER && f->sample_bits == 32;
    /* the functions: residual for narrow and wide, limit for wide and wide33 */
    if (kind == LPCU_KIND_residual ? f->sample_bits != 32 : f->acc_bits != 64) {
        c.present = 0;
        return c;
    }
    for (size_t r = 0; r < N_ROWS(residual_rules); r++) {
        const struct residual_rule *row = &residual_rules[r];
        if (row->kind != kind || row->family != f->id || row->isa != rules_isa(isa))
            continue;
        c.from = isa->id;
        c.shape = new_shape(ST_RESID_VECTOR);
        c.shape.loop = order > RESIDUAL_UNROLL_MAX_ORDER;
        c.shape.unroll = c.shape.loop ? row->loop_unroll : row->unroll;
    }
    return c;
}

/* ---- autocorrelation ------------------------------------------------------------------------ */

/*
 * The autocorrelation kernels (autoc.c): every ISA runs its own, lags across the lanes of its
 * widest registers. accs: accumulators per pass over a chunk (lag counts needing more take
 * several passes); unroll: steps per loop trip. Swept over accs {4, 6, 8, 12} and unroll
 * {1, 2}, n = 4096, best of 60, ticks per sample, ours / libFLAC's C in the same run (this
 * machine's AVX2; it has no AVX-512):
 *   - avx2 12, 1: lag 8 2.73 / 5.34, 17 3.80 / 19.28, 24 4.42 / 28.53, 33 6.23 / 34.76.
 *     Two steps a trip ran lags 21-28 at 7.2-8.1: gcc spilled the accumulators; 4 or 6
 *     accumulators a pass reload the chunk and lose above lag 16 (lag 32: 10.2, 7.8);
 *   - sse41 12, 1: lag 17 10.99, 24 13.02, 33 16.32 (8 a pass: 14.83, 18.40, 24.16);
 *   - scalar 8, 2: lag 17 12.96, 24 12.84, 33 23.99 (12, 1: 15.15, 14.12, 22.60).
 * avx512 (32 registers; at most 5 accumulators of 8 lags) follows avx2's shape, unmeasured.
 * The floor at low lag counts is one add latency per sample (2.7-2.9 here, libFLAC's C 5.3).
 */
struct autoc_rule {
    enum lpcu_isa_id isa;
    int accs, unroll;
};
static const struct autoc_rule autoc_rules[] = {
    {LPCU_ISA_scalar, 8, 2},
    {LPCU_ISA_sse41, 12, 1},
    {LPCU_ISA_avx2, 12, 1},
    {LPCU_ISA_avx512, 12, 1},
};

struct choice tune_autoc(const struct isa *isa, int lags)
{
    struct choice c = {1, isa->id, LPCU_FEATURE_base, 1, new_shape(ST_AUTOC)};
    (void)lags;
    for (size_t r = 0; r < N_ROWS(autoc_rules); r++)
        if (autoc_rules[r].isa == rules_isa(isa)) {
            c.shape.accs = autoc_rules[r].accs;
            c.shape.unroll = autoc_rules[r].unroll;
        }
    return c;
}
