# SPDX-License-Identifier: MIT
#
# Auto-generated file. Do not edit!
# Generator: lpcunroll-gen 0.2.0 (gen/lpcunroll-gen.c)
# Regenerate from the source root with: lpcunroll-gen --family narrow --orders 8,12 --isa avx2 --out /work/main/build-emu/tests/gen_cli/out
# Every generated C file: lpcu_generated_source(FILE KIND ISA FEATURE FAMILY...), compiled
# with ISA's and FEATURE's flags where the build selects KIND, ISA and one of the FAMILYs
# whose dispatch slots run its kernels (CMakeLists.txt).
lpcu_generated_source(restore-narrow-scalar.c restore scalar base narrow)
lpcu_generated_source(restore-narrow-avx2.c restore avx2 base narrow)
