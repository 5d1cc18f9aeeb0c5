// A product computed transposed (see Workspace.forward) comes back through this loop: eight source
// rows at a time, so every store fills contiguous entries and every load streams.
#include "transpose.h"

void nbrun_transpose_adding_bias(const double *source, long rows, long columns, const double *bias,
                                 double *destination) {
    for (long first = 0; first < columns; first += 8) {
        const long last = first + 8 < columns ? first + 8 : columns;
        for (long r = 0; r < rows; r++) {
            double *row = destination + r * columns;
            for (long j = first; j < last; j++) row[j] = source[j * rows + r] + bias[j];
        }
    }
}
