# SPDX-License-Identifier: MIT
# Test consumer_install: installs the build tree into a scratch prefix, then builds and runs
# tests/consumer/main.c the ways a user would: find_package() (CMake), pkg-config with a plain
# compiler command, and add_subdirectory() of the source tree. Each must print 1755.
#
#   cmake -DBUILD=<build dir> -DSRC=<source dir> -DWORK=<scratch dir> -DCC=<compiler>
#         -DCFLAGS=<CMAKE_C_FLAGS> -DBUILD_TYPE=<type> -DCONFIG=<config> -DGENERATOR=<gen>
#         -DCROSS=<CMAKE_CROSSCOMPILING> -DNM=<nm> -DREADELF=<readelf> -P consumer_install.cmake
#
# CFLAGS carries the build's own flags (the sanitizers of scripts/test.sh --sanitize): an
# instrumented static library only links into a program built with the same flags.

if(CROSS)
  # The consumers would be target binaries, and the installed package a target's package:
  # the host can neither run them nor use its own pkg-config and compiler for them.
  message("consumer_install skipped: cross-compiling (consumers would be target binaries)")
  return()
endif()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}")
  endif()
endfunction()

# Runs a consumer and checks that it prints README's result. LD_LIBRARY_PATH finds a shared
# lpcunroll in the scratch prefix (the pkg-config build has no run path).
function(check_output label exe)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env "LD_LIBRARY_PATH=${libdir}" ${exe}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "1755\n")
    message(FATAL_ERROR "${label} consumer: exit ${rc}, printed '${out}' (want 1755)\n${err}")
  endif()
  message(STATUS "${label} consumer: 1755")
endfunction()

separate_arguments(cflags UNIX_COMMAND "${CFLAGS}")
set(prefix ${WORK}/prefix)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

# ---- install ----------------------------------------------------------------------------------
set(config_arg "")
if(CONFIG)
  set(config_arg --config ${CONFIG})
endif()
run(${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix} ${config_arg})

# The library directory is GNUInstallDirs' choice (lib, lib64, lib/<multiarch>): find it by
# the pkg-config file rather than assuming it.
file(GLOB_RECURSE pc_files ${prefix}/*/lpcunroll.pc)
list(LENGTH pc_files n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "want one installed lpcunroll.pc, found: ${pc_files}")
endif()
get_filename_component(pcdir ${pc_files} DIRECTORY)
get_filename_component(libdir ${pcdir} DIRECTORY)
foreach(f ${prefix}/include/lpcunroll.h ${prefix}/bin/lpcunroll-gen
          ${libdir}/cmake/lpcunroll/lpcunrollConfig.cmake
          ${libdir}/cmake/lpcunroll/lpcunrollConfigVersion.cmake
          ${libdir}/cmake/lpcunroll/lpcunrollTargets.cmake)
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# A shared library: versioned SONAME, and nothing exported outside the lpcu_ namespace.
file(GLOB shared ${libdir}/liblpcunroll.so.*.*.*)
if(shared)
  run(${READELF} -d ${shared})
  execute_process(COMMAND ${READELF} -d ${shared} OUTPUT_VARIABLE dyn)
  if(NOT dyn MATCHES "SONAME\\)[^\n]*\\[liblpcunroll\\.so\\.[0-9]+\\]")
    message(FATAL_ERROR "no versioned SONAME in ${shared}:\n${dyn}")
  endif()
  execute_process(COMMAND ${NM} -D --defined-only ${shared} OUTPUT_VARIABLE syms
                  RESULT_VARIABLE rc)
  string(REGEX MATCHALL "[^\n]+" lines "${syms}")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES " lpcu_[A-Za-z0-9_]+$")
      message(FATAL_ERROR "exported outside the lpcu_ namespace: ${line}")
    endif()
  endforeach()
  if(NOT rc EQUAL 0 OR NOT syms MATCHES " lpcu_restore_signal\n")
    message(FATAL_ERROR "nm -D found no lpcu_restore_signal in ${shared}")
  endif()
elseif(NOT EXISTS ${libdir}/liblpcunroll.a)
  message(FATAL_ERROR "no liblpcunroll.a or liblpcunroll.so.* in ${libdir}")
endif()

set(gen_arg "")
if(GENERATOR)
  set(gen_arg -G ${GENERATOR})
endif()

# ---- find_package ---------------------------------------------------------------------------
run(${CMAKE_COMMAND} -S ${SRC}/tests/consumer -B ${WORK}/find_package ${gen_arg}
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_C_COMPILER=${CC} "-DCMAKE_C_FLAGS=${CFLAGS}"
    -DCMAKE_BUILD_TYPE=${BUILD_TYPE})
run(${CMAKE_COMMAND} --build ${WORK}/find_package ${config_arg})
file(GLOB_RECURSE exe ${WORK}/find_package/consumer ${WORK}/find_package/consumer.exe)
check_output(find_package "${exe}")

# ---- pkg-config -----------------------------------------------------------------------------
find_program(PKG_CONFIG NAMES pkg-config pkgconf)
if(NOT PKG_CONFIG)
  message(FATAL_ERROR "pkg-config not found: apt-get install pkgconf")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env "PKG_CONFIG_PATH=${pcdir}"
                        ${PKG_CONFIG} --cflags --libs lpcunroll
                RESULT_VARIABLE rc OUTPUT_VARIABLE pc_flags ERROR_VARIABLE err
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs lpcunroll failed:\n${err}")
endif()
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
# -pedantic -Werror: the installed header must compile cleanly in a strict C99 consumer.
run(${CC} ${cflags} -std=c99 -pedantic -Wall -Wextra -Werror ${SRC}/tests/consumer/main.c
    ${pc_flags} -o ${WORK}/consumer-pkg-config)
check_output(pkg-config ${WORK}/consumer-pkg-config)

# ---- add_subdirectory -------------------------------------------------------------------------
# This compiles the library again, so keep it cheap: the scalar kernels only (LPCU_SIMD=OFF),
# and without CFLAGS, as library and consumer are built together here (no flag mismatch to
# fear) and instrumenting the unrolled kernels alone takes 25 s. What a subproject build
# checks (options, targets, include path) does not depend on either.
run(${CMAKE_COMMAND} -S ${SRC}/tests/consumer -B ${WORK}/add_subdirectory ${gen_arg}
    -DLPCU_SOURCE_DIR=${SRC} -DLPCU_SIMD=OFF -DCMAKE_C_COMPILER=${CC}
    -DCMAKE_BUILD_TYPE=${BUILD_TYPE})
run(${CMAKE_COMMAND} --build ${WORK}/add_subdirectory ${config_arg} --target consumer
    --parallel 2)
file(GLOB_RECURSE exe ${WORK}/add_subdirectory/consumer ${WORK}/add_subdirectory/consumer.exe)
check_output(add_subdirectory "${exe}")
