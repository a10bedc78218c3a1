/* SPDX-License-Identifier: MIT */
/*
 * lpcu_restore_signal_multi / _wide_multi: groups independent subframes onto the lanes
 * kernels of the active ISA, one subframe per lane, and does what the lanes cannot (the
 * start of a lower-order subframe, the tail of a longer one, a group of one) with the
 * single-subframe entry points.
 */
#include <string.h>

#include "lpcu_internal.h"

/*
 * Whether a group of `lanes` subframes at common order `order` is faster together than one
 * call each: a group runs the kernel for up to 2, 4 or 8 lanes (idle lanes cost as much as
 * busy ones), and each step costs the order in vector multiplies. From sweeps of every
 * kernel against one auto call per subframe, AMD EPYC (Zen 5 class), gcc 12 -O2, n = 4096,
 * TSC ticks per sample (kernel / single), with the avx2 kernels: narrow 2 lanes o14 3.72 /
 * 3.95, o16 4.21 / 3.88; 4 lanes o31 4.72 / 4.87, o32 5.00 / 4.89; wide 2 lanes o19 4.85 /
 * 4.98, o20 5.18 / 5.09; with the avx512 ones the limits sit a few orders higher (narrow 3
 * lanes at o26: 3.41 x 4/3 / 4.67). A group of 3 runs 4 lanes, 5 to 7 run 8; the limits
 * below are the avx2 ones, which hold for both. The generator emits no kernel past them
 * (gen/multi.c, max_order), so a group beyond them finds none either.
 */
static int lanes_pay(int wide, uint32_t lanes, uint32_t order)
{
    static const uint8_t max_order[2][LPCU_MAX_LANES + 1] = {
        {0, 0, 14, 20, 30, 32, 32, 32, 32}, /* narrow, by lanes */
        {0, 0, 18, 26, 32, 32, 32, 32, 32}, /* wide */
    };
    return lanes >= 2 && lanes <= LPCU_MAX_LANES && order <= max_order[wide][lanes];
}

uint32_t lpcu_lanes_redo_wide(const struct lpcu_lanes *g, uint32_t lanes, uint32_t order,
                              uint32_t n)
{
    for (uint32_t l = 0; l < lanes; l++) {
        int32_t coeff[LPCU_MAX_ORDER]; /* the lane's, zero-padded to the kernel's order */
        for (uint32_t j = 0; j < order; j++)
            coeff[j] = g->coeff[j][l];
        lpcu_restore_signal_wide(g->residual[l], n, coeff, order, g->shift[l], g->data[l]);
    }
    return n;
}

static void restore_one(const lpcu_subframe *s, uint32_t offset, uint32_t n, int wide)
{
    if (wide)
        lpcu_restore_signal_wide(s->residual + offset, n, s->qlp_coeff, s->order,
                                 s->lp_quantization, s->data + offset);
    else
        lpcu_restore_signal(s->residual + offset, n, s->qlp_coeff, s->order, s->lp_quantization,
                            s->data + offset);
}

static int usable(const lpcu_subframe *s)
{
    return s->data_len > 0 && s->order >= 1 && s->order <= LPCU_MAX_ORDER &&
           s->lp_quantization >= 0 && s->lp_quantization <= LPCU_MAX_SHIFT;
}

/*
 * One group of up to `cap` subframes. A subframe of order k < O (the group's order) first
 * restores O - k samples alone, so that every lane has O samples of history when the lanes
 * start; the lanes run for the shortest remaining length; the rest is finished alone.
 */
static void restore_group(const lpcu_subframe *const *members, uint32_t count, int wide,
                          const struct lpcu_kernel_table *t, int ifma)
{
    uint32_t order = 0, n = UINT32_MAX, lanes = 0;
    uint32_t start[LPCU_MAX_LANES];
    const lpcu_subframe *in_lanes[LPCU_MAX_LANES];
    for (uint32_t m = 0; m < count; m++)
        if (members[m]->order > order)
            order = members[m]->order;
    for (uint32_t m = 0; m < count; m++) {
        const lpcu_subframe *s = members[m];
        const uint32_t pre = order - s->order;
        if (s->data_len <= pre) { /* too short to join: alone */
            restore_one(s, 0, s->data_len, wide);
            continue;
        }
        if (pre)
            restore_one(s, 0, pre, wide);
        start[lanes] = pre;
        in_lanes[lanes++] = s;
        if (s->data_len - pre < n)
            n = s->data_len - pre;
    }
    /* the narrowest kernel that holds the group: fewer idle lanes to carry */
    lpcu_lanes_fn kernel = NULL;
    for (uint32_t c = 0; c < LPCU_LANES_CLASSES && !kernel; c++) {
        if (lanes > 2u << c)
            continue;
        if (ifma)
            kernel = wide ? t->wide_lanes_ifma[c][order] : t->narrow_lanes_ifma[c][order];
        if (!kernel)
            kernel = wide ? t->wide_lanes_base[c][order] : t->narrow_lanes_base[c][order];
    }
    if (kernel && lanes >= 2 && lanes_pay(wide, lanes, order)) {
        struct lpcu_lanes g;
        memset(&g, 0, sizeof g);
        g.lanes = lanes;
        for (uint32_t l = 0; l < lanes; l++) {
            const lpcu_subframe *s = in_lanes[l];
            g.residual[l] = s->residual + start[l];
            g.data[l] = s->data + start[l];
            for (uint32_t j = 0; j < s->order; j++)
                g.coeff[j][l] = s->qlp_coeff[j];
            g.shift[l] = s->lp_quantization;
        }
        for (uint32_t l = lanes; l < LPCU_MAX_LANES; l++) { /* idle: copies of lane 0 */
            g.residual[l] = g.residual[0];
            g.data[l] = g.data[0];
            for (uint32_t j = 0; j < LPCU_MAX_ORDER; j++)
                g.coeff[j][l] = g.coeff[j][0];
            g.shift[l] = g.shift[0];
        }
        n = kernel(&g, n);
    } else {
        n = 0;
    }
    for (uint32_t l = 0; l < lanes; l++) {
        const lpcu_subframe *s = in_lanes[l];
        if (s->data_len - start[l] > n)
            restore_one(s, start[l] + n, s->data_len - start[l] - n, wide);
    }
}

static void restore_multi(const lpcu_subframe *subframes, uint32_t count, int wide)
{
    const struct lpcu_kernel_table *t = lpcu_active_kernels();
    /* the IFMA kernels are in the avx512 table only, so the feature alone decides */
    const int ifma = lpcu_cpu_has_feature("ifma");
    uint32_t cap = 1; /* the largest group any kernel of this ISA takes */
    for (uint32_t c = 0; c < LPCU_LANES_CLASSES; c++)
        if (wide ? t->wide_lanes_base[c][1] : t->narrow_lanes_base[c][1])
            cap = 2u << c;
    const lpcu_subframe *group[LPCU_MAX_LANES];
    uint32_t members = 0;
    for (uint32_t i = 0; i < count; i++) {
        const lpcu_subframe *s = &subframes[i];
        if (!usable(s)) {
            restore_one(s, 0, s->data_len, wide); /* checks and writes nothing, like a call */
            continue;
        }
        if (cap < 2) {
            restore_one(s, 0, s->data_len, wide);
            continue;
        }
        group[members++] = s;
        if (members == cap) {
            restore_group(group, members, wide, t, ifma);
            members = 0;
        }
    }
    if (members)
        restore_group(group, members, wide, t, ifma);
}

void lpcu_restore_signal_multi(const lpcu_subframe *subframes, uint32_t count)
{
    restore_multi(subframes, count, 0);
}

void lpcu_restore_signal_wide_multi(const lpcu_subframe *subframes, uint32_t count)
{
    restore_multi(subframes, count, 1);
}
