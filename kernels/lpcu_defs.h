/* SPDX-License-Identifier: MIT */
/*
 * The one definition of lpcunroll's arithmetic families, instruction sets, CPU features and
 * kernel kinds. The generator (a host tool), the runtime, the tests and the benchmark all
 * expand these lists, so adding an entry here is seen everywhere. Plain C99 and no includes,
 * so that every one of them can include it. Not installed.
 */
#ifndef LPCU_DEFS_H
#define LPCU_DEFS_H

/*
 * X(name, sample_bits, acc_bits, linear, speculate, multi)
 *   sample_bits  width of data[] (int32_t or int64_t)
 *   acc_bits     width of the products and the sum (unsigned arithmetic, wraps)
 *   linear       data[i] = residual[i] + prediction holds exactly modulo the word size
 *   speculate    the kernels fold the chain anyway and redo a call exactly where the fold
 *                did not hold (the 32-bit output truncates a 64-bit sum)
 *   multi        has the several-subframes entry point (lpcu_restore_signal*_multi)
 */
#define LPCU_FAMILY_LIST(X)                                                                        \
    X(narrow, 32, 32, 1, 0, 1)                                                                     \
    X(wide, 32, 64, 0, 1, 1)                                                                       \
    X(wide33, 64, 64, 1, 0, 0)

/*
 * X(name, vector_bits, arch), in order of preference (best last)
 *   vector_bits  register width of the kernels (0: scalar C); ISAs of one width compile the
 *                same kernel bodies, each with its own flags
 *   arch         the architecture the ISA belongs to: ANY, X86 or AARCH64
 */
#define LPCU_ISA_LIST(X)                                                                           \
    X(scalar, 0, ANY)                                                                              \
    X(neon, 128, AARCH64)                                                                          \
    X(sse41, 128, X86)                                                                             \
    X(avx2, 256, X86)                                                                              \
    X(avx512, 512, X86)

/* X(name): CPU features a kernel may need beyond its ISA. base: nothing more; ifma:
   AVX512-IFMA (with avx512); fma: FMA3 (with avx2), which the residual kinds' exact-double
   kernels use (gen/residual.c). */
#define LPCU_FEATURE_LIST(X) X(base) X(ifma) X(fma)

/* X(name): the kinds of kernel. restore: one subframe (lpcu_restore_signal*); multi: several
   subframes at once, one per lane (lpcu_restore_signal*_multi); fixed: the FIXED predictors
   (lpcu_fixed_restore_signal*); residual: the encoder's LPC residual (lpcu_compute_residual,
   _wide); limit: the same, stopping where a residual leaves the int32 range
   (lpcu_compute_residual_limit_residual*); autoc: the encoder's autocorrelation, one kernel
   per lag count (lpcu_compute_autocorrelation; its kernels have no family: the manifest lists
   them under narrow, and every build with any family compiles them). */
#define LPCU_KIND_LIST(X) X(restore) X(multi) X(fixed) X(residual) X(limit) X(autoc)

#define LPCU_ENUM_FAMILY(name, ...) LPCU_FAMILY_##name,
enum lpcu_family { LPCU_FAMILY_LIST(LPCU_ENUM_FAMILY) LPCU_FAMILY_COUNT };
#undef LPCU_ENUM_FAMILY
#define LPCU_ENUM_ISA(name, ...) LPCU_ISA_##name,
enum lpcu_isa_id { LPCU_ISA_LIST(LPCU_ENUM_ISA) LPCU_ISA_COUNT };
#undef LPCU_ENUM_ISA
#define LPCU_ENUM_FEATURE(name) LPCU_FEATURE_##name,
enum lpcu_feature { LPCU_FEATURE_LIST(LPCU_ENUM_FEATURE) LPCU_FEATURE_COUNT };
#undef LPCU_ENUM_FEATURE
#define LPCU_ENUM_KIND(name) LPCU_KIND_##name,
enum lpcu_kind { LPCU_KIND_LIST(LPCU_ENUM_KIND) LPCU_KIND_COUNT };
#undef LPCU_ENUM_KIND

#define LPCU_MAX_LANES 8 /* subframes one multi kernel restores at once */
/* Samples the autocorrelation kernels convert to double at a time, into a buffer on the
   stack (gen/autoc.c): 8 KiB and a little, well inside L1 with the data it comes from. */
#define LPCU_AUTOC_CHUNK 1024
/* Samples the residual kinds' exact-double kernels convert to double at a time, into a buffer
   on the stack (gen/residual.c), after the LPCU_MAX_ORDER before them: 2.3 KiB. */
#define LPCU_EXACT_CHUNK 256
/* The bounds under which those kernels are exact: sum_j |qlp_coeff[j]| and the shift (the
   entry points check them, kernels/residual.c), and |sample| (int64 samples: the kernels
   check it). */
#define LPCU_EXACT_COEFF_SUM (1 << 19)
#define LPCU_EXACT_MAX_SHIFT 15
#define LPCU_EXACT_SAMPLE_BITS 32
#define LPCU_EXACT_SAMPLE_MAX ((int64_t)1 << LPCU_EXACT_SAMPLE_BITS)

#endif /* LPCU_DEFS_H */
