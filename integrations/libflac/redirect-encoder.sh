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
file=${1:?usage: redirect-encoder.sh FLAC_SOURCE_DIR}/src/libFLAC/stream_encoder.c
[ -f "$file" ] || { echo "redirect-encoder.sh: no $file" >&2; exit 1; }

tab=$(printf '\t')
limit='FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual\(_33bit\)\?((('
fixed='FLAC__fixed_compute_\(best_predictor_limit_residual\|residual\)\(_wide\)\?\(_33bit\)\?((('
count() { grep -c "$1" "$file" || true; }
problems=""
[ "$(count "$limit")" = 2 ] || problems="$problems, $(count "$limit") of 2 limit_residual calls"
[ "$(count "$fixed")" = 5 ] || problems="$problems, $(count "$fixed") of 5 fixed-predictor calls"
while IFS= read -r a; do
    n=$(count "$a")
    [ "$n" = 1 ] || problems="$problems, '$a' $n times"
done <<ANCHORS
^#include "private/lpc.h"$
^${tab}/\* set state to OK; from here on, errors are fatal and we'll override the state then \*/$
ANCHORS
if [ -n "$problems" ]; then
    echo "redirect-encoder.sh: $file is not the libFLAC 1.4.2 this edit knows${problems}" >&2
    exit 1
fi

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
if [ "$ok" != 1 ]; then
    rm -f "$tmp"
    echo "redirect-encoder.sh: the edit did not come out as intended; $file left as it was" >&2
    exit 1
fi
mv "$tmp" "$file"
echo "redirect-encoder.sh: $file: the encoder's kernels now lpcunroll's"
