/* SPDX-License-Identifier: MIT */
/*
 * lpcu_restore_signal_multi / _wide_multi against one libFLAC call per subframe: random mixes
 * of order, shift, coefficients, length and count (1-16), on every ISA the CPU has, with
 * guard words around every output. Mixes include subframes too short to join a group, equal
 * and unequal lengths, and an invalid subframe that must be skipped. The kernel of every
 * multi slot of the manifest is also run directly, with the slot's number of subframes and
 * with one, and with every lane's buffers against PROT_NONE pages.
 */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */

#include "test_util.h"

#include "page_region.h"

#define MAX_COUNT 16
#define MIXES 400
#define GUARD TEST_GUARD_WORDS

struct sub {
    lpcu_subframe s;
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t *residual;
    int32_t *buf;    /* guard, warm-up, output, guard */
    int32_t *expect; /* warm-up, then libFLAC's output */
};

/* A subframe whose samples stay within `bps` bits: targets drawn in range (sometimes near the
   prediction, for small residuals), residual = target - prediction. */
static void make_sub(struct sub *u, uint32_t order, uint32_t len, int shift, int precision, int bps)
{
    const int64_t lo = -(INT64_C(1) << (bps - 1)), hi = (INT64_C(1) << (bps - 1)) - 1;
    for (uint32_t j = 0; j < order; j++)
        u->coeff[j] = (int32_t)test_rand_bits(precision);
    u->residual = malloc(sizeof(int32_t) * (len ? len : 1));
    u->buf = malloc(sizeof(int32_t) * (2 * GUARD + order + len));
    u->expect = malloc(sizeof(int32_t) * (order + len));
    assert_non_null(u->residual);
    assert_non_null(u->buf);
    assert_non_null(u->expect);
    int64_t *x = malloc(sizeof(int64_t) * (order + len));
    assert_non_null(x);
    for (uint32_t j = 0; j < order; j++)
        x[j] = test_rand_range(lo, hi);
    for (uint32_t i = 0; i < len; i++) {
        int64_t sum = 0;
        for (uint32_t j = 0; j < order; j++)
            sum += (int64_t)u->coeff[j] * x[order + i - j - 1];
        const int64_t q = sum >> shift;
        int64_t t = (test_rand64() & 1) ? test_rand_range(lo, hi) : q + test_rand_bits(8);
        t = t < lo ? lo : t > hi ? hi : t;
        int64_t r = t - q;
        r = r < INT32_MIN ? INT32_MIN : r > INT32_MAX ? INT32_MAX : r;
        u->residual[i] = (int32_t)r;
        x[order + i] = (int32_t)(uint32_t)(uint64_t)(q + r);
    }
    for (uint32_t j = 0; j < order + len; j++)
        u->expect[j] = (int32_t)x[j];
    free(x);
    u->s.residual = u->residual;
    u->s.qlp_coeff = u->coeff;
    u->s.data_len = len;
    u->s.order = order;
    u->s.lp_quantization = shift;
}

static void free_sub(struct sub *u)
{
    free(u->residual);
    free(u->buf);
    free(u->expect);
}

static void reset_buf(struct sub *u)
{
    const uint32_t order = u->s.order, len = u->s.data_len;
    for (uint32_t w = 0; w < 2 * GUARD + order + len; w++)
        u->buf[w] = (int32_t)TEST_GUARD_32;
    memcpy(u->buf + GUARD, u->expect, sizeof(int32_t) * order);
    u->s.data = u->buf + GUARD + order;
}

/* 1 if the subframe's buffer is guard, warm-up, expected output, guard. */
static int buf_ok(const struct sub *u, const char *isa, int wide, uint32_t index)
{
    const uint32_t order = u->s.order, len = u->s.data_len;
    for (uint32_t w = 0; w < 2 * GUARD + order + len; w++) {
        const int inside = w >= GUARD && w < GUARD + order + len;
        const int32_t want = inside ? u->expect[w - GUARD] : (int32_t)TEST_GUARD_32;
        if (u->buf[w] != want) {
            print_error("MISMATCH %s multi (%s): subframe %u order %u shift %d len %u: word %ld "
                        "is %d, expected %d\n",
                        wide ? "wide" : "narrow", isa, index, order, u->s.lp_quantization, len,
                        (long)w - (long)(GUARD + order), u->buf[w], want);
            return 0;
        }
    }
    return 1;
}

/* A subframe libFLAC accepts (narrow: 16-bit samples and a coefficient precision within its
   32-bit bound; wide: 24-bit samples, 15-bit coefficients or, half the time, coefficients
   small enough for the shift), whose expected output is checked against libFLAC's own. */
static void make_valid_sub(struct sub *u, uint32_t order, uint32_t len, int shift, int wide)
{
    int precision = wide ? 15 : (int)test_rand_range(1, 10);
    if (wide && (test_rand64() & 1)) {
        /* half the wide subframes as an encoder makes them: the prediction stays near the
           samples' scale (|pred| < 2^23 here), so residual + prediction never leaves 32 bits
           and the lanes kernels keep their folded chain; the others wrap and redo */
        int log2_order = 0;
        while ((1u << log2_order) < order)
            log2_order++;
        precision = shift + 1 - log2_order;
        precision = precision < 1 ? 1 : precision;
    }
    make_sub(u, order, len, shift, precision, wide ? 24 : 16);
    if (!wide) {
        while (FLAC__lpc_max_residual_bps(16, u->coeff, order, shift) > 32 ||
               FLAC__lpc_max_prediction_before_shift_bps(16, u->coeff, order) > 32) {
            free_sub(u);
            make_sub(u, order, len, shift, --precision, 16);
        }
    }
    int32_t *ref = malloc(sizeof(int32_t) * (order + len + 1));
    assert_non_null(ref);
    memcpy(ref, u->expect, sizeof(int32_t) * order);
    if (wide)
        FLAC__lpc_restore_signal_wide(u->residual, len, u->coeff, order, shift, ref + order);
    else
        FLAC__lpc_restore_signal(u->residual, len, u->coeff, order, shift, ref + order);
    assert_memory_equal(ref, u->expect, sizeof(int32_t) * (order + len));
    free(ref);
}

static void run_mixes(int wide)
{
    unsigned long long checked = 0, mismatches = 0;
    test_rng_state = test_seed(wide ? "multi wide" : "multi narrow");
    const char *isas[] = {"scalar", "sse41", "avx2", "avx512", "neon"};
    for (int mix = 0; mix < MIXES; mix++) {
        struct sub subs[MAX_COUNT];
        lpcu_subframe list[MAX_COUNT];
        const uint32_t count = (uint32_t)test_rand_range(1, MAX_COUNT);
        /* most mixes share an order and a length, like the channels of a frame */
        const int same = (int)(test_rand64() % 3) != 0;
        const uint32_t order0 = (uint32_t)test_rand_range(1, LPCU_MAX_ORDER);
        const uint32_t len0 = (uint32_t)test_rand_range(0, 600);
        for (uint32_t k = 0; k < count; k++) {
            const uint32_t order = same ? order0 : (uint32_t)test_rand_range(1, LPCU_MAX_ORDER);
            const uint32_t len = same ? len0 : (uint32_t)test_rand_range(0, 600);
            const int shift = (int)test_rand_range(0, 15);
            make_valid_sub(&subs[k], order, len, shift, wide);
        }
        for (size_t i = 0; i < sizeof isas / sizeof isas[0]; i++) {
            if (lpcu_select_isa(isas[i]) != 0)
                continue;
            for (uint32_t k = 0; k < count; k++) {
                reset_buf(&subs[k]);
                list[k] = subs[k].s;
            }
            /* one invalid subframe in some mixes: skipped, nothing written */
            int32_t bad_out[4] = {7, 7, 7, 7};
            lpcu_subframe with_bad[MAX_COUNT + 1];
            uint32_t n = count;
            memcpy(with_bad, list, sizeof(lpcu_subframe) * count);
#ifdef NDEBUG
            if (mix % 5 == 0) {
                with_bad[n] = list[0];
                with_bad[n].data = bad_out + 2;
                with_bad[n].data_len = 2;
                with_bad[n].order = 40;
                n++;
            }
#endif
            if (wide)
                lpcu_restore_signal_wide_multi(with_bad, n);
            else
                lpcu_restore_signal_multi(with_bad, n);
            for (int w = 0; w < 4; w++)
                assert_int_equal(bad_out[w], 7);
            for (uint32_t k = 0; k < count; k++) {
                checked++;
                if (!buf_ok(&subs[k], isas[i], wide, k) && ++mismatches > 5)
                    fail();
            }
        }
        for (uint32_t k = 0; k < count; k++)
            free_sub(&subs[k]);
    }
    assert_int_equal(lpcu_select_isa("auto"), 0);
    printf("%s multi: %d mixes, %llu subframe results checked, %llu mismatches\n",
           wide ? "wide" : "narrow", MIXES, checked, mismatches);
    assert_true(checked > MIXES);
    assert_int_equal(mismatches, 0);
}

/* Whether the build has multi kernels at all (CMake option LPCU_MULTI); the tests of the
   kernels skip, saying so, where it has none. */
static int build_has_multi(const char *test)
{
    for (size_t i = 0; i < MANIFEST_ROW_COUNT; i++)
        if (manifest_rows[i].kind == LPCU_KIND_multi)
            return 1;
    printf("%s: SKIPPED: this build has no multi kernels (LPCU_MULTI=OFF)\n", test);
    return 0;
}

/* Puts one subframe in lane l of g. */
static void set_lane(struct lpcu_group *g, uint32_t l, const int32_t *residual, int32_t *data,
                     const int32_t *coeff, uint32_t order, int shift)
{
    g->residual[l] = residual;
    g->data[l] = data;
    for (uint32_t j = 0; j < order; j++)
        g->coeff[j][l] = coeff[j];
    g->shift[l] = shift;
}

/* Lanes from `used` on: idle copies of lane 0, as kernels/multi.c passes them. */
static void fill_idle(struct lpcu_group *g, uint32_t used)
{
    for (uint32_t l = used; l < LPCU_MAX_LANES; l++)
        set_lane(g, l, g->residual[0], g->data[0], NULL, 0, g->shift[0]);
    for (uint32_t j = 0; j < LPCU_MAX_ORDER; j++)
        for (uint32_t l = used; l < LPCU_MAX_LANES; l++)
            g->coeff[j][l] = g->coeff[j][0];
}

/* Whether row i is the one with the most lanes among the rows that run its kernel. */
static int widest_row_of_kernel(size_t i)
{
    for (size_t j = 0; j < MANIFEST_ROW_COUNT; j++)
        if (j != i && manifest_rows[j].fn == manifest_rows[i].fn &&
            (manifest_rows[j].lanes > manifest_rows[i].lanes ||
             (manifest_rows[j].lanes == manifest_rows[i].lanes && j < i)))
            return 0;
    return 1;
}

/* One single-subframe call of the family. */
static void restore_single(int wide, const int32_t *residual, uint32_t len, const int32_t *coeff,
                           uint32_t order, int shift, int32_t *data)
{
    if (wide)
        lpcu_restore_signal_wide(residual, len, coeff, order, shift, data);
    else
        lpcu_restore_signal(residual, len, coeff, order, shift, data);
}

/*
 * What a multi kernel may return for n steps: all of them, or n rounded down to its 4-step
 * block; a wide lanes kernel may stop earlier, at the start of the block where an output left
 * int32 (its folded chain is wrong from there), and the caller finishes each lane.
 */
static int steps_ok(int wide, uint32_t done, uint32_t n)
{
    return done <= n && (n - done < 4 || (wide && done % 4 == 0));
}

/* Runs the multi kernel of row k with `used` lanes (the others idle copies of lane 0) on
   subframes of its order and one length; checks the steps it ran (steps_ok) and that it wrote
   nothing past them, finishes the rest with the single-subframe call and compares whole
   buffers. */
static unsigned long long run_multi_kernel(const struct manifest_row *k, uint32_t used)
{
    const int wide = k->family == LPCU_FAMILY_wide;
    const uint32_t len = (uint32_t)test_rand_range(0, 300);
    struct sub subs[LPCU_MAX_LANES];
    struct lpcu_group g;
    memset(&g, 0, sizeof g);
    g.lanes = used;
    for (uint32_t l = 0; l < LPCU_MAX_LANES; l++) {
        const uint32_t from = l < used ? l : 0;
        if (l < used) {
            make_valid_sub(&subs[l], k->order, len, (int)test_rand_range(0, 15), wide);
            reset_buf(&subs[l]);
        }
        set_lane(&g, l, subs[from].s.residual, subs[from].s.data, subs[from].coeff, k->order,
                 subs[from].s.lp_quantization);
    }
    const uint32_t done = ((lpcu_multi_fn)k->fn)(&g, len);
    if (!steps_ok(wide, done, len)) {
        print_error("%s ran %u of %u steps\n", k->symbol, done, len);
        fail();
    }
    unsigned long long bad = 0;
    for (uint32_t l = 0; l < used; l++) {
        struct sub *u = &subs[l];
        for (uint32_t i = done; i < len; i++)
            if (u->s.data[i] != (int32_t)TEST_GUARD_32) {
                print_error("%s wrote lane %u sample %u, past the %u steps it ran\n", k->symbol, l,
                            i, done);
                fail();
            }
        restore_single(wide, u->s.residual + done, len - done, u->coeff, k->order,
                       u->s.lp_quantization, u->s.data + done);
        if (!buf_ok(u, k->symbol, wide, l))
            bad++;
        free_sub(u);
    }
    return bad;
}

/* Every multi slot of the manifest, its kernel called directly with as many subframes as the
   slot serves (the dispatcher's call), and with one (every other lane idle). */
static void test_multi_kernels(void **state)
{
    (void)state;
    if (!build_has_multi("multi kernels"))
        skip();
    test_rng_state = test_seed("multi kernels");
    for (int i = 0; i < LPCU_ISA_COUNT; i++)
        if (!lpcu_cpu_has_isa(lpcu_isa_names[i]))
            printf("multi kernels: ISA %s: SKIPPED (this CPU or build lacks it)\n",
                   lpcu_isa_names[i]);
    if (!lpcu_cpu_has_feature(LPCU_FEATURE_ifma))
        printf("multi kernels: AVX512-IFMA kernels: SKIPPED (this CPU or build lacks them)\n");
    unsigned long long runs = 0, kernels = 0, mismatches = 0;
    for (size_t i = 0; i < MANIFEST_ROW_COUNT; i++) {
        const struct manifest_row *k = &manifest_rows[i];
        if (k->kind != LPCU_KIND_multi || !manifest_row_runs(k))
            continue;
        kernels++;
        mismatches += run_multi_kernel(k, k->lanes);
        mismatches += run_multi_kernel(k, 1);
        runs += 2;
    }
    printf("multi kernels: %llu slots (by ISA), %llu runs, %llu mismatches\n", kernels, runs,
           mismatches);
    assert_true(kernels > 0);
    assert_int_equal(mismatches, 0);
}

/*
 * Every multi kernel with the most subframes a slot gives it, each lane's residual and data
 * against PROT_NONE pages: residual[len-1] and data[len-1] the last words before one ("end"),
 * then residual[0] and data[-order] the first words after one ("start"); lengths 0..PAGE_LEN;
 * apart and in place (each lane's residual == data, the residuals where the output goes).
 * The kernel's steps, then the single-subframe call for the rest, must give libFLAC's output.
 */
#define PAGE_LEN 70u
static void test_multi_page_edges(void **state)
{
    (void)state;
    if (!build_has_multi("multi page edges"))
        skip();
    test_rng_state = test_seed("multi page edges");
    struct region rres[LPCU_MAX_LANES], rdata[LPCU_MAX_LANES];
    for (int l = 0; l < LPCU_MAX_LANES; l++) {
        region_map(&rres[l], PAGE_LEN * sizeof(int32_t));
        region_map(&rdata[l], (LPCU_MAX_ORDER + PAGE_LEN) * sizeof(int32_t));
    }
    region_catch_faults();
    unsigned long long runs = 0, mismatches = 0;
    char what[160];
    for (size_t i = 0; i < MANIFEST_ROW_COUNT; i++) {
        const struct manifest_row *k = &manifest_rows[i];
        if (k->kind != LPCU_KIND_multi || !manifest_row_runs(k) || !widest_row_of_kernel(i))
            continue;
        const int wide = k->family == LPCU_FAMILY_wide;
        const uint32_t order = k->order;
        struct sub subs[LPCU_MAX_LANES];
        for (uint32_t l = 0; l < k->lanes; l++)
            make_valid_sub(&subs[l], order, PAGE_LEN, (int)test_rand_range(0, 15), wide);
        for (uint32_t len = 0; len <= PAGE_LEN; len++) {
            for (int mode = 0; mode < 4; mode++) {
                const int at_end = mode & 1, in_place = mode >> 1;
                struct lpcu_group g;
                memset(&g, 0, sizeof g);
                g.lanes = k->lanes;
                for (uint32_t l = 0; l < k->lanes; l++) {
                    int32_t *data = at_end ? (int32_t *)(void *)rdata[l].end - len
                                           : (int32_t *)(void *)rdata[l].start + order;
                    int32_t *res = in_place ? data
                                   : at_end ? (int32_t *)(void *)rres[l].end - len
                                            : (int32_t *)(void *)rres[l].start;
                    memcpy(data - order, subs[l].expect, order * sizeof *data);
                    for (uint32_t w = 0; w < len; w++)
                        data[w] = (int32_t)TEST_GUARD_32;
                    memcpy(res, subs[l].residual, len * sizeof *res);
                    set_lane(&g, l, res, data, subs[l].coeff, order, subs[l].s.lp_quantization);
                }
                fill_idle(&g, k->lanes);
                snprintf(what, sizeof what, "%s len %u at the %s%s", k->symbol, len,
                         at_end ? "end" : "start", in_place ? ", in place" : "");
                region_case = what;
                const uint32_t done = ((lpcu_multi_fn)k->fn)(&g, len);
                region_case = "";
                runs++;
                assert_true(steps_ok(wide, done, len));
                for (uint32_t l = 0; l < k->lanes; l++) {
                    const struct sub *u = &subs[l];
                    int32_t *data = g.data[l];
                    restore_single(wide, g.residual[l] + done, len - done, u->coeff, order,
                                   u->s.lp_quantization, data + done);
                    if (memcmp(data - order, u->expect, (order + len) * sizeof *data) != 0 &&
                        mismatches++ < 5)
                        print_error("MISMATCH %s lane %u\n", what, l);
                }
            }
        }
        for (uint32_t l = 0; l < k->lanes; l++)
            free_sub(&subs[l]);
    }
    region_release_faults();
    for (int l = 0; l < LPCU_MAX_LANES; l++) {
        region_unmap(&rres[l]);
        region_unmap(&rdata[l]);
    }
    printf("multi page edges: %llu runs, %llu mismatches\n", runs, mismatches);
    assert_true(runs > 0);
    assert_int_equal(mismatches, 0);
}

/*
 * Every multi kernel on signals outside any valid stream: full-range warm-up, residuals and
 * 16-bit coefficients, shifts 0-LPCU_MAX_SHIFT, so sums wrap (narrow) and residual +
 * prediction overflows 32 bits (wide, whose kernels then stop at that block; the test
 * finishes each lane with single calls, as kernels/multi.c does). The reference is one
 * single-subframe call per lane, tested bit for bit against the rolled loop on such signals
 * by test_restore.
 */
#define WRAP_LEN 64u
static void test_multi_wrap(void **state)
{
    (void)state;
    if (!build_has_multi("multi wrap-around"))
        skip();
    test_rng_state = test_seed("multi wrap-around");
    unsigned long long runs = 0, mismatches = 0, stopped = 0;
    static int32_t residual[LPCU_MAX_LANES][WRAP_LEN], coeff[LPCU_MAX_LANES][LPCU_MAX_ORDER];
    static int32_t got[LPCU_MAX_LANES][LPCU_MAX_ORDER + WRAP_LEN];
    static int32_t want[LPCU_MAX_LANES][LPCU_MAX_ORDER + WRAP_LEN];
    for (size_t i = 0; i < MANIFEST_ROW_COUNT; i++) {
        const struct manifest_row *k = &manifest_rows[i];
        if (k->kind != LPCU_KIND_multi || !manifest_row_runs(k))
            continue;
        const int wide = k->family == LPCU_FAMILY_wide;
        const uint32_t order = k->order, len = WRAP_LEN - (uint32_t)test_rand_range(0, 3);
        struct lpcu_group g;
        memset(&g, 0, sizeof g);
        g.lanes = k->lanes;
        for (uint32_t l = 0; l < k->lanes; l++) {
            for (uint32_t j = 0; j < order; j++) {
                coeff[l][j] = (int32_t)test_rand_bits(16);
                got[l][j] = want[l][j] = (int32_t)test_rand64();
            }
            for (uint32_t t = 0; t < len; t++)
                residual[l][t] = (int32_t)test_rand64();
            const int shift = (int)test_rand_range(0, LPCU_MAX_SHIFT);
            restore_single(wide, residual[l], len, coeff[l], order, shift, want[l] + order);
            set_lane(&g, l, residual[l], got[l] + order, coeff[l], order, shift);
        }

        fill_idle(&g, k->lanes);
        const uint32_t done = ((lpcu_multi_fn)k->fn)(&g, len);
        runs++;
        assert_true(steps_ok(wide, done, len));
        if (wide && done < len - len % 4)
            stopped++;
        /* the lanes' first `done` outputs, then the single calls from there, as multi.c does */
        for (uint32_t l = 0; l < k->lanes; l++) {
            restore_single(wide, residual[l] + done, len - done, coeff[l], order, g.shift[l],
                           got[l] + order + done);
            if (memcmp(got[l], want[l], (order + len) * sizeof got[l][0]) != 0 && mismatches++ < 5)
                print_error("MISMATCH %s lane %u on a wrap-around signal\n", k->symbol, l);
        }
    }
    printf("multi wrap-around: %llu runs (%llu of them stopped early by a wide kernel), %llu "
           "mismatches\n",
           runs, stopped, mismatches);
    assert_true(runs > 0);
    assert_int_equal(mismatches, 0);
}

static void test_multi_narrow(void **state)
{
    (void)state;
    run_mixes(0);
}

static void test_multi_wide(void **state)
{
    (void)state;
    run_mixes(1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_multi_narrow),  cmocka_unit_test(test_multi_wide),
        cmocka_unit_test(test_multi_kernels), cmocka_unit_test(test_multi_page_edges),
        cmocka_unit_test(test_multi_wrap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
