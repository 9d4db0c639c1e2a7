#include "layout.hpp"

#include <algorithm>
#include <cstdint>

namespace galley::detail {

namespace {

// Lines on either side that vote on a line's column width.
constexpr std::size_t column_window_size = 8;

// Latin text whose lines this long (in cells: a printed column's width or more) nearly all
// end a sentence, and hold most of its characters, has a paragraph a line. (Chinese
// paragraphs pasted a line each are long enough for the first test; a short one a line
// between blank lines reads right as it is, and its heads and subtitles with it.)
constexpr int unwrapped_sentence_ink = 60;
constexpr std::size_t unwrapped_sentence_lines = 3;
// ... or two, when one is wider than a newspaper's column ever is (a short story of two
// paragraphs, pasted).
constexpr int unwrapped_wide_ink = 120;

// The column width around each line: the median of the widest half of its neighbours'
// widths. Headlines (wider) and short last lines (narrower) are both outvoted by the
// full lines that make up most of any column.
// The window slides by a line at a time, so its widths are kept sorted and updated as it
// moves: one width out and one in, moved to its place from the place of the one it
// replaces (neighbouring lines are of about one width, so that is seldom far), instead
// of selected afresh from 17 (a selection per line was a quarter of the instructions on
// pages of very short lines).
class column_window {
 public:
  // The column at nonblank line k of those with widths ink; k counts up from 0 by one per call.
  int at(const std::vector<int>& ink, std::size_t k) {
    const std::size_t lo = k >= column_window_size ? k - column_window_size : 0;
    const std::size_t hi = std::min(ink.size(), k + column_window_size + 1);
    for (; lo_ < lo && hi_ < hi; ++lo_, ++hi_) replace(ink[lo_], ink[hi_]);
    for (; lo_ < lo; ++lo_) erase(ink[lo_]);
    for (; hi_ < hi; ++hi_) insert(ink[hi_]);
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
    std::size_t j = find(w);
    for (--n_; j < n_; ++j) widths_[j] = widths_[j + 1];
  }
  void replace(int out, int in) {
    // (A width that leaves as the same enters changes nothing: a justified page's lines
    // are mostly of one width.)
    if (out == in) return;
    std::size_t j = find(out);
    for (; j + 1 < n_ && widths_[j + 1] < in; ++j) widths_[j] = widths_[j + 1];
    for (; j > 0 && widths_[j - 1] > in; --j) widths_[j] = widths_[j - 1];
    widths_[j] = in;
  }
  std::size_t find(int w) const {
    std::size_t j = 0;
    while (widths_[j] != w) ++j;
    return j;
  }
  int widths_[2 * column_window_size + 1];
  std::size_t n_ = 0, lo_ = 0, hi_ = 0;
};

}  // namespace

namespace {

// How many blank lines after a line are only spacing: 1 in double-spaced text (more where a
// tool doubled the line breaks again), else 0. Double spacing: blank lines follow nearly
// every line, and fall inside paragraphs too: some full-width lines that stop mid-sentence
// are followed by them. (Short finished lines each followed by a blank line are paragraphs
// set apart, not double spacing.) nonblank and ink: the page's nonblank lines and their
// widths.
int spacing_blanks(const std::vector<line>& lines, const std::vector<std::uint32_t>& nonblank, const std::vector<int>& ink) {
  // Count the gaps between lines: the last line has no successor to be spaced from.
  const std::size_t pairs = nonblank.empty() ? 0 : nonblank.size() - 1;
  constexpr std::uint32_t most = 16;
  std::size_t followed_by[most + 1] = {};  // [m]: pairs with m or more blank lines between (m <= most)
  for (std::size_t k = 0; k < pairs; ++k) ++followed_by[std::min(most, nonblank[k + 1] - nonblank[k] - 1)];
  for (std::size_t m = most; m-- > 1;) followed_by[m] += followed_by[m + 1];
  std::uint32_t spacing = 0;
  while (spacing < most && followed_by[spacing + 1] * 10 >= pairs * 8) ++spacing;
  if (pairs < 3) return 0;
  if (spacing == 0) {
    // Fewer blank lines (an extractor that prints a printed line a block, but two lines as
    // one block now and then: `mutool draw -F txt`): a third of the lines or more followed
    // by one, and many of those inside sentences: after a line as wide as the lines around
    // it (its column's, on a page of columns of several widths) that ends no sentence.
    // Then one blank line is spacing.
    if (followed_by[1] * 3 < pairs) return 0;
    column_window window;
    std::size_t inside = 0;
    for (std::size_t k = 0; k < pairs; ++k) {
      const line& l = lines[nonblank[k]];
      const int column = window.at(ink, k);
      if (nonblank[k + 1] != nonblank[k] + 1 && !is_sentence_final(l.last) && !is_closing(l.last) && l.ink * 10 >= column * 8)
        ++inside;
    }
    return inside >= 4 && inside * 10 >= followed_by[1] * 4 ? 1 : 0;
  }
  std::vector<int> inks = ink;
  auto p75 = inks.begin() + static_cast<std::ptrdiff_t>(inks.size() * 3 / 4);
  std::nth_element(inks.begin(), p75, inks.end());
  std::size_t wrapped = 0;
  for (std::size_t k = 0; k < pairs; ++k) {
    const line& l = lines[nonblank[k]];
    if (nonblank[k + 1] - nonblank[k] - 1 >= spacing && !is_sentence_final(l.last) && !is_closing(l.last) && l.ink * 10 >= *p75 * 8)
      ++wrapped;
  }
  return wrapped >= std::max<std::size_t>(1, pairs / 10) ? static_cast<int>(spacing) : 0;
}

// Text wrapped around a picture: a run of lines much narrower than the column, of about
// one width. There the narrow width is the column. Returns line k's column, given the
// column of the page around it; ink and gap are the nonblank lines' widths and whether
// a blank line that means something comes before each.
// (A run never crosses a blank line that means something: stacked short heads are not one.)
int column_beside_picture(const std::vector<int>& ink, const std::vector<char>& gap, std::size_t k, int column) {
  // The run is the five lines from k - 2 to k + 2, none of them after such a blank line
  // but the first.
  if (k < 2 || k + 3 > ink.size() || gap[k - 1] || gap[k] || gap[k + 1] || gap[k + 2]) return column;
  int widest = 0;
  for (std::size_t j = k - 2; j <= k + 2; ++j) widest = std::max(widest, ink[j]);
  const int narrow = std::min(widest, column * 7 / 10);
  if (narrow * 10 >= column * 7 || ink[k] > narrow + 2) return column;
  int fits = 0;
  for (std::size_t j = k - 2; j <= k + 2; ++j) fits += ink[j] <= narrow + 2 && ink[j] * 10 >= narrow * 7;
  return fits >= 4 ? narrow : column;
}

// Whether a Latin page opens its paragraphs with an indent of a few spaces, as typewritten
// copy, wire text and most extractors of an indented column print them: several lines so
// indented, a minority of the page's lines (not a margin every line has), most of them
// after a line that ends a sentence or after a blank line (where a paragraph may open).
// nonblank: the page's nonblank lines.
bool indents_paragraphs(const std::vector<line>& lines, const std::vector<std::uint32_t>& nonblank) {
  constexpr int most_cells = 6;  // a paragraph's indent; more is a centred or set-off line
  std::size_t indented = 0, after_end = 0;
  for (std::size_t k = 0; k < nonblank.size(); ++k) {
    const line& l = lines[nonblank[k]];
    if (l.indent < 1 || l.indent > most_cells) continue;
    ++indented;
    after_end += k == 0 || nonblank[k - 1] + 1 != nonblank[k] || lines[nonblank[k - 1]].ends_sentence;
  }
  return indented >= 2 && indented * 2 <= nonblank.size() && after_end * 10 >= indented * 7;
}

// `mutool draw -F txt` prints a paragraph's first line as a block of its own (its indent
// starts a block), now and then another of its lines too, and the rest of the paragraph as
// one block: a blank line under lines that stop mid-sentence, on pages it does not
// double-space. A Chinese column's first line stops two ideographs short of full (the
// indent lost; three when the line under it opens with a character and the mark that may
// not start a line, pushed down together, or with a number or word, which is not broken),
// unfinished; the line under the blank fills the column and goes on in its block or ends
// its paragraph. Where a page shows that three times or more, such blank lines (under an
// unfinished line that is indent-short or full) are the extractor's, not the page's. (One
// or two are where a column ended: the articles stage decides those.)
GALLEY_SMALL void mend_split_first_lines(const std::vector<line>& lines, const line_chars& chars,
                                         const std::vector<std::uint32_t>& nonblank, const std::vector<int>& column,
                                         std::vector<char>& gap) {
  const std::size_t n = nonblank.size();
  if (n < 4) return;
  // The blank line under nonblank line k is the extractor's where gap[k + 1] becomes 2 (3
  // under a first line). Read from the page's end: a line under the blank that has one
  // under it too goes on only where that one is the extractor's.
  std::size_t first_lines = 0;
  for (std::size_t k = n - 1; k-- > 0;) {
    if (!gap[k + 1] || nonblank[k + 1] != nonblank[k] + 2) continue;
    const line& a = lines[nonblank[k]];
    const line& b = lines[nonblank[k + 1]];
    if (a.cjk * 2 < a.glyphs || b.cjk * 2 < b.glyphs || is_sentence_final(a.last) || is_closing(a.last)) continue;
    if (b.ink + full_tolerance(b, column[k + 1]) < column[k + 1] || b.ink * 10 > column[k + 1] * 11) continue;
    const bool goes_on = k + 2 >= n || !gap[k + 2] || b.ends_sentence || gap[k + 2] > 1;
    if (!goes_on) continue;
    // (Measured against the full line under it too: the column estimated where a wider
    // column starts is still the narrower one's.)
    const int short_of = std::max(column[k], b.ink) - a.ink;
    const std::u32string_view under = chars[nonblank[k + 1]];
    const bool pushed = under.size() > 1 && (is_clause_mark(under[1]) || is_closing(under[1]) || is_sentence_final(under[1]) ||
                                             classify(under[0]) == char_class::digit || classify(under[0]) == char_class::latin);
    if ((short_of >= 3 && short_of <= 5) || (pushed && short_of >= 6 && short_of <= 7)) {
      gap[k + 1] = 3;
      ++first_lines;
    } else if (short_of < 3 && short_of >= -2) {
      gap[k + 1] = 2;
    }
  }
  for (std::size_t k = 0; k < n; ++k)
    if (gap[k] > 1) gap[k] = first_lines < 3;
}

}  // namespace

GALLEY_SMALL layout analyse_layout(const std::vector<line>& lines, language_hint hint, const line_chars* chars) {
  layout lay;
  lay.cjk = hint == language_hint::automatic ? page_is_cjk(lines) : hint == language_hint::chinese;
  // The nonblank lines, and their widths side by side: the passes below read little else.
  // (Sized for every line and cut to the nonblank ones after: no capacity test a line.)
  std::vector<std::uint32_t> nonblank(lines.size());
  std::vector<int> ink(lines.size());
  // Unwrapped text: most of the text sits in lines far longer than any printed column.
  std::size_t n = 0, long_chars = 0, all_chars = 0, marked = 0;
  // ... or its longer lines all end a sentence, as paragraphs of a sentence or two do
  // (wire copy): a printed column's full lines end one only now and then.
  std::size_t sentence_lines = 0, sentence_ends = 0, sentence_chars = 0;
  int widest = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank) continue;
    nonblank[n] = static_cast<std::uint32_t>(i);
    ink[n++] = l.ink;
    all_chars += static_cast<std::size_t>(l.glyphs);
    if (l.ink > 160) long_chars += static_cast<std::size_t>(l.glyphs);
    if (l.ink >= unwrapped_sentence_ink) {
      widest = std::max(widest, l.ink);
      ++sentence_lines;
      sentence_ends += l.ends_sentence;
      sentence_chars += static_cast<std::size_t>(l.glyphs);
    }
    marked += l.markdown_heading > 0;
  }
  nonblank.resize(n);
  ink.resize(n);
  const int spacing = spacing_blanks(lines, nonblank, ink);
  lay.double_spaced = spacing > 0;
  const std::size_t sentence_lines_needed = widest >= unwrapped_wide_ink ? 2 : unwrapped_sentence_lines;
  const bool sentence_a_line = !lay.cjk && sentence_lines >= sentence_lines_needed &&
                               sentence_ends * 10 >= sentence_lines * 9 && sentence_chars * 2 > all_chars;
  lay.unwrapped = all_chars > 0 && (long_chars * 2 > all_chars || sentence_a_line);
  lay.markdown = marked >= 2;
  lay.indented_paragraphs = !lay.cjk && !lay.unwrapped && indents_paragraphs(lines, nonblank);

  std::vector<char> gap(n);  // (gap_before of nonblank line k)
  lay.gap_before.assign(lines.size(), 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t blanks = nonblank[k] - (k > 0 ? nonblank[k - 1] + 1 : 0);
    // In double-spaced text one blank line is only spacing; two or more still separate.
    // Unwrapped text has one paragraph a line: every line break is a paragraph break, and
    // sentences cut across them are the stitching stage's business.
    gap[k] = lay.unwrapped || blanks > static_cast<std::size_t>(spacing);
  }
  // Each line's column by its neighbours' widths (read by the pass below and for lay.column).
  std::vector<int> column(n);
  {
    column_window window;
    for (std::size_t k = 0; k < n; ++k) column[k] = window.at(ink, k);
  }
  if (chars && lay.cjk && spacing == 0 && !lay.unwrapped) mend_split_first_lines(lines, *chars, nonblank, column, gap);
  for (std::size_t k = 0; k < n; ++k)
    if (gap[k]) lay.gap_before[nonblank[k]] = 1;

  // Do the meaningful blank lines separate paragraphs? They do when they mostly follow the
  // end of a sentence ...
  std::size_t gaps = 0, gaps_after_final = 0;
  // ... and when the short last lines of paragraphs are followed by one, not by text.
  std::size_t ends_then_gap = 0, ends_then_text = 0;
  lay.column.assign(lines.size(), 0);
  for (std::size_t k = 0; k < n; ++k) {
    const int column_k = column_beside_picture(ink, gap, k, column[k]);
    lay.column[nonblank[k]] = column_k;
    const bool ends_sentence = lines[nonblank[k]].ends_sentence;
    if (k + 1 < n) {
      if (gap[k + 1]) {
        ++gaps;
        gaps_after_final += ends_sentence;
      }
      if (ends_sentence && ink[k] * 10 < column_k * 8) (gap[k + 1] ? ends_then_gap : ends_then_text) += 1;
    }
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
