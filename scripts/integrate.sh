#!/bin/sh
# SPDX-License-Identifier: MIT
# lpcunroll inside a real decoder, built from Debian's own source package:
#
#   scripts/integrate.sh libflac [--quick]
#
# fetches flac 1.4.2's source with apt-get source (through a sources list of its own under
# build/integrate/apt: /etc/apt is not touched), builds a stock and an lpcunroll `flac` from it
# with Debian's compiler flags, and two with lpcunroll, differing from stock only by
# integrations/libflac/redirect.sh and what is linked in: "lpcunroll" (the restore calls
# redirected) and "lpcunroll-multi" (a frame's LPC subframes restored together, --multi);
# checks that all decode a generated corpus to the same bytes with the same exit status
# (corrupted files included), and times them with hyperfine,
# writing bench/results/integration-libflac.md. --quick: a small corpus and fewer runs.
# (FFmpeg is not integrated yet.) Installs what it needs when run as root.
set -eu
cd "$(dirname "$0")/.."
root=$PWD
. scripts/deps.sh
lpcu_need_packages cmake make gcc dpkg-dev flac hyperfine util-linux

what=${1:-}
quick=${2:-}
case "$what" in
libflac | all) ;;
ffmpeg)
    echo "integrate.sh: FFmpeg is not integrated yet; libflac is" >&2
    exit 2
    ;;
*)
    echo "usage: scripts/integrate.sh libflac [--quick]" >&2
    exit 2
    ;;
esac

work=$root/build/integrate
mkdir -p "$work"

# ---- the source, from Debian's archive -------------------------------------------------------
src=$work/src/flac-1.4.2+ds
if [ ! -d "$src" ]; then
    apt_dir=$work/apt
    mkdir -p "$apt_dir/lists/partial" "$work/src"
    echo "deb-src http://deb.debian.org/debian bookworm main" >"$apt_dir/sources.list"
    set -- -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null" \
        -o "Dir::State::Lists=$apt_dir/lists"
    apt-get "$@" update -qq
    (cd "$work/src" && apt-get "$@" source -qq flac=1.4.2+ds-2) 2>&1 | grep -v '^W: Download is performed unsandboxed' || true
    [ -d "$src" ] || { echo "integrate.sh: apt-get source flac gave no $src" >&2; exit 1; }
fi

# ---- lpcunroll, and the two flac builds --------------------------------------------------------
cmake -S . -B "$work/lpcunroll" -DCMAKE_BUILD_TYPE=Release -DLPCU_BUILD_TESTS=OFF \
    -DLPCU_BUILD_BENCH=OFF >/dev/null
cmake --build "$work/lpcunroll" -j "$(nproc)" --target lpcunroll >/dev/null

build_flac() { # NAME stock|plain|multi
    dir=$work/flac-$1
    kind=$2
    if [ ! -x "$dir/src/flac/flac" ]; then
        rm -rf "$dir"
        cp -a "$src" "$dir"
        extra_cppflags=""
        extra_libs=""
        if [ "$kind" != stock ]; then
            if [ "$kind" = multi ]; then
                integrations/libflac/redirect.sh --multi "$dir" >&2
            else
                integrations/libflac/redirect.sh "$dir" >&2
            fi
            extra_cppflags="-I$root/include -I$root/integrations/libflac"
            extra_libs="$work/lpcu_flac.o $work/lpcunroll/liblpcunroll.a"
        fi
        if ! (
            cd "$dir"
            CFLAGS="$(dpkg-buildflags --get CFLAGS)" \
                CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS) $extra_cppflags" \
                LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" LIBS="$extra_libs" \
                ./configure --disable-shared --enable-static --disable-ogg --disable-cpplibs \
                --disable-doxygen-docs --disable-examples
            make -j "$(nproc)" -C src/share
            make -j "$(nproc)" -C src/libFLAC
            make -j "$(nproc)" -C src/flac
        ) >"$dir.log" 2>&1; then
            tail -n 20 "$dir.log" >&2
            echo "integrate.sh: building $dir failed (log: $dir.log)" >&2
            exit 1
        fi
    fi
    echo "$dir/src/flac/flac"
}
# the per-frame queue of --multi, with Debian's flags like the rest of libFLAC
# shellcheck disable=SC2046 # the flags are words
cc $(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS) -Iinclude \
    -c integrations/libflac/lpcu_flac.c -o "$work/lpcu_flac.o"
echo "== building flac 1.4.2 from Debian's source: stock, lpcunroll, lpcunroll-multi"
stock=$(build_flac stock stock)
lpcu=$(build_flac lpcunroll plain)
multi=$(build_flac lpcunroll-multi multi)
for b in "$lpcu" "$multi"; do
    nm "$b" | grep -q ' T lpcu_restore_signal$' ||
        { echo "integrate.sh: $b has no lpcunroll in it" >&2; exit 1; }
done
nm "$multi" | grep -q ' T lpcu_flac_defer_lpc$' ||
    { echo "integrate.sh: $multi has no per-frame restore in it" >&2; exit 1; }

# ---- the corpus ------------------------------------------------------------------------------
corpus=$work/corpus
mkdir -p "$corpus"
cc -std=c99 -O2 -Wall -Wextra -Werror integrations/make_pcm.c -o "$work/make_pcm" -lm
encode() { # NAME BITS CHANNELS RATE SECONDS FLAC-OPTIONS...
    e_name=$1 e_bits=$2 e_ch=$3 e_rate=$4 e_secs=$5
    shift 5
    [ -f "$corpus/$e_name.flac" ] && return 0
    e_width=$(((e_bits + 7) / 8 * 8)) # make_pcm's: 12 and 20 bits as wasted bits of 16 and 24
    "$work/make_pcm" "$e_bits" "$e_ch" "$e_rate" "$e_secs" \
        "$(printf '%s' "$e_name" | cksum | cut -d' ' -f1)" |
        "$stock" -s -f --force-raw-format --endian=little --sign=signed --channels="$e_ch" \
            --bps="$e_width" --sample-rate="$e_rate" "$@" -o "$corpus/$e_name.flac" -
}
if [ "$quick" = --quick ]; then secs=4; else secs=120; fi
for bits in 8 12 16 20 24 32; do
    for level in 0 5 8; do
        encode "b$bits-c2-l$level" "$bits" 2 48000 2 "-$level"
    done
done
for ch in 1 6 8; do encode "b16-c$ch-l8" 16 "$ch" 44100 2 -8; done
encode b16-c2-l32 16 2 44100 2 -8 -l 32 --lax
encode b24-c2-l32 24 2 48000 2 -8 -l 32 --lax
encode b16-c2-bs16 16 2 44100 1 -8 -b 16 --lax
encode b24-c2-bs65535 24 2 48000 3 -8 -b 65535 --lax
encode b32-c2-l32 32 2 96000 2 -8 -l 32 --lax
for bits in 16 24; do # the timed files
    for preset in 5 8 l32; do
        case $preset in
        l32) opts="-8 -l 32 --lax -b 4096" ;;
        *) opts="-$preset" ;;
        esac
        rate=48000
        [ "$bits" = 16 ] && rate=44100
        # shellcheck disable=SC2086 # one option per word
        encode "music-b$bits-$preset-${secs}s" "$bits" 2 "$rate" "$secs" $opts
    done
done
# corrupted copies: bytes flipped past the header, decoded with -F (keep going)
for f in b16-c2-l8 b24-c2-l32 b32-c2-l32; do
    for k in 1 2 3; do
        out=$corpus/corrupt-$f-$k.flac
        [ -f "$out" ] && continue
        cp "$corpus/$f.flac" "$out"
        size=$(stat -c %s "$out")
        for j in 1 2 3 4 5 6 7 8; do
            at=$((8192 + (size - 8192) * ((j * 37 + k * 11) % 100) / 100))
            printf '\377' | dd of="$out" bs=1 seek="$at" conv=notrunc status=none
        done
    done
done

# ---- verification: the same bytes and the same exit status ------------------------------------
echo "== verifying: the three builds decode every file of the corpus alike"
files=0
for f in "$corpus"/*.flac; do
    set +e
    "$stock" -d -F -s -c "$f" >"$work/a.out" 2>/dev/null
    sa=$?
    set -e
    for b in "$lpcu" "$multi"; do
        set +e
        "$b" -d -F -s -c "$f" >"$work/b.out" 2>/dev/null
        sb=$?
        set -e
        if [ "$sa" != "$sb" ] || ! cmp -s "$work/a.out" "$work/b.out"; then
            echo "integrate.sh: $(basename "$f"): stock exit $sa, $b exit $sb, outputs" \
                "$(cmp -s "$work/a.out" "$work/b.out" && echo equal || echo differ)" >&2
            exit 1
        fi
    done
    files=$((files + 1))
done
echo "$files files: byte-identical output and exit status from all three builds"

# ---- benchmark ---------------------------------------------------------------------------------
echo "== timing flac -d, stock against lpcunroll (hyperfine, pinned to one core)"
if [ "$quick" = --quick ]; then runs=5; else runs=21; fi
results=bench/results/integration-libflac.md
{
    echo "# libFLAC 1.4.2 with lpcunroll: flac -d, stock against lpcunroll"
    echo
    echo "\`scripts/integrate.sh libflac$([ "$quick" = --quick ] && echo " --quick")\`: flac 1.4.2+ds-2 from Debian's source, both"
    echo "builds with \`dpkg-buildflags\` (gcc $(gcc -dumpfullversion)); \"lpcunroll\": its six restore calls"
    echo "redirected; \"multi\": a frame's LPC subframes queued and restored with one multi call per"
    echo "family (integrations/libflac/redirect.sh --multi). $secs s of generated music-like stereo per"
    echo "file; \`flac -d -s -c FILE > /dev/null\` pinned to CPU 1, median of $runs runs after 2 warm-ups."
    echo "MD5 off: a copy with the STREAMINFO MD5 zeroed, which flac then skips."
    echo "Verified on $files files (8-32 bits, 1-8 channels, block sizes 16-65535, corrupted copies):"
    echo "the same bytes and exit status from all three builds."
    echo
    echo "| file | MD5 | stock ms | lpcunroll ms | multi ms | lpcunroll speed-up | multi speed-up |"
    echo "|---|---|---:|---:|---:|---:|---:|"
} >"$results.tmp"
for f in "$corpus"/music-*-"${secs}s".flac; do
    name=$(basename "$f" "-${secs}s.flac")
    nomd5=$work/$name-nomd5.flac
    cp "$f" "$nomd5"
    dd if=/dev/zero of="$nomd5" bs=1 seek=26 count=16 conv=notrunc status=none
    for md5 in on off; do
        file=$f
        [ "$md5" = off ] && file=$nomd5
        hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/h.json" \
            "taskset -c 1 $stock -d -s -c $file" "taskset -c 1 $lpcu -d -s -c $file" \
            "taskset -c 1 $multi -d -s -c $file" >/dev/null 2>&1 </dev/null
        # medians, in ms, from hyperfine's export, in command order
        meds=$(tr ',' '\n' <"$work/h.json" | sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' | head -n 3)
        s=$(echo "$meds" | sed -n 1p)
        l=$(echo "$meds" | sed -n 2p)
        m=$(echo "$meds" | sed -n 3p)
        awk -v n="$name" -v md5="$md5" -v s="$s" -v l="$l" -v m="$m" 'BEGIN {
            printf "| %s | %s | %.1f | %.1f | %.1f | %.2f | %.2f |\n", n, md5, s * 1000, l * 1000,
                m * 1000, s / l, s / m }' >>"$results.tmp"
    done
done
awk -F'|' '$7 + 0 > 0 && $8 + 0 > 0 {
        k = $3 ~ /on/ ? "on" : "off"; l[k] += log($7); m[k] += log($8); n[k]++ }
    END { printf "\nGeomean speed-up over stock: lpcunroll MD5 on %.2fx, off %.2fx; multi MD5 on %.2fx, off %.2fx.\n",
          exp(l["on"] / n["on"]), exp(l["off"] / n["off"]), exp(m["on"] / n["on"]), exp(m["off"] / n["off"]) }' \
    "$results.tmp" >>"$results.tmp.g"
cat "$results.tmp.g" >>"$results.tmp"
rm -f "$results.tmp.g"

# where decode time goes: the restore's share (libFLAC's and lpcunroll's restore functions and
# kernels), from perf's cpu-clock samples, MD5 on, where perf is installed (not with --quick:
# its short files give too few samples)
if [ "$quick" != --quick ] && command -v perf >/dev/null 2>&1 &&
    perf record -q -e cpu-clock -o "$work/perf.data" true 2>/dev/null; then
    {
        echo
        echo "Share of \`flac -d\` time in the restore (perf record -e cpu-clock, MD5 on):"
        echo
        echo "| file | stock | lpcunroll | multi |"
        echo "|---|---:|---:|---:|"
    } >>"$results.tmp"
    for f in "$corpus"/music-*-8-"${secs}s".flac "$corpus"/music-*-l32-"${secs}s".flac; do
        row="| $(basename "$f" "-${secs}s.flac")"
        for b in "$stock" "$lpcu" "$multi"; do
            perf record -q -e cpu-clock -F 4000 -o "$work/perf.data" -- "$b" -d -s -c "$f" \
                >/dev/null 2>&1
            share=$(perf report -i "$work/perf.data" --stdio --sort symbol 2>/dev/null |
                awk '!/^#/ && /restore_signal|lpcu_/ { sub("%", "", $1); s += $1 } END { printf "%.1f%%", s }')
            row="$row | $share"
        done
        echo "$row |" >>"$results.tmp"
    done
fi
mv "$results.tmp" "$results"
cat "$results"
