#include "layout.hpp"

#include <algorithm>

namespace galley::detail {

namespace {

// Lines on either side that vote on a line's column width.
constexpr std::size_t column_window_size = 8;

// The column width around each line: the median of the widest half of its neighbours'
// widths. Headlines (wider) and short last lines (narrower) are both outvoted by the
// full lines that make up most of any column.
// The window slides by a line at a time, so its widths are kept sorted and updated by one
// removal and one insertion per line, instead of selected afresh from 17 (a selection per
// line was a quarter of the instructions on pages of very short lines).
class column_window {
 public:
  // The column at nonblank line k; k counts up from 0 by one per call.
  int at(const std::vector<line>& lines, const std::vector<std::size_t>& nonblank, std::size_t k) {
    const std::size_t lo = k >= column_window_size ? k - column_window_size : 0;
    const std::size_t hi = std::min(nonblank.size(), k + column_window_size + 1);
    for (; lo_ < lo; ++lo_) erase(lines[nonblank[lo_]].ink);
    for (; hi_ < hi; ++hi_) insert(lines[nonblank[hi_]].ink);
    // Median of the upper half, i.e. the 75th percentile.
    return widths_[std::min(n_ - 1, (n_ * 3) / 4)];
  }

 private:
  void insert(int w) {
    std::size_t j = n_++;
    for (; j > 0 && widths_[j - 1] > w; --j) widths_[j] = widths_[j - 1];
    widths_[j] = w;
  }
  void erase(int w) {
    std::size_t j = 0;
    while (widths_[j] != w) ++j;
    for (--n_; j < n_; ++j) widths_[j] = widths_[j + 1];
  }
  int widths_[2 * column_window_size + 1];
  std::size_t n_ = 0, lo_ = 0, hi_ = 0;
};

}  // namespace

int full_tolerance(const line& l, int column) {
  // A justified line is full by construction. CJK lines fall short only by a cell or two
  // (half-width digits, a closing mark pushed over), less than the two-character indent;
  // ragged-right Latin lines fall short by up to a word.
  if (l.justified()) return column;
  if (l.cjk * 2 >= l.glyphs) return 3;
  return std::max(3, column / 5);
}

layout analyse_layout(const std::vector<line>& lines, language_hint hint) {
  layout lay;
  lay.cjk = hint == language_hint::automatic ? page_is_cjk(lines) : hint == language_hint::chinese;
  std::vector<std::size_t> nonblank;
  nonblank.reserve(lines.size());
  std::size_t followed_by_blank = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    nonblank.push_back(i);
    if (i + 1 < lines.size() && lines[i + 1].blank) ++followed_by_blank;
  }
  // Count the gaps between lines: the last line has no successor to be spaced from.
  if (!nonblank.empty() && nonblank.back() + 1 < lines.size()) --followed_by_blank;
  const std::size_t pairs = nonblank.empty() ? 0 : nonblank.size() - 1;
  // ... and the blank lines must fall inside paragraphs too: some full-width lines that stop
  // mid-sentence are followed by one. Short finished lines each followed by a blank line are
  // paragraphs set apart, not double spacing.
  std::vector<int> inks;
  inks.reserve(nonblank.size());
  for (std::size_t i : nonblank) inks.push_back(lines[i].ink);
  std::size_t wrapped = 0;
  if (!inks.empty()) {
    auto p75 = inks.begin() + static_cast<std::ptrdiff_t>(inks.size() * 3 / 4);
    std::nth_element(inks.begin(), p75, inks.end());
    for (std::size_t k = 0; k + 1 < nonblank.size(); ++k) {
      const line& l = lines[nonblank[k]];
      if (nonblank[k] + 1 < lines.size() && lines[nonblank[k] + 1].blank && !is_sentence_final(l.last) && !is_closing(l.last) &&
          l.ink * 10 >= *p75 * 8)
        ++wrapped;
    }
  }
  lay.double_spaced = pairs >= 3 && followed_by_blank * 10 >= pairs * 8 && wrapped >= std::max<std::size_t>(1, pairs / 10);

  // Unwrapped text: most of the text sits in lines far longer than any printed column.
  std::size_t long_chars = 0, all_chars = 0;
  for (std::size_t i : nonblank) {
    all_chars += static_cast<std::size_t>(lines[i].glyphs);
    if (lines[i].ink > 160) long_chars += static_cast<std::size_t>(lines[i].glyphs);
  }
  lay.unwrapped = all_chars > 0 && long_chars * 2 > all_chars;
  std::size_t marked = 0;
  for (std::size_t i : nonblank) marked += lines[i].markdown_heading > 0;
  lay.markdown = marked >= 2;

  lay.gap_before = std::vector<bool>(lines.size(), false);
  std::size_t blanks = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) { ++blanks; continue; }
    // In double-spaced text one blank line is only spacing; two or more still separate.
    lay.gap_before[i] = lay.double_spaced ? blanks >= 2 : blanks >= 1;
    // Unwrapped text has one paragraph a line: every line break is a paragraph break, and
    // sentences cut across them are the stitching stage's business.
    if (lay.unwrapped) lay.gap_before[i] = true;
    blanks = 0;
  }
  lay.column.assign(lines.size(), 0);
  column_window window;
  for (std::size_t k = 0; k < nonblank.size(); ++k) {
    int column = window.at(lines, nonblank, k);
    // Text wrapped around a picture: a run of lines much narrower than the column, of about
    // one width. There the narrow width is the column.
    // (A run never crosses a blank line that means something: stacked short heads are not one.)
    std::size_t lo = k >= 2 ? k - 2 : 0, hi = std::min(nonblank.size(), k + 3);
    for (std::size_t j = k; j > lo; --j)
      if (lay.gap_before[nonblank[j]]) { lo = j; break; }
    for (std::size_t j = k + 1; j < hi; ++j)
      if (lay.gap_before[nonblank[j]]) { hi = j; break; }
    int narrow = 0, fits = 0;
    for (std::size_t j = lo; j < hi; ++j) narrow = std::max(narrow, std::min(lines[nonblank[j]].ink, column * 7 / 10));
    for (std::size_t j = lo; j < hi; ++j) {
      const int ink = lines[nonblank[j]].ink;
      if (ink <= narrow + 2 && ink * 10 >= narrow * 7) ++fits;
    }
    if (hi - lo >= 5 && fits >= 4 && narrow * 10 < column * 7 && lines[nonblank[k]].ink <= narrow + 2) column = narrow;
    lay.column[nonblank[k]] = column;
  }

  // Do the meaningful blank lines separate paragraphs? They do when they mostly follow the
  // end of a sentence.
  std::size_t gaps = 0, gaps_after_final = 0;
  for (std::size_t k = 1; k < nonblank.size(); ++k) {
    if (!lay.gap_before[nonblank[k]]) continue;
    ++gaps;
    const line& prev = lines[nonblank[k - 1]];
    gaps_after_final += prev.ends_sentence;
  }
  // ... and when the short last lines of paragraphs are followed by one, not by text.
  std::size_t ends_then_gap = 0, ends_then_text = 0;
  for (std::size_t k = 0; k + 1 < nonblank.size(); ++k) {
    const line& l = lines[nonblank[k]];
    if (!l.ends_sentence || l.ink * 10 >= lay.column[nonblank[k]] * 8) continue;
    (lay.gap_before[nonblank[k + 1]] ? ends_then_gap : ends_then_text) += 1;
  }
  const bool by_share = gaps >= 2 && gaps_after_final * 10 >= gaps * 6;
  const bool by_ends = ends_then_gap >= 1 && ends_then_text * 4 <= ends_then_gap;
  // Not when most paragraphs end with text right under them: then the blank lines are
  // where columns or stories end (an extractor's mark), even if they follow a sentence.
  const bool runs_on = ends_then_text >= 2 && ends_then_text > ends_then_gap;
  lay.gap_paragraphs = !lay.unwrapped && (by_share || by_ends) && !runs_on;
  return lay;
}

}  // namespace galley::detail
