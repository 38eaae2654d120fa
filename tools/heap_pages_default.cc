// SetLargeHeapPages for the builds without mimalloc (the sanitizer builds,
// or a machine without libmimalloc-dev): the C library's malloc is left as
// it is.
#include "heap_pages.h"

namespace cvparse::tools {

void SetLargeHeapPages(bool) {}

}  // namespace cvparse::tools
