// Handing freed heap memory back to the system after a large piece of work.
#pragma once

namespace qaf {

/// Returns the heap's free memory to the system (glibc's malloc_trim). A long document is laid
/// out and written in many small allocations on several threads; once it is freed, the pieces
/// stay in each thread's heap unless handed back, and the next long one adds its own.
void release_free_memory();

}  // namespace qaf
