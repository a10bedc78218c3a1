/* SPDX-License-Identifier: MIT */
/*
 * The encoder's residual (lpcu_compute_residual*): every generated kernel of every ISA this
 * CPU runs, the public functions under every ISA, and the rolled loops, compared over the
 * whole output buffer (guard words on both sides) with a model computed here in 64-bit
 * arithmetic, and with libFLAC 1.4.2's functions wherever libFLAC's encoder would call them:
 *   - FLAC__lpc_compute_residual_from_qlp_coefficients and its SSE2, SSE4.1 and AVX2 variants
 *     (and the _16 ones where the samples and coefficients fit 16 bits) where the 32-bit sums
 *     cannot overflow (bps + precision + log2(order) <= 32);
 *   - ..._wide and its AVX2 variant where every residual fits int32;
 *   - ..._limit_residual and _limit_residual_33bit everywhere, including residuals that leave
 *     the int32 range at a random sample (the return value and the written prefix);
 * orders 1-32, shifts 0-15, precisions 1-15, sample widths 4-33 bits, every length 0..SHORT_MAX
 * and long ones; the narrow family also on full-range inputs, where it wraps. Buffers against
 * PROT_NONE pages check that no kernel reads or writes past either end. Seeds are printed;
 * LPCU_TEST_SEED reproduces a run.
 */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */

#include "test_util.h"

#include "page_region.h"

/* Whether the CPU runs libFLAC's x86 variants of one ISA. */
enum flac_isa { FLAC_SSE2, FLAC_SSE41, FLAC_AVX2 };
static int flac_cpu_has(enum flac_isa isa)
{
#ifdef LPCU_FLAC_X86_RESIDUAL
    switch (isa) {
    case FLAC_SSE2:
        return __builtin_cpu_supports("sse2");
    case FLAC_SSE41:
        return __builtin_cpu_supports("sse4.1");
    case FLAC_AVX2:
        return __builtin_cpu_supports("avx2");
    }
#endif
    (void)isa;
    return 0;
}

#define SHORT_MAX 150 /* every length up to past two trips of the widest kernel, and more */
#define LONG_LEN 4096
#define CASES_PER_ORDER 6

/* the four functions, by what they compute */
enum function { FN_NARROW, FN_WIDE, FN_LIMIT, FN_LIMIT33, FN_COUNT };
static const char *const function_names[FN_COUNT] = {"compute_residual", "_wide", "_limit_residual",
                                                     "_limit_residual_33bit"};
static const enum lpcu_family function_family[FN_COUNT] = {LPCU_FAMILY_narrow, LPCU_FAMILY_wide,
                                                           LPCU_FAMILY_wide, LPCU_FAMILY_wide33};
static const enum lpcu_kind function_kind[FN_COUNT] = {LPCU_KIND_residual, LPCU_KIND_residual,
                                                       LPCU_KIND_limit, LPCU_KIND_limit};

/* One case: the samples (warm-up first) and the predictor. */
struct rcase {
    uint32_t order, len;
    int shift, bps, precision;
    int32_t coeff[LPCU_MAX_ORDER];
    int64_t *samples; /* order + len values; data[i] = samples[order + i] */
    int wraps;        /* the 64-bit sums may wrap: libFLAC's are undefined, only the model */
};

/* What the case must give: residual[0 .. written-1] (the rest untouched) and the result. */
struct model {
    int32_t *residual;
    uint32_t written;
    int ok;               /* the _limit_ functions' result */
    uint32_t first_unfit; /* the first residual outside (INT32_MIN, INT32_MAX], or len */
    int narrow_in_sums;   /* every partial 32-bit sum and product fits int32 (libFLAC's narrow) */
    int fits16;           /* samples and coefficients fit 16 bits (libFLAC's _16 variants) */
    int64_t big_at;       /* the first sample (from -order) beyond LPCU_EXACT_SAMPLE_MAX, or len */
};

/* The model: narrow in wrapping 32-bit arithmetic, the others in wrapping 64-bit arithmetic
   (exact for the cases here: 33-bit samples and 15-bit coefficients cannot overflow it). */
static void compute_model(const struct rcase *c, enum function fn, struct model *m)
{
    m->first_unfit = c->len;
    m->narrow_in_sums = 1;
    for (uint32_t i = 0; i < c->len; i++) {
        const int64_t *d = c->samples + c->order + i;
        uint64_t sum64 = 0;
        uint32_t sum32 = 0;
        for (uint32_t j = 0; j < c->order; j++) {
            const int64_t x = d[-(int64_t)j - 1];
            sum64 += (uint64_t)(int64_t)c->coeff[j] * (uint64_t)x;
            sum32 += (uint32_t)c->coeff[j] * (uint32_t)x;
            /* while this holds, no product or partial sum has left int32 (nor wrapped) */
            if (x < INT32_MIN || x > INT32_MAX || (int64_t)sum64 < INT32_MIN ||
                (int64_t)sum64 > INT32_MAX || (int64_t)c->coeff[j] * x < INT32_MIN ||
                (int64_t)c->coeff[j] * x > INT32_MAX)
                m->narrow_in_sums = 0;
        }
        if (fn == FN_NARROW) {
            m->residual[i] = (int32_t)((uint32_t)d[0] - (uint32_t)((int32_t)sum32 >> c->shift));
            continue;
        }
        const int64_t r = (int64_t)((uint64_t)d[0] - (uint64_t)((int64_t)sum64 >> c->shift));
        if ((r <= INT32_MIN || r > INT32_MAX) && m->first_unfit == c->len)
            m->first_unfit = i;
        m->residual[i] = (int32_t)(uint32_t)(uint64_t)r;
    }
    m->big_at = c->len;
    for (int64_t i = -(int64_t)c->order; i < (int64_t)c->len && m->big_at == c->len; i++) {
        const int64_t x = c->samples[(int64_t)c->order + i];
        if (x > LPCU_EXACT_SAMPLE_MAX || x < -LPCU_EXACT_SAMPLE_MAX)
            m->big_at = i;
    }
    const int limit = fn == FN_LIMIT || fn == FN_LIMIT33;
    m->written = limit ? m->first_unfit : c->len;
    m->ok = !limit || m->first_unfit == c->len;
}

/* ---- candidates ----------------------------------------------------------------------------- */

enum cand_kind {
    C_FLAC,
    C_FLAC_SSE2,
    C_FLAC_16_SSE2,
    C_FLAC_SSE41,
    C_FLAC_AVX2,
    C_FLAC_16_AVX2,
    C_ROLLED,
    C_PUBLIC,
    C_KERNEL
};

struct candidate {
    enum cand_kind kind;
    const struct manifest_row *kernel; /* C_KERNEL */
    const char *isa;                   /* C_PUBLIC: selected with lpcu_select_isa */
};

/* Runs a candidate; returns the _limit_ result (1 for the others) and, for kernels, what they
   wrote in *count. */
static int call(const struct candidate *c, enum function fn, const struct rcase *rc,
                const void *data, int32_t *res, uint32_t *count)
{
    const int32_t *d32 = data;
    const int64_t *d64 = data;
    const uint32_t n = rc->len, o = rc->order;
    const int q = rc->shift;
    const int32_t *k = rc->coeff;
    *count = n;
    switch (c->kind) {
    case C_FLAC:
        if (fn == FN_NARROW)
            FLAC__lpc_compute_residual_from_qlp_coefficients(d32, n, k, o, q, res);
        else if (fn == FN_WIDE)
            FLAC__lpc_compute_residual_from_qlp_coefficients_wide(d32, n, k, o, q, res);
        else if (fn == FN_LIMIT)
            return FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual(d32, n, k, o, q,
                                                                                   res);
        else
            return FLAC__lpc_compute_residual_from_qlp_coefficients_limit_residual_33bit(d64, n, k,
                                                                                         o, q, res);
        return 1;
#ifdef LPCU_FLAC_X86_RESIDUAL
    case C_FLAC_SSE2:
        FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_sse2(d32, n, k, o, q, res);
        return 1;
    case C_FLAC_16_SSE2:
        FLAC__lpc_compute_residual_from_qlp_coefficients_16_intrin_sse2(d32, n, k, o, q, res);
        return 1;
    case C_FLAC_SSE41:
        FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_sse41(d32, n, k, o, q, res);
        return 1;
    case C_FLAC_AVX2:
        if (fn == FN_WIDE)
            FLAC__lpc_compute_residual_from_qlp_coefficients_wide_intrin_avx2(d32, n, k, o, q, res);
        else
            FLAC__lpc_compute_residual_from_qlp_coefficients_intrin_avx2(d32, n, k, o, q, res);
        return 1;
    case C_FLAC_16_AVX2:
        FLAC__lpc_compute_residual_from_qlp_coefficients_16_intrin_avx2(d32, n, k, o, q, res);
        return 1;
#else
    case C_FLAC_SSE2:
    case C_FLAC_16_SSE2:
    case C_FLAC_SSE41:
    case C_FLAC_AVX2:
    case C_FLAC_16_AVX2:
        fail_msg("libFLAC's x86 variants called on another architecture");
        return 0;
#endif
    case C_ROLLED:
        if (fn == FN_NARROW)
            lpcu_compute_residual_rolled(d32, n, k, o, q, res);
        else if (fn == FN_WIDE)
            lpcu_compute_residual_wide_rolled(d32, n, k, o, q, res);
        else if (fn == FN_LIMIT)
            return lpcu_compute_residual_limit_residual_rolled(d32, n, k, o, q, res);
        else
            return lpcu_compute_residual_limit_residual_33bit_rolled(d64, n, k, o, q, res);
        return 1;
    case C_PUBLIC:
        assert_int_equal(lpcu_select_isa(c->isa), 0);
        if (fn == FN_NARROW)
            lpcu_compute_residual(d32, n, k, o, q, res);
        else if (fn == FN_WIDE)
            lpcu_compute_residual_wide(d32, n, k, o, q, res);
        else if (fn == FN_LIMIT)
            return lpcu_compute_residual_limit_residual(d32, n, k, o, q, res);
        else
            return lpcu_compute_residual_limit_residual_33bit(d64, n, k, o, q, res);
        return 1;
    case C_KERNEL:
        if (fn == FN_LIMIT33)
            *count = ((lpcu_residual64_fn)c->kernel->fn)(d64, n, k, q, res);
        else
            *count = ((lpcu_residual32_fn)c->kernel->fn)(d32, n, k, q, res);
        return 1;
    }
    return 0;
}

static void candidate_name(const struct candidate *c, char *buf, size_t size)
{
    static const char *const names[] = {"libFLAC C",     "libFLAC sse2", "libFLAC 16 sse2",
                                        "libFLAC sse41", "libFLAC avx2", "libFLAC 16 avx2",
                                        "rolled",        "public",       "kernel"};
    if (c->kind == C_KERNEL)
        snprintf(buf, size, "kernel %s", c->kernel->symbol);
    else if (c->kind == C_PUBLIC)
        snprintf(buf, size, "public under %s", c->isa);
    else
        snprintf(buf, size, "%s", names[c->kind]);
}

static unsigned long long mismatches, runs;

/*
 * One candidate on the case, in fresh buffers: the samples in a buffer of exactly
 * order + len words with guards around it, the residuals in a buffer of len words with guards
 * (all poisoned under ASan, so reading them is reported). Compares the guards, the result and
 * the whole residual buffer with the model. A kernel may stop early (wide, wide33): what it
 * wrote must be the model's prefix, at least up to the first block holding the stop.
 */
static void check(const struct candidate *c, enum function fn, const struct rcase *rc,
                  const struct model *m)
{
    const int w64 = fn == FN_LIMIT33;
    const size_t width = w64 ? 8 : 4, words = rc->order + rc->len;
    unsigned char *dbuf = malloc((words + 2 * TEST_GUARD_WORDS) * width);
    int32_t *rbuf = malloc((rc->len + 2 * TEST_GUARD_WORDS) * sizeof(int32_t));
    assert_non_null(dbuf);
    assert_non_null(rbuf);
    for (size_t w = 0; w < words; w++) {
        if (w64)
            ((int64_t *)dbuf)[TEST_GUARD_WORDS + w] = rc->samples[w];
        else
            ((int32_t *)dbuf)[TEST_GUARD_WORDS + w] = (int32_t)rc->samples[w];
    }
    for (size_t w = 0; w < rc->len + 2 * TEST_GUARD_WORDS; w++)
        rbuf[w] = (int32_t)TEST_GUARD_32;
    const void *data = dbuf + (TEST_GUARD_WORDS + rc->order) * width;
    int32_t *res = rbuf + TEST_GUARD_WORDS;
    harness_poison(dbuf, TEST_GUARD_WORDS * width);
    harness_poison(dbuf + (TEST_GUARD_WORDS + words) * width, TEST_GUARD_WORDS * width);
    harness_poison(rbuf, TEST_GUARD_WORDS * sizeof(int32_t));
    harness_poison(res + rc->len, TEST_GUARD_WORDS * sizeof(int32_t));
    uint32_t count;
    const int ok = call(c, fn, rc, data, res, &count);
    harness_unpoison(dbuf, (words + 2 * TEST_GUARD_WORDS) * width);
    harness_unpoison(rbuf, (rc->len + 2 * TEST_GUARD_WORDS) * sizeof(int32_t));
    runs++;

    char name[128], why[160] = "";
    uint32_t written = m->written;
    if (c->kind == C_KERNEL) {
        /* a residual kernel writes all; a limit kernel all if every residual fits, else it
           stops in the block (at most 64 samples) before the first that does not; an
           exact-double kernel also before the chunk of a sample beyond its range */
        const uint32_t stop = function_kind[fn] == LPCU_KIND_residual ? rc->len : m->first_unfit;
        uint32_t least = stop > 64 ? stop - 64 : 0, all = stop == rc->len;
        if (c->kernel->feature == LPCU_FEATURE_fma && m->big_at < (int64_t)rc->len) {
            const uint32_t at =
                m->big_at < 0 ? 0 : (uint32_t)m->big_at / LPCU_EXACT_CHUNK * LPCU_EXACT_CHUNK;
            least = at < least ? (at > 64 ? at - 64 : 0) : least;
            all = 0;
        }
        if (count > stop || (all && count != rc->len) || count < least)
            snprintf(why, sizeof why, "wrote %u residuals; the first that does not fit: %u", count,
                     stop);
        written = count;
    } else if ((fn == FN_LIMIT || fn == FN_LIMIT33) && ok != m->ok) {
        snprintf(why, sizeof why, "returned %d, the model %d", ok, m->ok);
    }
    for (long w = -TEST_GUARD_WORDS; !why[0] && w < (long)rc->len + TEST_GUARD_WORDS; w++) {
        const int inside = w >= 0 && w < (long)written;
        const int32_t want = inside ? m->residual[w] : (int32_t)TEST_GUARD_32;
        if (res[w] != want)
            snprintf(why, sizeof why, "word %ld (%s) is %d, expected %d", w,
                     inside ? "residual" : "untouched", res[w], want);
    }
    if (why[0] && mismatches++ < 10) {
        candidate_name(c, name, sizeof name);
        print_error("MISMATCH %s, %s: order %u len %u shift %d bps %d precision %d: %s\n", name,
                    function_names[fn], rc->order, rc->len, rc->shift, rc->bps, rc->precision, why);
    }
    free(dbuf);
    free(rbuf);
}

/* Every candidate that computes `fn` on this case: libFLAC's functions where its encoder would
   call them, the rolled loop, the public function under every ISA, every kernel of the family
   and order. */
static void check_all(enum function fn, const struct rcase *rc, const struct model *m,
                      int with_public)
{
    struct candidate c = {C_FLAC, NULL, NULL};
    const int wide_fits = fn == FN_WIDE && m->first_unfit == rc->len && !rc->wraps;
    if ((fn != FN_NARROW || m->narrow_in_sums) && !rc->wraps)
        check(&c, fn, rc, m);
    if (fn == FN_NARROW && m->narrow_in_sums) {
        static const struct {
            enum cand_kind kind;
            enum flac_isa isa;
            int needs16;
        } variants[] = {{C_FLAC_SSE2, FLAC_SSE2, 0},
                        {C_FLAC_16_SSE2, FLAC_SSE2, 1},
                        {C_FLAC_SSE41, FLAC_SSE41, 0},
                        {C_FLAC_AVX2, FLAC_AVX2, 0},
                        {C_FLAC_16_AVX2, FLAC_AVX2, 1}};
        for (size_t v = 0; v < sizeof variants / sizeof variants[0]; v++) {
            c.kind = variants[v].kind;
            if (flac_cpu_has(variants[v].isa) && (!variants[v].needs16 || m->fits16))
                check(&c, fn, rc, m);
        }
    }
    if (wide_fits && flac_cpu_has(FLAC_AVX2)) {
        c.kind = C_FLAC_AVX2;
        check(&c, fn, rc, m);
    }
    c.kind = C_ROLLED;
    check(&c, fn, rc, m);
    if (with_public) {
        c.kind = C_PUBLIC;
        for (int isa = 0; isa < LPCU_ISA_COUNT; isa++) {
            c.isa = lpcu_isa_names[isa];
            if (lpcu_cpu_has_isa(c.isa))
                check(&c, fn, rc, m);
        }
        assert_int_equal(lpcu_select_isa("auto"), 0);
    }
    c.kind = C_KERNEL;
    for (size_t r = 0; r < MANIFEST_ROW_COUNT; r++) {
        c.kernel = &manifest_rows[r];
        /* an exact-double kernel needs its bounds (the public functions check them) */
        if (c.kernel->kind == function_kind[fn] && c.kernel->family == function_family[fn] &&
            c.kernel->order == rc->order && test_kernel_runs(c.kernel) &&
            (c.kernel->feature == LPCU_FEATURE_base ||
             lpcu_exact_applies(rc->coeff, rc->order, rc->shift)))
            check(&c, fn, rc, m);
    }
}

/* ---- cases ------------------------------------------------------------------------------------
 */

static int ilog2u(uint32_t v)
{
    int l = 0;
    while (v >>= 1)
        l++;
    return l;
}

/* A bps-bit signal: random runs of noise, of a smooth drifting curve and of a held value. */
static void make_signal(int bps, uint32_t n, int64_t *out)
{
    const int64_t lo = -(INT64_C(1) << (bps - 1)), hi = (INT64_C(1) << (bps - 1)) - 1;
    int64_t v = test_rand_range(lo, hi), slope = 0;
    int mode = 0;
    for (uint32_t i = 0; i < n; i++) {
        if ((test_rand64() & 31) == 0)
            mode = (int)(test_rand64() % 3);
        if (mode == 0) {
            v = test_rand_range(lo, hi);
        } else if (mode == 1) {
            slope += test_rand_bits(bps < 10 ? bps : 10);
            v += slope;
            if (v < lo || v > hi) {
                v = v < lo ? lo : hi;
                slope = -slope / 2;
            }
        }
        out[i] = v;
    }
}

/* Coefficients of `precision` bits (the encoder's: |c| < 2^(precision-1)). */
static void make_coeffs(struct rcase *rc)
{
    const int32_t lim = (int32_t)1 << (rc->precision - 1);
    for (uint32_t j = 0; j < rc->order; j++)
        rc->coeff[j] = (int32_t)test_rand_range(-lim, lim - 1);
}

/* Runs the functions whose domain the case is in, at every length 0..SHORT_MAX (the public
   functions at some) and at its full length. */
static void run_case(struct rcase *rc, const enum function *fns, int n_fns)
{
    const uint32_t full = rc->len;
    int32_t *model_res = malloc(sizeof(int32_t) * (full ? full : 1));
    assert_non_null(model_res);
    for (int f = 0; f < n_fns; f++) {
        for (uint32_t len = 0; len <= full; len = len < SHORT_MAX ? len + 1 : full + 1) {
            if (len >= SHORT_MAX)
                len = full;
            rc->len = len;
            struct model m = {model_res, 0, 1, 0, 1, 0, 0};
            compute_model(rc, fns[f], &m);
            m.fits16 = rc->bps <= 16 && rc->precision <= 16;
            check_all(fns[f], rc, &m, len % 17 == 0 || len == full);
        }
    }
    rc->len = full;
    free(model_res);
}

static void test_domains(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual domains");
    int64_t *samples = malloc(sizeof(int64_t) * (LPCU_MAX_ORDER + LONG_LEN));
    assert_non_null(samples);
    for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order++) {
        for (int k = 0; k < CASES_PER_ORDER; k++) {
            struct rcase rc = {order, k == 0 ? LONG_LEN : SHORT_MAX, 0, 0, 0, {0}, samples, 0};
            rc.shift = (int)test_rand_range(0, 15);
            rc.precision = (int)test_rand_range(1, 15);
            make_coeffs(&rc);
            /* narrow: the encoder's condition for 32-bit sums */
            const int max_bps = 32 - rc.precision - ilog2u(order);
            if (max_bps >= 4) {
                rc.bps = (int)test_rand_range(4, max_bps < 24 ? max_bps : 24);
                make_signal(rc.bps, order + rc.len, samples);
                const enum function fns[] = {FN_NARROW, FN_WIDE, FN_LIMIT};
                run_case(&rc, fns, 3);
            }
            /* wide and limit: up to 32-bit samples, residuals that may not fit */
            rc.bps = (int)test_rand_range(16, 32);
            make_signal(rc.bps, order + rc.len, samples);
            const enum function wide_fns[] = {FN_WIDE, FN_LIMIT};
            run_case(&rc, wide_fns, 2);
            /* the 33-bit side channel */
            rc.bps = 33;
            make_signal(rc.bps, order + rc.len, samples);
            const enum function fns33[] = {FN_LIMIT33};
            run_case(&rc, fns33, 1);
        }
    }
    free(samples);
    printf("test_residual domains: %llu runs\n", runs);
    assert_int_equal(mismatches, 0);
}

/* The narrow family on full-range samples and coefficients, where its sums wrap (the model is
   the oracle; libFLAC's C is undefined there and is not called). */
static void test_wrapping(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual wrapping");
    int64_t samples[LPCU_MAX_ORDER + SHORT_MAX];
    for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order++) {
        struct rcase rc = {order, SHORT_MAX, (int)test_rand_range(0, 31), 32, 32, {0}, samples, 0};
        for (uint32_t j = 0; j < order; j++)
            rc.coeff[j] = (int32_t)test_rand_bits(32);
        for (uint32_t i = 0; i < order + SHORT_MAX; i++)
            samples[i] = test_rand_bits(32);
        const enum function fns[] = {FN_NARROW};
        run_case(&rc, fns, 1);
    }
    assert_int_equal(mismatches, 0);
}

/* A residual outside (INT32_MIN, INT32_MAX] at one chosen sample, each position of a few
   blocks, including exactly INT32_MIN (refused) and INT32_MAX (accepted). */
static void test_limit_positions(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual limit positions");
    int64_t samples[LPCU_MAX_ORDER + 100];
    for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order += (order < 4 ? 1 : 5)) {
        for (uint32_t at = 0; at < 70; at += 3) {
            for (int edge = 0; edge < 3; edge++) {
                struct rcase rc = {order, 100, 0, 16, 1, {0}, samples, 0};
                /* zero coefficients: each residual is its sample */
                for (uint32_t i = 0; i < order + 100; i++)
                    samples[i] = test_rand_bits(16);
                const int64_t target[3] = {INT32_MIN, INT32_MAX, (int64_t)INT32_MAX + 1};
                samples[order + at] = target[edge];
                enum function fn = FN_LIMIT33;
                run_case(&rc, &fn, 1);
                if (edge < 2) { /* representable in int32 samples */
                    fn = FN_LIMIT;
                    run_case(&rc, &fn, 1);
                    fn = FN_WIDE;
                    run_case(&rc, &fn, 1);
                }
            }
        }
    }
    assert_int_equal(mismatches, 0);
}

/* ---- the exact-double kernels' bounds ------------------------------------------------------- */

/* The exact-double kernels (feature fma) run where sum |coeff| <= LPCU_EXACT_COEFF_SUM, the
   shift is at most LPCU_EXACT_MAX_SHIFT and the samples are within LPCU_EXACT_SAMPLE_MAX; the
   public functions fall back to the integer kernels elsewhere. These cases sit on both sides
   of each bound. */
enum coeff_pattern { AT_BOUND, ALL_15_BIT, OVER_BOUND, FULL_RANGE };

static void pattern_coeffs(struct rcase *rc, enum coeff_pattern p)
{
    const int64_t total = LPCU_EXACT_COEFF_SUM + (p == OVER_BOUND);
    int64_t left = total;
    for (uint32_t j = 0; j < rc->order; j++) {
        int64_t mag = (int64_t)1 << 14;         /* ALL_15_BIT: FLAC's widest coefficients */
        if (p == AT_BOUND || p == OVER_BOUND) { /* magnitudes summing to total exactly */
            mag = j + 1 == rc->order ? left : test_rand_range(0, 2 * left / (rc->order - j));
            left -= mag;
        }
        rc->coeff[j] = (int32_t)(test_rand64() & 1 ? mag : -mag);
        if (p == FULL_RANGE)
            rc->coeff[j] = (int32_t)test_rand_bits(32);
    }
    rc->wraps = p == FULL_RANGE;
}

/* Samples of `bits` bits (32 or 33), a third of them at its extremes. */
static void extreme_signal(int64_t *out, uint32_t n, int bits)
{
    const int64_t lo = -((int64_t)1 << (bits - 1)), hi = ((int64_t)1 << (bits - 1)) - 1;
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t r = test_rand64() % 6;
        out[i] = r == 0 ? lo : r == 1 ? hi : test_rand_bits(bits);
    }
}

/* Lengths around the exact kernels' blocks and their chunk of LPCU_EXACT_CHUNK samples. */
static const uint32_t exact_lengths[] = {0,
                                         1,
                                         15,
                                         16,
                                         17,
                                         33,
                                         100,
                                         LPCU_EXACT_CHUNK - 1,
                                         LPCU_EXACT_CHUNK,
                                         LPCU_EXACT_CHUNK + 1,
                                         LPCU_EXACT_CHUNK + 44};
#define EXACT_LEN (LPCU_EXACT_CHUNK + 44)

static void run_exact_lengths(struct rcase *rc, const enum function *fns, int n_fns)
{
    int32_t model_res[EXACT_LEN];
    for (int f = 0; f < n_fns; f++)
        for (size_t l = 0; l < sizeof exact_lengths / sizeof exact_lengths[0]; l++) {
            rc->len = exact_lengths[l];
            struct model m = {model_res, 0, 1, 0, 1, 0, 0};
            compute_model(rc, fns[f], &m);
            check_all(fns[f], rc, &m, 1);
        }
    rc->len = EXACT_LEN;
}

/* Every order and shift (and two past the bound, and 31): coefficients at the bound, all 15-bit,
   one over it, full-range (wrapping); int32 samples including INT32_MIN and INT32_MAX, 33-bit ones
   including -2^32. */
static void test_exact_bounds(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual exact bounds");
    int64_t samples[LPCU_MAX_ORDER + EXACT_LEN];
    const enum function wide_fns[] = {FN_WIDE, FN_LIMIT}, fns33[] = {FN_LIMIT33};
    for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order++)
        for (int s = 0; s <= LPCU_EXACT_MAX_SHIFT + 3; s++)
            for (int p = AT_BOUND; p <= FULL_RANGE; p++) {
                const int shift = s > LPCU_EXACT_MAX_SHIFT + 2 ? 31 : s;
                if (p == FULL_RANGE && shift % 4) /* a few shifts are enough for the wrap */
                    continue;
                struct rcase rc = {order, EXACT_LEN, shift, 32, 15, {0}, samples, 0};
                pattern_coeffs(&rc, (enum coeff_pattern)p);
                extreme_signal(samples, order + EXACT_LEN, 32);
                run_exact_lengths(&rc, wide_fns, 2);
                extreme_signal(samples, order + EXACT_LEN, 33);
                run_exact_lengths(&rc, fns33, 1);
            }
    assert_int_equal(mismatches, 0);
}

/* Shifts past LPCU_EXACT_MAX_SHIFT, where doubles would no longer hold sample * 2^shift:
   predictions of +-2^-shift (a coefficient of 1 on one tap, samples -1 and INT32_MAX - 1),
   whose floor is -1 or 0 next to a residual of 31 bits. */
static void test_exact_shifts(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual exact shifts");
    int64_t samples[LPCU_MAX_ORDER + EXACT_LEN];
    const enum function fns[] = {FN_LIMIT33, FN_LIMIT, FN_WIDE};
    for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order++)
        for (int shift = LPCU_EXACT_MAX_SHIFT + 1; shift <= 31; shift++) {
            struct rcase rc = {order, EXACT_LEN, shift, 32, 2, {0}, samples, 0};
            rc.coeff[test_rand_range(0, order - 1)] = 1;
            for (uint32_t i = 0; i < order + EXACT_LEN; i++)
                samples[i] = test_rand64() & 1 ? -1 : INT32_MAX - 1;
            run_exact_lengths(&rc, fns, 3);
        }
    assert_int_equal(mismatches, 0);
}

/* A residual at each limit of (INT32_MIN, INT32_MAX] and just past it, at each position of
   the first blocks and around the chunk boundary, after a prediction from coefficients at the
   bound: small samples, the one at the position set to give that residual. */
static void test_exact_limit_positions(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual exact limit positions");
    int64_t samples[LPCU_MAX_ORDER + EXACT_LEN];
    static const uint32_t orders[] = {1, 2, 3, 4, 5, 7, 8, 12, 13, 16, 17, 24, 31, 32};
    static const int shifts[] = {0, 6, 15};
    const int64_t targets[4] = {INT32_MAX, INT32_MIN + 1, (int64_t)INT32_MAX + 1, INT32_MIN};
    for (size_t o = 0; o < sizeof orders / sizeof orders[0]; o++)
        for (size_t sh = 0; sh < sizeof shifts / sizeof shifts[0]; sh++)
            for (uint32_t at = 0; at < EXACT_LEN;
                 at +=
                 at < 40 || (at >= LPCU_EXACT_CHUNK - 8 && at < LPCU_EXACT_CHUNK + 8) ? 1 : 23)
                for (int t = 0; t < 4; t++) {
                    struct rcase rc = {orders[o], EXACT_LEN, shifts[sh], 32, 15, {0}, samples, 0};
                    pattern_coeffs(&rc, AT_BOUND);
                    for (uint32_t i = 0; i < rc.order + rc.len; i++)
                        samples[i] = test_rand_bits(8);
                    int64_t sum = 0;
                    for (uint32_t j = 0; j < rc.order; j++)
                        sum += (int64_t)rc.coeff[j] * samples[rc.order + at - j - 1];
                    const int64_t x = targets[t] + (sum >> rc.shift);
                    samples[rc.order + at] = x;
                    int32_t model_res[EXACT_LEN];
                    const enum function fns[] = {FN_LIMIT33, FN_LIMIT, FN_WIDE};
                    /* int32 samples where x is one */
                    const int n_fns = x < INT32_MIN || x > INT32_MAX ? 1 : 3;
                    for (int f = 0; f < n_fns; f++) {
                        struct model m = {model_res, 0, 1, 0, 1, 0, 0};
                        compute_model(&rc, fns[f], &m);
                        check_all(fns[f], &rc, &m, 1);
                    }
                }
    assert_int_equal(mismatches, 0);
}

/* Samples beyond the exact kernels' range, at a chosen sample (in the warm-up, the first
   block, around the chunk boundary): a 33-bit ramp crossing +-LPCU_EXACT_SAMPLE_MAX (residuals
   of a first- or second-order predictor of a line, which fit), and a signal doubling from 1
   past it to 2^62 (residuals 0 under x[i] = 2 x[i-1], then one too large), where doubles no
   longer hold the products; libFLAC's sums overflow there, so only the model. */
static void test_exact_sample_range(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual exact sample range");
    int64_t samples[LPCU_MAX_ORDER + EXACT_LEN];
    static const int32_t crossings[] = {
        -3,           0, 5, 16, 100, LPCU_EXACT_CHUNK - 1, LPCU_EXACT_CHUNK, LPCU_EXACT_CHUNK + 1,
        EXACT_LEN - 3};
    for (uint32_t order = 1; order <= LPCU_MAX_ORDER; order++)
        for (size_t c = 0; c < sizeof crossings / sizeof crossings[0]; c++)
            for (int v = 0; v < 4; v++) {
                const int64_t sign = v & 1 ? -1 : 1;
                const int doubling = v >= 2;
                struct rcase rc = {order, EXACT_LEN, (int)(order % 16), 33,
                                   15,    {0},       samples,           doubling};
                for (uint32_t i = 0; i < order + rc.len; i++) {
                    const int64_t at =
                        (int64_t)i - order - crossings[c]; /* past the range from 0 */
                    if (doubling) {
                        const int64_t e = at + LPCU_EXACT_SAMPLE_BITS;
                        samples[i] = sign * ((int64_t)1 << (e < 0 ? 0 : e > 62 ? 62 : e));
                    } else { /* a slope of 2^24 from the crossing */
                        samples[i] = sign * (LPCU_EXACT_SAMPLE_MAX + at * ((int64_t)1 << 24)) +
                                     test_rand_bits(10);
                    }
                }
                rc.coeff[0] = (order > 1 || doubling ? 2 : 1) << rc.shift;
                if (order > 1 && !doubling)
                    rc.coeff[1] = -(1 << rc.shift);
                const enum function fn = FN_LIMIT33;
                run_exact_lengths(&rc, &fn, 1);
            }
    assert_int_equal(mismatches, 0);
}

/* ---- page edges -------------------------------------------------------------------------------
 */

/* data[-order] at the first byte of a mapping and residual[len-1] at the last byte of another:
   any access outside faults, vectors that are partly in bounds included. */
static void test_page_edges(void **state)
{
    (void)state;
    test_rng_state = test_seed("test_residual page edges");
    region_catch_faults();
    struct region dr, rr;
    const uint32_t max_len = 300;
    region_map(&dr, (LPCU_MAX_ORDER + max_len) * sizeof(int64_t));
    region_map(&rr, max_len * sizeof(int32_t));
    int32_t coeff[LPCU_MAX_ORDER];
    for (int j = 0; j < LPCU_MAX_ORDER; j++)
        coeff[j] = (int32_t)test_rand_range(-2000, 2000);
    static char what[160];
    for (size_t r = 0; r < MANIFEST_ROW_COUNT; r++) {
        const struct manifest_row *k = &manifest_rows[r];
        if ((k->kind != LPCU_KIND_residual && k->kind != LPCU_KIND_limit) || !test_kernel_runs(k))
            continue;
        const size_t width = family_sample_size(k->family);
        for (uint32_t len = 0; len <= max_len; len += len < 70 ? 1 : 23) {
            /* the samples end at the end of their mapping, then start at its start */
            for (int at_start = 0; at_start < 2; at_start++) {
                unsigned char *base = at_start ? dr.start : dr.end - (k->order + len) * width;
                for (size_t i = 0; i < (k->order + len) * width; i++)
                    base[i] = (unsigned char)(test_rand64() & 0x0f);
                const void *data = base + k->order * width;
                int32_t *res = (int32_t *)(void *)(rr.end - len * sizeof(int32_t));
                snprintf(what, sizeof what, "%s, len %u, samples at the %s of a mapping", k->symbol,
                         len, at_start ? "start" : "end");
                region_case = what;
                if (k->family == LPCU_FAMILY_wide33)
                    ((lpcu_residual64_fn)k->fn)(data, len, coeff, 3, res);
                else
                    ((lpcu_residual32_fn)k->fn)(data, len, coeff, 3, res);
                region_case = "";
            }
        }
    }
    region_unmap(&dr);
    region_unmap(&rr);
}

/* Out-of-range order or shift: nothing written, the _limit_ functions return 0. */
static void test_bad_parameters(void **state)
{
    (void)state;
#ifdef NDEBUG
    int32_t data[40] = {0}, res[4] = {7, 7, 7, 7};
    int64_t data64[40] = {0};
    const int32_t coeff[33] = {1};
    lpcu_compute_residual(data + 33, 4, coeff, 33, 0, res);
    lpcu_compute_residual_wide(data + 33, 4, coeff, 0, 0, res);
    lpcu_compute_residual(data + 33, 4, coeff, 3, 32, res);
    assert_int_equal(lpcu_compute_residual_limit_residual(data + 33, 4, coeff, 33, 0, res), 0);
    assert_int_equal(lpcu_compute_residual_limit_residual_33bit(data64 + 33, 4, coeff, 3, -1, res),
                     0);
    for (int i = 0; i < 4; i++)
        assert_int_equal(res[i], 7);
#else
    skip(); /* the entry points assert on bad parameters in builds without NDEBUG */
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_domains),
        cmocka_unit_test(test_wrapping),
        cmocka_unit_test(test_limit_positions),
        cmocka_unit_test(test_exact_bounds),
        cmocka_unit_test(test_exact_shifts),
        cmocka_unit_test(test_exact_limit_positions),
        cmocka_unit_test(test_exact_sample_range),
        cmocka_unit_test(test_page_edges),
        cmocka_unit_test(test_bad_parameters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
