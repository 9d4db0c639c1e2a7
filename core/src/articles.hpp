// The articles stage: units grouped into articles, headlines matched to bodies,
// continuations stitched, furniture sent to residue.
#ifndef GALLEY_ARTICLES_HPP
#define GALLEY_ARTICLES_HPP

#include <cstdint>
#include <string>
#include <vector>

#include "cohesion.hpp"
#include "galley/document.h"
#include "galley/options.h"
#include "layout.hpp"
#include "stage.hpp"
#include "units.hpp"

namespace galley::detail {

/**
 * Memory the articles stage keeps from one page to the next: a caller reading many pages
 * keeps one (one a thread), so that the stage's key runs (a vector a unit) and working
 * lists are not allocated and grown again on every page. Only their room carries from a
 * page to the next: each is filled afresh where the stage uses it (see articles.cpp).
 */
/** The last characters of a page's open ends, by BMP code point from the page's lowest,
 *  marked with the page's number (1 to 255; see count_opening_pairs in articles.cpp). */
struct opening_marks {
  std::vector<std::uint8_t> marks;
  std::uint8_t page = 0;
};

struct articles_scratch {
  std::vector<key_run> runs;
  opening_marks opening;
  std::vector<std::uint64_t> lead_pool;
  std::vector<key_piece> pieces, own_piece;
  std::vector<std::uint64_t> joined, stitch_keys, run_keys;
  std::vector<double> stitch_weights;
  std::vector<int> units;
  key_lookup lookup, head_lookup, own_lookup;
  bigram_set text_keys;
  std::u32string joined_text;
  distinct_debt owed;
};

/**
 * Counts into `counts` the pairs of neighbouring ideographs in the units' texts whose first is
 * the last character of a unit cut off mid-sentence (or any ideograph past the BMP): the
 * pairs the articles stage asks about at an open end's junction. `opening` is kept from page
 * to page (see opening_marks).
 */
void count_opening_pairs(const std::vector<unit>& units, opening_marks& opening, bigram_counts& counts);

/**
 * Adds the page's articles and residue to doc.articles and doc.residue, from its units.
 * Every unit lands somewhere. False when the work budget ran out (some continuations were
 * then left where they stand).
 */
GALLEY_STAGE bool assemble_articles(std::vector<unit> units, const layout& lay, const options& opts, document& doc,
                                    articles_scratch& scratch);

}  // namespace galley::detail

#endif
