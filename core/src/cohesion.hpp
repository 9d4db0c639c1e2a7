// Lexical similarity of short texts by ideograph pairs and words: the evidence for matching
// headlines to leads and for telling an in-article heading from a new article.
#ifndef GALLEY_COHESION_HPP
#define GALLEY_COHESION_HPP

#include <cstdint>
#include <string_view>
#include <vector>

namespace galley::detail {

/**
 * The distinct lexical keys of the first max_chars characters of s, sorted: pairs of
 * neighbouring ideographs and digits, and one key per alphabetic word (lower-cased,
 * crudely stemmed, stop words left out).
 */
std::vector<std::uint64_t> bigrams(std::u32string_view s, std::size_t max_chars = 400);

/** Dice coefficient of two sorted bigram sets (0..1). */
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/** Share of a's bigrams that occur in b (0..1): how much of a headline its lead contains. */
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/**
 * How many pages' worth of rarity the shared bigrams carry: the share of a's weight that
 * b also holds, each bigram weighted by weight(bigram) (an inverse document frequency, so
 * that words every article on the page uses say little). 0..1.
 */
template <class Weight>
double weighted_containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b, Weight weight) {
  double all = 0, shared = 0;
  std::size_t j = 0;
  for (std::uint64_t x : a) {
    const double w = weight(x);
    all += w;
    while (j < b.size() && b[j] < x) ++j;
    if (j < b.size() && b[j] == x) shared += w;
  }
  return all > 0 ? shared / all : 0.0;
}

}  // namespace galley::detail

#endif
