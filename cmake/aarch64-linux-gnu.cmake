# SPDX-License-Identifier: MIT
# Cross build for 64-bit Arm Linux with Debian's gcc-aarch64-linux-gnu; the tests run under
# qemu-user (Debian's qemu-user), so ctest works as in a native build:
#
#   cmake -S . -B build/aarch64 --toolchain cmake/aarch64-linux-gnu.cmake -DLPCU_BUILD_BENCH=OFF
#   cmake --build build/aarch64 && ctest --test-dir build/aarch64
#
# The tests also need the target's cmocka and libFLAC.a: with multiarch,
#   dpkg --add-architecture arm64 && apt-get update &&
#   apt-get install libflac-dev:arm64 libogg-dev:arm64 libcmocka-dev:arm64
# puts them in /usr/lib/aarch64-linux-gnu, where CMake looks for this target's libraries.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

# -L: where qemu finds the target's dynamic loader (libc6-arm64-cross). That loader must also
# load the libc of the same package: its default search path reaches multiarch's libc6:arm64
# in /lib/aarch64-linux-gnu first, when installed, and a loader and libc of different builds
# corrupt the thread-stack list (pthread_create spins forever). Hence LD_LIBRARY_PATH.
set(CMAKE_CROSSCOMPILING_EMULATOR
    qemu-aarch64 -L /usr/aarch64-linux-gnu -E LD_LIBRARY_PATH=/usr/aarch64-linux-gnu/lib)

# Libraries and headers of the target only; programs (cmake, the emulator) of the host.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
