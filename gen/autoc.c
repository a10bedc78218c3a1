/* SPDX-License-Identifier: MIT */
/*
 * lpcunroll-gen: the autocorrelation kernels, the encoder's first step of LPC analysis, one
 * per lag count L (1 .. LPCU_MAX_LAG):
 *
 *     autoc[c] = sum_{s = 0}^{data_len - 1 - c} (double)data[s] * (double)data[s + c],  c < L
 *
 * bit for bit as libFLAC 1.4.2's C FLAC__lpc_compute_autocorrelation computes it. Both of its
 * loops (the one for lags above 16 or short blocks, and the one it includes for lags up to
 * 16) add each lag's terms one at a time into a double that starts at 0.0, in increasing
 * sample order. A product of two floats is exact in double (24 + 24 significant bits fit in
 * 53), so only that order of additions decides the result, and a fused multiply-add gives
 * the same double as a multiply and an add: floating-point contraction cannot change it.
 *
 * So the kernels vectorize across lags, never across samples: lane c of the accumulators is
 * lag c's running sum, and one step adds data[s] * data[s + c .. s + c + W - 1] into each
 * vector of W lags, each lane in the sample order of the C function. The step's chain is one
 * vector add per accumulator, so a step costs about one add latency whatever the lag count,
 * until the adds and multiplies of the high lag counts fill the ports.
 *
 * Each call converts the floats to doubles once, a chunk at a time, into a buffer on the
 * stack that runs PAD = (accumulators x W) zeros past the data's end: the steps then load
 * whole vectors at every s with no tail code, and a lane past the end adds data[s] * 0.0,
 * +0.0 or -0.0, which leaves a running sum unchanged (a sum that starts at +0.0 never becomes
 * -0.0; with infinite or NaN data the padding could change the result, see lpcunroll.h).
 * Lags past data_len therefore come out as 0.0, libFLAC's empty sum, with no read outside
 * data[0 .. data_len - 1].
 *
 * Shape (gen/tuning.c): accumulators per pass over the chunk (fewer than the register file
 * holds; the lags of one call are split into passes, each lag's order unchanged), and steps
 * per loop trip. The scalar kernel is the same code with W = 1.
 */
#include <stdio.h>

#include "gen.h"

/* How the kernel's code spells its vector operations: W lanes of doubles, and the widest
   float-to-double conversion (SIMDe 0.7 has no 512-bit one; AVX's serves AVX-512). */
struct dops {
    int lanes;
    const char *vt, *zero, *set1, *load, *store, *mul, *add;
    int cvt_lanes;
    const char *cvt_store, *cvt_in, *cvt;
};

static struct dops dops_of(int bits)
{
    static const struct dops d[] = {
        {1, "double", "0.0", "", "", "", "", "", 1, "", "", ""},
        {2, "simde__m128d", "simde_mm_setzero_pd()", "simde_mm_set1_pd", "simde_mm_loadu_pd",
         "simde_mm_storeu_pd", "simde_mm_mul_pd", "simde_mm_add_pd", 2, "simde_mm_storeu_pd", "",
         "simde_mm_cvtps_pd"},
        {4, "simde__m256d", "simde_mm256_setzero_pd()", "simde_mm256_set1_pd",
         "simde_mm256_loadu_pd", "simde_mm256_storeu_pd", "simde_mm256_mul_pd",
         "simde_mm256_add_pd", 4, "simde_mm256_storeu_pd", "simde_mm_loadu_ps",
         "simde_mm256_cvtps_pd"},
        {8, "simde__m512d", "simde_mm512_setzero_pd()", "simde_mm512_set1_pd",
         "simde_mm512_loadu_pd", "simde_mm512_storeu_pd", "simde_mm512_mul_pd",
         "simde_mm512_add_pd", 4, "simde_mm256_storeu_pd", "simde_mm_loadu_ps",
         "simde_mm256_cvtps_pd"},
    };
    return d[bits == 0 ? 0 : bits == 128 ? 1 : bits == 256 ? 2 : 3];
}

static int accumulators(int lags, int lanes)
{
    return (lags + lanes - 1) / lanes;
}

/*
 * The chunk's doubles: buf[k] = data[k] for k < have, 0.0 up to want (want - have <= PAD +
 * unroll). Vector conversions where a whole vector of floats is there, one at a time after.
 */
static void emit_fill(const struct dops *d)
{
    emit("{\n");
    indent++;
    emit("uint32_t k = 0;\n");
    if (d->cvt_lanes == 2) {
        emit("for (; k + 2 <= have; k += 2)\n");
        emit("    %s(buf + k, %s(simde_mm_castsi128_ps(simde_mm_loadl_epi64((const "
             "simde__m128i *)(const void *)(data + k)))));\n",
             d->cvt_store, d->cvt);
    } else if (d->cvt_lanes > 2) {
        emit("for (; k + %d <= have; k += %d)\n", d->cvt_lanes, d->cvt_lanes);
        emit("    %s(buf + k, %s(%s(data + k)));\n", d->cvt_store, d->cvt, d->cvt_in);
    }
    emit("for (; k < have; k++)\n");
    emit("    buf[k] = (double)data[k];\n");
    emit("for (; k < want; k++)\n");
    emit("    buf[k] = 0.0;\n");
    indent--;
    emit("}\n");
}

/* One step at sample s + u for accumulators first .. first + count - 1. */
static void emit_step(const struct dops *d, int first, int count, int u)
{
    if (d->lanes == 1) {
        emit("const double x%d = buf[s + %d];\n", u, u);
        for (int a = first; a < first + count; a++)
            emit("a%d += x%d * buf[s + %d];\n", a, u, u + a);
        return;
    }
    emit("const %s x%d = %s(buf[s + %d]);\n", d->vt, u, d->set1, u);
    for (int a = first; a < first + count; a++)
        emit("a%d = %s(a%d, %s(x%d, %s(buf + s + %d)));\n", a, d->add, a, d->mul, u, d->load,
             u + a * d->lanes);
}

/* One pass over the chunk's n samples for accumulators first .. first + count - 1, which live
   in registers for the pass only (across the fill, a call to memset, they would be spilled
   for the whole loop): loaded from sums[] before, stored back after. */
static void emit_pass(const struct dops *d, int first, int count, int unroll)
{
    emit("{\n");
    indent++;
    for (int a = first; a < first + count; a++)
        if (d->lanes == 1)
            emit("double a%d = sums[%d];\n", a, a);
        else
            emit("%s a%d = %s(sums + %d);\n", d->vt, a, d->load, a * d->lanes);
    emit("uint32_t s = 0;\n");
    if (unroll > 1) {
        emit("for (; s + %d <= n; s += %d) {\n", unroll, unroll);
        indent++;
        for (int u = 0; u < unroll; u++)
            emit_step(d, first, count, u);
        indent--;
        emit("}\n");
    }
    emit("for (; s < n; s++) {\n");
    indent++;
    emit_step(d, first, count, 0);
    indent--;
    emit("}\n");
    for (int a = first; a < first + count; a++)
        if (d->lanes == 1)
            emit("sums[%d] = a%d;\n", a, a);
        else
            emit("%s(sums + %d, a%d);\n", d->store, a * d->lanes, a);
    indent--;
    emit("}\n");
}

void emit_autoc_kernel(const struct kernel *k, const char *name)
{
    const struct dops d = dops_of(k->isa->vector_bits ? kernel_code_bits(k) : 0);
    const int lags = k->order;
    const int accs = accumulators(lags, d.lanes);
    const int pad = accs * d.lanes; /* the furthest load reaches s + pad - 1 */
    const int group = k->shape.accs;

    emit("void %s(const float *data, uint32_t data_len, double *autoc)\n", name);
    emit("{\n");
    indent++;
    emit("double buf[LPCU_AUTOC_CHUNK + %d];\n", pad);
    emit("double sums[%d] = {0.0};\n", pad);
    /* counting down what is left: counting up to data_len would wrap near 2^32 */
    emit("for (uint32_t left = data_len, n = 0; left > 0; left -= n, data += n) {\n");
    indent++;
    emit("n = left < LPCU_AUTOC_CHUNK ? left : LPCU_AUTOC_CHUNK;\n");
    emit("const uint32_t want = n + %d;\n", pad);
    emit("const uint32_t have = left < want ? left : want;\n");
    emit_fill(&d);
    for (int first = 0; first < accs; first += group)
        emit_pass(&d, first, accs - first < group ? accs - first : group, k->shape.unroll);
    indent--;
    emit("}\n");
    emit("for (int c = 0; c < %d; c++)\n", lags);
    emit("    autoc[c] = sums[c];\n");
    indent--;
    emit("}\n");
}
