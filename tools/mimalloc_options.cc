// mimalloc's page settings for the executables that link it
// (cvparse_use_mimalloc in CMakeLists.txt): by default the heap takes 2 MiB
// pages and commits each segment at once; SetLargeHeapPages (heap_pages.h)
// turns that off again.
//
// Why: on the virtual machines cvparse was measured on, a page fault costs
// 10-25 µs, and `cvparse corpus/001.txt --json` took ~1,850 of them, nearly
// all the first touch of a fresh 4 KiB heap page: about 40 % of the run's CPU
// time. In 2 MiB pages (transparent huge pages, which the kernel gives to
// memory madvise()d for them when /sys/kernel/mm/transparent_hugepage/enabled
// says "madvise" or "always") the same run takes ~250 faults and ~40 % less
// time. (mimalloc first asks for reserved huge pages, MAP_HUGETLB, which
// machines seldom have, then falls back to the advice.) Where huge pages are
// off, the advice does nothing and the run is as before.
//
// The price is memory, per thread that allocates: peak RSS of that run
// 15 -> 27 MB. A batch on several workers gains no speed from it, and each
// worker's heap would commit 2 MiB pages of its own (2,000 files at --jobs 16:
// 95 MB against 36 MB), so cvparse turns it off for those (tools/cvparse/main.cc).
#include <mimalloc.h>

#include <cstdlib>

#include "heap_pages.h"

namespace cvparse::tools {

void SetLargeHeapPages(bool on) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) mi_option_set(mi_option_large_os_pages, on ? 1 : 0);
  // Otherwise the first segment of each thread is committed page by page.
  if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) {
    mi_option_set(mi_option_eager_commit_delay, on ? 0 : 1);
  }
}

namespace {

// Before main, so that the start-up threads of any executable get the large
// pages; mimalloc reads its options whenever it asks the system for memory.
// (The priority orders this among the executable's own initialisers only:
// shared libraries, mimalloc among them, initialise before.)
__attribute__((constructor(101))) void LargeHeapPagesByDefault() { SetLargeHeapPages(true); }

}  // namespace
}  // namespace cvparse::tools
