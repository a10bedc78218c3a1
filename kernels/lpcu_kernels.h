/* SPDX-License-Identifier: MIT */
/*
 * Internal: what the generated kernels need and what their manifest means. Every kernel is
 * declared from kernels/generated/manifest.inc, the generator's list of dispatch slots, which
 * the dispatcher, kernels/multi.c, the tests and the benchmark all read. Not installed.
 */
#ifndef LPCU_KERNELS_H
#define LPCU_KERNELS_H

#include <stdint.h>

#include "lpcu_config.h" /* the build's selection: LPCU_WITH_* (CMake writes it) */
#include "lpcu_defs.h"
#include "lpcunroll.h"

/* ---- the build's selection ------------------------------------------------------------- */

/* LPCU_WITH_<kind>, _<family>, _<isa>, _<feature> are 1 for what this build compiled, and
   LPCU_WITH_MAX_ORDER is the highest LPC order it has kernels for. */
#define LPCU_WITH(name) LPCU_WITH_##name
#define LPCU_WITH_ORDER(order) ((order) <= LPCU_WITH_MAX_ORDER)
/* The family of the kinds that have none (autoc): built with any family. */
#define LPCU_WITH_any 1
/* Whether a manifest row's kernel was compiled: the row's kind, family, ISA and feature are
   selected, the ISA whose code it runs (lent kernels) too, and its LPC order (0 for fixed
   rows) is within the maximum. */
#define LPCU_BUILT(kind, family, isa, feature, code_isa, lpc_order)                                \
    (LPCU_WITH(kind) && LPCU_WITH(family) && LPCU_WITH(isa) && LPCU_WITH(feature) &&               \
     LPCU_WITH(code_isa) && LPCU_WITH_ORDER(lpc_order))

/* ---- what the generated files use ------------------------------------------------------ */

/* A body shared by the ISAs of one vector width names its kernels LPCU_SYM(base); the file
   that includes it defines LPCU_ISA, so each ISA's copy is base__<isa>. */
#define LPCU_SYM(base) LPCU_SYM_(base, LPCU_ISA)
#define LPCU_SYM_(base, isa) LPCU_SYM__(base, isa)
#define LPCU_SYM__(base, isa) base##__##isa

/* Compilers re-associate unsigned sums freely and may put the newest sample's product first,
   lengthening the serial chain; an empty asm pins the off-chain partial sum. Above a few taps
   the history and coefficients cannot all live in registers: loading them afresh each sample
   (a load per term, as a spill would cost) through a pointer the compiler cannot see through
   keeps it from carrying them in spilled, shuffled copies. The vector pin does the same for
   vector sums (x86 only: elsewhere the kernels run unpinned). */
#if defined(__GNUC__)
#define LPCU_OFF_CHAIN(v) __asm__("" : "+r"(v))
#define LPCU_OPAQUE(p) __asm__("" : "+r"(p))
#else
#define LPCU_OFF_CHAIN(v) ((void)0)
#define LPCU_OPAQUE(p) ((void)0)
#endif
/* The plain loop a kernel calls for its last few samples and its redo stays out of line:
   inlined into every kernel it grows the code and disturbs the hot loop's allocation (wide33
   scalar kernels ran 3-4% slower at orders 14-28 with it inlined). */
#if defined(__GNUC__)
#define LPCU_COLD __attribute__((noinline, cold))
#define LPCU_UNLIKELY(c) __builtin_expect(!!(c), 0)
#else
#define LPCU_COLD
#define LPCU_UNLIKELY(c) (c)
#endif
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) &&                             \
    !defined(LPCU_EMULATE_AVX512) /* emulated 512-bit vectors are not registers */
#define LPCU_OFF_CHAIN_V(v) __asm__("" : "+x"(v))
#else
#define LPCU_OFF_CHAIN_V(v) ((void)0)
#endif

/* ---- kernel signatures ----------------------------------------------------------------- */

/* Sample type of each family, so a macro can declare kernels of any family. */
typedef int32_t lpcu_sample_narrow;
typedef int32_t lpcu_sample_wide;
typedef int64_t lpcu_sample_wide33;

/* restore: data[0 .. data_len-1] for one fixed order; see lpcunroll.h. */
typedef void (*lpcu_kernel32_fn)(const int32_t *residual, uint32_t data_len,
                                 const int32_t *qlp_coeff, int lp_quantization, int32_t *data);
typedef void (*lpcu_kernel64_fn)(const int32_t *residual, uint32_t data_len,
                                 const int32_t *qlp_coeff, int lp_quantization, int64_t *data);
/* fixed: data[0 .. data_len-1] for one FIXED order (0-4); see lpcu_fixed_restore_signal. */
typedef void (*lpcu_fixed32_fn)(const int32_t *residual, uint32_t data_len, int32_t *data);
typedef void (*lpcu_fixed64_fn)(const int32_t *residual, uint32_t data_len, int64_t *data);
/* residual and limit: residual[0 .. n-1] = data[i] - prediction for one fixed order, returning
   n: data_len for residual kernels; for limit kernels, where the first residual outside
   (INT32_MIN, INT32_MAX] is, rounded down to the kernel's block (gen/residual.c). */
/* The exact-double residual and limit kernels (feature fma, gen/residual.c) return where they
   stopped (whole blocks), also before the chunk of LPCU_EXACT_CHUNK holding an int64 sample
   beyond LPCU_EXACT_SAMPLE_MAX, and are exact only for coefficients and shifts within these
   bounds, which their callers check (kernels/residual.c); the integer kernels do the rest. */
static inline int lpcu_exact_applies(const int32_t *qlp_coeff, uint32_t order, int lp_quantization)
{
    uint64_t sum = 0;
    for (uint32_t j = 0; j < order; j++)
        sum += qlp_coeff[j] < 0 ? (uint64_t) - (int64_t)qlp_coeff[j] : (uint64_t)qlp_coeff[j];
    return sum <= LPCU_EXACT_COEFF_SUM && lp_quantization <= LPCU_EXACT_MAX_SHIFT;
}
typedef uint32_t (*lpcu_residual32_fn)(const int32_t *data, uint32_t data_len,
                                       const int32_t *qlp_coeff, int lp_quantization,
                                       int32_t *residual);
typedef uint32_t (*lpcu_residual64_fn)(const int64_t *data, uint32_t data_len,
                                       const int32_t *qlp_coeff, int lp_quantization,
                                       int32_t *residual);
/* The fixed predictor's sums of |error| of orders 0-4 (kernels/fixed_errors_impl.h):
   hand-written, one per vector width, 32-bit (wrapping) and 64-bit sums. */
typedef void (*lpcu_fixed_errors32_fn)(const int32_t *data, uint32_t data_len, uint32_t total[5]);
typedef void (*lpcu_fixed_errors64_fn)(const int32_t *data, uint32_t data_len, uint64_t total[5]);
#define LPCU_DECLARE_FIXED_ERRORS(isa)                                                             \
    void lpcu_fixed_errors_narrow__##isa(const int32_t *data, uint32_t data_len,                   \
                                         uint32_t total[5]);                                       \
    void lpcu_fixed_errors_wide__##isa(const int32_t *data, uint32_t data_len, uint64_t total[5]);
LPCU_DECLARE_FIXED_ERRORS(sse41)
LPCU_DECLARE_FIXED_ERRORS(avx2)
LPCU_DECLARE_FIXED_ERRORS(avx512)
LPCU_DECLARE_FIXED_ERRORS(neon)
/* autoc: autoc[0 .. lags-1] for one lag count (1-33); see lpcu_compute_autocorrelation. */
typedef void (*lpcu_autoc_fn)(const float *data, uint32_t data_len, double *autoc);

/*
 * multi: a group of independent subframes, one per lane, lined up by the caller
 * (kernels/multi.c): lane l restores data[l][0 .. n-1] from residual[l][0 .. n-1] with
 * coefficients coeff[0 .. order-1][l] (zero past the subframe's own order; data[l][-order ..
 * -1] must be valid history) and shift shift[l]. Lanes at and above `lanes` are idle copies
 * of lane 0 (pointers, coefficients and shift), so a kernel may read and store every lane:
 * an idle lane stores lane 0's values to lane 0's addresses.
 */
struct lpcu_group {
    const int32_t *residual[LPCU_MAX_LANES];
    int32_t *data[LPCU_MAX_LANES];
    int32_t coeff[LPCU_MAX_ORDER][LPCU_MAX_LANES];
    int32_t shift[LPCU_MAX_LANES];
    uint32_t lanes;
};
/* Restores the first steps of the n a group has and returns how many: n rounded down to the
   kernel's step, or fewer where a wide kernel met an output outside int32 (no valid stream
   has one); the caller finishes the rest of each lane with single calls. */
typedef uint32_t (*lpcu_multi_fn)(const struct lpcu_group *g, uint32_t n);

/* Every kernel of the manifest, declared with its kind's signature. */
#define LPCU_DECLARE_restore(family, symbol)                                                       \
    void symbol(const int32_t *residual, uint32_t data_len, const int32_t *qlp_coeff,              \
                int lp_quantization, lpcu_sample_##family *data);
#define LPCU_DECLARE_fixed(family, symbol)                                                         \
    void symbol(const int32_t *residual, uint32_t data_len, lpcu_sample_##family *data);
#define LPCU_DECLARE_multi(family, symbol) uint32_t symbol(const struct lpcu_group *g, uint32_t n);
#define LPCU_DECLARE_limit(family, symbol) LPCU_DECLARE_residual(family, symbol)
#define LPCU_DECLARE_residual(family, symbol)                                                      \
    uint32_t symbol(const lpcu_sample_##family *data, uint32_t data_len, const int32_t *qlp_coeff, \
                    int lp_quantization, int32_t *residual);
#define LPCU_DECLARE_autoc(family, symbol)                                                         \
    void symbol(const float *data, uint32_t data_len, double *autoc);
#define LPCU_KERNEL(kind, family, isa, feature, lanes, order, symbol)                              \
    LPCU_DECLARE_##kind(family, symbol)
#include "generated/manifest.inc"
#undef LPCU_KERNEL

/* ---- the manifest as data -------------------------------------------------------------- */

/* Any kernel's address; cast back to its kind's type (above) before calling it. */
typedef void (*lpcu_any_fn)(void);
struct lpcu_manifest_row {
    enum lpcu_kind kind;
    enum lpcu_family family;
    enum lpcu_isa_id isa;
    enum lpcu_feature feature;
    uint8_t lanes, order;
    const char *symbol;
    lpcu_any_fn fn;
};
/* Every row this build compiled (dispatch.c), and how many. */
extern const struct lpcu_manifest_row lpcu_manifest[];
extern const uint32_t lpcu_manifest_rows;

/* The names of the lists' entries, indexed by their enums. */
extern const char *const lpcu_family_names[LPCU_FAMILY_COUNT];
extern const char *const lpcu_isa_names[LPCU_ISA_COUNT];
extern const char *const lpcu_feature_names[LPCU_FEATURE_COUNT];
extern const char *const lpcu_kind_names[LPCU_KIND_COUNT];

/* 1 if this build has kernels of the named ISA and this CPU can run them, else 0. For tests
   and the benchmark, which call kernels directly. */
int lpcu_cpu_has_isa(const char *isa);
/* 1 if this CPU has the feature (base: always; ifma: AVX512-IFMA with usable avx512; fma: FMA3
   with usable avx2). */
int lpcu_cpu_has_feature(enum lpcu_feature feature);

#endif /* LPCU_KERNELS_H */
