/* SPDX-License-Identifier: MIT */
/*
 * Shared by the parts of lpcunroll-gen. The generator works in three steps:
 *
 *   tuning.c  every measured table: which strategy and shape each kernel slot gets
 *   plan.c    the plan: from the selection and the tuning, every kernel to emit and every
 *             dispatch slot (kind, family, ISA, feature, lanes, order) with the kernel it runs
 *   write.c   every output, from the plan alone: kernel files (bodies shared by the ISAs of one
 *             vector width, thin per-ISA wrappers), manifest.inc, sources.cmake, single files
 *
 * and one emitter per strategy (scalar.c, block.c, multi.c, fixed.c, autoc.c) writes one
 * kernel's C.
 */
#ifndef LPCU_GEN_H
#define LPCU_GEN_H

#include <stddef.h>
#include <stdio.h>

#include "../kernels/lpcu_defs.h"

#define GEN_VERSION "0.2.0"
#define MAX_ORDER 32      /* LPC orders 1 .. MAX_ORDER */
#define FIXED_MAX_ORDER 4 /* FIXED orders 0 .. FIXED_MAX_ORDER */
#define MAX_LAG 33        /* autocorrelation lag counts 1 .. MAX_LAG */
#define PATH_MAX_LEN 4096
#define SYM_LEN 96

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
/* Outputs are written under temporary names; commit_outputs() renames them all at the end
   and abort_outputs() removes them, so an error leaves nothing half-written. */
int commit_outputs(void);
void abort_outputs(void);
/* The asm pins the kernels use, for a single file (the library's tree has them from
   kernels/lpcu_kernels.h). */
void emit_pin_macros(void);

/* What the command line selected (lpcunroll-gen.c). */
struct gen_config {
    const char *prefix; /* symbol prefix, "lpcu_" by default */
    int reversed;       /* --coeff-order reversed: coefficients[0] multiplies the oldest sample */
    int single;         /* --single-file: concrete names, no project headers, no build guards */
};
extern struct gen_config cfg;

/* ---- families, ISAs (model.c), from kernels/lpcu_defs.h --------------------------------- */

struct family {
    enum lpcu_family id;
    const char *name;
    int sample_bits, acc_bits, linear, speculate, multi; /* see LPCU_FAMILY_LIST */
    const char *sample;                                  /* C type of data[] */
    const char *acc;   /* unsigned type of the products and the sum */
    const char *sacc;  /* signed type of the same width, for the arithmetic shift */
    const char *widen; /* cast that turns an int32 or sample value into acc */
};
extern const struct family families[LPCU_FAMILY_COUNT];
const char *family_doc(const struct family *f); /* one line for file comments */

struct isa {
    enum lpcu_isa_id id;
    const char *name;
    int vector_bits; /* 0: scalar C */
    const char *arch;
};
extern const struct isa isas[LPCU_ISA_COUNT];
extern const char *const feature_names[LPCU_FEATURE_COUNT];
extern const char *const kind_names[LPCU_KIND_COUNT];

/* What SIMDe offers at one vector width: intrinsic prefix, vector type, load/store suffix. */
struct vec {
    int bits;
    const char *pfx;   /* simde_mm_, simde_mm256_, simde_mm512_ */
    const char *vtype; /* simde__m128i ... */
    const char *si;    /* si128 ... */
    int mul64;         /* a 64 x 64 -> 64-bit multiply (AVX-512DQ's vpmullq) */
};
struct vec vec_of(int bits);
/* Lanes of the family's accumulator in a vector of `bits`. */
int acc_lanes(const struct family *f, int bits);

/* ---- shapes and the tuning tables (tuning.c) --------------------------------------------- */

enum strategy {
    ST_SCALAR,       /* restore: unrolled scalar chain (scalar.c) */
    ST_BLOCK,        /* restore: block-SIMD (block.c) */
    ST_LANES,        /* multi: one subframe per SIMD lane (multi.c) */
    ST_PAIR,         /* multi: two scalar chains in one loop (multi.c) */
    ST_FIXED_SCALAR, /* fixed: nested running sums (fixed.c) */
    ST_FIXED_PREFIX, /* fixed: in-register prefix sums (fixed.c) */
    ST_RESID_SCALAR, /* residual: unrolled scalar taps (residual.c) */
    ST_RESID_VECTOR, /* residual: vectors of outputs (residual.c) */
    ST_RESID_EXACT,  /* residual: vectors of outputs in exact double arithmetic (residual.c) */
    ST_AUTOC         /* autoc: lags across lanes (autoc.c) */
};

/* One kernel's shape; fields a strategy does not use stay 0, so shapes compare with memcmp. */
struct shape {
    enum strategy strategy;
    int regs, accs, coeffs, nofold; /* scalar: ring of locals, partial sums, hoisted
                                       coefficients, no fold of the residual;
                                       residual exact: accs, sums per vector */
    int mul32;                      /* scalar, wide: 32 x 32 -> 64-bit products */
    int k, depth;                   /* block: outputs per block, depth of the scalar finish */
    int reload;                     /* block: coefficient vectors loaded afresh each block */
    int bits, slots;                /* lanes: register width; lane per 64-bit element */
    int unroll, pairs;              /* fixed: samples or vectors per trip; order-1 pairs;
                                       residual: vectors per trip;
                                       autoc: accs per pass, unroll steps per trip */
    int loop;                       /* residual: taps in a loop rather than unrolled */
};

struct shape new_shape(enum strategy strategy); /* every other field 0 */

/* What one ISA runs in one slot: the kernel of `shape` compiled for ISA `from` (the slot's
   own ISA, scalar, or a narrower ISA whose kernel measured faster), or nothing. */
struct choice {
    int present;
    enum lpcu_isa_id from;
    enum lpcu_feature feature;
    int lanes; /* multi: the kernel's capacity (2, 4, 8) */
    struct shape shape;
};

struct choice tune_restore(const struct family *f, const struct isa *isa, int order);
/* The scalar restore kernel's shape where it is compiled for aarch64 (31 general registers,
   one multiply pipe on the A76/N1 class). */
struct shape tune_restore_aarch64(const struct family *f, int order);
/* The family whose fixed kernels serve f: wide runs narrow's (fixed.c explains why). */
const struct family *fixed_code_family(const struct family *f);
struct choice tune_fixed(const struct family *f, const struct isa *isa, int order);
/* kind residual or limit; feature base: the integer kernels, fma: the exact-double ones */
struct choice tune_residual(enum lpcu_kind kind, const struct family *f, const struct isa *isa,
                            enum lpcu_feature feature, int order);
/* A group of `group` (2 .. LPCU_MAX_LANES) subframes of common order `order`. */
struct choice tune_multi(const struct family *f, const struct isa *isa, enum lpcu_feature feature,
                         int group, int order);

/* Lag count `lags` (1 .. MAX_LAG) of the autocorrelation, which has no family. */
struct choice tune_autoc(const struct isa *isa, int lags);

/* ---- the plan (plan.c) ------------------------------------------------------------------- */

struct kernel {
    enum lpcu_kind kind;
    const struct family *family; /* whose code (fixed: wide runs narrow's) */
    const struct isa *isa;       /* compiled for */
    enum lpcu_feature feature;
    int lanes; /* multi: capacity; else 1 */
    int order; /* autoc: the lag count */
    struct shape shape;
    struct shape aarch64; /* restore, scalar: the shape compiled for aarch64; else = shape */
};

struct slot {
    enum lpcu_kind kind;
    const struct family *family;
    const struct isa *isa;
    enum lpcu_feature feature;
    int lanes; /* multi: the group size served; else 1 */
    int order;
    int kernel; /* index into plan.kernels */
};

struct selection {
    int family[LPCU_FAMILY_COUNT];
    int isa[LPCU_ISA_COUNT]; /* scalar is always in */
    int order[MAX_ORDER + 1];
    int kind[LPCU_KIND_COUNT];
};

#define PLAN_MAX_KERNELS 2048
#define PLAN_MAX_SLOTS 4096
struct plan {
    struct kernel kernels[PLAN_MAX_KERNELS];
    struct slot slots[PLAN_MAX_SLOTS];
    int n_kernels, n_slots;
};

/* Fills p (static storage: it is large) from the selection; 0, or -1 if a table overflows. */
int plan_build(struct plan *p, const struct selection *sel);
/* The kernel's symbol: concrete (lpcu_restore_narrow_o12__avx2), or with `shared` the form a
   body shared by several ISAs uses (LPCU_SYM(lpcu_restore_narrow_o12), see lpcu_kernels.h). */
void kernel_symbol(char *buf, size_t size, const struct kernel *k, int shared);
/* The symbol a restore or fixed kernel of this family, ISA and order has (for tails). */
void restore_symbol(char *buf, size_t size, const struct family *f, const char *isa, int order);
void fixed_symbol(char *buf, size_t size, const struct family *f, const char *isa, int order);
/* Register width of the kernel's code: ISAs with the same width share its body. */
int kernel_code_bits(const struct kernel *k);
/* The C expression for coefficient k (1-based: k multiplies data[i-k]) of an order-`order`
   kernel, read from `array`, honouring --coeff-order. */
void coeff_expr(char *buf, size_t size, const char *array, int order, int k);

/* ---- emitters: one kernel each ----------------------------------------------------------- */

/* `name` is the symbol to define (kernel_symbol()). */
void emit_scalar_kernel(const struct kernel *k, const char *name);
void emit_block_kernel(const struct kernel *k, const char *name);
void emit_lanes_kernel(const struct kernel *k, const char *name);
void emit_pair_kernel(const struct kernel *k, const char *name);
void emit_fixed_scalar(const struct kernel *k, const char *name);
void emit_fixed_prefix(const struct kernel *k, const char *name);
void emit_residual_scalar(const struct kernel *k, const char *name);
void emit_residual_vector(const struct kernel *k, const char *name);
void emit_residual_exact(const struct kernel *k, const char *name);
void emit_autoc_kernel(const struct kernel *k, const char *name);
/* Static helpers the fixed prefix kernels of one family and width call, once per file. */
void emit_fixed_helpers(const struct family *f, int bits);

/* The family's plain exact loop (tails, the redo of a speculating kernel), static, once per
   file that needs it; and a call of it for samples `at` .. data_len - 1. */
void emit_exact_function(const struct family *f);
void emit_exact_call(const struct family *f, int order, const char *indent_text, const char *at);
void emit_output(const struct family *f, const char *at);
/* A restore kernel's head: `type name+suffix(residual, data_len, qlp_coeff, shift, data)`. */
void emit_restore_signature(const struct family *f, const char *type, const char *name,
                            const char *suffix);

/* ---- outputs (write.c) ------------------------------------------------------------------- */

int write_tree(const struct plan *p, const char *dir, const char *command);
int write_single_file(const struct plan *p, const char *path, const char *command);

#endif /* LPCU_GEN_H */
