// Lines an extractor broke before a closing mark: a printed line never starts with one.
// `pdftotext -raw` (and other extractors that print a PDF's text runs in the order the
// page draws them) breaks a line wherever the typesetter drew the rest of it as a run of
// its own: Chromium draws a pair of CJK marks squeezed together ("）：", "”。", "。”") so,
// and "央视网消息（新闻联播）" / "：今年以来…", "…治理。" / "”赛罕区…" come out. No
// typesetter starts a line with a closing mark (kinsoku in CJK, and Latin text breaks at
// spaces, never before a comma or a closing bracket), so such a line goes on the one above.
#ifndef GALLEY_REJOIN_HPP
#define GALLEY_REJOIN_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stage.hpp"
#include "text.hpp"

namespace galley::detail {

/** A page whose lines that started with a closing mark were put back on the lines above them. */
struct rejoined_page {
  /** The page's text, those line breaks (and the spaces around them) taken out. */
  std::string text;
  /**
   * For each line of text (0-based), the first of the page's lines it is made of; a last
   * entry, the page's line count: line l of text is the page's lines first[l] to first[l + 1] - 1.
   */
  std::vector<std::uint32_t> first;
};

/**
 * The lines of a page, decoded, that open with a mark rejoin_split_lines() may put on the
 * line above (after their spaces), under a line of text: a CJK closing quote or bracket,
 * "，。、；：！？", a Latin ",;:)]!?", a closing single quote, a period. Usually none: a look
 * at each line's first byte turns most lines away.
 */
std::vector<std::uint32_t> split_line_candidates(const page_text& text);

/**
 * The page (decoded) with every candidate line that goes on the line above joined to it:
 * its closing mark ends that line's last word (an apostrophe opening a word, "’90s", does not;
 * nor does a period opening one, ".NET", or an ellipsis; a period after initials does,
 * "J.P" / ". Industries"), and the two are one printed line (see rejoin.cpp). Nothing but the
 * line break and the spaces at it goes. Empty when no line is joined.
 */
GALLEY_STAGE std::optional<rejoined_page> rejoin_split_lines(const page_text& text, const std::vector<std::uint32_t>& candidates);

/**
 * The page (decoded) with the words of a justified Latin line that an extractor printed a
 * line each put back on one line. Chromium draws a justified line's words apart, and
 * `mutool draw -F txt` prints each word of such a line on a line of its own ending in a
 * space ("Swiss " / "francs " / "of " / "non-"), pdfminer the same with a blank line
 * between, `pdftotext` a word a block ("Chicago" / "" / "Board" / "" / "of"): a run of lines of
 * one Latin word each (blank lines between them aside). A run is cut into printed lines by
 * the spaces that end its words (a word without one ends its line) or, with no such space,
 * by the column's width: words are gathered while they fit the width of the lines around.
 * A printed line of two or more words (three with no space to go by) that is no wider
 * than those lines is joined, its words one space apart. Nothing but line breaks, blank
 * lines between them and spaces goes. Empty when no line is joined.
 */
GALLEY_STAGE std::optional<rejoined_page> rejoin_spread_words(const page_text& text);

}  // namespace galley::detail

#endif
