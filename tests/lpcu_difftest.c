/* SPDX-License-Identifier: MIT */
/*
 * lpcu-difftest: random differential testing of every restore kernel against the rolled
 * reference loop, without libFuzzer.
 *
 *   lpcu-difftest [--cases N] [--seed S] [--start K]
 *
 * Case K of seed S is generated from its own random stream, so any case can be rerun alone
 * (`--seed S --start K --cases 1`) and a long run can be split between processes by giving
 * them disjoint --start ranges of one seed. Each case draws a family, an order (1..32), a
 * shift (0..31, mostly 0..15), coefficients of a random precision (1..32 bits, mostly FLAC's
 * 1..15), warm-up samples of a random width (up to 64 bits for wide33), a length (mostly short,
 * around the SIMD block sizes, sometimes up to 65535) and residuals that are either random
 * (samples soon wrap around: the defined, non-FLAC domain) or chosen to keep the signal inside
 * its width (FLAC's domain). The rolled loop is checked against an inline model, then every
 * kernel of that family and order of every ISA this CPU runs, the public dispatched function
 * (under each usable ISA in turn) and the _checked function are compared with the rolled
 * result word for word, guard words and warm-up included, and (narrow, wide) again in place,
 * with residual == data. Narrow and wide cases also go through
 * lpcu_restore_signal(_wide)_multi, in a group with up to seven earlier cases of the same
 * family and order (as the channels of a frame; their own shifts, coefficients and lengths;
 * every other group in place), each compared with its rolled result. Finally the encoder's
 * residual and limit kernels and functions run on the case's restored signal with its
 * coefficients, against the rolled residual loops.
 * Prints the seed and the counts; exits 1 on any mismatch.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */

#include <inttypes.h>
#include <stdlib.h>
#include <time.h>

#include "harness.h"

#define MAX_LEN 65535u
#define GUARD_WORDS 8 /* per side of every data buffer; whole ASan granules for both widths */
#define GUARD_BYTE 0xA5
#define UNWRITTEN_BYTE 0x5C /* fill of the output area before a call */
#define MAX_REPORTS 10

struct dt_case {
    uint64_t index;
    enum lpcu_family family;
    uint32_t order, len;
    int shift, coeff_bits, sample_bits;
    int residual_bits; /* 0: residuals chosen to track the signal, else random of this width */
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t *residual; /* len, ending exactly at the poisoned tail of the residual buffer */
    int64_t *model;    /* order + len: warm-up, then the inline model's output */
};

/* Per-ISA (and per entry point) tallies for the closing report. */
struct tally {
    const char *name;
    unsigned long long verified, runs, samples;
    double seconds;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int64_t clamp64(int64_t v, int64_t lo, int64_t hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* v + step, saturated to [lo, hi], without overflow; step is small. */
static int64_t add_clamped(int64_t v, int64_t step, int64_t lo, int64_t hi)
{
    if (step > 0 && v > hi - step)
        return hi;
    if (step < 0 && v < lo - step)
        return lo;
    return clamp64(v + step, lo, hi);
}

/* target - p clamped to int32_t, without overflow. */
static int32_t residual_towards(int64_t target, int64_t p)
{
    if (p > 0 && target < INT64_MIN + p)
        return INT32_MIN;
    if (p < 0 && target > INT64_MAX + p)
        return INT32_MAX;
    return (int32_t)clamp64(target - p, INT32_MIN, INT32_MAX);
}

/* The prediction (sum >> shift) in the family's arithmetic, from x[i-1], x[i-2], ... */
static int64_t model_prediction(const struct dt_case *c, const int64_t *x, uint32_t i)
{
    if (c->family == LPCU_FAMILY_narrow) {
        uint32_t sum = 0;
        for (uint32_t j = 0; j < c->order; j++)
            sum += (uint32_t)c->coeff[j] * (uint32_t)x[(int64_t)i - j - 1];
        return (int32_t)sum >> c->shift;
    }
    uint64_t sum = 0;
    for (uint32_t j = 0; j < c->order; j++)
        sum += (uint64_t)(int64_t)c->coeff[j] * (uint64_t)x[(int64_t)i - j - 1];
    return (int64_t)sum >> c->shift;
}

/* residual + prediction, with the family's wrap-around and truncation. */
static int64_t model_output(enum lpcu_family f, int32_t r, int64_t p)
{
    const uint64_t v = (uint64_t)(int64_t)r + (uint64_t)p;
    return f == LPCU_FAMILY_wide33 ? (int64_t)v : (int32_t)(uint32_t)v;
}

static uint32_t pick_len(uint64_t *s, uint32_t order)
{
    const uint64_t u = harness_below(s, 1000);
    if (u < 600) /* around the order and every SIMD block size up to 32 */
        return (uint32_t)harness_below(s, 2 * order + 34);
    if (u < 900)
        return (uint32_t)harness_below(s, 301);
    if (u < 999)
        return (uint32_t)harness_below(s, 4097);
    return (uint32_t)harness_below(s, MAX_LEN + 1);
}

/* Draws case `index` of `seed` into c (whose residual and model buffers hold MAX_LEN and
   LPCU_MAX_ORDER + MAX_LEN). */
static void make_case(struct dt_case *c, uint64_t seed, uint64_t index, int32_t *residual_end)
{
    /* A hash, not seed + index, so that the streams of neighbouring cases do not overlap. */
    uint64_t s = harness_mix(seed ^ harness_mix(index + 0x632be59bd9b4e019u));
    c->index = index;
    c->family = (enum lpcu_family)harness_below(&s, LPCU_FAMILY_COUNT);
    c->order = 1 + (uint32_t)harness_below(&s, LPCU_MAX_ORDER);
    c->shift = (int)harness_below(&s, harness_below(&s, 10) < 6 ? 16 : LPCU_MAX_SHIFT + 1);
    c->coeff_bits = 1 + (int)harness_below(&s, harness_below(&s, 10) < 7 ? 15 : 32);
    if (c->family != LPCU_FAMILY_wide33)
        c->sample_bits = 1 + (int)harness_below(&s, 32);
    else if (harness_below(&s, 10) < 7)
        c->sample_bits = 1 + (int)harness_below(&s, 33);
    else
        c->sample_bits = 34 + (int)harness_below(&s, 31);
    c->residual_bits = harness_below(&s, 10) < 4 ? 1 + (int)harness_below(&s, 32) : 0;
    c->len = pick_len(&s, c->order);
    c->residual = residual_end - c->len;

    for (uint32_t j = 0; j < c->order; j++)
        c->coeff[j] = (int32_t)harness_rand_bits(&s, c->coeff_bits);
    const int64_t hi = c->sample_bits == 64 ? INT64_MAX : (INT64_C(1) << (c->sample_bits - 1)) - 1;
    const int64_t lo = -hi - 1;
    for (uint32_t j = 0; j < c->order; j++)
        c->model[j] = model_output(c->family, 0, harness_rand_bits(&s, c->sample_bits));

    int64_t *x = c->model + c->order;
    const int step_bits = c->sample_bits < 12 ? c->sample_bits : 12;
    for (uint32_t i = 0; i < c->len; i++) {
        const int64_t p = model_prediction(c, x, i);
        int32_t r;
        if (c->residual_bits) {
            r = (int32_t)harness_rand_bits(&s, c->residual_bits);
        } else {
            /* half the time near the prediction (small residuals), else anywhere in range */
            const int64_t target = harness_below(&s, 2)
                                       ? add_clamped(p, harness_rand_bits(&s, step_bits), lo, hi)
                                       : harness_rand_bits(&s, c->sample_bits);
            r = c->family == LPCU_FAMILY_narrow
                    ? (int32_t)(uint32_t)((uint64_t)target - (uint64_t)p)
                    : residual_towards(target, p);
        }
        c->residual[i] = r;
        x[i] = model_output(c->family, r, p);
    }
}

/* Lays out a data buffer: guards, warm-up, then the output area filled with UNWRITTEN_BYTE.
   Returns &data[0]. */
static void *fill_buffer(const struct dt_case *c, unsigned char *buf)
{
    const size_t w = harness_width(c->family);
    memset(buf, GUARD_BYTE, GUARD_WORDS * w);
    unsigned char *data = buf + (GUARD_WORDS + c->order) * w;
    for (uint32_t j = 0; j < c->order; j++)
        harness_set(c->family, data, (ptrdiff_t)j - (ptrdiff_t)c->order, c->model[j]);
    memset(data, UNWRITTEN_BYTE, (size_t)c->len * w);
    memset(data + (size_t)c->len * w, GUARD_BYTE, GUARD_WORDS * w);
    return data;
}

static unsigned long long mismatches;
static uint64_t g_seed;

static void report(const struct dt_case *c, const char *who, const unsigned char *got,
                   const unsigned char *want)
{
    if (mismatches++ >= MAX_REPORTS)
        return;
    const size_t w = harness_width(c->family);
    const size_t words = 2 * GUARD_WORDS + c->order + c->len;
    size_t k = 0;
    while (k < words && memcmp(got + k * w, want + k * w, w) == 0)
        k++;
    const ptrdiff_t at = (ptrdiff_t)k - GUARD_WORDS - (ptrdiff_t)c->order;
    const char *where = at < -(ptrdiff_t)c->order ? "guard before data[-order]"
                        : at < 0                  ? "warm-up"
                        : at < (ptrdiff_t)c->len  ? "output"
                                                  : "guard after data[len-1]";
    printf("MISMATCH %s: case %" PRIu64 " family %s order %u shift %d coeff_bits %d "
           "sample_bits %d residual_bits %d (0: tracking) len %u: data[%td] (%s) is %" PRId64
           ", rolled gives %" PRId64 "\n  rerun: lpcu-difftest --seed %" PRIu64 " --start %" PRIu64
           " --cases 1\n",
           who, c->index, lpcu_family_names[c->family], c->order, c->shift, c->coeff_bits,
           c->sample_bits, c->residual_bits, c->len, at, where,
           harness_get(c->family, got + k * w, 0), harness_get(c->family, want + k * w, 0), g_seed,
           c->index);
    fflush(stdout);
}

/* Runs one entry point on a fresh copy of the case's buffer, guards poisoned, and compares
   the whole buffer with the reference; for the families with 32-bit samples once more in
   place where harness_in_place_ok allows, the residuals copied to where the output goes and
   residual == data. */
static void check_entry(const struct dt_case *c, enum harness_entry e, const struct manifest_row *k,
                        const char *who, unsigned char *buf, const unsigned char *ref, size_t bytes,
                        struct tally *t)
{
    const size_t w = harness_width(c->family);
    for (int in_place = 0; in_place <= harness_in_place_ok(e, c->family); in_place++) {
        void *data = fill_buffer(c, buf);
        const int32_t *residual = c->residual;
        if (in_place) {
            memcpy(data, c->residual, (size_t)c->len * sizeof(int32_t));
            residual = data;
        }
        harness_poison(buf, GUARD_WORDS * w);
        harness_poison(buf + bytes - GUARD_WORDS * w, GUARD_WORDS * w);
        const double t0 = now();
        const int rc =
            harness_call(e, k, c->family, residual, c->len, c->coeff, c->order, c->shift, data);
        t->seconds += now() - t0;
        harness_unpoison(buf, bytes);
        t->runs++;
        t->verified++;
        t->samples += c->len;
        char name[96];
        snprintf(name, sizeof name, "%s%s", who, in_place ? ", in place" : "");
        if (rc != 0) {
            if (mismatches++ < MAX_REPORTS)
                printf("MISMATCH %s: case %" PRIu64 " returned %d (%s)\n", name, c->index, rc,
                       lpcu_strerror(rc));
        } else if (memcmp(buf, ref, bytes) != 0) {
            report(c, name, buf, ref);
        }
    }
}

/* ---- the multi-subframe entry points -------------------------------------------------- */

/* A group has up to MULTI_KEEP cases (a frame of eight channels); as many are kept per family
   and order. Cases longer than MULTI_MAX_LEN are not kept, to bound the memory. */
#define MULTI_KEEP 8
#define MULTI_MAX_LEN 4096

/* A case kept for later groups: its inputs and the rolled loop's warm-up and output. */
struct kept_case {
    uint64_t index;
    uint32_t order, len;
    int shift;
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t *residual; /* len */
    int32_t *ref;      /* order + len */
    int32_t *buf;      /* GUARD_WORDS, order + len, GUARD_WORDS */
};
/* [narrow, wide][order]: a ring each, the oldest replaced */
static struct kept_case kept[2][LPCU_MAX_ORDER + 1][MULTI_KEEP];
static unsigned kept_count[2][LPCU_MAX_ORDER + 1], kept_next[2][LPCU_MAX_ORDER + 1];

/* Keeps case c (narrow or wide, at most MULTI_MAX_LEN long) with its reference output `data`
   (&data[0] of the rolled result), replacing the oldest kept case of its family and order. */
static void keep_case(const struct dt_case *c, const void *data)
{
    const int f = c->family == LPCU_FAMILY_wide;
    const uint32_t o = c->order;
    struct kept_case *k = &kept[f][o][kept_next[f][o]];
    free(k->residual);
    free(k->ref);
    free(k->buf);
    k->index = c->index;
    k->order = c->order;
    k->len = c->len;
    k->shift = c->shift;
    memcpy(k->coeff, c->coeff, sizeof k->coeff);
    k->residual = malloc((c->len + 1) * sizeof(int32_t));
    k->ref = malloc((c->order + c->len) * sizeof(int32_t));
    k->buf = malloc((2 * GUARD_WORDS + c->order + c->len) * sizeof(int32_t));
    if (!k->residual || !k->ref || !k->buf) {
        fprintf(stderr, "lpcu-difftest: out of memory\n");
        exit(2);
    }
    memcpy(k->residual, c->residual, c->len * sizeof(int32_t));
    for (ptrdiff_t i = -(ptrdiff_t)c->order; i < (ptrdiff_t)c->len; i++)
        k->ref[i + c->order] = (int32_t)harness_get(c->family, data, i);
    kept_next[f][o] = (kept_next[f][o] + 1) % MULTI_KEEP;
    if (kept_count[f][o] < MULTI_KEEP)
        kept_count[f][o]++;
}

/* One lpcu_restore_signal(_wide)_multi call over the newest `count` kept cases of the family
   and order of c (c itself is the newest), each in its own guarded buffer, in place for every
   other case (the residuals where the output goes); compares every buffer. */
static void check_multi(const struct dt_case *c, unsigned count, struct tally *t)
{
    const int f = c->family == LPCU_FAMILY_wide;
    const uint32_t o = c->order;
    lpcu_subframe list[MULTI_KEEP];
    struct kept_case *members[MULTI_KEEP];
    if (count > kept_count[f][o])
        count = kept_count[f][o];
    for (unsigned m = 0; m < count; m++) {
        struct kept_case *k = &kept[f][o][(kept_next[f][o] + MULTI_KEEP - 1 - m) % MULTI_KEEP];
        members[m] = k;
        for (unsigned w = 0; w < GUARD_WORDS; w++)
            k->buf[w] = k->buf[GUARD_WORDS + k->order + k->len + w] = (int32_t)0xA5A5A5A5u;
        memcpy(k->buf + GUARD_WORDS, k->ref, k->order * sizeof(int32_t));
        int32_t *data = k->buf + GUARD_WORDS + k->order;
        memset(data, UNWRITTEN_BYTE, k->len * sizeof(int32_t));
        const int32_t *residual = k->residual;
        if (c->index & 1) {
            memcpy(data, k->residual, k->len * sizeof(int32_t));
            residual = data;
        }
        list[m] = (lpcu_subframe){residual, k->coeff, data, k->len, k->order, k->shift};
        t->samples += k->len;
    }
    const double t0 = now();
    if (f)
        lpcu_restore_signal_wide_multi(list, count);
    else
        lpcu_restore_signal_multi(list, count);
    t->seconds += now() - t0;
    t->runs++;
    t->verified += count;
    for (unsigned m = 0; m < count; m++) {
        const struct kept_case *k = members[m];
        int bad = 0;
        for (unsigned w = 0; w < GUARD_WORDS; w++)
            bad |= k->buf[w] != (int32_t)0xA5A5A5A5u ||
                   k->buf[GUARD_WORDS + k->order + k->len + w] != (int32_t)0xA5A5A5A5u;
        bad |= memcmp(k->buf + GUARD_WORDS, k->ref, (k->order + k->len) * sizeof(int32_t)) != 0;
        if (bad && mismatches++ < MAX_REPORTS)
            printf("MISMATCH multi (%s, %u subframes%s): case %" PRIu64 " (subframe %u: order %u "
                   "shift %d len %u)\n  rerun: lpcu-difftest --seed %" PRIu64 " --start %" PRIu64
                   " --cases %u\n",
                   f ? "wide" : "narrow", count, c->index & 1 ? ", in place" : "", k->index, m,
                   k->order, k->shift, k->len, g_seed, members[count - 1]->index,
                   (unsigned)(c->index + 1 - members[count - 1]->index));
    }
}

static void free_kept(void)
{
    for (int f = 0; f < 2; f++)
        for (uint32_t o = 0; o <= LPCU_MAX_ORDER; o++)
            for (unsigned m = 0; m < MULTI_KEEP; m++) {
                free(kept[f][o][m].residual);
                free(kept[f][o][m].ref);
                free(kept[f][o][m].buf);
            }
}

/* ---- the encoder's residual, on the case's signal ------------------------------------------ */

/* One residual call into a buffer of len words plus guards (poisoned), compared with want (the
   rolled loop's words, guards included). A limit kernel may stop early: before the first
   residual that does not fit, by less than one of its blocks (64 samples). */
static void check_residual_call(const struct dt_case *c, const struct manifest_row *k,
                                enum lpcu_kind kind, const void *data, const int32_t *want,
                                int want_ok, uint32_t unfit, int32_t *got, struct tally *t)
{
    const char *who = k ? k->symbol : kind == LPCU_KIND_limit ? "public limit" : "public residual";
    const size_t words = c->len + 2 * GUARD_WORDS;
    memset(got, GUARD_BYTE, words * sizeof *got);
    int32_t *res = got + GUARD_WORDS;
    harness_poison(got, GUARD_WORDS * sizeof *got);
    harness_poison(res + c->len, GUARD_WORDS * sizeof *got);
    const double t0 = now();
    const uint32_t rc =
        harness_call_residual(k, kind, c->family, data, c->len, c->coeff, c->order, c->shift, res);
    const uint32_t count = k ? rc : c->len;
    const int ok = k ? 1 : (int)rc;
    t->seconds += now() - t0;
    t->runs++;
    t->samples += c->len;
    harness_unpoison(got, words * sizeof *got);
    char why[128] = "";
    uint32_t written = c->len;
    if (k && kind == LPCU_KIND_limit) {
        if (count > unfit || (unfit == c->len && count != c->len) || unfit - count > 64)
            snprintf(why, sizeof why, "wrote %u; the first residual that does not fit: %u", count,
                     unfit);
        written = count;
    } else if (k && count != c->len) {
        snprintf(why, sizeof why, "wrote %u of %u", count, c->len);
    } else if (!k && ok != want_ok) {
        snprintf(why, sizeof why, "returned %d, the rolled loop %d", ok, want_ok);
    }
    for (size_t w = 0; !why[0] && w < words; w++) {
        int32_t expect = want[w]; /* a stopped kernel leaves the rest unwritten */
        if (w >= GUARD_WORDS + (size_t)written && w < GUARD_WORDS + (size_t)c->len)
            memset(&expect, GUARD_BYTE, sizeof expect);
        if (got[w] != expect)
            snprintf(why, sizeof why, "word %ld is %" PRId32 ", expected %" PRId32,
                     (long)w - GUARD_WORDS, got[w], expect);
    }
    if (why[0] && mismatches++ < MAX_REPORTS)
        printf("MISMATCH %s: case %" PRIu64 " (seed %" PRIu64 "), order %u, len %u, shift %d: "
               "%s\n",
               who, c->index, g_seed, c->order, c->len, c->shift, why);
}

/*
 * The encoder's functions on the case's restored signal (warm-up and output of the rolled
 * loop), with its coefficients: every residual and limit kernel of the family and order that
 * this CPU runs, and the public functions under the ISA selected, against the rolled loops.
 */
static void check_residuals(const struct dt_case *c, const void *data, struct tally *t)
{
    const size_t words = c->len + 2 * GUARD_WORDS;
    int32_t *want[2], *got = malloc(words * sizeof *got);
    int want_ok[2] = {1, 1};
    const uint32_t unfit =
        c->family == LPCU_FAMILY_narrow
            ? c->len
            : harness_first_unfit(c->family, data, c->len, c->coeff, c->order, c->shift);
    for (int k = 0; k < 2; k++) {
        want[k] = malloc(words * sizeof *want[k]);
        if (!want[k] || !got) {
            fprintf(stderr, "lpcu-difftest: out of memory\n");
            exit(2);
        }
        memset(want[k], GUARD_BYTE, words * sizeof *want[k]);
    }
    /* [0]: the residual function (narrow, wide), [1]: the limit one (wide, wide33) */
    int32_t *r0 = want[0] + GUARD_WORDS, *r1 = want[1] + GUARD_WORDS;
    if (c->family == LPCU_FAMILY_narrow)
        lpcu_compute_residual_rolled(data, c->len, c->coeff, c->order, c->shift, r0);
    if (c->family == LPCU_FAMILY_wide) {
        lpcu_compute_residual_wide_rolled(data, c->len, c->coeff, c->order, c->shift, r0);
        want_ok[1] = lpcu_compute_residual_limit_residual_rolled(data, c->len, c->coeff, c->order,
                                                                 c->shift, r1);
    }
    if (c->family == LPCU_FAMILY_wide33)
        want_ok[1] = lpcu_compute_residual_limit_residual_33bit_rolled(data, c->len, c->coeff,
                                                                       c->order, c->shift, r1);
    if (want_ok[1] != (unfit == c->len) && c->family != LPCU_FAMILY_narrow &&
        mismatches++ < MAX_REPORTS)
        printf("MISMATCH limit rolled vs model: case %" PRIu64 "\n", c->index);
    for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
        const struct manifest_row *kern = &manifest_rows[k];
        if ((kern->kind != LPCU_KIND_residual && kern->kind != LPCU_KIND_limit) ||
            kern->family != c->family || kern->order != c->order || !manifest_row_runs(kern))
            continue;
        const int lim = kern->kind == LPCU_KIND_limit;
        check_residual_call(c, kern, kern->kind, data, want[lim], want_ok[lim], unfit, got, t);
    }
    if (c->family != LPCU_FAMILY_wide33)
        check_residual_call(c, NULL, LPCU_KIND_residual, data, want[0], 1, unfit, got, t);
    if (c->family != LPCU_FAMILY_narrow)
        check_residual_call(c, NULL, LPCU_KIND_limit, data, want[1], want_ok[1], unfit, got, t);
    free(want[0]);
    free(want[1]);
    free(got);
}

static void usage(void)
{
    fprintf(stderr, "usage: lpcu-difftest [--cases N] [--seed S] [--start K]\n");
    exit(2);
}

static uint64_t parse_u64(const char *s)
{
    char *end;
    const unsigned long long v = strtoull(s, &end, 0);
    if (!*s || *end)
        usage();
    return v;
}

int main(int argc, char **argv)
{
    uint64_t cases = 10000, start = 0;
    const char *env = getenv("LPCU_TEST_SEED");
    g_seed = env ? parse_u64(env) : (uint64_t)time(NULL);
    for (int a = 1; a < argc; a++) {
        if (a + 1 >= argc)
            usage();
        if (strcmp(argv[a], "--cases") == 0)
            cases = parse_u64(argv[++a]);
        else if (strcmp(argv[a], "--seed") == 0)
            g_seed = parse_u64(argv[++a]);
        else if (strcmp(argv[a], "--start") == 0)
            start = parse_u64(argv[++a]);
        else
            usage();
    }
    printf("lpcu-difftest: seed %" PRIu64 ", cases %" PRIu64 " .. %" PRIu64
           " (rerun with --seed %" PRIu64 " --start %" PRIu64 " --cases %" PRIu64 ")\n",
           g_seed, start, start + cases - (cases > 0), g_seed, start, cases);

    const char *isas[HARNESS_MAX_ISAS], *usable[HARNESS_MAX_ISAS];
    const int n_isas = harness_isas(isas);
    int n_usable = 0;
    harness_report_isas("lpcu-difftest");
    struct tally isa_tally[HARNESS_MAX_ISAS];
    for (int i = 0; i < n_isas; i++) {
        isa_tally[i] = (struct tally){isas[i], 0, 0, 0, 0.0};
        if (lpcu_cpu_has_isa(isas[i]))
            usable[n_usable++] = isas[i];
    }
    struct tally rolled = {"rolled", 0, 0, 0, 0.0}, pub = {"public", 0, 0, 0, 0.0},
                 checked = {"checked", 0, 0, 0, 0.0}, multi = {"multi", 0, 0, 0, 0.0},
                 resid = {"residual", 0, 0, 0, 0.0};

    const size_t max_bytes = (2 * GUARD_WORDS + LPCU_MAX_ORDER + MAX_LEN) * sizeof(int64_t);
    /* One spare word keeps the residuals' end, and so the poisoned words after it, on an
       8-byte ASan granule. */
    int32_t *residual_buf = malloc((MAX_LEN + 1 + GUARD_WORDS) * sizeof(int32_t));
    unsigned char *ref = malloc(max_bytes), *buf = malloc(max_bytes);
    struct dt_case c;
    c.model = malloc((LPCU_MAX_ORDER + MAX_LEN) * sizeof(int64_t));
    if (!residual_buf || !ref || !buf || !c.model) {
        fprintf(stderr, "lpcu-difftest: out of memory\n");
        return 2;
    }
    /* Residuals end right before poisoned words: an over-read is an ASan report. */
    int32_t *residual_end = residual_buf + MAX_LEN + 1;
    harness_poison(residual_end, GUARD_WORDS * sizeof(int32_t));

    unsigned long long per_family[LPCU_FAMILY_COUNT] = {0}, samples = 0, failed_cases = 0;
    const double t_start = now();
    for (uint64_t n = 0; n < cases; n++) {
        const unsigned long long mismatches_before = mismatches;
        make_case(&c, g_seed, start + n, residual_end);
        per_family[c.family]++;
        samples += c.len;
        const size_t bytes = (2 * GUARD_WORDS + c.order + c.len) * harness_width(c.family);
        /* Anything before this case's residuals is out of bounds for it. */
        harness_poison(residual_buf, (size_t)(c.residual - residual_buf) * sizeof(int32_t));

        /* The reference, itself checked against the inline model. */
        void *data = fill_buffer(&c, ref);
        const double t0 = now();
        harness_call(HE_ROLLED, NULL, c.family, c.residual, c.len, c.coeff, c.order, c.shift, data);
        rolled.seconds += now() - t0;
        rolled.runs++;
        rolled.samples += c.len;
        for (uint32_t i = 0; i < c.len; i++) {
            if (harness_get(c.family, data, i) != c.model[c.order + i]) {
                if (mismatches++ < MAX_REPORTS)
                    printf("MISMATCH rolled vs inline model: case %" PRIu64 " sample %u\n", c.index,
                           i);
                break;
            }
        }

        /* Every kernel for this family and order; a symbol listed under several ISAs (an ISA
           that reuses the scalar kernel at some order) is run once and counted for each. */
        lpcu_any_fn done[HARNESS_MAX_ISAS];
        int n_done = 0;
        for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
            const struct manifest_row *kern = &manifest_rows[k];
            if (kern->kind != LPCU_KIND_restore || kern->family != c.family ||
                kern->order != c.order)
                continue;
            int i = 0;
            while (strcmp(isas[i], kern->isa) != 0)
                i++;
            if (!lpcu_cpu_has_isa(kern->isa))
                continue;
            int seen = 0;
            for (int d = 0; d < n_done && !seen; d++)
                seen = done[d] == kern->fn;
            if (seen) {
                isa_tally[i].verified++;
                continue;
            }
            if (n_done < HARNESS_MAX_ISAS)
                done[n_done++] = kern->fn;
            char who[64];
            snprintf(who, sizeof who, "kernel %s/%s/o%u", lpcu_family_names[c.family], kern->isa,
                     c.order);
            check_entry(&c, HE_KERNEL, kern, who, buf, ref, bytes, &isa_tally[i]);
        }

        /* The dispatched entry points, under each usable ISA in turn. */
        if (n_usable > 0 && lpcu_select_isa(usable[c.index % (uint64_t)n_usable]) != 0) {
            printf("lpcu-difftest: lpcu_select_isa(%s) failed\n",
                   usable[c.index % (uint64_t)n_usable]);
            mismatches++;
        }
        check_entry(&c, HE_PUBLIC, NULL, "public (dispatched)", buf, ref, bytes, &pub);
        check_entry(&c, HE_CHECKED, NULL, "checked", buf, ref, bytes, &checked);
        check_residuals(&c, data, &resid);
        if (c.family != LPCU_FAMILY_wide33 &&
            c.len <= MULTI_MAX_LEN) { /* the multi API: narrow, wide */
            keep_case(&c, (unsigned char *)ref + (GUARD_WORDS + c.order) * harness_width(c.family));
            check_multi(&c, 1 + (unsigned)(harness_mix(g_seed ^ c.index) % MULTI_KEEP), &multi);
        }
        harness_unpoison(residual_buf, (MAX_LEN + 1) * sizeof(int32_t));
        failed_cases += mismatches != mismatches_before;
    }
    const double elapsed = now() - t_start;
    lpcu_select_isa("auto");

    printf("lpcu-difftest: %" PRIu64 " cases (narrow %llu, wide %llu, wide33 %llu), %llu "
           "samples, %.2f s\n",
           cases, per_family[LPCU_FAMILY_narrow], per_family[LPCU_FAMILY_wide],
           per_family[LPCU_FAMILY_wide33], samples, elapsed);
    for (int i = 0; i < n_isas; i++) {
        if (!lpcu_cpu_has_isa(isas[i]))
            printf("  ISA %-8s SKIPPED (this CPU or build lacks it)\n", isas[i]);
        else
            printf("  ISA %-8s %llu kernel checks (%llu distinct runs, %llu samples, %.2f s in "
                   "kernels)\n",
                   isas[i], isa_tally[i].verified, isa_tally[i].runs, isa_tally[i].samples,
                   isa_tally[i].seconds);
    }
    const struct tally *entries[] = {&rolled, &pub, &checked, &multi, &resid};
    for (int e = 0; e < 5; e++)
        printf("  %-12s %llu runs, %llu samples, %.2f s\n", entries[e]->name, entries[e]->runs,
               entries[e]->samples, entries[e]->seconds);
    printf("lpcu-difftest: %llu mismatches (seed %" PRIu64 ")\n", mismatches, g_seed);
    printf("difftest: %llu passed, %llu failed\n", (unsigned long long)cases - failed_cases,
           failed_cases);

    free_kept();
    free(residual_buf);
    free(ref);
    free(buf);
    free(c.model);
    return mismatches ? 1 : 0;
}
