// Only the declaration in include/fuzz_driver.h matters; SwiftPM needs one source file per C target.
#include "fuzz_driver.h"
