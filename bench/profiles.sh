#!/bin/sh
# SPDX-License-Identifier: MIT
# .text of the library for a few build profiles (README "Building a subset"): each is
# configured and built (Release, library only) under BUILD_ROOT/profile-<name>, and measured
# with size -t. Prints a Markdown table.
#
#   bench/profiles.sh [BUILD_ROOT]      (default: build)
set -eu
cd "$(dirname "$0")/.."
root=${1:-build}

profile() {
    name=$1
    what=$2
    shift 2
    dir="$root/profile-$name"
    rm -f "$dir/CMakeCache.txt" # no option left over from an earlier run
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DLPCU_BUILD_TESTS=OFF \
        -DLPCU_BUILD_BENCH=OFF "$@" >/dev/null
    cmake --build "$dir" -j "$(nproc)" --target lpcunroll >/dev/null
    text=$(size -t "$dir/liblpcunroll.a" | awk 'END { print $1 }')
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf '| %s | %s | `%s` | %s |\n' "$name" "$what" "$*" "$text"
}

echo "| profile | what it has | CMake options | .text bytes |"
echo "|---|---|---|---:|"
profile full "every family, ISA and kind (the default)"
profile decoder "a decoder's: every family, ISA and kind but the encoder's" \
    -DLPCU_RESIDUAL=OFF -DLPCU_AUTOC=OFF
profile no-multi "every family and ISA; no several-subframe kernels" -DLPCU_MULTI=OFF
profile avx2-narrow-wide "narrow and wide, up to AVX2 (x86-64-v3), no multi" \
    "-DLPCU_ISAS=sse41;avx2" "-DLPCU_FAMILIES=narrow;wide" -DLPCU_MULTI=OFF
profile narrow-no-multi "narrow only, every ISA, no multi" -DLPCU_FAMILIES=narrow -DLPCU_MULTI=OFF
profile scalar "scalar kernels only (portable C)" -DLPCU_ISAS=none
profile scalar-narrow-12 "scalar narrow, orders 1-12, restore only" -DLPCU_ISAS=none \
    -DLPCU_FAMILIES=narrow -DLPCU_MULTI=OFF -DLPCU_FIXED=OFF -DLPCU_AUTOC=OFF \
    -DLPCU_RESIDUAL=OFF -DLPCU_MAX_ORDER=12
