file(REMOVE_RECURSE
  "CMakeFiles/test_decoder.dir/test_decoder.c.o"
  "CMakeFiles/test_decoder.dir/test_decoder.c.o.d"
  "test_decoder"
  "test_decoder.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_decoder.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
