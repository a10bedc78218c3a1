/* SPDX-License-Identifier: MIT */
/* Shared helpers of the cmocka tests: seeded random numbers, guarded buffers, the kernel list
   and libFLAC's internal restore functions. */
#ifndef LPCU_TEST_UTIL_H
#define LPCU_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "flac_internal.h"
#include "harness.h"

/* ---- random numbers: splitmix64, seeded from LPCU_TEST_SEED or the clock, always printed */

static uint64_t test_rng_state;

static inline uint64_t test_rand64(void)
{
    uint64_t z = (test_rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi], both inclusive; hi - lo < 2^63. */
static inline int64_t test_rand_range(int64_t lo, int64_t hi)
{
    return lo + (int64_t)(test_rand64() % ((uint64_t)(hi - lo) + 1u));
}

/* A signed value of `bits` bits (1..64), uniform. */
static inline int64_t test_rand_bits(int bits)
{
    return (int64_t)test_rand64() >> (64 - bits);
}

static inline uint64_t test_seed(const char *test_name)
{
    const char *env = getenv("LPCU_TEST_SEED");
    uint64_t seed = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL);
    printf("%s: seed %llu (set LPCU_TEST_SEED=%llu to reproduce)\n", test_name,
           (unsigned long long)seed, (unsigned long long)seed);
    fflush(stdout);
    return seed;
}

/* ---- guarded output buffers ----------------------------------------------------------- */

#define TEST_GUARD_WORDS 16
#define TEST_GUARD_32 UINT32_C(0xA5C3E1F0)
#define TEST_GUARD_64 UINT64_C(0xA5C3E1F00F1E3C5A)

/* ---- the generated kernels ------------------------------------------------------------ */

/* 1 if the kernel's ISA and CPU feature run here; prints once per ISA or feature that it is
   skipped otherwise. */
static inline int test_kernel_runs(const struct manifest_row *k)
{
    static const char *reported[16];
    if (manifest_row_runs(k))
        return 1;
    const int isa_runs = lpcu_cpu_has_isa(k->isa);
    const char *what = isa_runs ? lpcu_feature_names[k->feature] : k->isa;
    for (int i = 0; i < 16; i++) {
        if (reported[i] && strcmp(reported[i], what) == 0)
            return 0;
        if (!reported[i]) {
            reported[i] = what;
            printf("SKIPPED: %s %s: this CPU (or build) lacks it; its kernels are not run\n",
                   isa_runs ? "feature" : "ISA", what);
            break;
        }
    }
    return 0;
}

#endif /* LPCU_TEST_UTIL_H */
