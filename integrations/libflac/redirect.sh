#!/bin/sh
# SPDX-License-Identifier: MIT
# The edit that puts lpcunroll into libFLAC 1.4.2's decoder, src/libFLAC/stream_decoder.c:
#
#   integrations/libflac/redirect.sh [--multi] FLAC_SOURCE_DIR
#
# Its six restore calls (read_subframe_fixed_ and read_subframe_lpc_: narrow, wide and
# 33-bit, LPC and FIXED) become the lpcu_ functions of the same arguments and results. With
# --multi, the narrow and wide LPC ones are queued instead (lpcu_frame_defer, in
# integrations/lpcu_frame.c, to be linked in) and restored together once the frame's
# channels are read: read_frame_ drops the queue when a frame starts and flushes it before the
# frame's padding and CRC, and read_subframe_ flushes it before applying a channel's wasted
# bits. A mechanical redirection: it stops, changing nothing, unless every line it edits is
# there exactly once.
set -eu
# shellcheck source=SCRIPTDIR/../redirect_common.sh
. "$(dirname "$0")/../redirect_common.sh"
multi=0
if [ "${1:-}" = --multi ]; then
    multi=1
    shift
fi
file=${1:?usage: redirect.sh [--multi] FLAC_SOURCE_DIR}/src/libFLAC/stream_decoder.c
[ -f "$file" ] || { echo "redirect.sh: no $file" >&2; exit 1; }

calls='FLAC__\(lpc\|fixed\)_restore_signal\(_wide\)\?\(_33bit\)\?(decoder->private_->residual\[channel\]'
tab=$(printf '\t')
# each anchor once: the restore calls (six), then one line each
calls_found=$(redirect_count "$calls" "$file")
problems=""
[ "$calls_found" = 6 ] || problems=", $calls_found of 6 restore calls"
anchors='^#include "private/lpc.h"$'
if [ "$multi" = 1 ]; then
    anchors="$anchors
^${tab}decoder->private_->side_subframe_in_use = false;$
^${tab}${tab}if(!read_zero_padding_(decoder))$
^${tab}if(wasted_bits \&\& do_full_decode) {$"
fi
redirect_expect "$file" "libFLAC 1.4.2" "$anchors" "$problems"

tmp="$file.lpcu.tmp"
if [ "$multi" = 1 ]; then
    # LPC narrow and wide queued; FIXED and 33-bit as in the plain edit (below)
    sed -e 's/FLAC__lpc_restore_signal(decoder->private_->residual\[channel\]/lpcu_frame_defer(0, decoder->private_->residual[channel]/' \
        -e 's/FLAC__lpc_restore_signal_wide(decoder->private_->residual\[channel\]/lpcu_frame_defer(1, decoder->private_->residual[channel]/' \
        -e 's/^\(#include "private\/lpc.h"\)$/\1\n#include "lpcu_frame.h"/' \
        -e "s/^\\(${tab}decoder->private_->side_subframe_in_use = false;\\)$/\\1\\n${tab}lpcu_frame_drop();/" \
        -e "s/^\\(${tab}if(wasted_bits \\&\\& do_full_decode) {\\)$/\\1\\n${tab}${tab}lpcu_frame_flush();/" \
        "$file" |
        awk -v t="$tab" '
            # the flush goes before the line that guards the padding read
            { if (held != "") { if ($0 == t t "if(!read_zero_padding_(decoder))") print t "lpcu_frame_flush();"; print held; held = "" } }
            $0 == t "if(decoder->protected_->state != FLAC__STREAM_DECODER_END_OF_STREAM)" { held = $0; next }
            { print }
            END { if (held != "") print held }' >"$tmp"
else
    cp "$file" "$tmp"
fi
sed -i -e "s/FLAC__\(lpc\|fixed\)_restore_signal\(\(_wide\)\?\(_33bit\)\?\)(decoder->private_->residual\[channel\]/lpcu_\1_restore_signal\2(decoder->private_->residual[channel]/" \
    -e 's/lpcu_lpc_restore_signal/lpcu_restore_signal/' \
    -e 's/^\(#include "private\/lpc.h"\)$/\1\n#include "lpcunroll.h"/' "$tmp"

# what the edit must have made
want_calls=6
[ "$multi" = 1 ] && want_calls=4
made=$(grep -c 'lpcu_\(fixed_\)\?restore_signal\(_wide\)\?\(_33bit\)\?(decoder' "$tmp" || true)
ok=1
[ "$made" = "$want_calls" ] || ok=0
if [ "$multi" = 1 ]; then
    [ "$(grep -c 'lpcu_frame_defer([01], decoder' "$tmp" || true)" = 2 ] || ok=0
    [ "$(grep -c '^	*lpcu_frame_flush();$' "$tmp" || true)" = 2 ] || ok=0
    [ "$(grep -c '^	lpcu_frame_drop();$' "$tmp" || true)" = 1 ] || ok=0
fi
redirect_commit "$tmp" "$file" "$ok"
if [ "$multi" = 1 ]; then
    echo "redirect.sh: $file: LPC restores queued per frame, FIXED and 33-bit ones lpcunroll's"
else
    echo "redirect.sh: $file: 6 restore calls now lpcunroll's"
fi
