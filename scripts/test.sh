#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds lpcunroll and runs every test (ctest). Installs the Debian packages it needs when run
# as root, otherwise prints the apt-get line and stops.
#
#   scripts/test.sh              Release build (-O2) in build/test, warnings as errors
#   scripts/test.sh --sanitize   Debug build with ASan + UBSan in build/sanitize
#   CC=clang scripts/test.sh     the same with another compiler (build/test-clang)
set -eu
cd "$(dirname "$0")/.."
. scripts/deps.sh
lpcu_need_packages cmake make gcc libflac-dev libogg-dev flac libsimde-dev libcmocka-dev pkgconf

mode=${1:-}
cc=${CC:-cc}
suffix=$([ "$cc" = cc ] || echo "-$(basename "$cc")")
case "$mode" in
"")
    dir=build/test$suffix
    set -- -DCMAKE_BUILD_TYPE=Release
    ;;
--sanitize)
    dir=build/sanitize$suffix
    san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
    set -- -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_C_FLAGS=-O1 -g $san"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    ;;
*)
    echo "usage: scripts/test.sh [--sanitize]" >&2
    exit 2
    ;;
esac

CC=$cc cmake -S . -B "$dir" -DLPCU_WERROR=ON "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
cd "$dir"
ctest --output-on-failure -j "$(nproc)"
