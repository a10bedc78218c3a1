/* SPDX-License-Identifier: MIT */
/* lpcunroll-gen: the families, ISAs, features and kinds of kernels/lpcu_defs.h, with the C
   spellings the emitters need derived from their fields. */
#include <string.h>

#include "gen.h"

#define C_SAMPLE(bits) ((bits) == 64 ? "int64_t" : "int32_t")
#define C_ACC(bits) ((bits) == 64 ? "uint64_t" : "uint32_t")
#define C_SACC(bits) ((bits) == 64 ? "int64_t" : "int32_t")
/* an int32 or a sample, sign-extended to the accumulator's width */
#define C_WIDEN(bits) ((bits) == 64 ? "(uint64_t)(int64_t)" : "(uint32_t)")

const char *family_doc(const struct family *f)
{
    static const char *const docs[LPCU_FAMILY_COUNT] = {
        [LPCU_FAMILY_narrow] = "32-bit accumulator with wrap-around (FLAC__lpc_restore_signal "
                               "semantics)",
        [LPCU_FAMILY_wide] = "64-bit accumulator, output truncated to 32 bits "
                             "(FLAC__lpc_restore_signal_wide semantics)",
        [LPCU_FAMILY_wide33] = "64-bit accumulator and 64-bit samples "
                               "(FLAC__lpc_restore_signal_wide_33bit semantics)",
    };
    return docs[f->id];
}

const struct family families[LPCU_FAMILY_COUNT] = {
#define FAMILY_ENTRY(n, sample_bits, acc_bits, linear, speculate, multi)                           \
    {LPCU_FAMILY_##n,  #n,    sample_bits,           acc_bits,        linear,                      \
     speculate,        multi, C_SAMPLE(sample_bits), C_ACC(acc_bits), C_SACC(acc_bits),            \
     C_WIDEN(acc_bits)},
    LPCU_FAMILY_LIST(FAMILY_ENTRY)
#undef FAMILY_ENTRY
};

#define ISA_ENTRY(n, bits, arch) {LPCU_ISA_##n, #n, bits, #arch},
const struct isa isas[LPCU_ISA_COUNT] = {LPCU_ISA_LIST(ISA_ENTRY)};
#undef ISA_ENTRY

#define NAME_ENTRY(n) #n,
const char *const feature_names[LPCU_FEATURE_COUNT] = {LPCU_FEATURE_LIST(NAME_ENTRY)};
const char *const kind_names[LPCU_KIND_COUNT] = {LPCU_KIND_LIST(NAME_ENTRY)};
#undef NAME_ENTRY

struct vec vec_of(int bits)
{
    static const struct vec v[] = {
        {128, "simde_mm_", "simde__m128i", "si128", 0},
        {256, "simde_mm256_", "simde__m256i", "si256", 0},
        {512, "simde_mm512_", "simde__m512i", "si512", 1},
    };
    return v[bits == 128 ? 0 : bits == 256 ? 1 : 2];
}

int acc_lanes(const struct family *f, int bits)
{
    return bits / f->acc_bits;
}

struct shape new_shape(enum strategy strategy)
{
    struct shape s;
    memset(&s, 0, sizeof s);
    s.strategy = strategy;
    return s;
}
