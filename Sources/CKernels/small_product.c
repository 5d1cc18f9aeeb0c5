// A register-blocked kernel for the small products NumericCore keeps away from BLAS.
// It is written once with GCC/Clang vector extensions and compiled three times (AVX-512, AVX2,
// portable); a constructor picks the widest the CPU supports when the program loads.
#include "small_product.h"
#include <string.h>

// Products are rounded before they are added, as in the scalar loop: results never depend on the ISA.
#pragma clang fp contract(off)

#define ROWS 4

// Unaligned vector loads and stores through memcpy, which compiles to one move and keeps
// the accesses free of aliasing questions.
#define LOAD(TYPE, address) ({ TYPE loaded_; memcpy(&loaded_, (address), sizeof loaded_); loaded_; })
#define STORE(address, value) do { __typeof__(value) stored_ = (value); memcpy((address), &stored_, sizeof stored_); } while (0)

// KERNEL(NAME, TYPE, WIDTH): C rows in blocks of ROWS, columns in blocks of 2·WIDTH, then WIDTH,
// then one at a time; the accumulators stay in registers for the whole k loop.
#define KERNEL(NAME, TYPE, WIDTH, ATTRIBUTE)                                                       \
typedef double TYPE __attribute__((vector_size(WIDTH * sizeof(double)), aligned(sizeof(double)))); \
ATTRIBUTE static void NAME(const double *a, long rs, long cs, const double *b, double *c,           \
                           long m, long inner, long n, int accumulate) {                          \
    long i = 0;                                                                                    \
    for (; i + ROWS <= m; i += ROWS) {                                                             \
        const double *a0 = a + i * rs, *a1 = a0 + rs, *a2 = a1 + rs, *a3 = a2 + rs;               \
        double *c0 = c + i * n, *c1 = c0 + n, *c2 = c1 + n, *c3 = c2 + n;                          \
        long j = 0;                                                                                \
        for (; j + 2 * WIDTH <= n; j += 2 * WIDTH) {                                               \
            TYPE s00 = {0}, s01 = {0}, s10 = {0}, s11 = {0}, s20 = {0}, s21 = {0}, s30 = {0}, s31 = {0}; \
            if (accumulate) {                                                                      \
                s00 = LOAD(TYPE, c0 + j); s01 = LOAD(TYPE, c0 + j + WIDTH);              \
                s10 = LOAD(TYPE, c1 + j); s11 = LOAD(TYPE, c1 + j + WIDTH);              \
                s20 = LOAD(TYPE, c2 + j); s21 = LOAD(TYPE, c2 + j + WIDTH);              \
                s30 = LOAD(TYPE, c3 + j); s31 = LOAD(TYPE, c3 + j + WIDTH);              \
            }                                                                                      \
            for (long k = 0; k < inner; k++) {                                                     \
                TYPE b0 = LOAD(TYPE, b + k * n + j), b1 = LOAD(TYPE, b + k * n + j + WIDTH); \
                double x0 = a0[k * cs], x1 = a1[k * cs], x2 = a2[k * cs], x3 = a3[k * cs];         \
                s00 = s00 + x0 * b0; s01 = s01 + x0 * b1;                                          \
                s10 = s10 + x1 * b0; s11 = s11 + x1 * b1;                                          \
                s20 = s20 + x2 * b0; s21 = s21 + x2 * b1;                                          \
                s30 = s30 + x3 * b0; s31 = s31 + x3 * b1;                                          \
            }                                                                                      \
            STORE(c0 + j, s00); STORE(c0 + j + WIDTH, s01);                              \
            STORE(c1 + j, s10); STORE(c1 + j + WIDTH, s11);                              \
            STORE(c2 + j, s20); STORE(c2 + j + WIDTH, s21);                              \
            STORE(c3 + j, s30); STORE(c3 + j + WIDTH, s31);                              \
        }                                                                                          \
        for (; j + WIDTH <= n; j += WIDTH) {                                                       \
            TYPE s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0};                                           \
            if (accumulate) {                                                                      \
                s0 = LOAD(TYPE, c0 + j); s1 = LOAD(TYPE, c1 + j);                        \
                s2 = LOAD(TYPE, c2 + j); s3 = LOAD(TYPE, c3 + j);                        \
            }                                                                                      \
            for (long k = 0; k < inner; k++) {                                                     \
                TYPE bk = LOAD(TYPE, b + k * n + j);                                          \
                s0 = s0 + a0[k * cs] * bk; s1 = s1 + a1[k * cs] * bk;                              \
                s2 = s2 + a2[k * cs] * bk; s3 = s3 + a3[k * cs] * bk;                              \
            }                                                                                      \
            STORE(c0 + j, s0); STORE(c1 + j, s1);                                        \
            STORE(c2 + j, s2); STORE(c3 + j, s3);                                        \
        }                                                                                          \
        for (; j < n; j++) {                                                                       \
            double s0 = accumulate ? c0[j] : 0, s1 = accumulate ? c1[j] : 0;                      \
            double s2 = accumulate ? c2[j] : 0, s3 = accumulate ? c3[j] : 0;                      \
            for (long k = 0; k < inner; k++) {                                                     \
                double bk = b[k * n + j];                                                          \
                s0 = s0 + a0[k * cs] * bk; s1 = s1 + a1[k * cs] * bk;                              \
                s2 = s2 + a2[k * cs] * bk; s3 = s3 + a3[k * cs] * bk;                              \
            }                                                                                      \
            c0[j] = s0; c1[j] = s1; c2[j] = s2; c3[j] = s3;                                        \
        }                                                                                          \
    }                                                                                              \
    for (; i < m; i++) {                                                                           \
        const double *ai = a + i * rs;                                                             \
        double *ci = c + i * n;                                                                    \
        long j = 0;                                                                                \
        for (; j + WIDTH <= n; j += WIDTH) {                                                       \
            TYPE s = {0};                                                                          \
            if (accumulate) s = LOAD(TYPE, ci + j);                                           \
            for (long k = 0; k < inner; k++) s = s + ai[k * cs] * LOAD(TYPE, b + k * n + j);  \
            STORE(ci + j, s);                                                                 \
        }                                                                                          \
        for (; j < n; j++) {                                                                       \
            double s = accumulate ? ci[j] : 0;                                                     \
            for (long k = 0; k < inner; k++) s = s + ai[k * cs] * b[k * n + j];                    \
            ci[j] = s;                                                                             \
        }                                                                                          \
    }                                                                                              \
}

KERNEL(product_portable, vector2, 2, )

#if defined(__x86_64__)
KERNEL(product_avx2, vector4, 4, __attribute__((target("avx2"))))
KERNEL(product_avx512, vector8, 8, __attribute__((target("avx512f"))))
#endif

typedef void (*Kernel)(const double *, long, long, const double *, double *, long, long, long, int);

static Kernel chosen = product_portable;
static const char *chosenName = "portable";

/// Picks the widest kernel once, when the program loads, before any thread can call it.
__attribute__((constructor)) static void chooseKernel(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) { chosen = product_avx512; chosenName = "avx512f"; }
    else if (__builtin_cpu_supports("avx2")) { chosen = product_avx2; chosenName = "avx2"; }
#endif
}

void nbrun_small_product(const double *a, long rowStride, long columnStride,
                         const double *b, double *c, long m, long inner, long n, int accumulate) {
    chosen(a, rowStride, columnStride, b, c, m, inner, n, accumulate);
}

const char *nbrun_small_product_isa(void) { return chosenName; }
