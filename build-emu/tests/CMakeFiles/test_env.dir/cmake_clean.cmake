file(REMOVE_RECURSE
  "CMakeFiles/test_env.dir/test_env.c.o"
  "CMakeFiles/test_env.dir/test_env.c.o.d"
  "test_env"
  "test_env.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_env.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
