file(REMOVE_RECURSE
  "CMakeFiles/lpcunroll-gen.dir/gen/block.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/block.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/emit.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/emit.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/fixed.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/fixed.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/lpcunroll-gen.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/lpcunroll-gen.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/model.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/model.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/multi.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/multi.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/plan.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/plan.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/residual.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/residual.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/scalar.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/scalar.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/tuning.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/tuning.c.o.d"
  "CMakeFiles/lpcunroll-gen.dir/gen/write.c.o"
  "CMakeFiles/lpcunroll-gen.dir/gen/write.c.o.d"
  "lpcunroll-gen"
  "lpcunroll-gen.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/lpcunroll-gen.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
