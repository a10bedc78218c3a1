/* SPDX-License-Identifier: MIT */
/*
 * lpcu_restore_signal_multi / _wide_multi: groups independent subframes onto the multi
 * kernels of the active ISA, one subframe per lane, and does what the lanes cannot (the
 * start of a lower-order subframe, the tail of a longer one, a group of one) with the
 * single-subframe entry points. Which groups have a kernel, up to which order, is the
 * generator's plan (gen/tuning.c): a group with no slot in the manifest runs one call per
 * subframe, where that is as fast.
 */
#include <string.h>

#include "lpcu_internal.h"

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

/* The kernel for a group of `lanes` subframes of `order`: with the CPU feature's own where
   the plan has one, else the base one; NULL where one call each is as fast. */
static lpcu_multi_fn group_kernel(const struct lpcu_kernel_table *t, int wide, int ifma,
                                  uint32_t lanes, uint32_t order)
{
    const int fam = wide ? LPCU_FAMILY_wide : LPCU_FAMILY_narrow;
    lpcu_any_fn k = ifma ? t->multi[fam][LPCU_FEATURE_ifma][lanes][order] : NULL;
    if (!k)
        k = t->multi[fam][LPCU_FEATURE_base][lanes][order];
    return (lpcu_multi_fn)k;
}

/*
 * One group of up to LPCU_MAX_LANES subframes. A subframe of order k < O (the group's order)
 * first restores O - k samples alone, so that every lane has O samples of history when the
 * lanes start; the lanes run for the shortest remaining length; the rest is finished alone.
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
    const lpcu_multi_fn kernel = lanes >= 2 ? group_kernel(t, wide, ifma, lanes, order) : NULL;
    if (kernel) {
        struct lpcu_group g;
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
    const int ifma = lpcu_cpu_has_feature(LPCU_FEATURE_ifma);
    uint32_t cap = 1; /* the largest group with a kernel of this ISA (every one has order 1) */
    for (uint32_t lanes = 2; lanes <= LPCU_MAX_LANES; lanes++)
        if (group_kernel(t, wide, 0, lanes, 1))
            cap = lanes;
    const lpcu_subframe *group[LPCU_MAX_LANES];
    uint32_t members = 0;
    for (uint32_t i = 0; i < count; i++) {
        const lpcu_subframe *s = &subframes[i];
        if (!usable(s) || cap < 2) {
            restore_one(s, 0, s->data_len, wide); /* checks and writes nothing, like a call */
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
