/* SPDX-License-Identifier: MIT */
/*
 * Runtime dispatch: one pointer to the kernel table in use, chosen on first use (from
 * LPCU_ISA or the best ISA the CPU supports) or by lpcu_select_isa(). The pointer is a C11
 * atomic so that first calls racing in several threads, and selection concurrent with
 * restoring, are well defined; a racing first use may pick twice, but always the same table.
 */
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "lpcu_internal.h"

/* Every generated kernel, placed by ISA, family and order. */
static const struct lpcu_kernel_table kernel_tables[LPCU_ISA_COUNT] = {
#define LPCU_KERNEL(family, isa, order, symbol) [LPCU_ISA_##isa].family[order] = symbol,
#include "generated/kernels.inc"
#undef LPCU_KERNEL
};

static int cpu_has_scalar(void)
{
    return 1;
}

static const struct {
    const char *name;
    int (*cpu_has)(void);
} isa_info[LPCU_ISA_COUNT] = {
    [LPCU_ISA_scalar] = {"scalar", cpu_has_scalar},
};

static _Atomic(const struct lpcu_kernel_table *) active_table;

/* An ISA is usable if this build has every one of its kernels and the CPU runs them. */
static int isa_usable(int id)
{
    const struct lpcu_kernel_table *t = &kernel_tables[id];
    for (int order = 1; order <= LPCU_MAX_ORDER; order++)
        if (!t->narrow[order] || !t->wide[order] || !t->wide33[order])
            return 0;
    return isa_info[id].cpu_has();
}

static int best_isa(void)
{
    for (int id = LPCU_ISA_COUNT - 1; id > 0; id--)
        if (isa_usable(id))
            return id;
    return LPCU_ISA_scalar;
}

/* Returns the ISA id for a name, or a negative LPCU_E_* code. */
static int lookup_isa(const char *name)
{
    if (!name)
        return LPCU_E_UNKNOWN_ISA;
    if (strcmp(name, "auto") == 0)
        return best_isa();
    for (int id = 0; id < LPCU_ISA_COUNT; id++)
        if (strcmp(name, isa_info[id].name) == 0)
            return isa_usable(id) ? id : LPCU_E_UNSUPPORTED_ISA;
    return LPCU_E_UNKNOWN_ISA;
}

static const struct lpcu_kernel_table *first_use(void)
{
    int id = lookup_isa(getenv("LPCU_ISA"));
    if (id < 0)
        id = best_isa();
    const struct lpcu_kernel_table *expected = NULL;
    if (!atomic_compare_exchange_strong(&active_table, &expected, &kernel_tables[id]))
        return expected; /* another thread, or lpcu_select_isa(), was first */
    return &kernel_tables[id];
}

static inline const struct lpcu_kernel_table *kernels(void)
{
    const struct lpcu_kernel_table *t = atomic_load_explicit(&active_table, memory_order_acquire);
    return t ? t : first_use();
}

int lpcu_cpu_has_isa(const char *isa)
{
    for (int id = 0; id < LPCU_ISA_COUNT; id++)
        if (strcmp(isa, isa_info[id].name) == 0)
            return isa_usable(id);
    return 0;
}

int lpcu_select_isa(const char *name)
{
    const int id = lookup_isa(name);
    if (id < 0)
        return id;
    atomic_store(&active_table, &kernel_tables[id]);
    return 0;
}

const char *lpcu_active_isa(void)
{
    const struct lpcu_kernel_table *t = kernels();
    return isa_info[t - kernel_tables].name;
}

void lpcu_restore_signal(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                         uint32_t order, int lp_quantization, int32_t *data)
{
    if (lpcu_params_ok(order, lp_quantization))
        kernels()->narrow[order](residual, data_len, qlp_coeff, lp_quantization, data);
}

void lpcu_restore_signal_wide(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                              uint32_t order, int lp_quantization, int32_t *data)
{
    if (lpcu_params_ok(order, lp_quantization))
        kernels()->wide[order](residual, data_len, qlp_coeff, lp_quantization, data);
}

void lpcu_restore_signal_wide_33bit(const int32_t *residual, uint32_t data_len,
                                    const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                    int64_t *data)
{
    if (lpcu_params_ok(order, lp_quantization))
        kernels()->wide33[order](residual, data_len, qlp_coeff, lp_quantization, data);
}
