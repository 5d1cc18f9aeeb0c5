#ifndef NBRUN_SMALL_PRODUCT_H
#define NBRUN_SMALL_PRODUCT_H

/// C = (C or 0) + op(A)·B for small row-major matrices, where op(A)(i, k) = a[i·rowStride + k·columnStride].
///
/// Every entry is summed in the order k = 0, 1, …, inner − 1, each product rounded before it is
/// added (no fused multiply-add), so the result is bit-identical to the plain triple loop on every
/// CPU; the wide vector units only change how many entries are computed at once.
void nbrun_small_product(const double *a, long rowStride, long columnStride,
                         const double *b, double *c, long m, long inner, long n, int accumulate);

/// The instruction set the kernel dispatched to: "avx512f", "avx2", or "portable".
const char *nbrun_small_product_isa(void);

#endif
