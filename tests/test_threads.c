/* SPDX-License-Identifier: MIT */
/*
 * Thread safety of the dispatcher, whose state is one process-wide pointer chosen on first
 * use (see lpcunroll.h):
 *   - first use: in fresh child processes, many threads released by one barrier make their
 *     very first library call at the same moment (a restore of each family, a checked
 *     restore, lpcu_active_isa(), or lpcu_select_isa()); all results must be right, every
 *     thread must see the same ISA, and a racing lpcu_select_isa() must win over the
 *     first-use choice whatever the interleaving;
 *   - selection while restoring: worker threads restore and compare with precomputed results
 *     while another thread keeps switching the ISA (and tries invalid names);
 *   - the selection is global: one thread's lpcu_select_isa() is what another thread sees.
 * Worker threads never call cmocka (it is not thread-safe): they count errors, and the main
 * thread asserts.
 */
#define _POSIX_C_SOURCE 200809L /* pthread barriers, fork */

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"

#define FIRST_USE_PROCESSES 12
#define FIRST_USE_THREADS 16
#define WORKERS 4
#define WORKER_ITERATIONS 3000
#define SELECTIONS 20000
#define CASES 24
#define CASE_LEN 200

/* A restore with its inputs and the rolled loop's output (warm-up included). */
struct job {
    enum lpcu_family family;
    uint32_t order;
    int shift;
    int32_t coeff[LPCU_MAX_ORDER];
    int32_t residual[CASE_LEN];
    int64_t warmup[LPCU_MAX_ORDER];
    unsigned char expected[(LPCU_MAX_ORDER + CASE_LEN) * sizeof(int64_t)];
};

static uint64_t seed;
static struct job jobs[CASES];
static const char *isas[HARNESS_MAX_ISAS];
static int n_usable;

/* Built with the rolled loop only, which does not go through the dispatcher: the process's
   first dispatched call is still to come. */
static void make_jobs(void)
{
    uint64_t s = seed;
    for (int n = 0; n < CASES; n++) {
        struct job *j = &jobs[n];
        j->family = (enum lpcu_family)(n % LPCU_FAMILY_COUNT);
        j->order = 1 + (uint32_t)harness_below(&s, LPCU_MAX_ORDER);
        j->shift = (int)harness_below(&s, 16);
        for (uint32_t k = 0; k < j->order; k++) {
            j->coeff[k] = (int32_t)harness_rand_bits(&s, 15);
            j->warmup[k] = harness_rand_bits(&s, 24);
            harness_set(j->family, j->expected, k, j->warmup[k]);
        }
        for (int i = 0; i < CASE_LEN; i++)
            j->residual[i] = (int32_t)harness_rand_bits(&s, 18);
        harness_call(HE_ROLLED, NULL, j->family, j->residual, CASE_LEN, j->coeff, j->order,
                     j->shift, j->expected + j->order * harness_width(j->family));
    }
}

/* Restores job n with the given entry point into a private buffer; 0 if it matches. */
static int run_job(int n, enum harness_entry e)
{
    const struct job *j = &jobs[n];
    const size_t w = harness_width(j->family);
    unsigned char buf[sizeof j->expected];
    memset(buf, 0x77, sizeof buf);
    for (uint32_t k = 0; k < j->order; k++)
        harness_set(j->family, buf, k, j->warmup[k]);
    const int rc = harness_call(e, NULL, j->family, j->residual, CASE_LEN, j->coeff, j->order,
                                j->shift, buf + j->order * w);
    return rc != 0 || memcmp(buf, j->expected, (j->order + CASE_LEN) * w) != 0;
}

/* ---- first use ------------------------------------------------------------------------ */

struct first_use_arg {
    pthread_barrier_t *barrier;
    int thread, selector; /* selector: this thread's first call is lpcu_select_isa(isa) */
    const char *isa;
    int errors;
    const char *seen; /* lpcu_active_isa() after the first call */
};

static void *first_use_thread(void *p)
{
    struct first_use_arg *a = p;
    pthread_barrier_wait(a->barrier);
    if (a->selector) {
        a->errors += lpcu_select_isa(a->isa) != 0;
    } else {
        switch (a->thread % 4) {
        case 0:
            a->seen = lpcu_active_isa();
            break;
        case 1:
            a->errors += run_job(a->thread % CASES, HE_CHECKED);
            break;
        default:
            a->errors += run_job(a->thread % CASES, HE_PUBLIC);
            break;
        }
    }
    for (int r = 0; r < 4; r++)
        a->errors += run_job((a->thread + r) % CASES, HE_PUBLIC);
    if (!a->seen)
        a->seen = lpcu_active_isa();
    return NULL;
}

/* In a child process that has not called the dispatcher yet: the race, then the checks.
   Returns the exit status (0 = all good) and prints what went wrong. */
static int first_use_child(int round)
{
    pthread_barrier_t barrier;
    pthread_t tid[FIRST_USE_THREADS];
    struct first_use_arg args[FIRST_USE_THREADS];
    /* Odd rounds have one thread select an ISA as its first call, racing the others' first
       use; which ISA rotates through the usable ones. */
    const int selector = round % 2 ? round % FIRST_USE_THREADS : -1;
    const char *chosen = n_usable ? isas[(round / 2) % n_usable] : "scalar";
    pthread_barrier_init(&barrier, NULL, FIRST_USE_THREADS);
    for (int t = 0; t < FIRST_USE_THREADS; t++) {
        args[t] = (struct first_use_arg){&barrier, t, t == selector, chosen, 0, NULL};
        if (pthread_create(&tid[t], NULL, first_use_thread, &args[t]) != 0)
            return 10;
    }
    int errors = 0;
    for (int t = 0; t < FIRST_USE_THREADS; t++)
        pthread_join(tid[t], NULL);
    pthread_barrier_destroy(&barrier);
    const char *final = lpcu_active_isa();
    for (int t = 0; t < FIRST_USE_THREADS; t++) {
        errors += args[t].errors;
        /* Without a selector every thread sees the one first-use choice; with one, a thread
           may have looked before the selection landed. */
        if (selector < 0 && strcmp(args[t].seen, final) != 0) {
            printf("round %d: thread %d saw ISA %s, thread 0 sees %s\n", round, t, args[t].seen,
                   final);
            errors++;
        }
    }
    /* A selection is a store and first use a compare-and-swap: the selection wins. */
    if (selector >= 0 && strcmp(final, chosen) != 0) {
        printf("round %d: selected %s during first use, active is %s\n", round, chosen, final);
        errors++;
    }
    /* Without a selection, the choice is LPCU_ISA's or auto's, as at any first use. */
    if (selector < 0) {
        char first[32];
        snprintf(first, sizeof first, "%s", final);
        const char *env = getenv("LPCU_ISA");
        if (env && lpcu_cpu_has_isa(env) && strcmp(env, "auto") != 0)
            errors += strcmp(first, env) != 0;
        else
            errors += lpcu_select_isa("auto") != 0 || strcmp(first, lpcu_active_isa()) != 0;
    }
    if (errors)
        printf("round %d: %d errors (active ISA %s)\n", round, errors, final);
    fflush(stdout);
    return errors ? 1 : 0;
}

static void test_first_use_race(void **state)
{
    (void)state;
    /* This test must run first: fork() copies the dispatcher's state, and the children must
       start with none. */
    for (int round = 0; round < FIRST_USE_PROCESSES; round++) {
        fflush(stdout);
        const pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0)
            _exit(first_use_child(round));
        int status = 0;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            print_error("first-use round %d failed (status %d)\n", round, status);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    printf("test_threads: %d processes x %d threads made their first call together\n",
           FIRST_USE_PROCESSES, FIRST_USE_THREADS);
}

/* ---- selection while restoring -------------------------------------------------------- */

struct worker_arg {
    pthread_barrier_t *barrier;
    int id;
    int errors;
};

static void *worker_thread(void *p)
{
    struct worker_arg *a = p;
    pthread_barrier_wait(a->barrier);
    for (int i = 0; i < WORKER_ITERATIONS; i++)
        a->errors += run_job((a->id * 7 + i) % CASES, i % 3 ? HE_PUBLIC : HE_CHECKED);
    return NULL;
}

static void *selector_thread(void *p)
{
    struct worker_arg *a = p;
    static const char *const known[] = {"scalar", "sse41", "avx2", "avx512", "neon"};
    pthread_barrier_wait(a->barrier);
    for (int i = 0; i < SELECTIONS; i++) {
        if (i % 16 == 15) {
            /* invalid names fail and change nothing */
            a->errors += lpcu_select_isa("no-such-isa") != LPCU_E_UNKNOWN_ISA;
        } else if (i % 8 == 7) {
            a->errors += lpcu_select_isa("auto") != 0;
        } else if (n_usable) {
            a->errors += lpcu_select_isa(isas[i % n_usable]) != 0;
        }
        const char *active = lpcu_active_isa();
        int ok = 0;
        for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
            ok |= strcmp(active, known[k]) == 0;
        a->errors += !ok;
    }
    return NULL;
}

static void test_select_while_restoring(void **state)
{
    (void)state;
    pthread_barrier_t barrier;
    pthread_t tid[WORKERS + 1];
    struct worker_arg args[WORKERS + 1];
    pthread_barrier_init(&barrier, NULL, WORKERS + 1);
    for (int t = 0; t <= WORKERS; t++) {
        args[t] = (struct worker_arg){&barrier, t, 0};
        assert_int_equal(
            pthread_create(&tid[t], NULL, t < WORKERS ? worker_thread : selector_thread, &args[t]),
            0);
    }
    int errors = 0;
    for (int t = 0; t <= WORKERS; t++) {
        pthread_join(tid[t], NULL);
        errors += args[t].errors;
    }
    pthread_barrier_destroy(&barrier);
    printf("test_threads: %d workers x %d restores while another thread made %d selections: "
           "%d errors\n",
           WORKERS, WORKER_ITERATIONS, SELECTIONS, errors);
    assert_int_equal(errors, 0);
    assert_int_equal(lpcu_select_isa("auto"), 0);
}

/* ---- the selection is global to the process -------------------------------------------- */

static void *select_scalar(void *p)
{
    *(int *)p = lpcu_select_isa("scalar");
    return NULL;
}

static void test_selection_is_global(void **state)
{
    (void)state;
    int rc = -100;
    pthread_t tid;
    assert_int_equal(lpcu_select_isa("auto"), 0);
    assert_int_equal(pthread_create(&tid, NULL, select_scalar, &rc), 0);
    pthread_join(tid, NULL);
    assert_int_equal(rc, 0);
    assert_string_equal(lpcu_active_isa(), "scalar"); /* this thread sees the other's choice */
    assert_int_equal(lpcu_select_isa("auto"), 0);
}

int main(void)
{
    const char *env = getenv("LPCU_TEST_SEED");
    seed = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL);
    printf("test_threads: seed %llu (set LPCU_TEST_SEED=%llu to reproduce)\n",
           (unsigned long long)seed, (unsigned long long)seed);
    /* lpcu_cpu_has_isa() reads CPU features and the kernel list, not the dispatcher's state,
       so it is safe before the first-use race. */
    const char *names[HARNESS_MAX_ISAS];
    const int n = harness_isas(names);
    for (int i = 0; i < n; i++)
        if (lpcu_cpu_has_isa(names[i]))
            isas[n_usable++] = names[i];
    harness_report_isas("test_threads");
    make_jobs();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_use_race),
        cmocka_unit_test(test_select_while_restoring),
        cmocka_unit_test(test_selection_is_global),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
