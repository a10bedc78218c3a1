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
 * call each. Per sample, against one call each (auto = avx2 kernels), AMD EPYC (Zen 5 class),
 * gcc 12 -O2, n = 4096, TSC ticks: 2 subframes in the two-chain scalar kernel o1 1.69 / 3.20,
 * o4 2.77 / 3.31, o8 3.87 / 3.65; 3 in 128-bit lanes o12 3.38 / 3.97, o24 5.19 / 4.31; 4 in
 * 128-bit lanes o24 3.85 / 4.25, o32 4.91 / 4.98; 5 to 8 in 256-bit lanes o32 2.71-4.35 /
 * 4.99-5.05. Each step of a group costs its order in multiplies and a gather and scatter
 * per lane, so small groups only pay below an order, large ones always.
 */
static int lanes_pay(uint32_t lanes, uint32_t order)
{
    static const uint32_t max_order[] = {0, 0, 5, 12, 24}; /* by lanes; 5 and more: all */
    return lanes >= 5 || (lanes >= 2 && order <= max_order[lanes]);
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
                          const struct lpcu_kernel_table *t)
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
    lpcu_lanes_fn kernel;
    if (lanes <= 2)
        kernel = wide ? t->wide_lanes64[order] : t->narrow_lanes64[order];
    else if (lanes <= (wide ? t->wide_lanes128_n[order] : t->narrow_lanes128_n[order]))
        kernel = wide ? t->wide_lanes128[order] : t->narrow_lanes128[order];
    else
        kernel = wide ? t->wide_lanes256[order] : t->narrow_lanes256[order];
    if (kernel && lanes >= 2 && lanes_pay(lanes, order)) {
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
        kernel(&g, n);
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
    const uint32_t n64 = wide ? t->wide_lanes64_n[1] : t->narrow_lanes64_n[1];
    const uint32_t n128 = wide ? t->wide_lanes128_n[1] : t->narrow_lanes128_n[1];
    const uint32_t n256 = wide ? t->wide_lanes256_n[1] : t->narrow_lanes256_n[1];
    const uint32_t cap = n256 > n128 ? n256 : n128 > n64 ? n128 : n64;
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
            restore_group(group, members, wide, t);
            members = 0;
        }
    }
    if (members)
        restore_group(group, members, wide, t);
}

void lpcu_restore_signal_multi(const lpcu_subframe *subframes, uint32_t count)
{
    restore_multi(subframes, count, 0);
}

void lpcu_restore_signal_wide_multi(const lpcu_subframe *subframes, uint32_t count)
{
    restore_multi(subframes, count, 1);
}
