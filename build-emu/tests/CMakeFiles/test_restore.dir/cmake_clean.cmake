file(REMOVE_RECURSE
  "CMakeFiles/test_restore.dir/test_restore.c.o"
  "CMakeFiles/test_restore.dir/test_restore.c.o.d"
  "test_restore"
  "test_restore.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_restore.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
