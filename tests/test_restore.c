/* SPDX-License-Identifier: MIT */
/*
 * Every kernel, the rolled loops and the public entry points against libFLAC's own restore
 * functions, bit for bit, over the parameter space of FLAC streams: order 1..32, shift 0..15,
 * coefficient precision 1..15 bits, subframe bps 4..32 (33 for wide33). Short lengths cover
 * the whole cross product; 4096 and 65535 a seeded random sample of it. Each case is checked
 * only where libFLAC's decoder would call that function (for narrow: the prediction and the
 * residual fit in 32 bits). Guard words around every output catch stray writes.
 */
#include "test_util.h"

#define MAX_ORDER 32
#define MAX_SHIFT_FLAC 15
#define MAX_PRECISION 15
#define LONG_LEN 4096
#define LONGEST_LEN 65535
#define LONG_CASES 200   /* random parameter sets per family at LONG_LEN */
#define LONGEST_CASES 12 /* ... and at LONGEST_LEN */
/* wide33 samples are kept below this magnitude so libFLAC's 64-bit sums cannot overflow
   (2^40 * 2^14 * 32 < 2^63); a case that would leave it is cut short there. */
#define WIDE33_LIMIT (INT64_C(1) << 40)

static const int bps_list[] = {4, 8, 12, 16, 20, 24, 28, 32, 33};
#define N_BPS_NARROW 8 /* narrow and wide: bps up to 32 */

struct restore_case {
    enum lpcu_family family;
    uint32_t order, len; /* len: samples generated (may be cut short for wide33) */
    int shift, precision, bps;
    int32_t coeff[MAX_ORDER];
    int32_t *residual; /* len */
    int64_t *expected; /* order + len: warm-up, then the exact result */
};

static int64_t clamp64(int64_t v, int64_t lo, int64_t hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* Whether libFLAC's decoder would call FLAC__lpc_restore_signal for these parameters. */
static int narrow_domain(const struct restore_case *c)
{
    return c->bps <= 32 &&
           FLAC__lpc_max_residual_bps((uint32_t)c->bps, c->coeff, c->order, c->shift) <= 32 &&
           FLAC__lpc_max_prediction_before_shift_bps((uint32_t)c->bps, c->coeff, c->order) <= 32;
}

/*
 * Builds a case: random coefficients of the given precision, warm-up in bps range, then per
 * sample a target (uniform noise or prediction plus a small step, so residuals are both large
 * and small), its residual clamped to 32 bits, and the exact result computed here in 64-bit
 * arithmetic as a third, independent opinion.
 */
static void make_case(struct restore_case *c, enum lpcu_family family, uint32_t order, int shift,
                      int precision, int bps, uint32_t len)
{
    const int64_t lo = -(INT64_C(1) << (bps - 1)), hi = (INT64_C(1) << (bps - 1)) - 1;
    c->family = family;
    c->order = order;
    c->shift = shift;
    c->precision = precision;
    c->bps = bps;
    for (uint32_t j = 0; j < order; j++)
        c->coeff[j] = (int32_t)test_rand_bits(precision);
    c->residual = malloc(sizeof(int32_t) * (len ? len : 1));
    c->expected = malloc(sizeof(int64_t) * (order + len));
    assert_non_null(c->residual);
    assert_non_null(c->expected);
    int64_t *x = c->expected + order;
    for (uint32_t j = 0; j < order; j++)
        c->expected[j] = test_rand_range(lo, hi);
    c->len = len;
    for (uint32_t i = 0; i < len; i++) {
        int64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (int64_t)c->coeff[j] * x[(int64_t)i - j - 1];
        const int64_t q = sum >> shift;
        const int64_t step = test_rand_bits(bps < 12 ? bps : 12);
        const int64_t target =
            (test_rand64() & 1) ? test_rand_range(lo, hi) : clamp64(q + step, lo, hi);
        const int64_t r = clamp64(target - q, INT32_MIN, INT32_MAX);
        int64_t v = q + r;
        if (family == LPCU_FAMILY_wide33 && (v >= WIDE33_LIMIT || v <= -WIDE33_LIMIT)) {
            c->len = i;
            break;
        }
        if (family != LPCU_FAMILY_wide33)
            v = (int32_t)(uint32_t)(uint64_t)v; /* the 32-bit families keep the low 32 bits */
        c->residual[i] = (int32_t)r;
        x[i] = v;
    }
}

static void free_case(struct restore_case *c)
{
    free(c->residual);
    free(c->expected);
}

enum candidate_kind { CAND_LIBFLAC, CAND_ROLLED, CAND_PUBLIC, CAND_KERNEL };

struct candidate {
    enum candidate_kind kind;
    const struct manifest_row *kernel;
};

static const char *candidate_name(const struct candidate *cand, char *buf, size_t size)
{
    static const char *const names[] = {"libFLAC", "rolled", "public (dispatched)"};
    if (cand->kind != CAND_KERNEL)
        return names[cand->kind];
    snprintf(buf, size, "kernel %s/%s/o%u", lpcu_family_names[cand->kernel->family],
             cand->kernel->isa, cand->kernel->order);
    return buf;
}

static void call_candidate(const struct candidate *cand, const struct restore_case *c,
                           const int32_t *res, uint32_t len, void *data)
{
    int32_t *d32 = data;
    int64_t *d64 = data;
    switch (cand->kind) {
    case CAND_LIBFLAC:
        if (c->family == LPCU_FAMILY_narrow)
            FLAC__lpc_restore_signal(res, len, c->coeff, c->order, c->shift, d32);
        else if (c->family == LPCU_FAMILY_wide)
            FLAC__lpc_restore_signal_wide(res, len, c->coeff, c->order, c->shift, d32);
        else
            FLAC__lpc_restore_signal_wide_33bit(res, len, c->coeff, c->order, c->shift, d64);
        break;
    case CAND_ROLLED:
        if (c->family == LPCU_FAMILY_narrow)
            lpcu_restore_signal_rolled(res, len, c->coeff, c->order, c->shift, d32);
        else if (c->family == LPCU_FAMILY_wide)
            lpcu_restore_signal_wide_rolled(res, len, c->coeff, c->order, c->shift, d32);
        else
            lpcu_restore_signal_wide_33bit_rolled(res, len, c->coeff, c->order, c->shift, d64);
        break;
    case CAND_PUBLIC:
        if (c->family == LPCU_FAMILY_narrow)
            lpcu_restore_signal(res, len, c->coeff, c->order, c->shift, d32);
        else if (c->family == LPCU_FAMILY_wide)
            lpcu_restore_signal_wide(res, len, c->coeff, c->order, c->shift, d32);
        else
            lpcu_restore_signal_wide_33bit(res, len, c->coeff, c->order, c->shift, d64);
        break;
    case CAND_KERNEL:
        if (c->family == LPCU_FAMILY_wide33)
            ((lpcu_kernel64_fn)cand->kernel->fn)(res, len, c->coeff, c->shift, d64);
        else
            ((lpcu_kernel32_fn)cand->kernel->fn)(res, len, c->coeff, c->shift, d32);
        break;
    }
}

static unsigned long long mismatches, runs;

/*
 * Runs one candidate on the first `len` samples of a case, in a fresh buffer with guard words
 * on both sides and a residual copy of exactly `len` words (so sanitizers see over-reads),
 * and compares the whole buffer, guards and warm-up included.
 */
static void check_candidate(const struct candidate *cand, const struct restore_case *c,
                            uint32_t len)
{
    const int wide_samples = c->family == LPCU_FAMILY_wide33;
    const size_t width = wide_samples ? sizeof(int64_t) : sizeof(int32_t);
    const size_t words = TEST_GUARD_WORDS + c->order + len + TEST_GUARD_WORDS;
    unsigned char *buf = malloc(words * width);
    int32_t *res = malloc(sizeof(int32_t) * (len ? len : 1));
    assert_non_null(buf);
    assert_non_null(res);
    memcpy(res, c->residual, sizeof(int32_t) * len);
    for (size_t w = 0; w < words; w++) {
        if (wide_samples)
            ((uint64_t *)buf)[w] = TEST_GUARD_64;
        else
            ((uint32_t *)buf)[w] = TEST_GUARD_32;
    }
    for (uint32_t j = 0; j < c->order; j++) {
        if (wide_samples)
            ((int64_t *)buf)[TEST_GUARD_WORDS + j] = c->expected[j];
        else
            ((int32_t *)buf)[TEST_GUARD_WORDS + j] = (int32_t)c->expected[j];
    }
    void *data = buf + (TEST_GUARD_WORDS + c->order) * width;
    call_candidate(cand, c, res, len, data);
    runs++;

    for (size_t w = 0; w < words; w++) {
        const size_t s = w - TEST_GUARD_WORDS; /* index into expected, if inside */
        const int inside = w >= TEST_GUARD_WORDS && s < c->order + len;
        int64_t got, want;
        if (wide_samples) {
            got = ((int64_t *)buf)[w];
            want = inside ? c->expected[s] : (int64_t)TEST_GUARD_64;
        } else {
            got = ((int32_t *)buf)[w];
            want = inside ? (int32_t)c->expected[s] : (int32_t)TEST_GUARD_32;
        }
        if (got != want) {
            char name[64];
            if (mismatches++ < 10)
                print_error("MISMATCH %s: family %s order %u shift %d precision %d bps %d "
                            "len %u: word %ld (%s) is %lld, expected %lld\n",
                            candidate_name(cand, name, sizeof name), lpcu_family_names[c->family],
                            c->order, c->shift, c->precision, c->bps, len,
                            (long)w - (long)(TEST_GUARD_WORDS + c->order),
                            inside ? "output" : "guard", (long long)got, (long long)want);
            break;
        }
    }
    free(buf);
    free(res);
}

/* All candidates for a case's family and order: libFLAC only inside its domain. */
static void check_all(const struct restore_case *c, uint32_t len)
{
    struct candidate cand = {CAND_LIBFLAC, NULL};
    if (c->family != LPCU_FAMILY_narrow || narrow_domain(c))
        check_candidate(&cand, c, len);
    cand.kind = CAND_ROLLED;
    check_candidate(&cand, c, len);
    cand.kind = CAND_PUBLIC;
    check_candidate(&cand, c, len);
    cand.kind = CAND_KERNEL;
    for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
        cand.kernel = &manifest_rows[k];
        if (cand.kernel->kind == LPCU_KIND_restore && cand.kernel->family == c->family &&
            cand.kernel->order == c->order && test_kernel_runs(cand.kernel))
            check_candidate(&cand, c, len);
    }
}

static int bps_count(enum lpcu_family family)
{
    return family == LPCU_FAMILY_wide33 ? (int)(sizeof bps_list / sizeof bps_list[0])
                                        : N_BPS_NARROW;
}

/* The whole cross product at lengths 0, 1, 2, order-1, order and an odd length. */
static void short_sweep(enum lpcu_family family)
{
    unsigned long long cases = 0, in_domain = 0;
    test_rng_state = test_seed(lpcu_family_names[family]);
    mismatches = runs = 0;
    for (uint32_t order = 1; order <= MAX_ORDER; order++) {
        for (int shift = 0; shift <= MAX_SHIFT_FLAC; shift++) {
            for (int precision = 1; precision <= MAX_PRECISION; precision++) {
                for (int b = 0; b < bps_count(family); b++) {
                    const uint32_t odd = (uint32_t)test_rand_range(order, 2 * order + 32) | 1u;
                    struct restore_case c;
                    make_case(&c, family, order, shift, precision, bps_list[b], odd);
                    cases++;
                    if (family == LPCU_FAMILY_narrow && !narrow_domain(&c)) {
                        free_case(&c);
                        continue; /* outside libFLAC's use; test_wrap covers it */
                    }
                    in_domain++;
                    const uint32_t lens[] = {0, 1, 2, order - 1, order, odd};
                    for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++)
                        if (lens[l] <= c.len)
                            check_all(&c, lens[l]);
                    free_case(&c);
                }
            }
        }
    }
    printf("%s short sweep: %llu parameter sets, %llu in libFLAC's domain, %llu runs, %llu "
           "mismatches\n",
           lpcu_family_names[family], cases, in_domain, runs, mismatches);
    assert_true(in_domain > cases / 4); /* the sweep must not silently test nothing */
    assert_int_equal(mismatches, 0);
}

/* A seeded random sample of the parameter space at a long length. */
static void long_sample(enum lpcu_family family, uint32_t len, int count)
{
    unsigned long long samples = 0;
    int done = 0;
    test_rng_state = test_seed(lpcu_family_names[family]);
    mismatches = runs = 0;
    while (done < count) {
        const uint32_t order = (uint32_t)test_rand_range(1, MAX_ORDER);
        const int shift = (int)test_rand_range(0, MAX_SHIFT_FLAC);
        const int precision = (int)test_rand_range(1, MAX_PRECISION);
        const int bps = bps_list[test_rand_range(0, bps_count(family) - 1)];
        struct restore_case c;
        make_case(&c, family, order, shift, precision, bps, len);
        if (family == LPCU_FAMILY_narrow && !narrow_domain(&c)) {
            free_case(&c);
            continue;
        }
        check_all(&c, c.len);
        samples += c.len;
        done++;
        free_case(&c);
    }
    printf("%s at length %u: %d parameter sets, %llu samples (wide33 cases stop where samples "
           "would pass 2^40), %llu runs, %llu mismatches\n",
           lpcu_family_names[family], len, count, samples, runs, mismatches);
    assert_true(samples > (unsigned long long)count * len / 4);
    assert_int_equal(mismatches, 0);
}

static void test_short_narrow(void **state)
{
    (void)state;
    short_sweep(LPCU_FAMILY_narrow);
}
static void test_short_wide(void **state)
{
    (void)state;
    short_sweep(LPCU_FAMILY_wide);
}
static void test_short_wide33(void **state)
{
    (void)state;
    short_sweep(LPCU_FAMILY_wide33);
}
static void test_long(void **state)
{
    (void)state;
    for (int f = 0; f < LPCU_FAMILY_COUNT; f++) {
        long_sample((enum lpcu_family)f, LONG_LEN, LONG_CASES);
        long_sample((enum lpcu_family)f, LONGEST_LEN, LONGEST_CASES);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_narrow),
        cmocka_unit_test(test_short_wide),
        cmocka_unit_test(test_short_wide33),
        cmocka_unit_test(test_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
