// The layout stage: column widths and spacing conventions of the page as a whole.
#ifndef GALLEY_LAYOUT_HPP
#define GALLEY_LAYOUT_HPP

#include <algorithm>
#include <cstdint>
#include <vector>

#include "galley/options.h"
#include "lines.hpp"
#include "stage.hpp"

namespace galley::detail {

struct layout {
  /** The page is mostly CJK (no word spaces). */
  bool cjk = false;
  /** The page holds traditional characters (line_chars::traditional()): the lexicons read their simplified forms. */
  bool traditional = false;
  /** A blank line follows nearly every line, so single blank lines carry no meaning. */
  bool double_spaced = false;
  /**
   * Each paragraph is one long line (text from a tool that already unwrapped the column,
   * Markdown, or a PDF extractor that joins lines): line widths carry no paragraph evidence.
   */
  bool unwrapped = false;
  /** Paragraphs are separated by blank lines: a line break without one continues the paragraph. */
  bool gap_paragraphs = false;
  /**
   * Latin text whose paragraphs open with an indent of a few spaces (and no more than a
   * minority of its lines do): a line with none after a finished sentence goes on with it.
   */
  bool indented_paragraphs = false;
  /** The page marks its headings in Markdown ("# …"): unmarked lines are not display lines. */
  bool markdown = false;
  /** Estimated local column width in ink cells for every line (0 for blank lines). */
  std::vector<int> column;
  /**
   * Lines separated from line i-1 by at least one blank line that carries meaning (1), or
   * not (0). (A byte a line, not std::vector<bool>: the roles and units stages read it for
   * every line, a shift and a mask each as bits.)
   */
  std::vector<std::uint8_t> gap_before;
};

/**
 * Estimates the page's layout from its measured lines; the hint, unless automatic, decides the
 * script. With the lines' text, an extractor's blank lines inside paragraphs are told too.
 */
GALLEY_STAGE layout analyse_layout(const std::vector<line>& lines, language_hint hint = language_hint::automatic,
                                   const line_chars* chars = nullptr);

/** How many ink cells a line may fall short of its column and still count as full. */
inline int full_tolerance(const line& l, int column) {
  // A justified line is full by construction. CJK lines fall short only by a cell or two
  // (half-width digits, a closing mark pushed over), less than the two-character indent;
  // ragged-right Latin lines fall short by up to a word.
  if (l.justified()) return column;
  if (l.cjk * 2 >= l.glyphs) return 3;
  // A Chinese line whose numbers outnumber its ideographs ("2025年1—11月，全国共查") is set
  // like any CJK line, broken at any character: only Latin words make a line ragged.
  if (l.cjk > 0 && l.latin * 2 < l.glyphs) return 3;
  return std::max(3, column / 5);
}

}  // namespace galley::detail

#endif
