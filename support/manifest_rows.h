/* SPDX-License-Identifier: MIT */
/*
 * The generator's manifest (kernels/generated/manifest.inc) as data, for the tests and the
 * benchmark: every dispatch slot this build compiled, with the kernel it runs, called
 * directly. A row whose kernel is lent by another ISA appears under the slot's ISA, so every
 * (kind, family, ISA, feature, lanes, order) a decoder can meet is there to test and time.
 */
#ifndef LPCU_MANIFEST_ROWS_H
#define LPCU_MANIFEST_ROWS_H

#include <stddef.h>
#include <string.h>

#include "lpcu_kernels.h"

struct manifest_row {
    enum lpcu_kind kind;
    enum lpcu_family family;
    enum lpcu_isa_id isa_id;
    const char *isa; /* lpcu_isa_names[isa_id] */
    enum lpcu_feature feature;
    unsigned lanes, order;
    const char *symbol;
    lpcu_any_fn fn; /* cast to the kind's type before calling (lpcu_kernels.h) */
};

static const struct manifest_row manifest_rows[] = {
#define LPCU_KERNEL(kind, family, isa, feature, lanes, order, symbol)                              \
    {LPCU_KIND_##kind,                                                                             \
     LPCU_FAMILY_##family,                                                                         \
     LPCU_ISA_##isa,                                                                               \
     #isa,                                                                                         \
     LPCU_FEATURE_##feature,                                                                       \
     lanes,                                                                                        \
     order,                                                                                        \
     #symbol,                                                                                      \
     (lpcu_any_fn)symbol},
#include "generated/manifest.inc"
#undef LPCU_KERNEL
};
#define MANIFEST_ROW_COUNT (sizeof manifest_rows / sizeof manifest_rows[0])

/* The row of a slot, or NULL where the build has none. */
static inline const struct manifest_row *manifest_find(enum lpcu_kind kind, enum lpcu_family family,
                                                       const char *isa, enum lpcu_feature feature,
                                                       unsigned lanes, unsigned order)
{
    for (size_t r = 0; r < MANIFEST_ROW_COUNT; r++) {
        const struct manifest_row *m = &manifest_rows[r];
        if (m->kind == kind && m->family == family && m->feature == feature && m->lanes == lanes &&
            m->order == order && strcmp(m->isa, isa) == 0)
            return m;
    }
    return NULL;
}

/* Whether the CPU runs a row's kernel: its ISA and its feature. */
static inline int manifest_row_runs(const struct manifest_row *m)
{
    return lpcu_cpu_has_isa(m->isa) && lpcu_cpu_has_feature(m->feature);
}

/* Bytes per data[] element of a family: int32_t or int64_t. */
static inline size_t family_sample_size(enum lpcu_family f)
{
#define LPCU_SAMPLE_BYTES(name, sample_bits, ...) [LPCU_FAMILY_##name] = (sample_bits) / 8,
    static const unsigned char bytes[LPCU_FAMILY_COUNT] = {LPCU_FAMILY_LIST(LPCU_SAMPLE_BYTES)};
#undef LPCU_SAMPLE_BYTES
    return bytes[f];
}

#endif /* LPCU_MANIFEST_ROWS_H */
