#include "cohesion.hpp"

#include <algorithm>

#include "unicode.hpp"

namespace galley::detail {

std::vector<std::uint64_t> bigrams(std::u32string_view s, std::size_t max_chars) {
  std::vector<std::uint64_t> out;
  char32_t prev = 0;
  std::size_t seen = 0;
  for (char32_t c : s) {
    const auto k = classify(c);
    const bool word = k == char_class::cjk || k == char_class::latin || k == char_class::digit;
    if (!word) { prev = 0; continue; }
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (prev) out.push_back((std::uint64_t{prev} << 32) | c);
    prev = c;
    if (++seen >= max_chars) break;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {
std::size_t common(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}
}  // namespace

double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  return 2.0 * static_cast<double>(common(a, b)) / static_cast<double>(a.size() + b.size());
}

double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty()) return 0;
  return static_cast<double>(common(a, b)) / static_cast<double>(a.size());
}

double weighted_containment(const std::vector<std::uint64_t>& a, const std::vector<double>& weight_of_a,
                            const std::vector<std::uint64_t>& b) {
  double all = 0, shared = 0;
  std::size_t j = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double w = weight_of_a[i];
    all += w;
    while (j < b.size() && b[j] < a[i]) ++j;
    if (j < b.size() && b[j] == a[i]) shared += w;
  }
  return all > 0 ? shared / all : 0.0;
}

}  // namespace galley::detail
