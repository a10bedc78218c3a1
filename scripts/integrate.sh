#!/bin/sh
# SPDX-License-Identifier: MIT
# lpcunroll inside real decoders, built from Debian's own source packages:
#
#   scripts/integrate.sh libflac|encoder|ffmpeg|all [--quick]
#
# fetches the decoder's source with apt-get source (through a sources list of its own under
# build/integrate/apt: /etc/apt is not touched), builds a stock one and two with lpcunroll from
# it with the same flags, differing from stock only by integrations/<decoder>/redirect.sh and
# what is linked in: "lpcunroll" (the restore calls redirected) and "lpcunroll-multi" (a frame's
# LPC subframes restored together, redirect.sh --multi); checks that all decode a generated
# corpus to the same bytes with the same exit status (corrupted files included), and times them
# with hyperfine, writing bench/results/integration-<decoder>.md. --quick: a small corpus and
# fewer runs.
#   libflac: flac 1.4.2, Debian's compiler flags, `flac -d`.
#   ffmpeg:  FFmpeg 5.1.9 configured for the FLAC decoder alone (and raw PCM out), with the
#            hardened toolchain Debian builds it with, `ffmpeg -threads 1`; without --quick also
#            FFmpeg's own restore kernels in lpcu-bench, beside libFLAC's and lpcunroll's.
#   encoder: libFLAC 1.4.2's encoder, stream_encoder.c edited by
#            integrations/libflac/redirect-encoder.sh: `flac` encodes of generated PCM
#            (8-32 bits, 1-8 channels, -0 to -8, -l 32, -e -p, block sizes 16 and 65535) must be
#            byte-identical to stock's; timed at -8, -8 -l 32 --lax and -8 -e -p, writing
#            bench/results/integration-libflac-encoder.md.
# all: all three, libflac first. Installs what it needs when run as root.
set -eu
cd "$(dirname "$0")/.."
root=$PWD
. scripts/deps.sh

what=${1:-}
quick=${2:-}
case "$what" in
libflac | encoder | ffmpeg | all) ;;
*)
    echo "usage: scripts/integrate.sh libflac|encoder|ffmpeg|all [--quick]" >&2
    exit 2
    ;;
esac
lpcu_need_packages cmake make gcc dpkg-dev flac hyperfine util-linux
case "$what" in libflac | encoder) ;; *) lpcu_need_packages nasm ;; esac

work=$root/build/integrate
mkdir -p "$work"

# ---- the source, from Debian's archive -------------------------------------------------------
fetch_source() { # PACKAGE=VERSION DIR: apt-get source into build/integrate/src unless DIR is there
    lpcu_fetch_source "$1" "$2" "$work"
}

# ---- lpcunroll ---------------------------------------------------------------------------------
cmake -S . -B "$work/lpcunroll" -DCMAKE_BUILD_TYPE=Release -DLPCU_BUILD_TESTS=OFF \
    -DLPCU_BUILD_BENCH=OFF >/dev/null
cmake --build "$work/lpcunroll" -j "$(nproc)" --target lpcunroll >/dev/null

# ---- the corpus ------------------------------------------------------------------------------
corpus=$work/corpus
if [ "$quick" = --quick ]; then secs=4; else secs=120; fi
make_corpus() { # ENCODER: a flac 1.4.2 binary
    encoder=$1
    mkdir -p "$corpus"
    cc -std=c99 -O2 -Wall -Wextra -Werror integrations/make_pcm.c -o "$work/make_pcm" -lm
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
}
encode() { # NAME BITS CHANNELS RATE SECONDS FLAC-OPTIONS...
    e_name=$1 e_bits=$2 e_ch=$3 e_rate=$4 e_secs=$5
    shift 5
    [ -f "$corpus/$e_name.flac" ] && return 0
    "$work/make_pcm" "$e_bits" "$e_ch" "$e_rate" "$e_secs" \
        "$(printf '%s' "$e_name" | cksum | cut -d' ' -f1)" |
        enc_run "$encoder" "$e_bits" "$e_ch" "$e_rate" - "$corpus/$e_name.flac" "$@"
}

# From hyperfine's JSON export: a line "wall NAME SECONDS" per run and "cpu NAME SECONDS" (mean
# user + system) per command
hf_runs() { # JSON
    awk '/"command":/ { split($0, q, "\""); c = q[4] }
        /"user":/ { u = $2 + 0 }
        /"system":/ { print "cpu", c, u + $2 }
        /"times": \[/ { t = 1; next }
        t && /\]/ { t = 0 }
        t { print "wall", c, $1 + 0 }' "$1"
}
# From hf_runs' lines of one command: the median wall time, the mean CPU time and the wall
# times' standard deviation over their mean
hf_summary() { # RUNS NAME
    awk -v c="$2" '$1 == "wall" && $2 == c { w[++n] = $3; s += $3; s2 += $3 * $3 }
        $1 == "cpu" && $2 == c { cpu += $3; m++ }
        END {
            for (i = 2; i <= n; i++) for (j = i; j > 1 && w[j - 1] > w[j]; j--) {
                t = w[j]; w[j] = w[j - 1]; w[j - 1] = t }
            med = n % 2 ? w[(n + 1) / 2] : (w[n / 2] + w[n / 2 + 1]) / 2
            mean = s / n; var = s2 / n - mean * mean
            printf "%.9f %.9f %.6f\n", med, cpu / m, (var > 0 ? sqrt(var) : 0) / mean }' "$1"
}
# one field of each of hyperfine's results (median: wall time, user, system: mean CPU times),
# in s, from its JSON export, in command order
hf_values() { # JSON FIELD COUNT
    tr ',' '\n' <"$1" | sed -n "s/.*\"$2\": *\([0-9.e-]*\).*/\1/p" | head -n "$3"
}

# ==== libFLAC ===================================================================================
integrate_libflac() {
    src=$work/src/flac-1.4.2+ds
    fetch_source flac=1.4.2+ds-2 "$src"
    # the per-frame queue of --multi, with Debian's flags like the rest of libFLAC
    # shellcheck disable=SC2046 # the flags are words
    cc $(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS) -Iinclude \
        -c integrations/lpcu_frame.c -o "$work/lpcu_frame-flac.o"
    echo "== building flac 1.4.2 from Debian's source: stock, lpcunroll, lpcunroll-multi"
    stock=$(build_flac stock stock)
    lpcu=$(build_flac lpcunroll plain)
    multi=$(build_flac lpcunroll-multi multi)
    for b in "$lpcu" "$multi"; do
        nm "$b" | grep -q ' T lpcu_restore_signal$' ||
            { echo "integrate.sh: $b has no lpcunroll in it" >&2; exit 1; }
    done
    nm "$multi" | grep -q ' T lpcu_frame_defer$' ||
        { echo "integrate.sh: $multi has no per-frame restore in it" >&2; exit 1; }

    make_corpus "$stock"
    verify_libflac
    bench_libflac
}

# A build directory DIR: a copy of the source SRC, edited by integrations/DECODER/redirect.sh
# (with --multi for KIND multi) unless KIND is stock. Returns 1 if DIR is built already.
prepare_tree() { # SRC DIR DECODER KIND PRODUCT
    [ -x "$2/$5" ] && return 1
    rm -rf "$2"
    cp -a "$1" "$2"
    case $4 in
    multi) "integrations/$3/redirect.sh" --multi "$2" >&2 ;;
    plain) "integrations/$3/redirect.sh" "$2" >&2 ;;
    encoder) "integrations/$3/redirect-encoder.sh" "$2" >&2 ;;
    esac
    return 0
}
# Runs the rest of the arguments in DIR, logging to DIR.log; stops the script if they fail.
run_build() { # DIR COMMAND...
    b_dir=$1
    shift
    if ! (cd "$b_dir" && "$@") >"$b_dir.log" 2>&1; then
        tail -n 20 "$b_dir.log" >&2
        echo "integrate.sh: building $b_dir failed (log: $b_dir.log)" >&2
        exit 1
    fi
}

flac_configure_make() { # in the tree; extra_cppflags and extra_libs: what lpcunroll adds
    CFLAGS="$(dpkg-buildflags --get CFLAGS)" \
        CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS) $extra_cppflags" \
        LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" LIBS="$extra_libs" \
        ./configure --disable-shared --enable-static --disable-ogg --disable-cpplibs \
        --disable-doxygen-docs --disable-examples &&
        make -j "$(nproc)" -C src/share &&
        make -j "$(nproc)" -C src/libFLAC &&
        make -j "$(nproc)" -C src/flac
}
build_flac() { # NAME stock|plain|multi|encoder
    dir=$work/flac-$1
    if prepare_tree "$src" "$dir" libflac "$2" src/flac/flac; then
        extra_cppflags=""
        extra_libs=""
        if [ "$2" = encoder ]; then # the fixed predictor's estimates call log()
            extra_cppflags="-I$root/include -I$root/integrations/libflac"
            extra_libs="$work/lpcunroll/liblpcunroll.a -lm"
        elif [ "$2" != stock ]; then
            extra_cppflags="-I$root/include -I$root/integrations"
            extra_libs="$work/lpcu_frame-flac.o $work/lpcunroll/liblpcunroll.a"
        fi
        run_build "$dir" flac_configure_make
    fi
    echo "$dir/src/flac/flac"
}

# ---- verification: the same bytes and the same exit status ------------------------------------
# Decodes every corpus file with each build (DECODE BUILD FILE writes the output to stdout)
# and stops unless all give stock's bytes and exit status, and none crashes.
verify_builds() { # LABEL DECODE STOCK OTHER...
    v_label=$1 v_decode=$2 v_stock=$3
    shift 3
    echo "== verifying: the three ${v_label}builds decode every file of the corpus alike"
    files=0
    for f in "$corpus"/*.flac; do
        set +e
        "$v_decode" "$v_stock" "$f" >"$work/a.out" 2>/dev/null
        sa=$?
        set -e
        [ "$sa" -lt 128 ] || { echo "integrate.sh: $v_stock died on $f (exit $sa)" >&2; exit 1; }
        for b in "$@"; do
            set +e
            "$v_decode" "$b" "$f" >"$work/b.out" 2>/dev/null
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
    echo "$files files: byte-identical output and exit status from all three ${v_label}builds"
}
flac_decode() { # FLAC FILE: flac -d, keeping on through errors (-F)
    "$1" -d -F -s -c "$2"
}
verify_libflac() {
    verify_builds "" flac_decode "$stock" "$lpcu" "$multi"
}

# ---- benchmark ---------------------------------------------------------------------------------
bench_libflac() {
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
            meds=$(hf_values "$work/h.json" median 3)
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
}

# ==== libFLAC's encoder ============================================================================
integrate_encoder() {
    src=$work/src/flac-1.4.2+ds
    fetch_source flac=1.4.2+ds-2 "$src"
    echo "== building flac 1.4.2 from Debian's source: stock, lpcunroll-encoder"
    stock=$(build_flac stock stock)
    enc=$(build_flac lpcunroll-encoder encoder)
    for fn in lpcu_compute_residual lpcu_compute_autocorrelation lpcu_fixed_compute_best_predictor; do
        nm "$enc" | grep -q " T $fn\$" ||
            { echo "integrate.sh: $enc has no $fn in it" >&2; exit 1; }
    done
    cc -std=c99 -O2 -Wall -Wextra -Werror integrations/make_pcm.c -o "$work/make_pcm" -lm
    verify_encoder
    bench_encoder
}

# Raw PCM of the encoder corpus, made once: NAME BITS CHANNELS RATE SECONDS
enc_pcm() {
    p_file=$work/pcm/$1.raw
    mkdir -p "$work/pcm"
    [ -f "$p_file" ] ||
        "$work/make_pcm" "$2" "$3" "$4" "$5" "$(printf '%s' "$1" | cksum | cut -d' ' -f1)" \
            >"$p_file"
    echo "$p_file"
}
# flac's options for make_pcm's raw PCM: BITS CHANNELS RATE (12 and 20 bits come as wasted bits
# of 16 and 24)
raw_opts() {
    echo "--force-raw-format --endian=little --sign=signed --channels=$2 --bps=$((($1 + 7) / 8 * 8)) --sample-rate=$3"
}
# flac encoding raw PCM (IN may be - for stdin): FLAC BITS CHANNELS RATE IN OUT OPTIONS...
enc_run() {
    r_flac=$1 r_bits=$2 r_ch=$3 r_rate=$4 r_in=$5 r_out=$6
    shift 6
    # shellcheck disable=SC2046 # raw_opts prints one option per word
    "$r_flac" -s -f $(raw_opts "$r_bits" "$r_ch" "$r_rate") "$@" -o "$r_out" "$r_in"
}
# One input encoded by both builds with the same options; stops unless the files are equal.
enc_same() { # NAME BITS CHANNELS RATE SECONDS OPTIONS...
    s_name=$1 s_bits=$2 s_ch=$3 s_rate=$4
    s_in=$(enc_pcm "$1" "$2" "$3" "$4" "$5")
    shift 5
    enc_run "$stock" "$s_bits" "$s_ch" "$s_rate" "$s_in" "$work/a.flac" "$@"
    enc_run "$enc" "$s_bits" "$s_ch" "$s_rate" "$s_in" "$work/b.flac" "$@"
    if ! cmp -s "$work/a.flac" "$work/b.flac"; then
        echo "integrate.sh: $s_name encoded with $*: lpcunroll's file differs from stock's" >&2
        exit 1
    fi
    encodes=$((encodes + 1))
}
verify_encoder() {
    echo "== verifying: stock and lpcunroll flac encode every input to the same bytes"
    encodes=0
    for bits in 8 12 16 20 24 32; do
        for level in 0 3 5 8; do enc_same "b$bits-c2" "$bits" 2 48000 2 "-$level"; done
        enc_same "b$bits-c2" "$bits" 2 48000 2 -8 -l 32 --lax
        enc_same "b$bits-c2" "$bits" 2 48000 2 -8 -e -p -l 16 --lax
    done
    for ch in 1 6 8; do
        enc_same "b16-c$ch" 16 "$ch" 44100 2 -8
        enc_same "b24-c$ch" 24 "$ch" 48000 2 -8 -l 32 --lax
    done
    enc_same b16-c2 16 2 48000 2 -8 -b 16 --lax
    enc_same b24-c2 24 2 48000 2 -8 -l 32 -b 65535 --lax
    enc_same b32-c2 32 2 48000 2 -8 -l 32 -b 65535 --lax
    echo "$encodes encodes: byte-identical files from both builds"
}

# The CPU in one line: model name, family and model, and whether it has AVX-512 (lpcunroll's
# widest kernels) and FMA (libFLAC's autocorrelation variants)
cpu_line() {
    awk -F': *' '/^model name/ && !m { m = $2 } /^cpu family/ && !f { f = $2 }
        /^model\t/ && !n { n = $2 } /^flags/ && !g { g = $2 }
        END { printf "%s (family %s, model %s; %s, %s)", m, f, n,
              g ~ /avx512f/ ? "AVX-512" : "no AVX-512", g ~ / fma / ? "FMA" : "no FMA" }' /proc/cpuinfo
}
bench_encoder() {
    echo "== timing flac, stock against lpcunroll (hyperfine, pinned to one core)"
    if [ "$quick" = --quick ]; then esecs=4 rounds=2; else esecs=60 rounds=5; fi
    results=bench/results/integration-libflac-encoder.md
    {
        echo "# libFLAC 1.4.2's encoder with lpcunroll: flac, stock against lpcunroll"
        echo
        echo "\`scripts/integrate.sh encoder$([ "$quick" = --quick ] && echo " --quick")\`: flac 1.4.2+ds-2 from Debian's source, both"
        echo "builds with \`dpkg-buildflags\` (gcc $(gcc -dumpfullversion)); \"lpcunroll\": stream_encoder.c edited by"
        echo "integrations/libflac/redirect-encoder.sh (LPC residual, autocorrelation, fixed predictor)."
        echo "$esecs s of generated music-like stereo per input ($((esecs / 4)) s for -e -p), encoded from raw PCM"
        echo "to a file; pinned to CPU 1, $((rounds * 2)) runs per build in rounds of 2 (one warm-up each), the"
        echo "builds' order alternating: the median wall time and the mean CPU time (user + system); load"
        echo "average before timing: $(cut -d' ' -f1-3 /proc/loadavg). CPU: $(cpu_line)."
        echo "Verified on $encodes encodes (8-32 bits, 1-8 channels, -0 to -8, -l 32, -e -p, block"
        echo "sizes 16 and 65535): byte-identical files from both builds."
        echo
        echo "| input | options | stock ms | lpcunroll ms | speed-up | stock CPU ms | lpcunroll CPU ms | CPU speed-up |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|"
    } >"$results.tmp"
    for bits in 16 24; do
        rate=48000
        [ "$bits" = 16 ] && rate=44100
        for opts in "-8" "-8 -l 32 --lax" "-8 -e -p"; do
            secs_here=$esecs
            [ "$opts" = "-8 -e -p" ] && secs_here=$((esecs / 4))
            in=$(enc_pcm "music-b$bits-${secs_here}s" "$bits" 2 "$rate" "$secs_here")
            : >"$work/runs"
            r=0
            while [ "$r" -lt "$rounds" ]; do
                set --
                for k in 0 1; do
                    if [ $(((r + k) % 2)) = 0 ]; then b_name=stock b_bin=$stock; else b_name=lpcunroll b_bin=$enc; fi
                    set -- "$@" -n "$b_name" "taskset -c 1 $b_bin -s -f \
$(raw_opts "$bits" 2 "$rate") $opts -o $work/$b_name.flac $in"
                done
                hyperfine -N --warmup 1 --runs 2 --export-json "$work/h.json" "$@" \
                    >/dev/null 2>&1 </dev/null
                hf_runs "$work/h.json" >>"$work/runs"
                r=$((r + 1))
            done
            for b in stock lpcunroll; do hf_summary "$work/runs" "$b"; done | tr '\n' ' ' |
                awk -v n="b$bits ${secs_here}s" -v o="$opts" '{
                    printf "| %s | %s | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |\n",
                        n, o, $1 * 1000, $4 * 1000, $1 / $4, $2 * 1000, $5 * 1000, $2 / $5 }' \
                >>"$results.tmp"
        done
    done
    awk -F'|' '$6 + 0 > 0 { o = $3; gsub(/^ +| +$/, "", o); l[o] += log($6); c[o] += log($9); n[o]++ }
        END { printf "\nGeomean speed-up over stock (16- and 24-bit):"
              for (o in n) printf " %s %.2fx (CPU %.2fx);", o, exp(l[o] / n[o]), exp(c[o] / n[o])
              printf "\n" }' "$results.tmp" >"$results.tmp.g"
    cat "$results.tmp.g" >>"$results.tmp"
    rm -f "$results.tmp.g"
    mv "$results.tmp" "$results"
    cat "$results"
}

# ==== FFmpeg ====================================================================================
# FFmpeg's own flags come from its configure; Debian's packages add the hardened toolchain. Only
# the FLAC decoder, its demuxer and parser, file and pipe input, and raw PCM output are built.
ffmpeg_configure="--toolchain=hardened --disable-stripping --disable-autodetect
    --disable-everything --disable-doc --disable-programs --enable-ffmpeg
    --enable-decoder=flac --enable-demuxer=flac --enable-parser=flac --enable-protocol=file,pipe
    --enable-muxer=pcm_s16le,pcm_s32le --enable-encoder=pcm_s16le,pcm_s32le
    --enable-filter=aresample,aformat,anull"
# what --toolchain=hardened compiles FFmpeg's C with, for the wrappers linked into it
ffmpeg_cflags="-std=c99 -O3 -fno-strict-overflow -fstack-protector-all -fPIE"

integrate_ffmpeg() {
    ffsrc=$work/src/ffmpeg-5.1.9
    fetch_source ffmpeg=7:5.1.9-0+deb12u1 "$ffsrc"
    # the wrappers and the per-frame queue of --multi, with FFmpeg's flags
    # shellcheck disable=SC2086 # the flags are words
    cc $ffmpeg_cflags -Wall -Wextra -Iinclude -Iintegrations \
        -c integrations/ffmpeg/lpcu_ffmpeg.c -o "$work/lpcu_ffmpeg.o"
    # shellcheck disable=SC2086 # the flags are words
    cc $ffmpeg_cflags -Wall -Wextra -Iinclude -c integrations/lpcu_frame.c \
        -o "$work/lpcu_frame-ffmpeg.o"
    echo "== building FFmpeg 5.1.9 (FLAC decoder only) from Debian's source: stock, lpcunroll, lpcunroll-multi"
    ff_stock=$(build_ffmpeg stock stock)
    ff_lpcu=$(build_ffmpeg lpcunroll plain)
    ff_multi=$(build_ffmpeg lpcunroll-multi multi)
    for b in "$ff_lpcu" "$ff_multi"; do
        nm "$b" | grep -q ' T lpcu_restore_signal$' ||
            { echo "integrate.sh: $b has no lpcunroll in it" >&2; exit 1; }
    done
    nm "$ff_multi" | grep -q ' T lpcu_frame_defer$' ||
        { echo "integrate.sh: $ff_multi has no per-frame restore in it" >&2; exit 1; }

    # the corpus libflac's stock flac encodes, or Debian's flac (the same 1.4.2) without it
    if [ -x "$work/flac-stock/src/flac/flac" ]; then
        make_corpus "$work/flac-stock/src/flac/flac"
    else
        make_corpus flac
    fi
    verify_ffmpeg
    bench_ffmpeg
}

ffmpeg_configure_make() { # in the tree; extra_cflags and extra_libs: what lpcunroll adds
    # shellcheck disable=SC2086 # the options are words
    ./configure $ffmpeg_configure --extra-cflags="$extra_cflags" --extra-libs="$extra_libs" &&
        make -j "$(nproc)"
}
build_ffmpeg() { # NAME stock|plain|multi
    dir=$work/ffmpeg-$1
    if prepare_tree "$ffsrc" "$dir" ffmpeg "$2" ffmpeg; then
        extra_cflags=""
        extra_libs=""
        if [ "$2" != stock ]; then
            extra_cflags="-I$root/integrations/ffmpeg -I$root/integrations"
            extra_libs="$work/lpcu_ffmpeg.o $work/lpcu_frame-ffmpeg.o $work/lpcunroll/liblpcunroll.a"
        fi
        run_build "$dir" ffmpeg_configure_make
    fi
    echo "$dir/ffmpeg"
}

# ffmpeg -threads 1 decoding FILE to raw PCM on stdout
ffmpeg_decode() { # FFMPEG FILE FORMAT
    "$1" -nostdin -v quiet -threads 1 -i "$2" -f "$3" -
}

# s32le keeps every bit of every depth FFmpeg 5.1 decodes (it decodes 17-32 bits to s32)
ffmpeg_decode_s32() { # FFMPEG FILE
    ffmpeg_decode "$1" "$2" s32le
}
verify_ffmpeg() {
    verify_builds "FFmpeg " ffmpeg_decode_s32 "$ff_stock" "$ff_lpcu" "$ff_multi"
}

bench_ffmpeg() {
    echo "== timing ffmpeg -threads 1, stock against lpcunroll (hyperfine, pinned to one core)"
    if [ "$quick" = --quick ]; then rounds=2; else rounds=7; fi
    runs=$((rounds * 3))
    results=bench/results/integration-ffmpeg.md
    {
        echo "# FFmpeg 5.1.9 with lpcunroll: ffmpeg -threads 1, stock against lpcunroll"
        echo
        echo "\`scripts/integrate.sh ffmpeg$([ "$quick" = --quick ] && echo " --quick")\`: ffmpeg 5.1.9-0+deb12u1 from Debian's source, all three"
        echo "builds configured alike for the FLAC decoder alone (\`--toolchain=hardened\` as Debian's"
        echo "package, FFmpeg's own -O3, nasm for its x86 assembly; gcc $(gcc -dumpfullversion)); \"lpcunroll\": the lpc16,"
        echo "lpc32 and FIXED restores of libavcodec/flacdec.c redirected; \"multi\": a frame's LPC subframes"
        echo "queued and restored with one multi call per family (integrations/ffmpeg/redirect.sh --multi)."
        echo "$secs s of generated music-like stereo per file; \`ffmpeg -nostdin -v quiet -threads 1 -i FILE"
        echo "-f s16le|s32le - > /dev/null\` (the decoder's own sample format) pinned to CPU 1, $runs runs"
        echo "per build in rounds of 3 (one warm-up each), the builds' order rotating from round to round:"
        echo "the median wall time, and the mean CPU time (user + system), which other processes on the"
        echo "same core inflate less; load average before timing:"
        echo "$(cut -d' ' -f1-3 /proc/loadavg). Verified on $files files (8-32 bits, 1-8 channels, block sizes"
        echo "16-65535, corrupted copies), decoded to s32le: the same bytes and exit status from all three"
        echo "builds."
        echo
        echo "| file | stock ms | lpcunroll ms | multi ms | lpcunroll speed-up | multi speed-up | stock CPU ms | lpcunroll CPU ms | multi CPU ms | lpcunroll CPU speed-up | multi CPU speed-up |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    } >"$results.tmp"
    : >"$work/spread"
    for f in "$corpus"/music-*-"${secs}s".flac; do
        name=$(basename "$f" "-${secs}s.flac")
        case $name in
        music-b16-*) fmt=s16le ;;
        *) fmt=s32le ;;
        esac
        # rounds of 3 runs per build, the builds' order rotating, so that load from other
        # processes, which comes and goes, falls on all three alike
        : >"$work/runs"
        r=0
        while [ "$r" -lt "$rounds" ]; do
            set --
            for k in 0 1 2; do
                case $(((r + k) % 3)) in
                0) b_name=stock b_bin=$ff_stock ;;
                1) b_name=lpcunroll b_bin=$ff_lpcu ;;
                *) b_name=multi b_bin=$ff_multi ;;
                esac
                set -- "$@" -n "$b_name" \
                    "taskset -c 1 $b_bin -nostdin -v quiet -threads 1 -i $f -f $fmt -"
            done
            hyperfine -N --warmup 1 --runs 3 --export-json "$work/h.json" "$@" \
                >/dev/null 2>&1 </dev/null
            hf_runs "$work/h.json" >>"$work/runs"
            r=$((r + 1))
        done
        for b in stock lpcunroll multi; do hf_summary "$work/runs" "$b"; done | tr '\n' ' ' |
            awk -v n="$name" -v spread="$work/spread" '{
                printf "| %s | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %.1f | %.1f | %.2f | %.2f |\n",
                    n, $1 * 1000, $4 * 1000, $7 * 1000, $1 / $4, $1 / $7,
                    $2 * 1000, $5 * 1000, $8 * 1000, $2 / $5, $2 / $8
                printf "%s\n%s\n%s\n", $3, $6, $9 >>spread }' >>"$results.tmp"
    done
    awk -F'|' '$6 + 0 > 0 && $7 + 0 > 0 && $11 + 0 > 0 && $12 + 0 > 0 {
            l += log($6); m += log($7); lc += log($11); mc += log($12); n++ }
        END { printf "\nGeomean speed-up over stock: lpcunroll %.2fx, multi %.2fx (wall); lpcunroll %.2fx, multi %.2fx (CPU).\n",
              exp(l / n), exp(m / n), exp(lc / n), exp(mc / n) }' "$results.tmp" >"$results.tmp.g"
    awk '{ s += $1; n++ } END { printf "Noise: the wall times'"'"' standard deviation is %.1f%% of their mean, averaged over the %d file-build pairs.\n", 100 * s / n, n }' \
        "$work/spread" >>"$results.tmp.g"
    cat "$results.tmp.g" >>"$results.tmp"
    rm -f "$results.tmp.g"
    [ "$quick" = --quick ] || bench_ffmpeg_kernels >>"$results.tmp"
    mv "$results.tmp" "$results"
    cat "$results"
}

# In process: FFmpeg's lpc16/lpc32 (C, and the x86 assembly FFmpeg picks here) from the stock
# build's libavcodec.a, beside libFLAC's and lpcunroll's, per order (bench/bench_ffmpeg.c)
bench_ffmpeg_kernels() {
    lpcu_need_packages libflac-dev libogg-dev >&2
    cmake -S . -B "$work/bench" -DCMAKE_BUILD_TYPE=Release -DLPCU_BUILD_TESTS=OFF \
        -DLPCU_FFMPEG_BUILD="$work/ffmpeg-stock" >/dev/null
    cmake --build "$work/bench" -j "$(nproc)" --target lpcu-bench >/dev/null
    echo
    taskset -c 1 "$work/bench/bench/lpcu-bench" --inputs ffmpeg --csv "$work/ffmpeg-kernels.csv" |
        sed -e 's/^#/##/' \
            -e 's/^## lpcu-bench results$/## In process: FFmpeg'"'"'s restore kernels (lpcu-bench --inputs ffmpeg)/'
}

case "$what" in
libflac) integrate_libflac ;;
encoder) integrate_encoder ;;
ffmpeg) integrate_ffmpeg ;;
all)
    integrate_libflac
    integrate_encoder
    integrate_ffmpeg
    ;;
esac
