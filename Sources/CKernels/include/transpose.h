#ifndef NBRUN_TRANSPOSE_H
#define NBRUN_TRANSPOSE_H

/// destination[r·columns + j] = source[j·rows + r] + bias[j]: the row-major rows×columns matrix
/// whose transpose `source` holds, with `bias` added to every row (one rounding per entry).
void nbrun_transpose_adding_bias(const double *source, long rows, long columns, const double *bias,
                                 double *destination);

#endif
