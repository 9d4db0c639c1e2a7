// Access to the pages in ../shared at test time (they are never copied into the repo).
#ifndef GALLEY_TESTS_CORPUS_HPP
#define GALLEY_TESTS_CORPUS_HPP

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace galley::test {

inline std::filesystem::path shared_dir() { return GALLEY_SHARED_DIR; }

/** The dev pages' raw files, sorted; empty when ../shared is absent. */
inline std::vector<std::filesystem::path> dev_pages() {
  std::vector<std::filesystem::path> pages;
  const auto dir = shared_dir() / "corpus" / "dev";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().string().ends_with(".raw.txt")) pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  return pages;
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace galley::test

#endif
