// Mini-batches are gathered from rows in shuffled order: each row is a fresh trip to memory,
// so the next one is requested before the current one is copied.
#include "gather_rows.h"
#include <string.h>

void nbrun_gather_rows(const double *source, long width, const long *order, long first, long count,
                       double *destination) {
    const long bytes = width * (long)sizeof(double);
    for (long r = 0; r < count; r++) {
        if (r + 1 < count) {
            const char *next = (const char *)(source + order[first + r + 1] * width);
            for (long offset = 0; offset < bytes; offset += 64) __builtin_prefetch(next + offset);
        }
        memcpy(destination + r * width, source + order[first + r] * width, (size_t)bytes);
    }
}
