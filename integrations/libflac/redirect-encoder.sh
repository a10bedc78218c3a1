#!/bin/sh
# SPDX-License-Identifier: MIT
# The edit that puts lpcunroll into libFLAC 1.4.2's encoder, src/libFLAC/stream_encoder.c:
#
#   integrations/libflac/redirect-encoder.sh FLAC_SOURCE_DIR
#
# After init_stream_internal_ has chosen its kernels for the CPU, one inserted line
# (LPCU_FLAC_ENCODER_KERNELS, integrations/libflac/lpcu_flac_enc.h) sets its kernel pointers
# to lpcunroll's; the kernel calls it makes directly (the range-checked LPC residual, the
# fixed predictor's range-checked guess and its residual, 32-, 64- and 33-bit) become
# lpcunroll's of the same arguments and results. A mechanical redirection: it stops,
# changing nothing, unless every line it edits is there exactly once.
set -eu
# shellcheck source=SCRIPTDIR/../redirect_common.sh
. "$(dirname "$0")/../redirect_common.sh"
file=${1:?usage: redirect-encoder.sh FLAC_SOURCE_DIR}/src/libFLAC/stream_encoder.c
[ -f "$file" ] || { echo "redirect-encoder.sh: no $file" >&2; exit 1; }

tab=$(printf '\t')
limit='FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual\(_33bit\)\?((('
fixed='FLAC__fixed_compute_\(best_predictor_limit_residual\|residual\)\(_wide\)\?\(_33bit\)\?((('
problems=""
n=$(redirect_count "$limit" "$file")
[ "$n" = 2 ] || problems="$problems, $n of 2 limit_residual calls"
n=$(redirect_count "$fixed" "$file")
[ "$n" = 5 ] || problems="$problems, $n of 5 fixed-predictor calls"
redirect_expect "$file" "libFLAC 1.4.2" '^#include "private/lpc.h"$
^'"$tab"'/\* set state to OK; from here on, errors are fatal and we.ll override the state then \*/$' \
    "$problems"

tmp="$file.lpcu.tmp"
sed -e "s/${limit}/lpcu_compute_residual_limit_residual\\1(((/" \
    -e "s/${fixed}/lpcu_fixed_compute_\\1\\2\\3(((/" \
    -e 's/^\(#include "private\/lpc.h"\)$/\1\n#include "lpcu_flac_enc.h"/' \
    -e "s/^\\(${tab}\\/\\* set state to OK; from here on\\)/${tab}LPCU_FLAC_ENCODER_KERNELS(encoder->private_);\\n\\1/" \
    "$file" >"$tmp"

# what the edit must have made
ok=1
[ "$(grep -c 'lpcu_compute_residual_limit_residual\(_33bit\)\?(((' "$tmp" || true)" = 2 ] || ok=0
[ "$(grep -c 'lpcu_fixed_compute_[a-z_0-9]*(((' "$tmp" || true)" = 5 ] || ok=0
[ "$(grep -c "$fixed" "$tmp" || true)" = 0 ] || ok=0
[ "$(grep -c "^${tab}LPCU_FLAC_ENCODER_KERNELS(encoder->private_);$" "$tmp" || true)" = 1 ] || ok=0
[ "$(grep -c '^#include "lpcu_flac_enc.h"$' "$tmp" || true)" = 1 ] || ok=0
redirect_commit "$tmp" "$file" "$ok"
echo "redirect-encoder.sh: $file: the encoder's kernels now lpcunroll's"
