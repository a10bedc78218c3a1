file(REMOVE_RECURSE
  "CMakeFiles/test_residual.dir/test_residual.c.o"
  "CMakeFiles/test_residual.dir/test_residual.c.o.d"
  "test_residual"
  "test_residual.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_residual.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
