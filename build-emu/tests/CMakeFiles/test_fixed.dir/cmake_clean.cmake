file(REMOVE_RECURSE
  "CMakeFiles/test_fixed.dir/test_fixed.c.o"
  "CMakeFiles/test_fixed.dir/test_fixed.c.o.d"
  "test_fixed"
  "test_fixed.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_fixed.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
