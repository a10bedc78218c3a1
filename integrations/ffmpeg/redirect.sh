#!/bin/sh
# SPDX-License-Identifier: MIT
# The edit that puts lpcunroll into FFmpeg 5.1's FLAC decoder, libavcodec/flacdec.c:
#
#   integrations/ffmpeg/redirect.sh [--multi] FFMPEG_SOURCE_DIR
#
# decode_subframe_lpc's two restore calls (s->dsp.lpc16 and s->dsp.lpc32) become
# lpcu_ffmpeg_lpc16/lpc32, and decode_subframe_fixed's switch over the predictor order asks
# lpcu_ffmpeg_fixed first, which restores orders 0-4 and leaves FFmpeg's case 0 (nothing to do);
# all three live in integrations/ffmpeg/lpcu_ffmpeg.c, to be linked in. (FFmpeg 5.1 rejects
# 33-bit side channels, so it has no 33-bit restore to redirect.) With --multi, the two LPC
# calls queue the subframe instead (lpcu_ffmpeg_defer_lpc, into integrations/lpcu_frame.c's
# queue) and the queue is restored together:
# decode_frame drops it before its first subframe and flushes it after its last,
# decode_subframe flushes it before shifting in wasted bits, and decode_subframe_lpc before
# lpc_analyze_remodulate reads a restored signal. A mechanical redirection: it stops,
# changing nothing, unless every line it edits is there exactly once.
set -eu
# shellcheck source=SCRIPTDIR/../redirect_common.sh
. "$(dirname "$0")/../redirect_common.sh"
multi=0
if [ "${1:-}" = --multi ]; then
    multi=1
    shift
fi
file=${1:?usage: redirect.sh [--multi] FFMPEG_SOURCE_DIR}/libavcodec/flacdec.c
[ -f "$file" ] || { echo "redirect.sh: no $file" >&2; exit 1; }

args='(decoded, coeffs, pred_order, qlevel, s->blocksize);'
anchors="^#include \"flacdsp.h\"$
^        s->dsp.lpc16$args$
^        s->dsp.lpc32$args$
^    switch (pred_order) {$"
if [ "$multi" = 1 ]; then
    anchors="$anchors
^    /\\* subframes \\*/$
^    align_get_bits(gb);$
^    if (wasted && wasted < 32) {$
^            lpc_analyze_remodulate(decoded, coeffs, pred_order, qlevel, s->blocksize, bps);$"
fi
redirect_expect "$file" "FFmpeg 5.1" "$anchors"

tmp="$file.lpcu.tmp"
if [ "$multi" = 1 ]; then
    lpc16='lpcu_ffmpeg_defer_lpc(0, '
    lpc32='lpcu_ffmpeg_defer_lpc(1, '
else
    lpc16='lpcu_ffmpeg_lpc16('
    lpc32='lpcu_ffmpeg_lpc32('
fi
sed -e 's/^\(#include "flacdsp.h"\)$/\1\n#include "lpcu_ffmpeg.h"/' \
    -e "s/^        s->dsp.lpc16(decoded, /        ${lpc16}decoded, /" \
    -e "s/^        s->dsp.lpc32(decoded, /        ${lpc32}decoded, /" \
    -e 's/^    switch (pred_order) {$/    switch (lpcu_ffmpeg_fixed(decoded, pred_order, blocksize)) {/' \
    "$file" >"$tmp"
if [ "$multi" = 1 ]; then
    sed -i -e 's/^\(    \/\* subframes \*\/\)$/    lpcu_frame_drop();\n\1/' \
        -e 's/^\(    align_get_bits(gb);\)$/    lpcu_frame_flush();\n\1/' \
        -e 's/^\(    if (wasted && wasted < 32) {\)$/\1\n        lpcu_frame_flush();/' \
        -e 's/^            lpc_analyze_remodulate(/            lpcu_frame_flush(), lpc_analyze_remodulate(/' \
        "$tmp"
fi

# what the edit must have made
count() { redirect_count "$1" "$tmp"; }
ok=1
[ "$(count '^#include "lpcu_ffmpeg.h"$')" = 1 ] || ok=0
[ "$(count 'lpcu_ffmpeg_fixed(decoded, pred_order, blocksize)')" = 1 ] || ok=0
[ "$(count 's->dsp.lpc\(16\|32\)(')" = 0 ] || ok=0
if [ "$multi" = 1 ]; then
    [ "$(count '^        lpcu_ffmpeg_defer_lpc([01], decoded, ')" = 2 ] || ok=0
    [ "$(count 'lpcu_frame_flush()')" = 3 ] || ok=0
    [ "$(count '^    lpcu_frame_drop();$')" = 1 ] || ok=0
else
    [ "$(count '^        lpcu_ffmpeg_lpc\(16\|32\)(decoded, ')" = 2 ] || ok=0
fi
redirect_commit "$tmp" "$file" "$ok"
if [ "$multi" = 1 ]; then
    echo "redirect.sh: $file: LPC restores queued per frame, FIXED ones lpcunroll's"
else
    echo "redirect.sh: $file: lpc16, lpc32 and FIXED restores now lpcunroll's"
fi
