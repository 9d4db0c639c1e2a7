// Lexical similarity of short texts by character bigrams: the evidence for matching
// headlines to leads and for telling an in-article heading from a new article.
#ifndef GALLEY_COHESION_HPP
#define GALLEY_COHESION_HPP

#include <cstdint>
#include <string_view>
#include <vector>

namespace galley::detail {

/** The distinct character bigrams of s (letters, digits and ideographs only), sorted. */
std::vector<std::uint64_t> bigrams(std::u32string_view s, std::size_t max_chars = 400);

/** Dice coefficient of two sorted bigram sets (0..1). */
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/** Share of a's bigrams that occur in b (0..1): how much of a headline its lead contains. */
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/**
 * How many pages' worth of rarity the shared bigrams carry: the share of a's weight that
 * b also holds, weight_of_a[k] being the weight of a[k] (an inverse document frequency, so
 * that words every article on the page uses say little). 0..1. The weights come in
 * precomputed because one text is weighed against many others.
 */
double weighted_containment(const std::vector<std::uint64_t>& a, const std::vector<double>& weight_of_a,
                            const std::vector<std::uint64_t>& b);

}  // namespace galley::detail

#endif
