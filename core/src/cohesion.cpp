#include "cohesion.hpp"

#include <algorithm>

#include "unicode.hpp"

namespace galley::detail {

namespace {

// Words every English text uses say nothing about which article a text belongs to.
bool stopword(std::u32string_view w) {
  static constexpr std::u32string_view words[] = {
      U"the", U"and", U"for", U"that", U"this", U"with", U"from", U"was", U"were", U"are", U"has", U"have", U"had",
      U"its", U"his", U"her", U"their", U"they", U"but", U"not", U"will", U"would", U"said", U"says", U"which",
      U"who", U"also", U"after", U"than", U"been", U"into", U"over", U"about", U"there", U"more", U"other", U"some",
      U"one", U"two", U"new", U"year", U"last", U"our", U"can", U"may", U"all", U"out", U"what", U"when"};
  for (std::u32string_view s : words)
    if (w == s) return true;
  return false;
}

// A crude stem, so that "rates" meets "rate" and "eased" meets "ease".
std::u32string_view stem(std::u32string_view w) {
  for (std::u32string_view suffix : {std::u32string_view(U"ing"), std::u32string_view(U"ed"), std::u32string_view(U"es"),
                                     std::u32string_view(U"s"), std::u32string_view(U"e")})
    if (w.size() >= suffix.size() + 3 && w.substr(w.size() - suffix.size()) == suffix) return w.substr(0, w.size() - suffix.size());
  return w;
}

// Word keys live in the upper half of the key space, apart from character pairs.
std::uint64_t word_key(std::u32string_view w) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char32_t c : w) h = (h ^ c) * 1099511628211ull;
  return h | (std::uint64_t{1} << 63);
}

bool alphabetic(char32_t c) { return classify(c) == char_class::latin && !is_cjk(c); }

}  // namespace

std::vector<std::uint64_t> bigrams(std::u32string_view s, std::size_t max_chars) {
  // Ideographs and digits pair up (Chinese has no spaces to find words by); alphabetic
  // text gives one key per word, because letter pairs ("th", "in") are shared by any two
  // English texts and would make every paragraph look like every other.
  std::vector<std::uint64_t> out;
  std::u32string word;
  char32_t prev = 0;
  std::size_t k = 0, seen = 0;  // (max_chars counts letters, digits and ideographs only)
  while (k < s.size() && seen < max_chars) {
    const char32_t c = s[k];
    if (alphabetic(c)) {
      prev = 0;
      word.clear();
      for (; k < s.size() && seen < max_chars && alphabetic(s[k]); ++k, ++seen)
        word.push_back(s[k] >= U'A' && s[k] <= U'Z' ? s[k] - U'A' + U'a' : s[k]);
      if (word.size() >= 3 && !stopword(word)) out.push_back(word_key(stem(word)));
      continue;
    }
    const auto kind = classify(c);
    if (kind == char_class::cjk || kind == char_class::digit) {
      if (prev) out.push_back((std::uint64_t{prev} << 32) | c);
      prev = c;
      ++seen;
    } else {
      prev = 0;
    }
    ++k;
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

}  // namespace galley::detail
