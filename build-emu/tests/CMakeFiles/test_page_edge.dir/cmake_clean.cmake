file(REMOVE_RECURSE
  "CMakeFiles/test_page_edge.dir/test_page_edge.c.o"
  "CMakeFiles/test_page_edge.dir/test_page_edge.c.o.d"
  "test_page_edge"
  "test_page_edge.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_page_edge.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
