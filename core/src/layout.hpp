// The layout stage: column widths and spacing conventions of the page as a whole.
#ifndef GALLEY_LAYOUT_HPP
#define GALLEY_LAYOUT_HPP

#include <vector>

#include "lines.hpp"

namespace galley::detail {

struct layout {
  /** The page is mostly CJK (no word spaces). */
  bool cjk = false;
  /** A blank line follows nearly every line, so single blank lines carry no meaning. */
  bool double_spaced = false;
  /** Estimated column width in cells for every line (0 for blank lines). */
  std::vector<int> column;
};

/** Estimates the page's layout from its measured lines. */
layout analyse_layout(const std::vector<line>& lines);

}  // namespace galley::detail

#endif
