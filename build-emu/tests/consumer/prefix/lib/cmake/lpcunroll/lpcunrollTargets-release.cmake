#----------------------------------------------------------------
# Generated CMake target import file for configuration "Release".
#----------------------------------------------------------------

# Commands may need to know the format version.
set(CMAKE_IMPORT_FILE_VERSION 1)

# Import target "lpcunroll::lpcunroll" for configuration "Release"
set_property(TARGET lpcunroll::lpcunroll APPEND PROPERTY IMPORTED_CONFIGURATIONS RELEASE)
set_target_properties(lpcunroll::lpcunroll PROPERTIES
  IMPORTED_LINK_INTERFACE_LANGUAGES_RELEASE "C"
  IMPORTED_LOCATION_RELEASE "${_IMPORT_PREFIX}/lib/liblpcunroll.a"
  )

list(APPEND _cmake_import_check_targets lpcunroll::lpcunroll )
list(APPEND _cmake_import_check_files_for_lpcunroll::lpcunroll "${_IMPORT_PREFIX}/lib/liblpcunroll.a" )

# Import target "lpcunroll::lpcunroll-gen" for configuration "Release"
set_property(TARGET lpcunroll::lpcunroll-gen APPEND PROPERTY IMPORTED_CONFIGURATIONS RELEASE)
set_target_properties(lpcunroll::lpcunroll-gen PROPERTIES
  IMPORTED_LOCATION_RELEASE "${_IMPORT_PREFIX}/bin/lpcunroll-gen"
  )

list(APPEND _cmake_import_check_targets lpcunroll::lpcunroll-gen )
list(APPEND _cmake_import_check_files_for_lpcunroll::lpcunroll-gen "${_IMPORT_PREFIX}/bin/lpcunroll-gen" )

# Commands beyond this point should not need to know the version.
set(CMAKE_IMPORT_FILE_VERSION)
