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

_Static_assert(LPCU_FAMILY_narrow < LPCU_MULTI_FAMILIES && LPCU_FAMILY_wide < LPCU_MULTI_FAMILIES,
               "the multi slots are indexed by family");
_Static_assert(LPCU_FEATURE_base < LPCU_MULTI_FEATURES && LPCU_FEATURE_ifma < LPCU_MULTI_FEATURES,
               "the multi slots are indexed by feature");

/* Every slot of the manifest this build compiled, placed by ISA, kind, family and order. */
#define LPCU_SLOT_restore(family, isa, feature, lanes, order)                                      \
    [LPCU_ISA_##isa].restore[LPCU_FAMILY_##family][order]
#define LPCU_SLOT_fixed(family, isa, feature, lanes, order)                                        \
    [LPCU_ISA_##isa].fixed[LPCU_FAMILY_##family][order]
#define LPCU_SLOT_residual(family, isa, feature, lanes, order)                                     \
    [LPCU_ISA_##isa].residual[LPCU_FAMILY_##family][order][LPCU_RESIDUAL_VARIANT_##feature]
#define LPCU_SLOT_limit(family, isa, feature, lanes, order)                                        \
    [LPCU_ISA_##isa].limit[LPCU_FAMILY_##family][order][LPCU_RESIDUAL_VARIANT_##feature]
#define LPCU_SLOT_multi(family, isa, feature, lanes, order)                                        \
    [LPCU_ISA_##isa].multi[LPCU_FAMILY_##family][LPCU_FEATURE_##feature][lanes][order]
#define LPCU_SLOT_autoc(family, isa, feature, lanes, order) [LPCU_ISA_##isa].autoc[order]
static const struct lpcu_kernel_table kernel_tables[LPCU_ISA_COUNT] = {
#define LPCU_KERNEL(kind, family, isa, feature, lanes, order, symbol)                              \
    LPCU_SLOT_##kind(family, isa, feature, lanes, order) = (lpcu_any_fn)symbol,
#include "generated/manifest.inc"
#undef LPCU_KERNEL
/* The hand-written fixed-predictor error sums, where built. */
#define LPCU_FIXED_ERRORS(isa, code_isa)                                                           \
    [LPCU_ISA_##isa].fixed_errors = {(lpcu_any_fn)lpcu_fixed_errors_narrow__##code_isa,            \
                                     (lpcu_any_fn)lpcu_fixed_errors_wide__##code_isa}
#if LPCU_WITH_sse41
    LPCU_FIXED_ERRORS(sse41, sse41),
#endif
#if LPCU_WITH_avx2
    LPCU_FIXED_ERRORS(avx2, avx2),
#endif
#if LPCU_WITH_avx512
    LPCU_FIXED_ERRORS(avx512, avx512),
#endif
#if LPCU_WITH_neon
    LPCU_FIXED_ERRORS(neon, neon),
#endif
#undef LPCU_FIXED_ERRORS
};

#define LPCU_NAME(name, ...) #name,
const char *const lpcu_family_names[LPCU_FAMILY_COUNT] = {LPCU_FAMILY_LIST(LPCU_NAME)};
const char *const lpcu_isa_names[LPCU_ISA_COUNT] = {LPCU_ISA_LIST(LPCU_NAME)};
const char *const lpcu_feature_names[LPCU_FEATURE_COUNT] = {LPCU_FEATURE_LIST(LPCU_NAME)};
const char *const lpcu_kind_names[LPCU_KIND_COUNT] = {LPCU_KIND_LIST(LPCU_NAME)};
#undef LPCU_NAME

static int cpu_has_scalar(void)
{
    return 1;
}

#if (LPCU_WITH_sse41 || LPCU_WITH_avx2 || LPCU_WITH_avx512) &&                                     \
    (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>

/* cpuid leaf 1 and 7 bits, and the XCR0 state components the OS must save for each width. */
#define CPUID1_ECX_FMA (1u << 12)
#define CPUID1_ECX_SSE41 (1u << 19)
#define CPUID1_ECX_OSXSAVE (1u << 27)
#define CPUID1_ECX_AVX (1u << 28)
#define CPUID7_EBX_AVX2 (1u << 5)
#define CPUID7_EBX_AVX512F (1u << 16)
#define CPUID7_EBX_AVX512DQ (1u << 17)
#define CPUID7_EBX_AVX512IFMA (1u << 21)
#define CPUID7_EBX_AVX512BW (1u << 30)
#define CPUID7_EBX_AVX512VL (1u << 31)
#define XCR0_SSE_AVX 0x6u         /* XMM and YMM state */
#define XCR0_SSE_AVX_AVX512 0xe6u /* plus opmask, ZMM0-15 upper halves, ZMM16-31 */

struct x86_features {
    unsigned ecx1, ebx7;
    uint64_t xcr0;
};

static struct x86_features x86_features(void)
{
    struct x86_features f = {0, 0, 0};
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return f;
    f.ecx1 = c;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d))
        f.ebx7 = b;
    if (f.ecx1 & CPUID1_ECX_OSXSAVE) {
        /* xgetbv by opcode bytes would also do; the mnemonic needs no -mxsave. */
        unsigned lo, hi;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        f.xcr0 = ((uint64_t)hi << 32) | lo;
    }
    return f;
}

static int cpu_has_sse41(void)
{
    return (x86_features().ecx1 & CPUID1_ECX_SSE41) != 0;
}

static int cpu_has_avx2(void)
{
    const struct x86_features f = x86_features();
    return (f.ecx1 & CPUID1_ECX_AVX) && (f.ebx7 & CPUID7_EBX_AVX2) &&
           (f.xcr0 & XCR0_SSE_AVX) == XCR0_SSE_AVX;
}

static int cpu_has_avx512(void)
{
#if defined(LPCU_EMULATE_AVX512) /* test builds: the kernels are AVX2 code (CMakeLists.txt) */
    return cpu_has_avx2();
#endif
    const struct x86_features f = x86_features();
    const unsigned need =
        CPUID7_EBX_AVX512F | CPUID7_EBX_AVX512DQ | CPUID7_EBX_AVX512BW | CPUID7_EBX_AVX512VL;
    return cpu_has_avx2() && (f.ebx7 & need) == need &&
           (f.xcr0 & XCR0_SSE_AVX_AVX512) == XCR0_SSE_AVX_AVX512;
}

static int cpu_has_ifma(void)
{
    return (x86_features().ebx7 & CPUID7_EBX_AVX512IFMA) != 0;
}

static int cpu_has_fma(void)
{
    return (x86_features().ecx1 & CPUID1_ECX_FMA) != 0;
}
#else
static int cpu_has_ifma(void)
{
    return 0;
}
static int cpu_has_fma(void)
{
    return 0;
}
static int cpu_has_sse41(void)
{
    return 0;
}
static int cpu_has_avx2(void)
{
    return 0;
}
static int cpu_has_avx512(void)
{
    return 0;
}
#endif

/* NEON (Advanced SIMD) is part of every AArch64 CPU. */
static int cpu_has_neon(void)
{
    return 1;
}

/* Whether the CPU runs each ISA, and whether the build has it (CMake: LPCU_ISAS and the
   target architecture). */
#define LPCU_CPU_HAS(name, ...) cpu_has_##name,
static int (*const cpu_has[LPCU_ISA_COUNT])(void) = {LPCU_ISA_LIST(LPCU_CPU_HAS)};
#undef LPCU_CPU_HAS
#define LPCU_BUILT_ISA(name, ...) LPCU_WITH_##name,
static const unsigned char isa_built[LPCU_ISA_COUNT] = {LPCU_ISA_LIST(LPCU_BUILT_ISA)};
#undef LPCU_BUILT_ISA

static _Atomic(const struct lpcu_kernel_table *) active_table;

/* An ISA is usable if this build compiled it and the CPU runs it. The answer is cached:
   cpuid is slow, and in a virtual machine it traps to the hypervisor. Racing first calls
   compute the same value, so relaxed atomics suffice. */
static _Atomic(signed char) usable_cache[LPCU_ISA_COUNT]; /* 0 unknown, 1 yes, -1 no */

static int isa_usable(int id)
{
    const int cached = atomic_load_explicit(&usable_cache[id], memory_order_relaxed);
    if (cached)
        return cached > 0;
    const int usable = isa_built[id] && cpu_has[id]();
    atomic_store_explicit(&usable_cache[id], (signed char)(usable ? 1 : -1), memory_order_relaxed);
    return usable;
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
        if (strcmp(name, lpcu_isa_names[id]) == 0)
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
        if (strcmp(isa, lpcu_isa_names[id]) == 0)
            return isa_usable(id);
    return 0;
}

int lpcu_cpu_has_feature(enum lpcu_feature feature)
{
    static _Atomic(signed char) cache[LPCU_FEATURE_COUNT]; /* as usable_cache */
    if (feature == LPCU_FEATURE_base)
        return 1;
    const int cached = atomic_load_explicit(&cache[feature], memory_order_relaxed);
    if (cached)
        return cached > 0;
    const int has = feature == LPCU_FEATURE_ifma
                        ? LPCU_WITH_ifma && isa_usable(LPCU_ISA_avx512) && cpu_has_ifma()
                        : LPCU_WITH_fma && isa_usable(LPCU_ISA_avx2) && cpu_has_fma();
    atomic_store_explicit(&cache[feature], (signed char)(has ? 1 : -1), memory_order_relaxed);
    return has;
}

const struct lpcu_kernel_table *lpcu_active_kernels(void)
{
    return kernels();
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
    return lpcu_isa_names[t - kernel_tables];
}

/* A slot the build left out runs the plain loop. */
void lpcu_restore_signal(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                         uint32_t order, int lp_quantization, int32_t *data)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    const lpcu_any_fn k = kernels()->restore[LPCU_FAMILY_narrow][order];
    if (k)
        ((lpcu_kernel32_fn)k)(residual, data_len, qlp_coeff, lp_quantization, data);
    else
        lpcu_restore_signal_rolled(residual, data_len, qlp_coeff, order, lp_quantization, data);
}

/*
 * The wide kernels fold their chain speculatively and, if an output left int32 (no valid
 * stream has one), redo the call with the exact loop, which reads the residuals again. In
 * place (residual == data) those have been overwritten by then, so an in-place call runs the
 * kernel on a copy of its residuals, a chunk at a time: each chunk's warm-up is the previous
 * chunk's output, already in data. The copy costs a load and a store per sample, only there.
 */
#define WIDE_IN_PLACE_CHUNK 1024u

void lpcu_restore_signal_wide(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,
                              uint32_t order, int lp_quantization, int32_t *data)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    const lpcu_any_fn k = kernels()->restore[LPCU_FAMILY_wide][order];
    if (!k) { /* the plain loop reads each residual before it writes that output */
        lpcu_restore_signal_wide_rolled(residual, data_len, qlp_coeff, order, lp_quantization,
                                        data);
        return;
    }
    if (residual != data) {
        ((lpcu_kernel32_fn)k)(residual, data_len, qlp_coeff, lp_quantization, data);
        return;
    }
    int32_t copy[WIDE_IN_PLACE_CHUNK];
    for (uint32_t at = 0; at < data_len; at += WIDE_IN_PLACE_CHUNK) {
        const uint32_t n =
            data_len - at < WIDE_IN_PLACE_CHUNK ? data_len - at : WIDE_IN_PLACE_CHUNK;
        memcpy(copy, residual + at, n * sizeof *copy);
        ((lpcu_kernel32_fn)k)(copy, n, qlp_coeff, lp_quantization, data + at);
    }
}

void lpcu_restore_signal_wide_33bit(const int32_t *residual, uint32_t data_len,
                                    const int32_t *qlp_coeff, uint32_t order, int lp_quantization,
                                    int64_t *data)
{
    if (!lpcu_params_ok(order, lp_quantization))
        return;
    const lpcu_any_fn k = kernels()->restore[LPCU_FAMILY_wide33][order];
    if (k)
        ((lpcu_kernel64_fn)k)(residual, data_len, qlp_coeff, lp_quantization, data);
    else
        lpcu_restore_signal_wide_33bit_rolled(residual, data_len, qlp_coeff, order, lp_quantization,
                                              data);
}
