
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/kernels/checked.c" "CMakeFiles/lpcunroll.dir/kernels/checked.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/checked.c.o.d"
  "/work/main/kernels/dispatch.c" "CMakeFiles/lpcunroll.dir/kernels/dispatch.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/dispatch.c.o.d"
  "/work/main/kernels/fixed.c" "CMakeFiles/lpcunroll.dir/kernels/fixed.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/fixed.c.o.d"
  "/work/main/kernels/generated/fixed-narrow-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-avx2.c.o.d"
  "/work/main/kernels/generated/fixed-narrow-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-avx512.c.o.d"
  "/work/main/kernels/generated/fixed-narrow-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/fixed-narrow-sse41.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-sse41.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-sse41.c.o.d"
  "/work/main/kernels/generated/fixed-wide33-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-avx2.c.o.d"
  "/work/main/kernels/generated/fixed-wide33-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-avx512.c.o.d"
  "/work/main/kernels/generated/fixed-wide33-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-scalar.c.o.d"
  "/work/main/kernels/generated/limit-wide-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-avx2.c.o.d"
  "/work/main/kernels/generated/limit-wide-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-avx512.c.o.d"
  "/work/main/kernels/generated/limit-wide-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-scalar.c.o.d"
  "/work/main/kernels/generated/limit-wide-sse41.c" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-sse41.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-sse41.c.o.d"
  "/work/main/kernels/generated/limit-wide33-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide33-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide33-avx512.c.o.d"
  "/work/main/kernels/generated/limit-wide33-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide33-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide33-scalar.c.o.d"
  "/work/main/kernels/generated/multi-narrow-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-avx2.c.o.d"
  "/work/main/kernels/generated/multi-narrow-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-avx512.c.o.d"
  "/work/main/kernels/generated/multi-narrow-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/multi-wide-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-avx2.c.o.d"
  "/work/main/kernels/generated/multi-wide-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-avx512.c.o.d"
  "/work/main/kernels/generated/multi-wide-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-scalar.c.o.d"
  "/work/main/kernels/generated/residual-narrow-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-avx2.c.o.d"
  "/work/main/kernels/generated/residual-narrow-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-avx512.c.o.d"
  "/work/main/kernels/generated/residual-narrow-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/residual-narrow-sse41.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-sse41.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-sse41.c.o.d"
  "/work/main/kernels/generated/residual-wide-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-avx2.c.o.d"
  "/work/main/kernels/generated/residual-wide-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-avx512.c.o.d"
  "/work/main/kernels/generated/residual-wide-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-scalar.c.o.d"
  "/work/main/kernels/generated/residual-wide-sse41.c" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-sse41.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-sse41.c.o.d"
  "/work/main/kernels/generated/restore-narrow-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-avx2.c.o.d"
  "/work/main/kernels/generated/restore-narrow-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/restore-narrow-sse41.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-sse41.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-sse41.c.o.d"
  "/work/main/kernels/generated/restore-wide-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-avx2.c.o.d"
  "/work/main/kernels/generated/restore-wide-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-avx512.c.o.d"
  "/work/main/kernels/generated/restore-wide-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-scalar.c.o.d"
  "/work/main/kernels/generated/restore-wide-sse41.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-sse41.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-sse41.c.o.d"
  "/work/main/kernels/generated/restore-wide33-avx2.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-avx2.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-avx2.c.o.d"
  "/work/main/kernels/generated/restore-wide33-avx512.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-avx512.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-avx512.c.o.d"
  "/work/main/kernels/generated/restore-wide33-scalar.c" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-scalar.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-scalar.c.o.d"
  "/work/main/kernels/multi.c" "CMakeFiles/lpcunroll.dir/kernels/multi.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/multi.c.o.d"
  "/work/main/kernels/residual.c" "CMakeFiles/lpcunroll.dir/kernels/residual.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/residual.c.o.d"
  "/work/main/kernels/rolled.c" "CMakeFiles/lpcunroll.dir/kernels/rolled.c.o" "gcc" "CMakeFiles/lpcunroll.dir/kernels/rolled.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
