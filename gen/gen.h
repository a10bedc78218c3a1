/* SPDX-License-Identifier: MIT */
/* Shared by the parts of lpcunroll-gen: emitting, the arithmetic families, the ISAs and the
   emitters of each strategy (scalar.c, block.c). */
#ifndef LPCU_GEN_H
#define LPCU_GEN_H

#include <stddef.h>
#include <stdio.h>

#define GEN_VERSION "0.1.0"
#define MAX_ORDER 32
#define PATH_MAX_LEN 4096

/* ---- emitting (emit.c) ------------------------------------------------------------------ */

extern FILE *out;  /* the file being written */
extern int indent; /* in units of four spaces */
void emit(const char *fmt, ...);
void emit_banner(const char *command, const char *comment_open, const char *comment_line,
                 const char *comment_close);

struct output {
    char path[PATH_MAX_LEN];
    char tmp[PATH_MAX_LEN];
};
int open_output(struct output *o, const char *dir, const char *file);
int close_output(struct output *o, int commit);
void emit_c_prologue(const char *command, const char *what);

/* What the command line selected (lpcunroll-gen.c); the defaults give the library's tree. */
struct gen_config {
    const char *prefix; /* symbol prefix, "lpcu_" by default */
    int reversed;       /* --coeff-order reversed: coefficients[0] multiplies the oldest sample */
    int single;         /* --single-file: no includes but <stdint.h> and SIMDe, no ISA guards */
};
extern struct gen_config cfg;

/* Outputs are written under temporary names; commit_outputs() renames them all at the end
   and abort_outputs() removes them, so an error leaves nothing half-written. */
int commit_outputs(void);
void abort_outputs(void);
/* The C prologue of a single-file output (no project headers). */
void emit_c_prologue_single(const char *command, const char *what);

/* ---- arithmetic families ---------------------------------------------------------------- */

/*
 * All arithmetic is done in unsigned types so that wrap-around is defined; conversions back
 * to signed types rely on two's complement truncation, which gcc, clang and MSVC define.
 */
struct family {
    const char *name;   /* narrow, wide, wide33: symbol and file names */
    const char *sample; /* C type of data[] */
    const char *acc;    /* unsigned type of products and the sum */
    const char *sacc;   /* signed type of the same width, for the arithmetic shift */
    const char *widen;  /* cast applied to an int32 or sample value before it becomes acc */
    int linear;         /* data[i] = residual[i] + pred exactly, modulo the word size */
    int speculate;      /* fold anyway, check that no output was truncated, redo if one was */
    const char *doc;    /* one line for the file comment */
};
#define N_FAMILIES 3
extern const struct family families[N_FAMILIES];

void kernel_name(char *buf, size_t size, const struct family *f, const char *isa, int order);
/* The C expression for coefficient k (1-based: k multiplies data[i-k]) of an order-`order`
   kernel, read from `array`, honouring --coeff-order. */
void coeff_expr(char *buf, size_t size, const char *array, int order, int k);

/* ---- strategies ------------------------------------------------------------------------- */

/* scalar.c */
void emit_scalar_kernel(const struct family *f, int order);
void emit_output(const struct family *f, const char *at);
void emit_redo(const struct family *f, int order, const char *indent_text);
/* The exact loop a speculating kernel falls back to; emitted once per file that needs it. */
void emit_redo_function(const struct family *f);

/* block.c: an instruction set reached through SIMDe. The same source serves x86 (native with
   the ISA's -m flags) and, for the 128-bit API, aarch64, where SIMDe maps it onto NEON. */
struct isa {
    const char *name;   /* symbol suffix and file name: sse41, avx2, avx512, neon */
    const char *header; /* SIMDe header */
    const char *pfx;    /* intrinsic prefix: simde_mm_, simde_mm256_, simde_mm512_ */
    const char *vtype;  /* vector type */
    const char *si;     /* suffix of the whole-register load/store: si128, si256, si512 */
    int bytes;          /* register width */
    const char *guard;  /* preprocessor condition under which the build has this ISA */
    int mul64;          /* has a 64 x 64 -> 64-bit vector multiply */
};
#define N_ISAS 4
extern const struct isa isas[N_ISAS];

/* Opens DIR/FILE and writes a kernel file's prologue; with an ISA, also its guard and SIMDe
   header (the ISA's own, or `simde_header`). close_kernel_file() ends the guard and closes. */
int open_kernel_file(struct output *o, const char *dir, const char *file, const char *command,
                     const char *what, const struct isa *isa, const char *simde_header);
int close_kernel_file(struct output *o, const struct isa *isa);

struct block_shape {
    const char *isa; /* whose kernel this ISA uses: NULL = its own block kernel, "scalar", or
                        a narrower ISA whose kernel measured faster */
    int k;           /* outputs per block, a multiple of the register's lanes */
    int depth;       /* >= 1: history samples newer than this are finished in scalar code */
};
struct block_shape block_shape(const struct family *f, const struct isa *isa, int order);
void emit_block_kernel(const struct family *f, const struct isa *isa, int order,
                       struct block_shape b);

/* multi.c: kernels that run one subframe per SIMD lane */
/* 1 if the lanes kernels of family f have a file of their own for `isa`. */
int lanes_file_exists(const struct family *f, const struct isa *isa);
void lanes_kernel_name(char *buf, size_t size, const struct family *f, const char *isa, int lanes,
                       int order);
/* The kernel that restores `lanes` subframes of `order` at once on `isa` (NULL: scalar code)
   with CPU feature `feature` ("base": the ISA alone; "ifma": AVX512-IFMA too): 1 and its
   name in buf, or 0 if there is none. */
int lanes_kernel_for(char *name, size_t size, const struct family *f, const struct isa *isa,
                     const char *feature, int lanes, int order);
/* Every lanes kernel of family f in the file of `file_isa` (avx2, avx512 or neon). */
void emit_lanes_kernels(const struct family *f, const char *file_isa);

/* fixed.c: the fixed-predictor kernels (orders 0-4): their C files and fixed.inc */
int write_fixed_files(const char *dir, const char *command);

int pair_max_order(void); /* the scalar pair kernels cover orders 1 .. this */
void pair_kernel_name(char *buf, size_t size, const struct family *f, int order);
void emit_pair_kernel(const struct family *f, int order);

#endif /* LPCU_GEN_H */
