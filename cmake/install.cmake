# SPDX-License-Identifier: MIT
# Packaging: what `cmake --install` puts in place (header, library, generator, CMake package,
# pkg-config file), and the export list of the shared library. Included by CMakeLists.txt.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# A parent project that add_subdirectory()s lpcunroll usually links it statically into its own
# binaries and does not want lpcunroll's files in its install tree; it can turn this on.
option(LPCU_INSTALL "Generate the install rules" ${LPCU_TOP_LEVEL})

# The shared library exports the lpcu_ namespace only. All of it: besides the API of
# lpcunroll.h that includes the per-ISA kernels and lpcu_cpu_has_isa(), which the tests and
# the benchmark call directly and which must therefore link against a shared build too. They
# are not declared in the installed header, so they are not part of the supported API.
get_target_property(lpcu_type lpcunroll TYPE)
if(lpcu_type STREQUAL "SHARED_LIBRARY" AND CMAKE_C_COMPILER_ID MATCHES "GNU|Clang"
   AND NOT APPLE AND NOT WIN32)
  set(lpcu_map ${PROJECT_SOURCE_DIR}/cmake/lpcunroll.map)
  target_link_options(lpcunroll PRIVATE "LINKER:--version-script=${lpcu_map}")
  set_property(TARGET lpcunroll APPEND PROPERTY LINK_DEPENDS ${lpcu_map})
endif()

if(NOT LPCU_INSTALL)
  return()
endif()

set(LPCU_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/lpcunroll)
install(TARGETS lpcunroll lpcunroll-gen EXPORT lpcunrollTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/lpcunroll.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# The CMake package. The generated files locate the prefix relative to themselves, so the
# tree can be installed with --prefix or DESTDIR and moved.
install(EXPORT lpcunrollTargets NAMESPACE lpcunroll:: DESTINATION ${LPCU_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/lpcunrollConfig.cmake.in
  ${PROJECT_BINARY_DIR}/lpcunrollConfig.cmake INSTALL_DESTINATION ${LPCU_CMAKE_DIR})
# 0.x: every minor release may change the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/lpcunrollConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/lpcunrollConfig.cmake
              ${PROJECT_BINARY_DIR}/lpcunrollConfigVersion.cmake
        DESTINATION ${LPCU_CMAKE_DIR})

# lpcunroll.pc, written at install time: only then is the prefix known (`cmake --install
# --prefix DIR` overrides the configured CMAKE_INSTALL_PREFIX), and pkg-config files carry
# absolute paths. A libdir or includedir given as an absolute path is kept as it is.
foreach(kind LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${kind}}")
    set(LPCU_PC_${kind} "${CMAKE_INSTALL_${kind}}")
  else()
    set(LPCU_PC_${kind} "\${prefix}/${CMAKE_INSTALL_${kind}}")
  endif()
endforeach()
install(CODE "
  set(LPCU_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  set(LPCU_PC_LIBDIR [[${LPCU_PC_LIBDIR}]])
  set(LPCU_PC_INCLUDEDIR [[${LPCU_PC_INCLUDEDIR}]])
  set(PROJECT_DESCRIPTION [[${PROJECT_DESCRIPTION}]])
  set(PROJECT_VERSION [[${PROJECT_VERSION}]])
  configure_file([[${PROJECT_SOURCE_DIR}/cmake/lpcunroll.pc.in]]
                 [[${PROJECT_BINARY_DIR}/lpcunroll.pc]] @ONLY)")
install(FILES ${PROJECT_BINARY_DIR}/lpcunroll.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
