
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/gen/block.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/block.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/block.c.o.d"
  "/work/main/gen/emit.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/emit.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/emit.c.o.d"
  "/work/main/gen/fixed.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/fixed.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/fixed.c.o.d"
  "/work/main/gen/lpcunroll-gen.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/lpcunroll-gen.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/lpcunroll-gen.c.o.d"
  "/work/main/gen/model.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/model.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/model.c.o.d"
  "/work/main/gen/multi.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/multi.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/multi.c.o.d"
  "/work/main/gen/plan.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/plan.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/plan.c.o.d"
  "/work/main/gen/residual.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/residual.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/residual.c.o.d"
  "/work/main/gen/scalar.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/scalar.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/scalar.c.o.d"
  "/work/main/gen/tuning.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/tuning.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/tuning.c.o.d"
  "/work/main/gen/write.c" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/write.c.o" "gcc" "lpcunroll/CMakeFiles/lpcunroll-gen.dir/gen/write.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
