#ifndef NBRUN_BLAS_LOADER_H
#define NBRUN_BLAS_LOADER_H

/// Loads OpenBLAS (`libopenblas.so.0`) the first time a product is large enough to need it, with
/// `OPENBLAS_NUM_THREADS=1` set before it loads, so it starts no threads and a run that never
/// multiplies large matrices never pays for loading it. Thread-safe; returns 1 when BLAS is there.
int nbrun_blas_load(void);

/// Row-major `C ← alpha·op(A)·op(B) + beta·C` through the loaded `cblas_dgemm`; call only after
/// `nbrun_blas_load()` returned 1.
void nbrun_dgemm(int transposeA, int transposeB, long m, long n, long k, double alpha,
                 const double *a, long lda, const double *b, long ldb, double beta, double *c, long ldc);

/// The loaded library's kernel name (`Haswell`) and build configuration, or "" when none is loaded.
const char *nbrun_blas_corename(void);
const char *nbrun_blas_config(void);

#endif
