file(REMOVE_RECURSE
  "CMakeFiles/test_checked.dir/test_checked.c.o"
  "CMakeFiles/test_checked.dir/test_checked.c.o.d"
  "test_checked"
  "test_checked.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_checked.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
