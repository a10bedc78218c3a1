# SPDX-License-Identifier: MIT
# shellcheck shell=sh
# Sourced by integrations/*/redirect.sh: the checks that make an edit of an upstream file
# all-or-nothing.
#
#   redirect_expect FILE WHAT ANCHORS [PROBLEMS]
#       stops (exit 1) unless every line of ANCHORS (grep patterns, one a line) matches FILE
#       exactly once and PROBLEMS (what the caller found wrong) is empty; WHAT names the
#       upstream version the edit knows.
#   redirect_commit TMP FILE OK
#       moves the edited copy TMP over FILE if OK is 1, else deletes it and stops.

redirect_count() { # PATTERN FILE: the matching lines
    grep -c "$1" "$2" || true
}

redirect_expect() {
    r_problems=${4:-}
    while IFS= read -r r_anchor; do
        r_n=$(redirect_count "$r_anchor" "$1")
        [ "$r_n" = 1 ] || r_problems="$r_problems, '$r_anchor' $r_n times"
    done <<EOF
$3
EOF
    if [ -n "$r_problems" ]; then
        echo "redirect.sh: $1 is not the $2 this edit knows${r_problems}" >&2
        exit 1
    fi
}

redirect_commit() {
    if [ "$3" != 1 ]; then
        rm -f "$1"
        echo "redirect.sh: the edit did not come out as intended; $2 left as it was" >&2
        exit 1
    fi
    mv "$1" "$2"
}
