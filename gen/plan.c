/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: the plan. For every dispatch slot the selection asks for (kind, family, ISA,
 * CPU feature, lanes, order), the tuning tables say which kernel runs it: the ISA's own, one
 * lent by another ISA (scalar, or a narrower ISA's kernel that measured faster), or none.
 * Every kernel that some slot runs is in the plan once; every output is written from it.
 */
#include <stdio.h>
#include <string.h>

#include "gen.h"

static int same_kernel(const struct kernel *a, const struct kernel *b)
{
    return a->kind == b->kind && a->family == b->family && a->isa == b->isa &&
           a->feature == b->feature && a->lanes == b->lanes && a->order == b->order &&
           memcmp(&a->shape, &b->shape, sizeof a->shape) == 0 &&
           memcmp(&a->aarch64, &b->aarch64, sizeof a->aarch64) == 0;
}

/* The index of the kernel, added if new; -1 if the plan is full. */
static int find_or_add(struct plan *p, const struct kernel *k)
{
    for (int i = 0; i < p->n_kernels; i++)
        if (same_kernel(&p->kernels[i], k))
            return i;
    if (p->n_kernels == PLAN_MAX_KERNELS)
        return -1;
    p->kernels[p->n_kernels] = *k;
    return p->n_kernels++;
}

static int add_slot(struct plan *p, enum lpcu_kind kind, const struct family *f,
                    const struct isa *isa, int order, int group, struct choice c,
                    const struct family *code_family)
{
    if (!c.present)
        return 0;
    struct kernel k = {kind,    code_family, &isas[c.from], c.feature,
                       c.lanes, order,       c.shape,       c.shape};
    if (kind == LPCU_KIND_restore && c.shape.strategy == ST_SCALAR)
        k.aarch64 = tune_restore_aarch64(code_family, order);
    const int index = find_or_add(p, &k);
    if (index < 0 || p->n_slots == PLAN_MAX_SLOTS) {
        fprintf(stderr, "lpcunroll-gen: the plan outgrew its tables (PLAN_MAX_*)\n");
        return -1;
    }
    const struct slot s = {kind, f, isa, c.feature, group, order, index};
    p->slots[p->n_slots++] = s;
    return 0;
}

int plan_build(struct plan *p, const struct selection *sel)
{
    memset(p, 0, sizeof *p);
    /* kernel order: by kind, family, ISA (scalar first), then order; the files follow it */
    for (int kind = 0; kind < LPCU_KIND_COUNT; kind++) {
        if (!sel->kind[kind])
            continue;
        if (kind == LPCU_KIND_autoc) { /* no family: its slots sit under the first one's */
            int rc = 0;
            for (int ii = 0; ii < LPCU_ISA_COUNT; ii++)
                for (int lags = 1; sel->isa[ii] && lags <= MAX_LAG; lags++)
                    rc |= add_slot(p, kind, &families[0], &isas[ii], lags, 1,
                                   tune_autoc(&isas[ii], lags), &families[0]);
            if (rc)
                return -1;
            continue;
        }
        for (int fi = 0; fi < LPCU_FAMILY_COUNT; fi++) {
            const struct family *f = &families[fi];
            if (!sel->family[fi])
                continue;
            for (int ii = 0; ii < LPCU_ISA_COUNT; ii++) {
                const struct isa *isa = &isas[ii];
                if (!sel->isa[ii])
                    continue;
                int rc = 0;
                if (kind == LPCU_KIND_fixed) {
                    for (int order = 0; order <= FIXED_MAX_ORDER; order++)
                        rc |= add_slot(p, kind, f, isa, order, 1, tune_fixed(f, isa, order),
                                       fixed_code_family(f));
                    if (rc)
                        return -1;
                    continue;
                }
                for (int order = 1; order <= MAX_ORDER; order++) {
                    if (!sel->order[order])
                        continue;
                    if (kind == LPCU_KIND_residual || kind == LPCU_KIND_limit) {
                        for (int feature = 0; feature < LPCU_FEATURE_COUNT; feature++)
                            rc |= add_slot(p, kind, f, isa, order, 1,
                                           tune_residual(kind, f, isa, feature, order), f);
                        continue;
                    }
                    if (kind == LPCU_KIND_restore) {
                        rc |= add_slot(p, kind, f, isa, order, 1, tune_restore(f, isa, order), f);
                        continue;
                    }
                    for (int feature = 0; feature < LPCU_FEATURE_COUNT; feature++)
                        for (int group = 2; group <= LPCU_MAX_LANES; group++)
                            rc |= add_slot(p, kind, f, isa, order, group,
                                           tune_multi(f, isa, feature, group, order), f);
                }
                if (rc)
                    return -1;
            }
        }
    }
    return 0;
}

/* ---- names ---------------------------------------------------------------------------- */

void restore_symbol(char *buf, size_t size, const struct family *f, const char *isa, int order)
{
    snprintf(buf, size, "%srestore_%s_o%d__%s", cfg.prefix, f->name, order, isa);
}

void fixed_symbol(char *buf, size_t size, const struct family *f, const char *isa, int order)
{
    snprintf(buf, size, "%sfixed_%s_o%d__%s", cfg.prefix, f->name, order, isa);
}

void kernel_symbol(char *buf, size_t size, const struct kernel *k, int shared)
{
    char base[SYM_LEN], isa[SYM_LEN];
    if (k->kind == LPCU_KIND_multi)
        snprintf(base, sizeof base, "%smulti_%s_l%d_o%d", cfg.prefix, k->family->name, k->lanes,
                 k->order);
    else if (k->kind == LPCU_KIND_autoc)
        snprintf(base, sizeof base, "%sautoc_lag%d", cfg.prefix, k->order);
    else
        snprintf(base, sizeof base, "%s%s_%s_o%d", cfg.prefix, kind_names[k->kind], k->family->name,
                 k->order);
    snprintf(isa, sizeof isa, "%s%s%s", k->isa->name, k->feature ? "_" : "",
             k->feature ? feature_names[k->feature] : "");
    if (shared)
        snprintf(buf, size, "LPCU_SYM(%s)", base);
    else
        snprintf(buf, size, "%s__%s", base, isa);
}

int kernel_code_bits(const struct kernel *k)
{
    switch (k->shape.strategy) {
    case ST_LANES:
        return k->shape.bits;
    case ST_BLOCK:
    case ST_FIXED_PREFIX:
    case ST_RESID_VECTOR:
    case ST_RESID_EXACT:
    case ST_AUTOC:
        return k->isa->vector_bits;
    default:
        return 0;
    }
}

void coeff_expr(char *buf, size_t size, const char *array, int order, int k)
{
    snprintf(buf, size, "%s[%d]", array, cfg.reversed ? order - k : k - 1);
}
