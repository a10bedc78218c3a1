# SPDX-License-Identifier: MIT
# Regenerates the kernels into the build tree and fails if the checked-in ones differ.
# Run with -DGEN=<lpcunroll-gen> -DSRC=<source root> -DWORK=<scratch dir> [-DEMULATOR=...].
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/kernels/generated")
# Same command line as the banner records, from a directory laid out like the source root,
# so the output must match byte for byte.
# EMULATOR (optional, words separated by |) runs a cross-compiled generator.
string(REPLACE "|" ";" emulator "${EMULATOR}")
execute_process(COMMAND ${emulator} "${GEN}" --out kernels/generated
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lpcunroll-gen failed (${rc})")
endif()
file(GLOB fresh RELATIVE "${WORK}/kernels/generated" "${WORK}/kernels/generated/*")
file(GLOB checked_in RELATIVE "${SRC}/kernels/generated" "${SRC}/kernels/generated/*")
list(SORT fresh)
list(SORT checked_in)
if(NOT fresh STREQUAL checked_in)
  message(FATAL_ERROR "kernels/generated holds [${checked_in}] but the generator emits "
                      "[${fresh}]; run: cmake --build <build dir> --target regen")
endif()
set(stale "")
foreach(f IN LISTS fresh)
  file(READ "${WORK}/kernels/generated/${f}" a)
  file(READ "${SRC}/kernels/generated/${f}" b)
  if(NOT a STREQUAL b)
    list(APPEND stale "${f}")
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR "checked-in kernels differ from the generator's output: ${stale}; "
                      "run: cmake --build <build dir> --target regen")
endif()
list(LENGTH fresh n)
message(STATUS "${n} generated files match the checked-in kernels")
