// Memory for large inputs in transparent huge pages: the first touch of each fresh 4 KB page
// is a page fault, and on virtual machines like the project's (about 11 µs a fault) a large
// input's faults were a quarter of the CLI's time. glibc's malloc asks the kernel for huge
// pages (2 MB, one fault each) only when told by its tunable glibc.malloc.hugetlb, and
// reads tunables only when a process starts: so the process restarts itself once with it.
#ifndef GALLEY_CLI_HUGE_PAGES_HPP
#define GALLEY_CLI_HUGE_PAGES_HPP

#include <cstddef>

namespace galley::cli {

/** Inputs from this size on gain more from huge pages than the restart costs (about 1 ms). */
constexpr std::size_t huge_pages_from_bytes = std::size_t{1} << 20;

/**
 * Restarts this program (same arguments, same standard input, nothing read yet) with
 * glibc.malloc.hugetlb=1 added to GLIBC_TUNABLES, when all of these hold: glibc on Linux,
 * the kernel hands out transparent huge pages on request ("madvise" mode; with "always"
 * there is nothing to ask), the tunable is not set already, and GALLEY_HUGE_PAGES is not
 * "0" (to measure without). Returns, having done nothing, in every other case and when the
 * restart fails: huge pages only make it faster.
 */
void restart_with_huge_pages(char** argv);

/** Whether glibc.malloc.hugetlb is set for this process (for reports). */
bool huge_pages_requested();

}  // namespace galley::cli

#endif
