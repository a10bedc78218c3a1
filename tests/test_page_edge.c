/* SPDX-License-Identifier: MIT */
/*
 * Page-edge test: no kernel reads or writes outside residual[0 .. len-1] and
 * data[-order .. len-1], SIMD blocks and tails included. Buffers sit against PROT_NONE pages,
 * which fault on any access, whatever the sanitizer or the instruction (a vector load that
 * is partly in bounds escapes ASan's byte-granular shadow, not a page fault):
 *   - "end":   the last element of residual and of data is the last word before a PROT_NONE
 *              page (catches reads and writes past the end);
 *   - "start": data[-order] and residual[0] are the first word after one (catches accesses
 *              before the warm-up).
 * Every family, every kernel of every ISA this CPU runs, the rolled loop and the public and
 * checked entry points; orders 1-32, lengths 0-300; for the families with 32-bit samples,
 * also in place (residual == data, the residuals where the output goes), at both placements
 * (entry points and kernels, but not the wide kernels, which need the residuals apart).
 * Results are compared with the rolled
 * loop, and the words on the open side of each buffer must keep their guard value. A fault
 * prints the case being run before the process dies.
 */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS, sigaction */

#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "harness.h"
#include "page_region.h"

#define MAX_LEN 300u
#define OPEN_GUARD_WORDS 8 /* checked on the side of a buffer that is not against the page */
#define GUARD_BYTE 0xC3

/* The entry point, family, order and placement running, for mismatch and fault reports. */
static char current_case[160];

/* ---- the test ------------------------------------------------------------------------- */

enum placement { AT_END, AT_START };
static const char *const placement_name[] = {"end", "start"};
enum mode { APART, IN_PLACE };
static const char *const mode_name[] = {"", ", in place"};

struct family_case {
    enum lpcu_family family;
    uint32_t order;
    int shift;
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t residual[MAX_LEN];
    unsigned char *ref; /* data[-order .. MAX_LEN-1] restored by the rolled loop */
};

static unsigned long long runs;

/* One entry point at one length and placement: lay out warm-up and residuals against the
   page, fill the open side with guards, restore, compare. */
static void run_one(const struct family_case *fc, enum harness_entry e,
                    const struct manifest_row *k, uint32_t len, enum placement at, enum mode m,
                    const struct region *data_r, const struct region *res_r)
{
    const size_t w = harness_width(fc->family);
    const size_t span = (fc->order + len) * w; /* data[-order .. len-1] */
    unsigned char *lo = at == AT_END ? data_r->end - span : data_r->start;
    int32_t *residual = m == IN_PLACE  ? (int32_t *)(void *)(lo + fc->order * w)
                        : at == AT_END ? (int32_t *)res_r->end - len
                                       : (int32_t *)res_r->start;
    /* the open side: before the buffer when it ends at the page, after it otherwise */
    unsigned char *open = at == AT_END ? lo - OPEN_GUARD_WORDS * w : lo + span;

    char what[200];
    snprintf(what, sizeof what, "test_page_edge: %s len %u", current_case, len);
    region_case = what;
    memset(open, GUARD_BYTE, OPEN_GUARD_WORDS * w);
    memcpy(lo, fc->ref, fc->order * w);
    memset(lo + fc->order * w, GUARD_BYTE, len * w);
    memcpy(residual, fc->residual, len * sizeof(int32_t)); /* in place: over the guards */

    const int rc = harness_call(e, k, fc->family, residual, len, fc->coeff, fc->order, fc->shift,
                                lo + fc->order * w);
    region_case = "";
    runs++;

    int bad = rc != 0 || memcmp(lo, fc->ref, span) != 0;
    for (size_t b = 0; b < OPEN_GUARD_WORDS * w && !bad; b++)
        bad = open[b] != GUARD_BYTE;
    if (bad) {
        print_error("MISMATCH %s len %u: result or guard words differ (rc %d)\n", current_case, len,
                    rc);
        fail();
    }
}

static void run_entry(const struct family_case *fc, enum harness_entry e,
                      const struct manifest_row *k, const char *who, const struct region *data_r,
                      const struct region *res_r)
{
    const int modes = harness_in_place_ok(e, fc->family) ? 2 : 1;
    for (int m = APART; m < modes; m++)
        for (int at = AT_END; at <= AT_START; at++) {
            snprintf(current_case, sizeof current_case,
                     "%s family %s order %u, buffers at the %s of a page%s", who,
                     lpcu_family_names[fc->family], fc->order, placement_name[at], mode_name[m]);
            for (uint32_t len = 0; len <= MAX_LEN; len++)
                run_one(fc, e, k, len, (enum placement)at, (enum mode)m, data_r, res_r);
        }
}

static void test_page_edges(void **state)
{
    (void)state;
    const char *env = getenv("LPCU_TEST_SEED");
    const uint64_t seed = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL);
    printf("test_page_edge: seed %llu (set LPCU_TEST_SEED=%llu to reproduce)\n",
           (unsigned long long)seed, (unsigned long long)seed);
    harness_report_isas("test_page_edge");
    region_catch_faults();
    uint64_t s = seed;

    struct region data_r, res_r;
    region_map(&data_r, (LPCU_MAX_ORDER + MAX_LEN + OPEN_GUARD_WORDS) * sizeof(int64_t));
    region_map(&res_r, MAX_LEN * sizeof(int32_t));
    struct family_case fc;
    fc.ref = malloc((LPCU_MAX_ORDER + MAX_LEN) * sizeof(int64_t));
    assert_non_null(fc.ref);

    unsigned long long distinct_kernels = 0;
    for (int f = 0; f < LPCU_FAMILY_COUNT; f++) {
        fc.family = (enum lpcu_family)f;
        const size_t w = harness_width(fc.family);
        for (fc.order = 1; fc.order <= LPCU_MAX_ORDER; fc.order++) {
            /* FLAC-like values: the point here is where memory is touched, not arithmetic */
            fc.shift = (int)harness_below(&s, 16);
            const int coeff_bits = 1 + (int)harness_below(&s, 15);
            for (uint32_t j = 0; j < fc.order; j++)
                fc.coeff[j] = (int32_t)harness_rand_bits(&s, coeff_bits);
            for (uint32_t j = 0; j < fc.order; j++)
                harness_set(fc.family, fc.ref, j, harness_rand_bits(&s, 24));
            for (uint32_t i = 0; i < MAX_LEN; i++)
                fc.residual[i] = (int32_t)harness_rand_bits(&s, 16);
            harness_call(HE_ROLLED, NULL, fc.family, fc.residual, MAX_LEN, fc.coeff, fc.order,
                         fc.shift, fc.ref + fc.order * w);

            run_entry(&fc, HE_ROLLED, NULL, "rolled", &data_r, &res_r);
            run_entry(&fc, HE_PUBLIC, NULL, "public", &data_r, &res_r);
            run_entry(&fc, HE_CHECKED, NULL, "checked", &data_r, &res_r);
            /* each distinct kernel once: ISAs may list the scalar kernel at some orders */
            lpcu_any_fn done[HARNESS_MAX_ISAS];
            int n_done = 0;
            for (size_t k = 0; k < MANIFEST_ROW_COUNT; k++) {
                const struct manifest_row *kern = &manifest_rows[k];
                if (kern->kind != LPCU_KIND_restore || kern->family != fc.family ||
                    kern->order != fc.order || !lpcu_cpu_has_isa(kern->isa))
                    continue;
                int seen = 0;
                for (int d = 0; d < n_done && !seen; d++)
                    seen = done[d] == kern->fn;
                if (seen || n_done == HARNESS_MAX_ISAS)
                    continue;
                done[n_done++] = kern->fn;
                distinct_kernels++;
                char who[48];
                snprintf(who, sizeof who, "kernel %s", kern->isa);
                run_entry(&fc, HE_KERNEL, kern, who, &data_r, &res_r);
            }
        }
    }
    printf("test_page_edge: %llu distinct kernels (active ISA %s), %llu runs at lengths 0-%u, "
           "both placements, apart and (narrow, wide) in place, no access outside the buffers\n",
           distinct_kernels, lpcu_active_isa(), runs, MAX_LEN);
    region_release_faults();
    free(fc.ref);
    region_unmap(&data_r);
    region_unmap(&res_r);
}

/* The fixed best predictor's error-sum kernels (hand-written, not in the manifest), through
   the public functions under each ISA: samples and their four warm-up samples against the
   page at either end, lengths 0 .. MAX_LEN, the order and estimates the scalar ISA gives. */
static void test_best_predictor_page_edges(void **state)
{
    (void)state;
    typedef uint32_t (*best_fn)(const int32_t *, uint32_t, float *);
    static const best_fn fns[2] = {lpcu_fixed_compute_best_predictor,
                                   lpcu_fixed_compute_best_predictor_wide};
    enum { WARMUP = LPCU_FIXED_MAX_ORDER };
    region_catch_faults();
    struct region r;
    region_map(&r, (WARMUP + MAX_LEN) * sizeof(int32_t));
    int32_t ref[WARMUP + MAX_LEN];
    uint64_t s = 12345;
    for (uint32_t i = 0; i < WARMUP + MAX_LEN; i++)
        ref[i] = (int32_t)harness_rand_bits(&s, 20);
    const char *isas[HARNESS_MAX_ISAS];
    const int n_isas = harness_isas(isas);
    unsigned long long calls = 0;
    for (int i = 0; i < n_isas; i++) {
        if (!lpcu_cpu_has_isa(isas[i]))
            continue;
        for (int w = 0; w < 2; w++)
            for (int at = AT_END; at <= AT_START; at++) {
                snprintf(
                    current_case, sizeof current_case,
                    "lpcu_fixed_compute_best_predictor%s under %s, samples at the %s of a page",
                    w ? "_wide" : "", isas[i], placement_name[at]);
                region_case = current_case;
                for (uint32_t len = 0; len <= MAX_LEN; len++) {
                    int32_t *x = at == AT_START ? (int32_t *)(void *)r.start
                                                : (int32_t *)(void *)r.end - WARMUP - len;
                    memcpy(x, ref, (WARMUP + len) * sizeof *x);
                    float want[WARMUP + 1], got[WARMUP + 1];
                    assert_int_equal(lpcu_select_isa("scalar"), 0);
                    const uint32_t order = fns[w](x + WARMUP, len, want);
                    assert_int_equal(lpcu_select_isa(isas[i]), 0);
                    assert_int_equal(fns[w](x + WARMUP, len, got), order);
                    assert_memory_equal(got, want, sizeof got);
                    calls++;
                }
            }
    }
    assert_int_equal(lpcu_select_isa("auto"), 0);
    printf("test_page_edge: %llu best-predictor calls, no access outside the samples\n", calls);
    region_release_faults();
    region_unmap(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_edges),
        cmocka_unit_test(test_best_predictor_page_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
