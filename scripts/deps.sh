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
