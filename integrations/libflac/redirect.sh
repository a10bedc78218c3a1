#!/bin/sh
# SPDX-License-Identifier: MIT
# The edit that puts lpcunroll into libFLAC 1.4.2's decoder: its six restore calls in
# src/libFLAC/stream_decoder.c (read_subframe_fixed_ and read_subframe_lpc_: narrow, wide and
# 33-bit, LPC and FIXED) become the lpcu_ functions of the same arguments and results, and
# the file includes lpcunroll.h. A mechanical redirection: it stops, changing nothing, unless
# the file has exactly those six calls and the include it anchors on.
#
#   integrations/libflac/redirect.sh FLAC_SOURCE_DIR
set -eu
file=${1:?usage: redirect.sh FLAC_SOURCE_DIR}/src/libFLAC/stream_decoder.c
[ -f "$file" ] || { echo "redirect.sh: no $file" >&2; exit 1; }

calls='FLAC__\(lpc\|fixed\)_restore_signal\(_wide\)\?\(_33bit\)\?(decoder->private_->residual\[channel\]'
n=$(grep -c "$calls" "$file" || true)
anchor='^#include "private/lpc.h"$'
a=$(grep -c "$anchor" "$file" || true)
if [ "$n" != 6 ] || [ "$a" != 1 ]; then
    echo "redirect.sh: $file is not the libFLAC 1.4.2 this edit knows: $n of 6 restore calls," \
        "$a of 1 '#include \"private/lpc.h\"'" >&2
    exit 1
fi
tmp="$file.lpcu.tmp"
sed -e "s/FLAC__\(lpc\|fixed\)_restore_signal\(\(_wide\)\?\(_33bit\)\?\)(decoder->private_->residual\[channel\]/lpcu_\1_restore_signal\2(decoder->private_->residual[channel]/" \
    -e 's/^\(#include "private\/lpc.h"\)$/\1\n#include "lpcunroll.h"/' "$file" >"$tmp"
sed -i 's/lpcu_lpc_restore_signal/lpcu_restore_signal/' "$tmp"
m=$(grep -c 'lpcu_\(fixed_\)\?restore_signal\(_wide\)\?\(_33bit\)\?(decoder' "$tmp" || true)
if [ "$m" != 6 ]; then
    rm -f "$tmp"
    echo "redirect.sh: the edit made $m of 6 calls; $file left as it was" >&2
    exit 1
fi
mv "$tmp" "$file"
echo "redirect.sh: $file: 6 restore calls now lpcunroll's"
