// The blocks stage: lines joined into units (paragraphs, headlines, captions, ...).
#ifndef GALLEY_UNITS_HPP
#define GALLEY_UNITS_HPP

#include <string>
#include <vector>

#include "galley/document.h"
#include "galley/options.h"
#include "layout.hpp"
#include "lines.hpp"
#include "roles.hpp"
#include "text.hpp"

namespace galley::detail {

/** A run of lines that reads as one piece, its text already joined and despaced. */
struct unit {
  role kind = role::body;
  std::u32string text;
  std::vector<line_range> lines;
  /** Starts with a character that cannot start a sentence (a continuation). */
  bool opens_mid_sentence = false;
  /** Ends without sentence-final punctuation (cut off). */
  bool ends_mid_sentence = false;
};

/** Joins lines into units, deciding paragraph breaks, despacing and dehyphenating. */
std::vector<unit> build_units(const page_text& text, const std::vector<line>& lines,
                              const layout& lay, const std::vector<role>& roles,
                              const options& opts, statistics& st);

}  // namespace galley::detail

#endif
