// Handing freed heap memory back to the system (see memory.hpp).
#include "support/memory.hpp"

#include <malloc.h>

namespace qaf {

void release_free_memory() { malloc_trim(0); }

}  // namespace qaf
