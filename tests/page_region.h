/* SPDX-License-Identifier: MIT */
/*
 * Buffers against PROT_NONE pages, which fault on any access outside them whatever the
 * instruction (a vector load that is partly in bounds escapes ASan's byte-granular shadow,
 * not a page fault), and a fault reporter that names the case in progress. Include after
 * <cmocka.h>, with _DEFAULT_SOURCE defined before the first system header.
 */
#ifndef LPCU_PAGE_REGION_H
#define LPCU_PAGE_REGION_H

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* [PROT_NONE page][usable pages][PROT_NONE page] */
struct region {
    unsigned char *map, *start, *end;
    size_t map_bytes;
};

static inline void region_map(struct region *r, size_t usable_bytes)
{
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    const size_t usable = (usable_bytes + page - 1) / page * page;
    r->map_bytes = usable + 2 * page;
    void *m = mmap(NULL, r->map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(m != MAP_FAILED);
    r->map = m;
    r->start = r->map + page;
    r->end = r->start + usable;
    assert_int_equal(mprotect(r->map, page, PROT_NONE), 0);
    assert_int_equal(mprotect(r->end, page, PROT_NONE), 0);
}

static inline void region_unmap(struct region *r)
{
    munmap(r->map, r->map_bytes);
}

/* The call in progress: a fault prints it, then goes to the handler installed before
   (cmocka's, ASan's or the default action), so the test still fails. */
static const char *volatile region_case = "";
static struct sigaction region_previous_segv, region_previous_bus;

static inline void region_on_fault(int sig)
{
    static const char msg[] = "FAULT: access outside the buffers by ";
    const char *what = region_case;
    (void)!write(STDOUT_FILENO, msg, sizeof msg - 1);
    (void)!write(STDOUT_FILENO, what, strlen(what));
    (void)!write(STDOUT_FILENO, "\n", 1);
    /* returning re-runs the faulting access under the previous handler */
    sigaction(sig, sig == SIGSEGV ? &region_previous_segv : &region_previous_bus, NULL);
}

static inline void region_catch_faults(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = region_on_fault;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &region_previous_segv);
    sigaction(SIGBUS, &sa, &region_previous_bus);
}

static inline void region_release_faults(void)
{
    sigaction(SIGSEGV, &region_previous_segv, NULL);
    sigaction(SIGBUS, &region_previous_bus, NULL);
}

#endif /* LPCU_PAGE_REGION_H */
