// The layout stage: column widths and spacing conventions of the page as a whole.
#ifndef GALLEY_LAYOUT_HPP
#define GALLEY_LAYOUT_HPP

#include <vector>

#include "galley/options.h"
#include "lines.hpp"

namespace galley::detail {

struct layout {
  /** The page is mostly CJK (no word spaces). */
  bool cjk = false;
  /** A blank line follows nearly every line, so single blank lines carry no meaning. */
  bool double_spaced = false;
  /**
   * Each paragraph is one long line (text from a tool that already unwrapped the column,
   * Markdown, or a PDF extractor that joins lines): line widths carry no paragraph evidence.
   */
  bool unwrapped = false;
  /** Paragraphs are separated by blank lines: a line break without one continues the paragraph. */
  bool gap_paragraphs = false;
  /** The page marks its headings in Markdown ("# …"): unmarked lines are not display lines. */
  bool markdown = false;
  /** Estimated local column width in ink cells for every line (0 for blank lines). */
  std::vector<int> column;
  /** Lines separated from line i-1 by at least one blank line that carries meaning. */
  std::vector<bool> gap_before;
};

/** Estimates the page's layout from its measured lines; the hint, unless automatic, decides the script. */
// (noinline: a stage of the pipeline; see reflow.cpp.)
[[gnu::noinline]] layout analyse_layout(const std::vector<line>& lines, language_hint hint = language_hint::automatic);

/** How many ink cells a line may fall short of its column and still count as full. */
int full_tolerance(const line& l, int column);

}  // namespace galley::detail

#endif
