# SPDX-License-Identifier: MIT
# Vendoring, as README describes it: generate one order's kernels as single files, compile
# each on its own with -std=c99 -Wall -Wextra -Werror, link them into a tiny program with
# libFLAC.a (and no lpcunroll library), run it.
# -DGEN=<lpcunroll-gen> -DCC=<C compiler> -DSRC=<source root> -DWORK=<scratch dir>
# -DFLAC_LIBS=<libFLAC.a;ogg;m> -DFLAC_INCLUDE=<dir>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "${ARGN}\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}")
  endif()
endfunction()
run("${GEN}" --single-file vend_flac.c --family narrow,wide --orders 12)
run("${GEN}" --single-file vend_rev.c --family narrow,wide --orders 12 --coeff-order reversed
    --prefix rev_)
# --family fixed alone: the fixed-predictor kernels of every family
run("${GEN}" --single-file vend_fixed.c --family fixed --prefix fix_)
# --family narrow,residual: the encoder's residual kernels of that family (and its restore)
run("${GEN}" --single-file vend_res.c --family narrow,residual --orders 12 --prefix res_)
# --family autoc: the autocorrelation kernels of every lag count
run("${GEN}" --single-file vend_ac.c --family autoc --prefix ac_)
foreach(f vend_flac vend_rev vend_fixed vend_res vend_ac)
  run("${CC}" -std=c99 -O2 -Wall -Wextra -Werror -c ${f}.c -o ${f}.o)
endforeach()
set(libs "")
foreach(l IN LISTS FLAC_LIBS)
  if(l MATCHES "/")
    list(APPEND libs "${l}")
  else()
    list(APPEND libs "-l${l}")
  endif()
endforeach()
run("${CC}" -std=c99 -O2 -Wall -Wextra -Werror -I. -I${SRC}/support -I${FLAC_INCLUDE}
    ${SRC}/tests/vendor_main.c vend_flac.o vend_rev.o vend_fixed.o vend_res.o vend_ac.o
    ${libs}
    -o vendor_main)
run("${WORK}/vendor_main")
