/* SPDX-License-Identifier: MIT */
/*
 * The fixed-predictor restore (FLAC FIXED subframes, orders 0-4): every generated kernel of
 * every ISA this CPU runs, the public (dispatched) functions and the rolled loops, bit for bit
 * against libFLAC 1.4.2's FLAC__fixed_restore_signal, _wide and _wide_33bit, and against a
 * third opinion computed here in 64-bit arithmetic:
 *   - synthetic signals in the domain where libFLAC's decoder calls each function (narrow:
 *     subframe bps + order <= 32; wide: bps <= 32; wide33: the 33-bit side channel), every
 *     length from 0 to well past three SIMD steps, then 4096 and 65535; guard words on both
 *     sides of every output (poisoned under AddressSanitizer), residuals in exact-size blocks;
 *   - the narrow family on full-range inputs, where it wraps around: libFLAC's _wide is the
 *     oracle there, its 64-bit sums having the same low 32 bits;
 *   - the FIXED subframes of libFLAC encodes at compression levels 0, 1 and 2 (16-, 24- and
 *     32-bit stereo), restored with the family libFLAC's decoder picks and checked against the
 *     decoded signal;
 *   - buffers against PROT_NONE pages, at both ends, for every kernel and entry point: a
 *     vector access past either end faults even where it is partly in bounds (which ASan's
 *     shadow can miss);
 *   - an order above 4 writes nothing.
 * Seeds are printed; LPCU_TEST_SEED reproduces a run.
 */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */

#include "test_util.h"

#include "flac_membuf.h"
#include "page_region.h"

#include <math.h>

#include <FLAC/stream_decoder.h>
#include <FLAC/stream_encoder.h>

#if defined(__SANITIZE_ADDRESS__)
#define FIXED_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FIXED_ASAN 1
#endif
#endif
#ifdef FIXED_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) __asan_poison_memory_region((p), (n))
#define UNPOISON(p, n) __asan_unpoison_memory_region((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define ORDERS (LPCU_FIXED_MAX_ORDER + 1)
/* Every length 0..SHORT_MAX: three times the widest SIMD step (64 samples of 32-bit lanes,
   counting unrolling generously) plus one, and more. */
#define SHORT_MAX 200
#define LONG_LEN 4096
#define LONGEST_LEN 65535
#define LONG_BPS_PER_ORDER 3 /* random bit depths per family and order at the long lengths */
/* wide33 samples stay below this magnitude so that libFLAC's 64-bit sums cannot overflow;
   a case that would leave it is cut short there. */
#define WIDE33_LIMIT (INT64_C(1) << 40)

static const int32_t fixed_coeff[ORDERS][LPCU_FIXED_MAX_ORDER] = {
    {0, 0, 0, 0}, {1, 0, 0, 0}, {2, -1, 0, 0}, {3, -3, 1, 0}, {4, -6, 4, -1}};

static int64_t clamp64(int64_t v, int64_t lo, int64_t hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* ---- one restore, any candidate ----------------------------------------------------------- */

enum candidate_kind { CAND_LIBFLAC, CAND_ROLLED, CAND_PUBLIC, CAND_KERNEL };

struct candidate {
    enum candidate_kind kind;
    const struct manifest_row *kernel;
    int flac_wide; /* CAND_LIBFLAC on the narrow family: call libFLAC's _wide instead */
};

static void call_candidate(const struct candidate *c, enum lpcu_family fam, uint32_t order,
                           const int32_t *res, uint32_t len, void *data)
{
    int32_t *d32 = data;
    int64_t *d64 = data;
    switch (c->kind) {
    case CAND_LIBFLAC:
        if (fam == LPCU_FAMILY_narrow && !c->flac_wide)
            FLAC__fixed_restore_signal(res, len, order, d32);
        else if (fam != LPCU_FAMILY_wide33)
            FLAC__fixed_restore_signal_wide(res, len, order, d32);
        else
            FLAC__fixed_restore_signal_wide_33bit(res, len, order, d64);
        break;
    case CAND_ROLLED:
        if (fam == LPCU_FAMILY_narrow)
            lpcu_fixed_restore_signal_rolled(res, len, order, d32);
        else if (fam == LPCU_FAMILY_wide)
            lpcu_fixed_restore_signal_wide_rolled(res, len, order, d32);
        else
            lpcu_fixed_restore_signal_wide_33bit_rolled(res, len, order, d64);
        break;
    case CAND_PUBLIC:
        if (fam == LPCU_FAMILY_narrow)
            lpcu_fixed_restore_signal(res, len, order, d32);
        else if (fam == LPCU_FAMILY_wide)
            lpcu_fixed_restore_signal_wide(res, len, order, d32);
        else
            lpcu_fixed_restore_signal_wide_33bit(res, len, order, d64);
        break;
    case CAND_KERNEL:
        if (fam == LPCU_FAMILY_wide33)
            ((lpcu_fixed64_fn)c->kernel->fn)(res, len, d64);
        else
            ((lpcu_fixed32_fn)c->kernel->fn)(res, len, d32);
        break;
    }
}

static const char *candidate_name(const struct candidate *c, char *buf, size_t size)
{
    static const char *const names[] = {"libFLAC", "rolled", "public (dispatched)"};
    if (c->kind != CAND_KERNEL)
        return names[c->kind];
    snprintf(buf, size, "kernel %s/%s/o%u", lpcu_family_names[c->kernel->family], c->kernel->isa,
             c->kernel->order);
    return buf;
}

/* What a check compares against: the warm-up and the exact result, order + len values. */
struct expectation {
    enum lpcu_family family;
    uint32_t order;
    const int32_t *residual;
    const int64_t *expected; /* expected[0 .. order-1]: warm-up, then data[0 ..] */
    const char *what;        /* for messages */
};

static unsigned long long mismatches, runs;

/*
 * Runs one candidate on `len` samples in a fresh buffer with guard words on both sides (also
 * poisoned, so that AddressSanitizer reports a read of them) and a residual copy of exactly
 * `len` words, then compares the whole buffer: guards, warm-up and output.
 */
static void check_candidate(const struct candidate *cand, const struct expectation *e, uint32_t len)
{
    const int w64 = e->family == LPCU_FAMILY_wide33;
    const size_t width = w64 ? sizeof(int64_t) : sizeof(int32_t);
    const size_t words = TEST_GUARD_WORDS + e->order + len + TEST_GUARD_WORDS;
    unsigned char *buf = malloc(words * width);
    int32_t *res = malloc(sizeof(int32_t) * (len ? len : 1));
    assert_non_null(buf);
    assert_non_null(res);
    memcpy(res, e->residual, sizeof(int32_t) * len);
    for (size_t w = 0; w < words; w++) {
        const size_t s = w - TEST_GUARD_WORDS;
        const int warm = w >= TEST_GUARD_WORDS && s < e->order;
        if (w64)
            ((int64_t *)buf)[w] = warm ? e->expected[s] : (int64_t)TEST_GUARD_64;
        else
            ((int32_t *)buf)[w] = warm ? (int32_t)e->expected[s] : (int32_t)TEST_GUARD_32;
    }
    unsigned char *data = buf + (TEST_GUARD_WORDS + e->order) * width;
    POISON(buf, TEST_GUARD_WORDS * width);
    POISON(data + len * width, TEST_GUARD_WORDS * width);
    call_candidate(cand, e->family, e->order, res, len, data);
    UNPOISON(buf, words * width);
    runs++;

    for (size_t w = 0; w < words; w++) {
        const size_t s = w - TEST_GUARD_WORDS;
        const int inside = w >= TEST_GUARD_WORDS && s < e->order + len;
        int64_t got, want;
        if (w64) {
            got = ((int64_t *)buf)[w];
            want = inside ? e->expected[s] : (int64_t)TEST_GUARD_64;
        } else {
            got = ((int32_t *)buf)[w];
            want = inside ? (int32_t)e->expected[s] : (int32_t)TEST_GUARD_32;
        }
        if (got != want) {
            char name[64];
            if (mismatches++ < 10)
                print_error("MISMATCH %s: %s, family %s order %u len %u: word %ld (%s) is %lld, "
                            "expected %lld\n",
                            candidate_name(cand, name, sizeof name), e->what,
                            lpcu_family_names[e->family], e->order, len,
                            (long)w - (long)(TEST_GUARD_WORDS + e->order),
                            inside ? "output" : "guard", (long long)got, (long long)want);
            break;
        }
    }
    free(buf);
    free(res);
}

/* libFLAC (if `flac`), the rolled loop, the public function and every kernel of the family
   and order that this CPU runs. */
static void check_all(const struct expectation *e, uint32_t len, int flac, int flac_wide)
{
    struct candidate c = {CAND_LIBFLAC, NULL, flac_wide};
    if (flac)
        check_candidate(&c, e, len);
    c.kind = CAND_ROLLED;
    check_candidate(&c, e, len);
    c.kind = CAND_PUBLIC;
    check_candidate(&c, e, len);
    c.kind = CAND_KERNEL;
    for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
        c.kernel = &manifest_rows[k];
        if (c.kernel->kind == LPCU_KIND_fixed && c.kernel->family == e->family &&
            c.kernel->order == e->order && test_kernel_runs(c.kernel))
            check_candidate(&c, e, len);
    }
}

/* ---- synthetic cases ---------------------------------------------------------------------- */

/*
 * A bps-bit signal that alternates, in random runs, between uniform noise (large residuals),
 * a drifting smooth curve (small residuals of every order) and a held value (zero ones).
 */
static void make_target(int bps, uint32_t n, int64_t *out)
{
    const int64_t lo = -(INT64_C(1) << (bps - 1)), hi = (INT64_C(1) << (bps - 1)) - 1;
    const int slope_bits = bps < 10 ? bps : 10;
    int64_t v = test_rand_range(lo, hi), slope = 0;
    int mode = 0;
    for (uint32_t i = 0; i < n; i++) {
        if ((test_rand64() & 31) == 0)
            mode = (int)(test_rand64() % 3);
        if (mode == 0) {
            v = test_rand_range(lo, hi);
        } else if (mode == 1) {
            slope = clamp64(slope + test_rand_bits(slope_bits), lo / 64, hi / 64);
            v += slope;
            if (v < lo || v > hi) {
                v = clamp64(v, lo, hi);
                slope = -slope;
            }
        }
        out[i] = v;
    }
}

/*
 * A case: warm-up and target from make_target, residual[i] = target - prediction (exact; in
 * libFLAC's narrow domain it always fits 32 bits, elsewhere it is clamped to them), and the
 * result of the family's arithmetic computed here. wide33 cases stop where samples would
 * pass WIDE33_LIMIT. Returns the number of samples; expected holds order + that many.
 */
static uint32_t make_case(enum lpcu_family fam, uint32_t order, int bps, uint32_t len,
                          int32_t *residual, int64_t *expected)
{
    int64_t *x = expected + order;
    make_target(bps, order + len, expected);
    for (uint32_t i = 0; i < len; i++) {
        int64_t pred = 0;
        for (uint32_t j = 0; j < order; j++)
            pred += fixed_coeff[order][j] * x[(int64_t)i - j - 1];
        const int64_t r = clamp64(x[i] - pred, INT32_MIN, INT32_MAX);
        int64_t v = pred + r;
        if (fam == LPCU_FAMILY_narrow && bps + (int)order <= 32)
            assert_true(v == x[i]); /* in libFLAC's domain nothing is clamped */
        if (fam == LPCU_FAMILY_wide33 && (v >= WIDE33_LIMIT || v <= -WIDE33_LIMIT))
            return i;
        if (fam != LPCU_FAMILY_wide33)
            v = (int32_t)(uint32_t)(uint64_t)v; /* the 32-bit families keep the low 32 bits */
        residual[i] = (int32_t)r;
        x[i] = v;
    }
    return len;
}

/* Bit depths per family: narrow inside libFLAC's domain for it, the others anything. */
static int bps_ok(enum lpcu_family fam, uint32_t order, int bps)
{
    if (fam == LPCU_FAMILY_narrow)
        return bps + (int)order <= 32;
    return fam == LPCU_FAMILY_wide33 ? bps <= 33 : bps <= 32;
}

static const int bps_list[] = {4, 8, 12, 16, 20, 24, 28, 29, 30, 31, 32, 33};
#define N_BPS (sizeof bps_list / sizeof bps_list[0])

static void domain_sweep(enum lpcu_family fam)
{
    int32_t *residual = malloc(sizeof(int32_t) * LONGEST_LEN);
    int64_t *expected = malloc(sizeof(int64_t) * (ORDERS + LONGEST_LEN));
    unsigned long long samples = 0;
    assert_non_null(residual);
    assert_non_null(expected);
    test_rng_state = test_seed(lpcu_family_names[fam]);
    mismatches = runs = 0;
    for (uint32_t order = 0; order < ORDERS; order++) {
        struct expectation e = {fam, order, residual, expected, "synthetic"};
        /* every length up to SHORT_MAX, on one case per bit depth */
        for (size_t b = 0; b < N_BPS; b++) {
            if (!bps_ok(fam, order, bps_list[b]))
                continue;
            const uint32_t n = make_case(fam, order, bps_list[b], SHORT_MAX, residual, expected);
            for (uint32_t len = 0; len <= n; len++)
                check_all(&e, len, 1, 0);
            samples += n;
        }
        /* the long lengths, on a few random bit depths */
        for (int k = 0; k < 2 * LONG_BPS_PER_ORDER; k++) {
            const uint32_t len = k % 2 ? LONGEST_LEN : LONG_LEN;
            int bps;
            do
                bps = bps_list[test_rand64() % N_BPS];
            while (!bps_ok(fam, order, bps));
            const uint32_t n = make_case(fam, order, bps, len, residual, expected);
            check_all(&e, n, 1, 0);
            samples += n;
        }
    }
    printf("%s: %llu samples, %llu runs, %llu mismatches\n", lpcu_family_names[fam], samples, runs,
           mismatches);
    assert_true(samples > (unsigned long long)ORDERS * LONG_BPS_PER_ORDER * LONGEST_LEN / 4);
    assert_int_equal(mismatches, 0);
    free(residual);
    free(expected);
}

static void test_domain_narrow(void **state)
{
    (void)state;
    domain_sweep(LPCU_FAMILY_narrow);
}
static void test_domain_wide(void **state)
{
    (void)state;
    domain_sweep(LPCU_FAMILY_wide);
}
static void test_domain_wide33(void **state)
{
    (void)state;
    domain_sweep(LPCU_FAMILY_wide33);
}

/* The narrow family outside libFLAC's domain: full-range warm-up and residuals, wrapping. */
static void test_narrow_wraparound(void **state)
{
    (void)state;
    int32_t residual[LONG_LEN];
    static int64_t expected[ORDERS + LONG_LEN];
    test_rng_state = test_seed("narrow wrap-around");
    mismatches = runs = 0;
    for (uint32_t order = 0; order < ORDERS; order++) {
        const struct expectation e = {LPCU_FAMILY_narrow, order, residual, expected, "full range"};
        for (uint32_t j = 0; j < order; j++)
            expected[j] = test_rand_bits(32);
        for (uint32_t i = 0; i < LONG_LEN; i++) {
            residual[i] = (int32_t)test_rand_bits(32);
            uint64_t sum = (uint64_t)(int64_t)residual[i];
            for (uint32_t j = 0; j < order; j++)
                sum += (uint64_t)(int64_t)fixed_coeff[order][j] *
                       (uint64_t)expected[order + i - j - 1];
            expected[order + i] = (int32_t)(uint32_t)sum;
        }
        for (uint32_t len = 0; len <= SHORT_MAX; len++)
            check_all(&e, len, 1, 1);
        check_all(&e, LONG_LEN, 1, 1);
    }
    printf("narrow wrap-around: %llu runs, %llu mismatches\n", runs, mismatches);
    assert_int_equal(mismatches, 0);
}

/* ---- page edges ---------------------------------------------------------------------------- */

/*
 * Every candidate of every family and order, lengths 0..SHORT_MAX, with residual[len-1] and
 * data[len-1] the last words before a PROT_NONE page ("end"), then residual[0] and
 * data[-order] the first words after one ("start"); for narrow and wide again in place
 * (residual == data, the residuals where the output goes). The results must match the rolled
 * loop's.
 */
static void test_page_edges(void **state)
{
    (void)state;
    const size_t bytes = (ORDERS + SHORT_MAX) * sizeof(int64_t);
    struct region rres, rdata;
    static int32_t residual[SHORT_MAX];
    static int64_t expected[ORDERS + SHORT_MAX];
    char what[160], name[64];
    region_map(&rres, bytes);
    region_map(&rdata, bytes);
    region_catch_faults();
    test_rng_state = test_seed("page edges");
    mismatches = runs = 0;
    for (int fam = 0; fam < LPCU_FAMILY_COUNT; fam++) {
        const size_t width = fam == LPCU_FAMILY_wide33 ? sizeof(int64_t) : sizeof(int32_t);
        for (uint32_t order = 0; order < ORDERS; order++) {
            const uint32_t n =
                make_case((enum lpcu_family)fam, order, 16, SHORT_MAX, residual, expected);
            const int modes = fam == LPCU_FAMILY_wide33 ? 1 : 2; /* in place: 32-bit samples */
            for (uint32_t len = 0; len <= n; len++) {
                for (int mode = 0; mode < 2 * modes; mode++) {
                    const int at_end = mode & 1, in_place = mode >> 1;
                    unsigned char *data =
                        at_end ? rdata.end - len * width : rdata.start + order * width;
                    int32_t *res = in_place ? (int32_t *)(void *)data
                                   : at_end ? (int32_t *)(void *)rres.end - len
                                            : (int32_t *)(void *)rres.start;
                    if (!in_place)
                        memcpy(res, residual, len * sizeof *res);
                    for (size_t c = 0; c < MANIFEST_ROW_COUNT + 2; c++) {
                        struct candidate cand = {CAND_KERNEL, NULL, 0};
                        if (c == MANIFEST_ROW_COUNT) {
                            cand.kind = CAND_ROLLED;
                        } else if (c == MANIFEST_ROW_COUNT + 1) {
                            cand.kind = CAND_PUBLIC;
                        } else {
                            cand.kernel = &manifest_rows[c];
                            if (cand.kernel->kind != LPCU_KIND_fixed ||
                                cand.kernel->family != (enum lpcu_family)fam ||
                                cand.kernel->order != order || !test_kernel_runs(cand.kernel))
                                continue;
                        }
                        snprintf(what, sizeof what, "%s, family %s order %u len %u at the %s%s",
                                 candidate_name(&cand, name, sizeof name), lpcu_family_names[fam],
                                 order, len, at_end ? "end" : "start",
                                 in_place ? ", in place" : "");
                        for (uint32_t j = 0; j < order + len; j++) /* warm-up, then clobber */
                            if (fam == LPCU_FAMILY_wide33)
                                ((int64_t *)(void *)data)[(long)j - (long)order] =
                                    j < order ? expected[j] : (int64_t)TEST_GUARD_64;
                            else
                                ((int32_t *)(void *)data)[(long)j - (long)order] =
                                    j < order ? (int32_t)expected[j] : (int32_t)TEST_GUARD_32;
                        if (in_place)
                            memcpy(res, residual, len * sizeof *res);
                        region_case = what;
                        call_candidate(&cand, (enum lpcu_family)fam, order, res, len, data);
                        region_case = "";
                        runs++;
                        for (uint32_t j = 0; j < order + len; j++) {
                            const int64_t got =
                                fam == LPCU_FAMILY_wide33
                                    ? ((int64_t *)(void *)data)[(long)j - (long)order]
                                    : ((int32_t *)(void *)data)[(long)j - (long)order];
                            const int64_t want =
                                fam == LPCU_FAMILY_wide33 ? expected[j] : (int32_t)expected[j];
                            if (got != want) {
                                if (mismatches++ < 10)
                                    print_error("MISMATCH %s: word %ld\n", what,
                                                (long)j - (long)order);
                                break;
                            }
                        }
                    }
                }
            }
        }
    }
    region_release_faults();
    region_unmap(&rres);
    region_unmap(&rdata);
    printf("page edges: %llu runs, %llu mismatches\n", runs, mismatches);
    assert_int_equal(mismatches, 0);
}

/* Orders above LPCU_FIXED_MAX_ORDER write nothing; the checks assert where NDEBUG is unset. */
static void test_bad_order_writes_nothing(void **state)
{
    (void)state;
#ifndef NDEBUG
    skip();
#else
    const int32_t residual[4] = {1, 2, 3, 4};
    const uint32_t bad[] = {LPCU_FIXED_MAX_ORDER + 1, 32, UINT32_MAX};
    for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
        int32_t buf[16];
        int64_t buf64[16];
        for (int w = 0; w < 16; w++) {
            buf[w] = (int32_t)TEST_GUARD_32;
            buf64[w] = (int64_t)TEST_GUARD_64;
        }
        lpcu_fixed_restore_signal(residual, 4, bad[b], buf + 8);
        lpcu_fixed_restore_signal_wide(residual, 4, bad[b], buf + 8);
        lpcu_fixed_restore_signal_rolled(residual, 4, bad[b], buf + 8);
        lpcu_fixed_restore_signal_wide_rolled(residual, 4, bad[b], buf + 8);
        lpcu_fixed_restore_signal_wide_33bit(residual, 4, bad[b], buf64 + 8);
        lpcu_fixed_restore_signal_wide_33bit_rolled(residual, 4, bad[b], buf64 + 8);
        for (int w = 0; w < 16; w++) {
            assert_int_equal(buf[w], (int32_t)TEST_GUARD_32);
            assert_int_equal(buf64[w], (int64_t)TEST_GUARD_64);
        }
    }
#endif
}

/* ---- FIXED subframes of libFLAC encodes --------------------------------------------------- */

#define CHANNELS 2u
#define ENC_SECONDS 1
#define MAX_LEVEL 2 /* levels 0-2 code with fixed predictors only */

struct decode_state {
    struct flac_membuf *stream;
    int32_t *const *pcm; /* what was encoded */
    size_t n, pos;       /* samples per channel, decoded so far */
    int64_t *expected;   /* one subframe: warm-up and signal */
    unsigned long by_family[LPCU_FAMILY_COUNT], by_order[ORDERS], errors, pcm_bad;
};

static FLAC__StreamDecoderReadStatus dec_read(const FLAC__StreamDecoder *dec, FLAC__byte buffer[],
                                              size_t *bytes, void *client)
{
    (void)dec;
    return flac_membuf_read(((struct decode_state *)client)->stream, buffer, bytes);
}

static void dec_error(const FLAC__StreamDecoder *dec, FLAC__StreamDecoderErrorStatus status,
                      void *client)
{
    (void)dec;
    (void)status;
    ((struct decode_state *)client)->errors++;
}

/* The subframe's own signal: the stereo decorrelation undone, then its wasted bits. The
   arithmetic shift of negative values is gcc's and clang's, as libFLAC assumes. */
static void recover_signal(const FLAC__Frame *frame, const FLAC__int32 *const buffer[], unsigned ch,
                           int *side, int64_t *out)
{
    const FLAC__ChannelAssignment ca = frame->header.channel_assignment;
    const unsigned wasted = frame->subframes[ch].wasted_bits;
    *side = ca == FLAC__CHANNEL_ASSIGNMENT_RIGHT_SIDE    ? ch == 0
            : ca != FLAC__CHANNEL_ASSIGNMENT_INDEPENDENT ? ch == 1
                                                         : 0;
    for (uint32_t i = 0; i < frame->header.blocksize; i++) {
        const int64_t l = buffer[0][i], r = buffer[1][i];
        int64_t v = buffer[ch][i];
        if (*side)
            v = l - r;
        else if (ca == FLAC__CHANNEL_ASSIGNMENT_MID_SIDE)
            v = (l + r) >> 1;
        out[i] = v >> wasted;
    }
}

static void check_fixed_subframe(struct decode_state *st, const FLAC__Frame *frame,
                                 const FLAC__int32 *const buffer[], unsigned ch)
{
    const FLAC__Subframe_Fixed *fx = &frame->subframes[ch].data.fixed;
    const uint32_t order = fx->order, n = frame->header.blocksize - order;
    int side;
    recover_signal(frame, buffer, ch, &side, st->expected);
    const unsigned bps =
        frame->header.bits_per_sample - frame->subframes[ch].wasted_bits + (unsigned)side;
    assert_true(order < ORDERS);
    for (uint32_t j = 0; j < order; j++)
        assert_true(fx->warmup[j] == st->expected[j]); /* the recovery is right */
    /* libFLAC 1.4.2's read_subframe_fixed_: 32-bit if bps + order <= 32, else _wide up to
       32 bits, else _wide_33bit. */
    const enum lpcu_family fam = bps + order <= 32 ? LPCU_FAMILY_narrow
                                 : bps <= 32       ? LPCU_FAMILY_wide
                                                   : LPCU_FAMILY_wide33;
    st->by_family[fam]++;
    st->by_order[order]++;
    /* the wider families give the same result on any valid subframe: more real inputs */
    for (int f = fam; f < LPCU_FAMILY_COUNT; f++) {
        const struct expectation e = {(enum lpcu_family)f, order, fx->residual, st->expected,
                                      "FIXED subframe"};
        check_all(&e, n, 1, 0);
    }
}

static FLAC__StreamDecoderWriteStatus dec_write(const FLAC__StreamDecoder *dec,
                                                const FLAC__Frame *frame,
                                                const FLAC__int32 *const buffer[], void *client)
{
    struct decode_state *st = client;
    const uint32_t bs = frame->header.blocksize;
    (void)dec;
    if (frame->header.channels != CHANNELS || st->pos + bs > st->n)
        return FLAC__STREAM_DECODER_WRITE_STATUS_ABORT;
    for (unsigned ch = 0; ch < CHANNELS; ch++)
        if (memcmp(buffer[ch], st->pcm[ch] + st->pos, bs * sizeof buffer[ch][0]) != 0)
            st->pcm_bad++;
    for (unsigned ch = 0; ch < CHANNELS; ch++)
        if (frame->subframes[ch].type == FLAC__SUBFRAME_TYPE_FIXED)
            check_fixed_subframe(st, frame, buffer, ch);
    st->pos += bs;
    return FLAC__STREAM_DECODER_WRITE_STATUS_CONTINUE;
}

enum { SIG_NOISE, SIG_WALK, SIG_TONES, SIG_BASS, N_SIGNALS };
static const char *const sig_name[N_SIGNALS] = {"noise", "random walk", "tones", "bass"};

/* Stereo test signals in [-1, 1], chosen so that each fixed order wins somewhere: white noise
   (order 0), a random walk (1), tones (2-3), a loud low tone (4); right is left plus a little
   of its own, so the side channel is small and mid/side coding is picked. */
static void synth(int kind, double *l, double *r, size_t n, double rate)
{
    const double pi = 3.14159265358979323846;
    double walk = 0.0;
    for (size_t i = 0; i < n; i++) {
        const double t = (double)i / rate;
        const double noise = (double)test_rand_bits(20) / (double)(1 << 19); /* [-1, 1) */
        double x;
        switch (kind) {
        case SIG_NOISE:
            x = 0.1 * noise;
            break;
        case SIG_WALK:
            walk = 0.999 * walk + 0.01 * noise;
            x = walk;
            break;
        case SIG_TONES:
            x = 0.3 * sin(2 * pi * 440.0 * t) + 0.2 * sin(2 * pi * 1234.5 * t) + 1e-4 * noise;
            break;
        default:
            x = 0.9 * sin(2 * pi * 55.0 * t) + 1e-6 * noise;
            break;
        }
        l[i] = x;
        r[i] = 0.95 * x + 0.01 * (double)test_rand_bits(20) / (double)(1 << 19);
    }
}

static int32_t quantize(double x, unsigned bits)
{
    const double fs = ldexp(1.0, (int)bits - 1);
    return (int32_t)clamp64((int64_t)floor(x * fs + 0.5), (int64_t)-fs, (int64_t)fs - 1);
}

static void encode(unsigned level, unsigned bits, unsigned rate, int32_t *const pcm[], size_t n,
                   struct flac_membuf *out)
{
    FLAC__StreamEncoder *enc = FLAC__stream_encoder_new();
    assert_non_null(enc);
    assert_true(FLAC__stream_encoder_set_compression_level(enc, level));
    assert_true(FLAC__stream_encoder_set_channels(enc, CHANNELS));
    assert_true(FLAC__stream_encoder_set_bits_per_sample(enc, bits));
    assert_true(FLAC__stream_encoder_set_sample_rate(enc, rate));
    assert_int_equal(
        FLAC__stream_encoder_init_stream(enc, flac_membuf_write, NULL, NULL, NULL, out),
        FLAC__STREAM_ENCODER_INIT_STATUS_OK);
    assert_true(FLAC__stream_encoder_process(enc, (const FLAC__int32 *const *)pcm, (uint32_t)n));
    assert_true(FLAC__stream_encoder_finish(enc));
    FLAC__stream_encoder_delete(enc);
    assert_true(out->len > 0);
}

static void test_flac_subframes(void **state)
{
    (void)state;
    static const unsigned depths[] = {16, 24, 32};
    const unsigned rate = 44100;
    const size_t n = ENC_SECONDS * rate;
    double *l = malloc(n * sizeof *l), *r = malloc(n * sizeof *r);
    int32_t *pcm[CHANNELS] = {malloc(n * sizeof(int32_t)), malloc(n * sizeof(int32_t))};
    int64_t *expected = malloc(sizeof(int64_t) * FLAC__MAX_BLOCK_SIZE);
    unsigned long total_family[LPCU_FAMILY_COUNT] = {0}, total_order[ORDERS] = {0};
    assert_non_null(l);
    assert_non_null(r);
    assert_non_null(pcm[0]);
    assert_non_null(pcm[1]);
    assert_non_null(expected);
    test_rng_state = test_seed("FIXED subframes");
    mismatches = runs = 0;
    for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
        for (int kind = 0; kind < N_SIGNALS; kind++) {
            synth(kind, l, r, n, (double)rate);
            for (size_t i = 0; i < n; i++) {
                pcm[0][i] = quantize(l[i], depths[d]);
                pcm[1][i] = quantize(r[i], depths[d]);
            }
            for (unsigned level = 0; level <= MAX_LEVEL; level++) {
                struct flac_membuf stream = {NULL, 0, 0, 0, 0};
                struct decode_state st;
                memset(&st, 0, sizeof st);
                st.stream = &stream;
                st.pcm = pcm;
                st.n = n;
                st.expected = expected;
                encode(level, depths[d], rate, pcm, n, &stream);
                FLAC__StreamDecoder *dec = FLAC__stream_decoder_new();
                assert_non_null(dec);
                assert_int_equal(FLAC__stream_decoder_init_stream(dec, dec_read, NULL, NULL, NULL,
                                                                  NULL, dec_write, NULL, dec_error,
                                                                  &st),
                                 FLAC__STREAM_DECODER_INIT_STATUS_OK);
                assert_true(FLAC__stream_decoder_process_until_end_of_stream(dec));
                FLAC__stream_decoder_delete(dec);
                free(stream.data);
                printf("FIXED subframes: %2u-bit %-11s level %u: narrow %3lu wide %3lu wide33 "
                       "%3lu, orders 0-4: %lu/%lu/%lu/%lu/%lu\n",
                       depths[d], sig_name[kind], level, st.by_family[LPCU_FAMILY_narrow],
                       st.by_family[LPCU_FAMILY_wide], st.by_family[LPCU_FAMILY_wide33],
                       st.by_order[0], st.by_order[1], st.by_order[2], st.by_order[3],
                       st.by_order[4]);
                assert_int_equal(st.errors, 0);
                assert_int_equal(st.pcm_bad, 0);
                assert_int_equal(st.pos, n);
                for (int f = 0; f < LPCU_FAMILY_COUNT; f++)
                    total_family[f] += st.by_family[f];
                for (int o = 0; o < ORDERS; o++)
                    total_order[o] += st.by_order[o];
            }
        }
    }
    printf("FIXED subframes: narrow %lu wide %lu wide33 %lu, orders 0-4: %lu/%lu/%lu/%lu/%lu; "
           "%llu runs, %llu mismatches\n",
           total_family[LPCU_FAMILY_narrow], total_family[LPCU_FAMILY_wide],
           total_family[LPCU_FAMILY_wide33], total_order[0], total_order[1], total_order[2],
           total_order[3], total_order[4], runs, mismatches);
    assert_int_equal(mismatches, 0);
    /* not vacuous: every family libFLAC's decoder can pick, and every order, was exercised */
    for (int f = 0; f < LPCU_FAMILY_COUNT; f++)
        assert_true(total_family[f] > 0);
    for (int o = 0; o < ORDERS; o++)
        assert_true(total_order[o] > 0);
    free(l);
    free(r);
    free(pcm[0]);
    free(pcm[1]);
    free(expected);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_domain_narrow),  cmocka_unit_test(test_domain_wide),
        cmocka_unit_test(test_domain_wide33),  cmocka_unit_test(test_narrow_wraparound),
        cmocka_unit_test(test_page_edges),     cmocka_unit_test(test_bad_order_writes_nothing),
        cmocka_unit_test(test_flac_subframes),
    };
    printf("test_fixed: dispatched ISA %s\n", lpcu_active_isa());
    return cmocka_run_group_tests(tests, NULL, NULL);
}
