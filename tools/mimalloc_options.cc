// mimalloc's settings for the executables that link it (cvparse_use_mimalloc
// in CMakeLists.txt): the heap in 2 MiB pages, every segment committed at once.
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
// The price is memory: peak RSS of that run 15 -> 27 MB, and of a batch of
// 100,000 files 38 -> 52 MB (/usr/bin/time -f %M), under the 64 MB the
// benchmark allows. Batch throughput does not change.
//
// The options are set before main, and only when the environment does not set
// them (MIMALLOC_LARGE_OS_PAGES=0 turns this off, to compare).
#include <mimalloc.h>

#include <cstdlib>

namespace {

__attribute__((constructor(101))) void SetMimallocOptions() {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) mi_option_set(mi_option_large_os_pages, 1);
  // The first segment of each thread is otherwise committed page by page.
  if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) mi_option_set(mi_option_eager_commit_delay, 0);
}

}  // namespace
