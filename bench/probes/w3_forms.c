// Times the three large-layer forms of NumericCore (LargeLayerForm) on W3's epoch, in C against the
// same OpenBLAS, so a new CPU or OpenBLAS kernel can be measured before the table in
// Sources/NumericCore/Kernels.swift is changed. Prints, for each form under the current
// OPENBLAS_CORETYPE, the time per epoch (median of 7) of the 784→128 layer's forward and update
// products, and of bringing a transposed forward product back (the machine should be idle):
//
//   cc -O2 -o /tmp/w3_forms bench/probes/w3_forms.c -lopenblas && OPENBLAS_CORETYPE=Haswell /tmp/w3_forms
//
// The epoch is W3's shape: 10,000 shuffled rows, mini-batches of 64, ReLU hidden layer, softmax output.
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { SAMPLES = 10000, INPUTS = 784, HIDDEN = 128, CLASSES = 10, BATCH = 64, EPOCHS = 7 };
enum Form { DIRECT, TRANSPOSED_PRODUCT, TRANSPOSED_WEIGHTS };
static const char *names[] = { "direct", "transposed product", "transposed weights" };

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int ascending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double uniform(void) { return rand() / (double)RAND_MAX; }

int main(void) {
    openblas_set_num_threads(1);
    double *x = malloc(sizeof(double) * SAMPLES * INPUTS), *t = calloc(SAMPLES * CLASSES, sizeof(double));
    srand(1);
    for (long i = 0; i < (long)SAMPLES * INPUTS; i++) x[i] = uniform();
    for (int i = 0; i < SAMPLES; i++) t[i * CLASSES + rand() % CLASSES] = 1;
    double *w1 = malloc(sizeof(double) * INPUTS * HIDDEN), *w2 = malloc(sizeof(double) * HIDDEN * CLASSES);
    double *xb = malloc(sizeof(double) * BATCH * INPUTS), *tb = malloc(sizeof(double) * BATCH * CLASSES);
    double *z1 = malloc(sizeof(double) * BATCH * HIDDEN), *scratch = malloc(sizeof(double) * BATCH * HIDDEN);
    double *h1 = malloc(sizeof(double) * BATCH * HIDDEN), *d1 = malloc(sizeof(double) * BATCH * HIDDEN);
    double *z2 = malloc(sizeof(double) * BATCH * CLASSES), *d2 = malloc(sizeof(double) * BATCH * CLASSES);
    long order[SAMPLES];
    for (long i = 0; i < SAMPLES; i++) order[i] = i;
    const double rate = 0.01;

    for (int form = DIRECT; form <= TRANSPOSED_WEIGHTS; form++) {
        // W1 is stored inputs×outputs, or outputs×inputs in the transposed-weights form.
        for (int i = 0; i < INPUTS * HIDDEN; i++) w1[i] = (2 * uniform() - 1) / 28;
        for (int i = 0; i < HIDDEN * CLASSES; i++) w2[i] = (2 * uniform() - 1) / 11.3;
        double products[EPOCHS], transposes[EPOCHS];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (long i = SAMPLES - 1; i > 0; i--) { long j = rand() % (i + 1), k = order[i]; order[i] = order[j]; order[j] = k; }
            double spent = 0, transposing = 0;
            for (long first = 0; first < SAMPLES; first += BATCH) {
                const int n = SAMPLES - first < BATCH ? (int)(SAMPLES - first) : BATCH;
                for (int r = 0; r < n; r++) {
                    memcpy(xb + r * INPUTS, x + order[first + r] * INPUTS, sizeof(double) * INPUTS);
                    memcpy(tb + r * CLASSES, t + order[first + r] * CLASSES, sizeof(double) * CLASSES);
                }
                double start = now();
                if (form == DIRECT) {
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, HIDDEN, INPUTS, 1, xb, INPUTS, w1, HIDDEN, 0, z1, HIDDEN);
                } else {
                    // zᵀ = Wᵀ·xᵀ, then transposed back.
                    cblas_dgemm(CblasRowMajor, form == TRANSPOSED_PRODUCT ? CblasTrans : CblasNoTrans, CblasTrans,
                                HIDDEN, n, INPUTS, 1, w1, form == TRANSPOSED_PRODUCT ? HIDDEN : INPUTS, xb, INPUTS,
                                0, scratch, n);
                    spent += now() - start;
                    start = now();
                    // Eight source rows at a time, as Sources/CKernels/transpose.c.
                    for (int j0 = 0; j0 < HIDDEN; j0 += 8)
                        for (int r = 0; r < n; r++)
                            for (int j = j0; j < j0 + 8 && j < HIDDEN; j++) z1[r * HIDDEN + j] = scratch[j * n + r];
                    transposing += now() - start;
                    start = now();
                }
                spent += now() - start;
                for (int i = 0; i < n * HIDDEN; i++) h1[i] = z1[i] > 0 ? z1[i] : 0;
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, CLASSES, HIDDEN, 1, h1, HIDDEN, w2, CLASSES, 0, z2, CLASSES);
                for (int r = 0; r < n; r++) {
                    double *row = z2 + r * CLASSES, largest = row[0], sum = 0;
                    for (int j = 1; j < CLASSES; j++) largest = row[j] > largest ? row[j] : largest;
                    for (int j = 0; j < CLASSES; j++) sum += exp(row[j] - largest);
                    for (int j = 0; j < CLASSES; j++) d2[r * CLASSES + j] = (exp(row[j] - largest) / sum - tb[r * CLASSES + j]) / n;
                }
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, n, HIDDEN, CLASSES, 1, d2, CLASSES, w2, CLASSES, 0, d1, HIDDEN);
                for (int i = 0; i < n * HIDDEN; i++) if (!(h1[i] > 0)) d1[i] = 0;
                cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, HIDDEN, CLASSES, n, -rate, h1, HIDDEN, d2, CLASSES, 1, w2, CLASSES);
                start = now();
                if (form == TRANSPOSED_WEIGHTS)   // Wᵀ −= η·δᵀx
                    cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, HIDDEN, INPUTS, n, -rate, d1, HIDDEN, xb, INPUTS, 1, w1, INPUTS);
                else                              // W −= η·xᵀδ
                    cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, INPUTS, HIDDEN, n, -rate, xb, INPUTS, d1, HIDDEN, 1, w1, HIDDEN);
                spent += now() - start;
            }
            products[epoch] = spent * 1e3;
            transposes[epoch] = transposing * 1e3;
        }
        qsort(products, EPOCHS, sizeof(double), ascending);
        qsort(transposes, EPOCHS, sizeof(double), ascending);
        printf("%-20s %6.1f ms per epoch in the 784→128 forward and update products, %4.1f ms transposing back\n",
               names[form], products[EPOCHS / 2], transposes[EPOCHS / 2]);
    }
    return 0;
}
