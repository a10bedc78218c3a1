#!/bin/sh
# SPDX-License-Identifier: MIT
# Sourced by the other scripts: lpcu_need_packages PKG... makes sure the Debian packages are
# installed, installing them when run as root, or printing the apt-get line and stopping.

lpcu_need_packages() {
    missing=""
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $pkg"
        fi
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "lpcunroll: installing$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing ||
            { echo "lpcunroll: apt-get install failed" >&2; exit 1; }
    else
        echo "lpcunroll: missing Debian packages. Run as root:" >&2
        echo "    apt-get update && apt-get install -y$missing" >&2
        exit 1
    fi
}

# lpcu_fetch_source PACKAGE=VERSION DIR WORK: apt-get source of a Debian source package into
# WORK/src (DIR is what it unpacks to; nothing is done if DIR is there), through a sources list
# of its own under WORK/apt, so /etc/apt is left as it is. Needs dpkg-dev.
lpcu_fetch_source() {
    fetch_package=$1 fetch_dir=$2 fetch_work=$3
    [ -d "$fetch_dir" ] && return 0
    apt_dir=$fetch_work/apt
    mkdir -p "$apt_dir/lists/partial" "$fetch_work/src"
    echo "deb-src http://deb.debian.org/debian bookworm main" >"$apt_dir/sources.list"
    set -- -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null" \
        -o "Dir::State::Lists=$apt_dir/lists"
    apt-get "$@" update -qq
    (cd "$fetch_work/src" && apt-get "$@" source -qq "$fetch_package") 2>&1 |
        grep -v '^W: Download is performed unsandboxed' || true
    [ -d "$fetch_dir" ] || {
        echo "lpcunroll: apt-get source ${fetch_package%%=*} gave no $fetch_dir" >&2
        exit 1
    }
}
