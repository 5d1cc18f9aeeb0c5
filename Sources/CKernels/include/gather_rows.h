#ifndef NBRUN_GATHER_ROWS_H
#define NBRUN_GATHER_ROWS_H

/// Copies rows `order[first]`, …, `order[first + count − 1]` of a row-major matrix with `width`
/// columns into consecutive rows of `destination`, prefetching each next row while copying one.
void nbrun_gather_rows(const double *source, long width, const long *order, long first, long count,
                       double *destination);

#endif
