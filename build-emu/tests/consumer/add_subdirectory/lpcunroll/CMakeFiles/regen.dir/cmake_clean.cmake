file(REMOVE_RECURSE
  "CMakeFiles/regen"
)

# Per-language clean rules from dependency scanning.
foreach(lang )
  include(CMakeFiles/regen.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
