file(REMOVE_RECURSE
  "CMakeFiles/lpcu-difftest.dir/lpcu_difftest.c.o"
  "CMakeFiles/lpcu-difftest.dir/lpcu_difftest.c.o.d"
  "lpcu-difftest"
  "lpcu-difftest.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/lpcu-difftest.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
