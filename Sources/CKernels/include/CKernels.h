// NumericCore's C kernels: the few loops Swift cannot compile for the vector units it finds at run time.
#include "small_product.h"
#include "gather_rows.h"
#include "transpose.h"
#include "blas_loader.h"
