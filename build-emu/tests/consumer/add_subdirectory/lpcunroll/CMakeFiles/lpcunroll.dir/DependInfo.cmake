
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/kernels/checked.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/checked.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/checked.c.o.d"
  "/work/main/kernels/dispatch.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/dispatch.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/dispatch.c.o.d"
  "/work/main/kernels/fixed.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/fixed.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/fixed.c.o.d"
  "/work/main/kernels/generated/fixed-narrow-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/fixed-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/fixed-wide33-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/fixed-wide33-scalar.c.o.d"
  "/work/main/kernels/generated/limit-wide-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide-scalar.c.o.d"
  "/work/main/kernels/generated/limit-wide33-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide33-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/limit-wide33-scalar.c.o.d"
  "/work/main/kernels/generated/multi-narrow-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/multi-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/multi-wide-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/multi-wide-scalar.c.o.d"
  "/work/main/kernels/generated/residual-narrow-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/residual-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/residual-wide-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/residual-wide-scalar.c.o.d"
  "/work/main/kernels/generated/restore-narrow-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/restore-narrow-scalar.c.o.d"
  "/work/main/kernels/generated/restore-wide-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide-scalar.c.o.d"
  "/work/main/kernels/generated/restore-wide33-scalar.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/generated/restore-wide33-scalar.c.o.d"
  "/work/main/kernels/multi.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/multi.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/multi.c.o.d"
  "/work/main/kernels/residual.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/residual.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/residual.c.o.d"
  "/work/main/kernels/rolled.c" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/rolled.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll.dir/kernels/rolled.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
