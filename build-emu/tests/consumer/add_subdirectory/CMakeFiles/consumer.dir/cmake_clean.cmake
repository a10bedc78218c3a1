file(REMOVE_RECURSE
  "CMakeFiles/consumer.dir/main.c.o"
  "CMakeFiles/consumer.dir/main.c.o.d"
  "consumer"
  "consumer.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/consumer.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
