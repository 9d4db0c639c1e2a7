#include "huge_pages.hpp"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace galley::cli {

namespace {

constexpr const char* tunable = "glibc.malloc.hugetlb";

#if defined(__linux__) && defined(__GLIBC__)
// "always [madvise] never": the mode in brackets is the kernel's. Under "always" memory is
// huge already; under "never" asking is pointless.
bool kernel_gives_huge_pages_on_request() {
  std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  std::getline(f, modes);
  return modes.find("[madvise]") != std::string::npos;
}
#endif

}  // namespace

bool huge_pages_requested() {
  const char* t = std::getenv("GLIBC_TUNABLES");
  return t != nullptr && std::strstr(t, tunable) != nullptr;
}

void restart_with_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  // (A tunable the user set, to any value, is theirs: it is never overridden.)
  if (huge_pages_requested()) return;
  if (const char* off = std::getenv("GALLEY_HUGE_PAGES"); off != nullptr && std::strcmp(off, "0") == 0) return;
  if (!kernel_gives_huge_pages_on_request()) return;
  const char* before = std::getenv("GLIBC_TUNABLES");
  const bool had_tunables = before != nullptr;
  const std::string kept = had_tunables ? before : "";
  const std::string value = (kept.empty() ? "" : kept + ":") + tunable + "=1";
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  ::execv("/proc/self/exe", argv);
  // Still here: no /proc, or the binary is gone. Carry on as started.
  if (had_tunables) ::setenv("GLIBC_TUNABLES", kept.c_str(), 1);
  else ::unsetenv("GLIBC_TUNABLES");
#else
  (void)argv;
#endif
}

}  // namespace galley::cli
