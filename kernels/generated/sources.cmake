# SPDX-License-Identifier: MIT
#
# Auto-generated file. Do not edit!
# Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
# Regenerate from the source root with: lpcunroll-gen --out kernels/generated
# Every generated C file: lpcu_generated_source(FILE KIND ISA FEATURE FAMILY...), compiled
# with ISA's and FEATURE's flags where the build selects KIND, ISA and one of the FAMILYs
# whose dispatch slots run its kernels (CMakeLists.txt).
lpcu_generated_source(restore-narrow-scalar.c restore scalar base narrow)
lpcu_generated_source(restore-narrow-neon.c restore neon base narrow)
lpcu_generated_source(restore-narrow-sse41.c restore sse41 base narrow)
lpcu_generated_source(restore-narrow-avx2.c restore avx2 base narrow)
lpcu_generated_source(restore-wide-scalar.c restore scalar base wide)
lpcu_generated_source(restore-wide-neon.c restore neon base wide)
lpcu_generated_source(restore-wide-sse41.c restore sse41 base wide)
lpcu_generated_source(restore-wide-avx2.c restore avx2 base wide)
lpcu_generated_source(restore-wide-avx512.c restore avx512 base wide)
lpcu_generated_source(restore-wide33-scalar.c restore scalar base wide33)
lpcu_generated_source(restore-wide33-avx2.c restore avx2 base wide33)
lpcu_generated_source(restore-wide33-avx512.c restore avx512 base wide33)
lpcu_generated_source(multi-narrow-scalar.c multi scalar base narrow)
lpcu_generated_source(multi-narrow-neon.c multi neon base narrow)
lpcu_generated_source(multi-narrow-avx2.c multi avx2 base narrow)
lpcu_generated_source(multi-narrow-avx512.c multi avx512 base narrow)
lpcu_generated_source(multi-narrow-avx512-ifma.c multi avx512 ifma narrow)
lpcu_generated_source(multi-wide-scalar.c multi scalar base wide)
lpcu_generated_source(multi-wide-neon.c multi neon base wide)
lpcu_generated_source(multi-wide-avx2.c multi avx2 base wide)
lpcu_generated_source(multi-wide-avx512.c multi avx512 base wide)
lpcu_generated_source(fixed-narrow-scalar.c fixed scalar base narrow wide)
lpcu_generated_source(fixed-narrow-neon.c fixed neon base narrow wide)
lpcu_generated_source(fixed-narrow-sse41.c fixed sse41 base narrow wide)
lpcu_generated_source(fixed-narrow-avx2.c fixed avx2 base narrow wide)
lpcu_generated_source(fixed-narrow-avx512.c fixed avx512 base narrow wide)
lpcu_generated_source(fixed-wide33-scalar.c fixed scalar base wide33)
lpcu_generated_source(fixed-wide33-avx2.c fixed avx2 base wide33)
lpcu_generated_source(fixed-wide33-avx512.c fixed avx512 base wide33)
