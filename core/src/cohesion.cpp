#include "cohesion.hpp"

#include <algorithm>
#include <array>

#include "unicode.hpp"

namespace galley::detail {

namespace {

// Calls emit(bigram) for every bigram of s in order, repeats included.
template <class Emit>
void each_bigram(std::u32string_view s, std::size_t max_chars, Emit emit) {
  char32_t prev = 0;
  std::size_t seen = 0;
  for (char32_t c : s) {
    const auto k = classify(c);
    const bool word = k == char_class::cjk || k == char_class::latin || k == char_class::digit;
    if (!word) { prev = 0; continue; }
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (prev) emit((std::uint64_t{prev} << 32) | c);
    prev = c;
    if (++seen >= max_chars) break;
  }
}

// Room for the distinct bigrams of up to max_table / 2 characters at half load.
constexpr std::size_t max_table = 2048;

// The smallest power-of-two table (at least 16 slots) that n keys fill at most half.
std::size_t table_size(std::size_t n) {
  std::size_t size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

// The slot where x's probe sequence starts (Fibonacci hashing) in a table of `size` slots.
std::size_t home_slot(std::uint64_t x, std::size_t size) {
  return static_cast<std::size_t>((x * 0x9E3779B97F4A7C15ull) >> 40) & (size - 1);
}

// Inserts x into an open-addressing table (0 = empty); true when it was not there.
bool insert(std::uint64_t* table, std::size_t size, std::uint64_t x) {
  std::size_t h = home_slot(x, size);
  while (table[h] != 0 && table[h] != x) h = (h + 1) & (size - 1);
  if (table[h] == x) return false;
  table[h] = x;
  return true;
}

}  // namespace

std::vector<std::uint64_t> distinct_bigrams(std::u32string_view s, std::size_t max_chars) {
  std::vector<std::uint64_t> out;
  out.reserve(std::min(s.size(), max_chars));  // a bound on the bigrams s yields
  each_bigram(s, max_chars, [&](std::uint64_t x) { out.push_back(x); });
  if (2 * out.size() > max_table) {
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  // Repeats are dropped through a small open-addressing table sized to the text: texts
  // repeat many of their bigrams (English most), and sorting only the distinct ones is
  // much cheaper. 0 marks an empty slot (no bigram is 0: its first character is not).
  std::array<std::uint64_t, max_table> table;
  const std::size_t size = table_size(out.size());
  std::fill_n(table.begin(), size, 0);
  std::size_t kept = 0;
  for (const std::uint64_t x : out)
    if (insert(table.data(), size, x)) out[kept++] = x;
  out.resize(kept);
  return out;
}

std::vector<std::uint64_t> bigrams(std::u32string_view s, std::size_t max_chars) {
  std::vector<std::uint64_t> out = distinct_bigrams(s, max_chars);
  std::sort(out.begin(), out.end());
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

void bigram_set::assign(std::u32string_view s, std::size_t max_chars) {
  slots_.assign(table_size(std::min(s.size(), max_chars)), 0);
  size_ = 0;
  each_bigram(s, max_chars, [&](std::uint64_t x) { size_ += insert(slots_.data(), slots_.size(), x); });
}

bool bigram_set::contains(std::uint64_t x) const {
  if (slots_.empty()) return false;
  std::size_t h = home_slot(x, slots_.size());
  while (slots_[h] != 0 && slots_[h] != x) h = (h + 1) & (slots_.size() - 1);
  return slots_[h] == x;
}

void bigram_counts::grow() {
  std::vector<std::uint64_t> old_keys(keys_.empty() ? 1024 : 2 * keys_.size(), empty);
  std::vector<int> old_counts(old_keys.size(), 0);
  old_keys.swap(keys_);
  old_counts.swap(counts_);
  for (std::size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == empty) continue;
    const std::size_t h = find_slot(old_keys[i]);
    keys_[h] = old_keys[i];
    counts_[h] = old_counts[i];
  }
}

int bigram_counts::most() const {
  int m = 0;
  for (int c : counts_) m = std::max(m, c);
  return m;
}

namespace {
std::size_t common(const std::vector<std::uint64_t>& a, const bigram_set& b) {
  std::size_t n = 0;
  for (std::uint64_t x : a) n += b.contains(x);
  return n;
}
}  // namespace

double containment(const std::vector<std::uint64_t>& a, const bigram_set& b) {
  if (a.empty()) return 0;
  return static_cast<double>(common(a, b)) / static_cast<double>(a.size());
}

double dice(const std::vector<std::uint64_t>& a, const bigram_set& b) {
  if (a.empty() || b.size() == 0) return 0;
  return 2.0 * static_cast<double>(common(a, b)) / static_cast<double>(a.size() + b.size());
}

double weighted_containment(const std::vector<std::uint64_t>& a, const std::vector<double>& weight_of_a,
                            const bigram_set& b) {
  // Summed in a's order, so that the result does not depend on how b is stored.
  double all = 0, shared = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double w = weight_of_a[i];
    all += w;
    if (b.contains(a[i])) shared += w;
  }
  return all > 0 ? shared / all : 0.0;
}

}  // namespace galley::detail
