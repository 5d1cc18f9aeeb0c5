#include "blas_loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

// CBLAS's enumerations (cblas.h): the values every CBLAS uses.
enum { RowMajor = 101, NoTrans = 111, Trans = 112 };

typedef void (*dgemm_function)(int, int, int, int, int, int, double, const double *, int,
                               const double *, int, double, double *, int);
typedef char *(*text_function)(void);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static dgemm_function dgemm;
static text_function corename, config;

static void load(void) {
    // OpenBLAS reads the variable in its constructor and starts that many threads, which spin while
    // idle; notebooks run their products on one thread (`--jobs` is the parallelism), and one thread
    // keeps every sum in the same order on every run.
    setenv("OPENBLAS_NUM_THREADS", "1", 1);
    static const char *const names[] = {"libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"};
    for (unsigned i = 0; i < sizeof names / sizeof *names; i++) {
        void *library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!library) continue;
        dgemm = (dgemm_function)dlsym(library, "cblas_dgemm");
        corename = (text_function)dlsym(library, "openblas_get_corename");
        config = (text_function)dlsym(library, "openblas_get_config");
        if (dgemm) return;
        dlclose(library);
    }
}

int nbrun_blas_load(void) {
    pthread_once(&once, load);
    return dgemm != 0;
}

void nbrun_dgemm(int transposeA, int transposeB, long m, long n, long k, double alpha,
                 const double *a, long lda, const double *b, long ldb, double beta, double *c, long ldc) {
    dgemm(RowMajor, transposeA ? Trans : NoTrans, transposeB ? Trans : NoTrans, (int)m, (int)n, (int)k,
          alpha, a, (int)lda, b, (int)ldb, beta, c, (int)ldc);
}

const char *nbrun_blas_corename(void) {
    return nbrun_blas_load() && corename ? corename() : "";
}

const char *nbrun_blas_config(void) {
    return nbrun_blas_load() && config ? config() : "";
}
