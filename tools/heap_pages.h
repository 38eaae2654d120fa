// Whether the heap takes 2 MiB pages (transparent huge pages) and commits its
// segments at once. On by default in the executables linked with mimalloc
// (tools/mimalloc_options.cc, which says why); a no-op without mimalloc
// (tools/heap_pages_default.cc).
#ifndef CVPARSE_TOOLS_HEAP_PAGES_H_
#define CVPARSE_TOOLS_HEAP_PAGES_H_

namespace cvparse::tools {

// Takes effect for the memory the heap asks of the system from now on, so it
// is called before the threads it concerns start. A setting given in the
// environment (MIMALLOC_LARGE_OS_PAGES, MIMALLOC_EAGER_COMMIT_DELAY) wins.
void SetLargeHeapPages(bool on);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_HEAP_PAGES_H_
