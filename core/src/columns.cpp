// Columns printed side by side, read one after another (see columns.hpp).
#include "columns.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <cstring>

#include "cohesion.hpp"
#include "unicode.hpp"
#include "utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace galley::detail {

namespace {

// Lines that must show a gutter, with text on both sides of it, before it is taken for one:
// fewer could be a table's row or two, or spaces that only happen to line up.
constexpr std::uint32_t min_rows = 4;
// Where justified lines spread their words with runs of spaces, those line up by chance on
// a few lines: a gutter among them shows on this many.
constexpr std::uint32_t min_spread_rows = 6;
// Gutters are looked for up to this character position (wider lines are read as they are).
constexpr std::uint32_t max_position = 1024;
// At most this many gutters on a page at a time (the widest broadsheet prints eight or nine
// columns), and this many rounds of them (see unfold_side_by_side): at most 24 in all.
constexpr std::size_t max_gutters = 8;
constexpr std::size_t max_rounds = 3;
// Rows of heads side by side over their stories' columns (a two-line head and a byline).
constexpr std::size_t max_head_rows = 3;
// A column's indented first lines start a few characters right of its edge: the lines that
// start this close right of a position count toward its support.
constexpr std::uint32_t indent_reach = 6;
// A candidate edge this close to a stronger one is the same edge (see candidate_edges).
constexpr std::uint32_t same_edge_reach = 5;
// Text on either side of a gutter, on average: columns of text run this many characters or
// more, mostly letters or ideographs; a table's cells are shorter, or figures (a table is
// better read row by row, as printed).
constexpr std::uint32_t min_chunk = 4;

bool is_space(char c) { return c == ' ' || c == '\t'; }
// (Whether a character is an ideograph, CJK punctuation or a full-width form, told by its
// first byte: U+3000–U+9FFF start E3–E9, U+FF00–U+FFEF EF. Not the quotes and dashes of
// general punctuation: a copy sets spaces around them, "“ 十五五 ”", that are no gutters.)
bool wide(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 0xE3 && b <= 0xE9) || b == 0xEF;
}
// (A byte that starts a character: not a UTF-8 continuation byte.)
bool starts_char(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The last character of s and where it starts (0 for none; an invalid byte reads as U+FFFD:
// the page is not decoded yet).
char32_t last_char(std::string_view s, std::size_t& at) {
  at = s.size();
  while (at > 0 && !starts_char(s[at - 1])) --at;
  if (at == 0) return 0;
  char32_t c = 0;
  return decode_utf8(s, --at, c) ? c : U'\uFFFD';
}

// Whether a line of text may end here: in a sentence's or a clause's punctuation, perhaps
// inside closing quotes or brackets ("。”", "!)"). A head over a story ends without, or in
// closing brackets alone ("（纵横）").
bool ends_in_punctuation(std::string_view s) {
  std::size_t at = 0;
  for (char32_t c = last_char(s, at); c != 0; c = last_char(s = s.substr(0, at), at))
    if (!is_closing(c)) return is_sentence_final(c) || is_clause_mark(c);
  return false;
}

// Whether a line of text ends a sentence (perhaps inside closing quotes or brackets).
bool ends_sentence(std::string_view s) {
  std::size_t at = 0;
  for (char32_t c = last_char(s, at); c != 0; c = last_char(s = s.substr(0, at), at))
    if (!is_closing(c)) return is_sentence_final(c);
  return false;
}

// A run of two or more spaces with text on both sides, or one space between two CJK
// characters (Chinese text has no spaces of its own, and an extractor squeezes a narrow
// gutter to one): characters [from, to), `to` where the text after it starts; the same in
// bytes (spaces are one byte each).
struct gap {
  std::uint32_t from, to, from_byte, to_byte;
};

// Whether a gap parts the text at a column's edge p: it spans the edge (the text after it
// may start a character early: the extractor rounds positions), or the text before it ran
// past the edge and pushed the next column's text right. (pdftotext pads to a character
// position reckoned from the page's geometry, but a line of narrow characters, digits or
// Latin letters among ideographs, takes more characters than its width: the next column's
// text then starts where the line ends, a space or more on.)
constexpr std::uint32_t push_reach = 4;
bool near_edge(const gap& g, std::uint32_t p) {
  return (g.from <= p && g.to + 1 >= p) || (g.to > p && g.to <= p + push_reach);
}

struct row {
  std::uint32_t begin = 0, end = 0;        // the line's bytes, without its line end
  std::uint32_t ink_from = 0, ink_to = 0;  // characters: where its text starts, one past where it ends
  std::uint32_t gaps_begin = 0, gaps_end = 0;
  bool blank() const { return ink_to == 0; }
};

// Where a line is cut at one gutter: its text left of it ends at left_end, its text right of
// it (with the spaces of an indent) starts at right_begin (bytes in the page).
struct cut {
  std::uint32_t left_end = 0, right_begin = 0;
};

enum class fit : std::uint8_t {
  across,   // text runs across the gutter: the line is not cut there
  apart,    // text on both sides, two or more spaces between: the gutter shows
  one_side, // text on one side only, or none
  narrow,   // text on both sides, one space between (a column filled to its edge)
};

class page_rows {
 public:
  explicit page_rows(std::string_view page) : page_(page) {}

  // Splits the page into rows and their gaps; false when the page cannot be read here (a lone
  // carriage return, which the text stage counts as a line end of its own).
  bool read() {
    std::size_t i = 0;
    if (page_.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // (a byte order mark: the text stage drops it)
    while (i <= page_.size()) {
      std::size_t end = page_.find('\n', i);
      const bool last = end == std::string_view::npos;
      if (last) end = page_.size();
      std::size_t text_end = end;
      if (text_end > i && page_[text_end - 1] == '\r') --text_end;
      if (page_.substr(i, text_end - i).find('\r') != std::string_view::npos) return false;
      if (last && i == end && !rows_.empty()) break;  // (the page ends with its last line's break)
      add_row(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(text_end));
      if (last) break;
      i = end + 1;
    }
    return true;
  }

  const std::vector<row>& rows() const { return rows_; }
  const std::vector<gap>& gaps() const { return gaps_; }
  std::size_t rows_with_gaps() const { return rows_with_gaps_; }
  std::string_view page() const { return page_; }

  // How a row meets the gutter whose columns' text starts at character p (p ≥ 2), and where
  // it is cut there.
  fit meet(const row& r, std::uint32_t p, cut& c) const {
    c = {r.end, r.end};
    // (Positions are the extractor's rounding of the page's: text may end or start a
    // character past either side of a column's edge.)
    if (r.blank() || r.ink_to <= p) return fit::one_side;
    if (r.ink_from >= p - 1) {
      c = {r.begin, byte_at(r, std::min(p, r.ink_from))};
      return fit::one_side;
    }
    for (std::uint32_t k = r.gaps_begin; k < r.gaps_end; ++k) {
      const gap& g = gaps_[k];
      if (near_edge(g, p)) {
        // (The spaces between the edge and the text are an indent, unless the text on the
        // left ran past the edge.)
        c = {g.from_byte, g.from + 1 >= p ? g.to_byte : g.from_byte + (std::min(p, g.to) - g.from)};
        return fit::apart;
      }
    }
    // One space at the edge, text on both sides: a column's line filled to its edge.
    const std::uint32_t at = byte_at(r, p - 1);
    if (at < r.end && is_space(page_[at])) {
      c = {at, at + 1};
      return fit::narrow;
    }
    return fit::across;
  }

  // The text next to gap k of a row, up to the next gap or the line's end, after it and
  // before it: its characters, and how many of them are digits.
  struct chunk {
    std::uint32_t chars = 0, digits = 0;
  };
  chunk chunk_after(const row& r, std::uint32_t k) const {
    return measure(gaps_[k].to_byte, k + 1 < r.gaps_end ? gaps_[k + 1].from_byte : r.end);
  }
  // Where the text after gap k of a row ends (characters) when it is one Latin word, up to
  // the next gap or the line's end; 0 when it holds a space or an ideograph (a Chinese
  // column's line has no spaces).
  std::uint32_t word_end_after(const row& r, std::uint32_t k) const {
    const std::uint32_t to = k + 1 < r.gaps_end ? gaps_[k + 1].from_byte : r.end;
    for (std::uint32_t b = gaps_[k].to_byte; b < to; ++b)
      if (is_space(page_[b]) || wide(page_[b])) return 0;
    return k + 1 < r.gaps_end ? gaps_[k + 1].from : r.ink_to;
  }
  chunk chunk_before(const row& r, std::uint32_t k) const {
    return measure(k > r.gaps_begin ? gaps_[k - 1].to_byte : r.begin, gaps_[k].from_byte);
  }

  // A line's width in half ems, bytes [from, to): an ideograph or a full-width mark one em, a
  // digit, a Latin letter or another mark half, a space none (a copy sets spaces around
  // digits and Latin words that take no room on the page).
  std::uint32_t half_ems(std::uint32_t from, std::uint32_t to) const {
    std::uint32_t w = 0;
    for (std::uint32_t b = from; b < to; ++b)
      if (!is_space(page_[b]) && starts_char(page_[b])) w += wide(page_[b]) ? 2 : 1;
    return w;
  }

  // Whether most of a row's characters are ideographs or CJK marks.
  bool mostly_wide(const row& r) const {
    std::uint32_t wides = 0, others = 0;
    for (std::uint32_t b = r.begin; b < r.end; ++b)
      if (!is_space(page_[b]) && starts_char(page_[b])) ++(wide(page_[b]) ? wides : others);
    return wides > others;
  }

  // Where a Chinese row across the edge p is cut when its text left of p ran past the edge
  // and pushed the next column's one space right (see near_edge), that space touching a
  // digit or a quote rather than two ideographs: at the space within push reach of p that
  // leaves the column's text (from left_begin) nearest a full line of it, `full` half ems,
  // and no more than an em off. (The space nearest p is often one a copy sets around a
  // figure, "美联储 21 日": a justified column's line is as wide as its others, not as long.)
  bool pushed_cut(const row& r, std::uint32_t p, std::uint32_t left_begin, std::uint32_t full, cut& c) const {
    if (!mostly_wide(r)) return false;
    std::uint32_t best = 3, pos = 0;
    for (std::uint32_t b = r.begin; b < r.end && pos <= p + push_reach; ++b) {
      if (!starts_char(page_[b])) continue;
      if (pos + 2 >= p && b > left_begin && b + 1 < r.end && is_space(page_[b]) && !is_space(page_[b + 1])) {
        const std::uint32_t w = half_ems(left_begin, b), off = w > full ? w - full : full - w;
        if (w > 0 && off < best) best = off, c = {b, b + 1};
      }
      ++pos;
    }
    return best < 3;
  }

  // A cut at the space nearest the edge p (up to three characters either side), or at p.
  cut forced_cut(const row& r, std::uint32_t p) const {
    std::uint32_t best = r.end, best_distance = 4, at_p = r.end;
    std::uint32_t pos = 0;
    for (std::uint32_t b = r.begin; b < r.end; ++b) {
      if (!starts_char(page_[b])) continue;
      if (pos == p) at_p = b;
      const std::uint32_t distance = pos + 1 > p ? pos + 1 - p : p - pos - 1;  // (from p - 1)
      if (is_space(page_[b]) && distance < best_distance) best = b, best_distance = distance;
      if (pos > p + 3) break;
      ++pos;
    }
    if (best != r.end) return {best, best + 1};
    return {at_p, at_p};
  }

 private:
  void add_row(std::uint32_t begin, std::uint32_t end) {
    row r;
    r.begin = begin;
    r.end = end;
    r.gaps_begin = r.gaps_end = static_cast<std::uint32_t>(gaps_.size());
    std::uint32_t pos = 0, run_from = 0, run_byte = 0, spaces = 0;
    bool ink = false, wide_before = false;
    for (std::uint32_t b = begin; b < end; ++b) {
      const char ch = page_[b];
      if (is_space(ch)) {
        if (spaces++ == 0) run_from = pos, run_byte = b;
        ++pos;
        continue;
      }
      if (!starts_char(ch)) continue;
      if (!ink) {
        r.ink_from = pos;
        ink = true;
      } else if (spaces >= 2 || (spaces == 1 && wide_before && wide(ch))) {
        gaps_.push_back({run_from, pos, run_byte, b});
      }
      spaces = 0;
      wide_before = wide(ch);
      r.ink_to = ++pos;
    }
    r.gaps_end = static_cast<std::uint32_t>(gaps_.size());
    if (r.gaps_end != r.gaps_begin) ++rows_with_gaps_;
    rows_.push_back(r);
  }

  chunk measure(std::uint32_t from, std::uint32_t to) const {
    chunk c;
    for (std::uint32_t b = from; b < to; ++b) {
      const char ch = page_[b];
      if (is_space(ch) || !starts_char(ch)) continue;
      ++c.chars;
      c.digits += ch >= '0' && ch <= '9';
    }
    return c;
  }

  // The byte where character p of the row starts (its end when the row is shorter).
  std::uint32_t byte_at(const row& r, std::uint32_t p) const {
    std::uint32_t b = r.begin;
    for (std::uint32_t pos = 0;; ++b) {
      if (b >= r.end) return r.end;
      if (starts_char(page_[b]) && pos++ == p) return b;
    }
  }

  std::string_view page_;
  std::vector<row> rows_;
  std::vector<gap> gaps_;
  std::size_t rows_with_gaps_ = 0;
};

// Whether more lines' text starts a few characters right of p, with a Latin letter, a digit
// or a mark (not an ideograph), than starts at p. A justified Latin column, padded to its
// width with runs of spaces, starts words at scattered positions; one of them just left of
// the next column's edge would take the lines starting at that edge for its own support
// (they are within an indent's reach) and, read as the edge, hide it. Text starting with
// ideographs does not count against p: where the text left of an edge is wider than its
// place, pdftotext pushes Chinese lines a few characters right of the edge, and those are
// the edge's own lines.
bool outvoted_by_latin(const std::vector<std::uint32_t>& votes, const std::vector<std::uint32_t>& latin_votes,
                       std::uint32_t p) {
  for (std::uint32_t q = p + 1; q <= p + indent_reach; ++q)
    if (latin_votes[q] > votes[p]) return true;
  return false;
}

// Where a run of lines that shows a gutter ends, when a line across it follows: before the
// blank line under its last line with text on both sides (`edge_row`: the text right of the
// gutter starts at its edge), if lines follow that blank. Those have no text at the column
// right of the gutter (a head, a byline, perhaps a head of a column further right) and go
// with the line across below them, the story they head, set across the gutter; read as the
// band's first column's, they came before the band's other columns and apart from their story.
std::size_t end_before_lines_across(const std::vector<row>& rows, const std::vector<fit>& fits,
                                    const std::vector<std::uint8_t>& edge_row, std::size_t from, std::size_t to) {
  if (to >= rows.size()) return to;
  std::size_t last_both = to;
  for (std::size_t k = from; k < to; ++k)
    if ((fits[k] == fit::apart && edge_row[k]) || fits[k] == fit::narrow) last_both = k;
  if (last_both == to) return to;
  std::size_t blank = last_both + 1;
  while (blank < to && !rows[blank].blank()) ++blank;
  std::size_t after = blank;
  while (after < to && rows[after].blank()) ++after;
  return after < to ? blank : to;
}

// Where gutter e's text left of it starts on row r: at the cut of the nearest gutter left of
// it that cuts the row, or the row's start.
std::uint32_t left_begin(const std::vector<row>& rows, const std::vector<std::uint32_t>& edges,
                         const std::vector<std::uint32_t>& mask, const std::vector<cut>& cuts, std::size_t e,
                         std::size_t r) {
  const std::size_t n = rows.size();
  std::uint32_t begin = rows[r].begin, nearest = 0;
  for (std::size_t f = 0; f < edges.size(); ++f)
    if (f != e && (mask[r] >> f & 1) && edges[f] < edges[e] && edges[f] >= nearest)
      nearest = edges[f], begin = cuts[f * n + r].right_begin;
  return begin;
}

// The median of v (not empty), which it reorders.
std::size_t median(std::vector<std::size_t>& v) {
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// The median width, in half ems, of the text left of gutter e on the rows `counted` picks, two
// or more (0 for fewer): a full line of the column there, as a justified column's lines
// mostly are.
template <class Pick>
std::uint32_t full_line(const page_rows& reader, const std::vector<std::uint32_t>& edges,
                        const std::vector<std::uint32_t>& mask, const std::vector<cut>& cuts, std::size_t e,
                        Pick counted) {
  const std::vector<row>& rows = reader.rows();
  const std::size_t n = rows.size();
  std::vector<std::size_t> widths;
  for (std::size_t r = 0; r < n; ++r)
    if (counted(r)) widths.push_back(reader.half_ems(left_begin(rows, edges, mask, cuts, e, r), cuts[e * n + r].left_end));
  if (widths.size() < 2) return 0;
  return static_cast<std::uint32_t>(median(widths));
}

// A band of gutter e goes on over the Chinese lines next to it, up to a blank line, whose
// text left of it ran past it and pushed the next column's text right (see pushed_cut):
// those show no gutter at the edge, and the band stopped short of them, though they are its
// rows. Lines that show the gutter, or have text on one side of it only, go on with it.
void extend_over_pushed_rows(const page_rows& reader, const std::vector<std::uint32_t>& edges,
                             const std::vector<fit>& fits, const std::vector<std::uint8_t>& taken,
                             const std::vector<std::uint8_t>& edge_row, std::vector<std::uint32_t>& mask,
                             std::vector<cut>& cuts, std::size_t e) {
  const std::vector<row>& rows = reader.rows();
  const std::size_t n = rows.size();
  const std::uint32_t bit = 1u << e, p = edges[e];
  // A full line of the column left of the gutter: as wide as most of the band's lines that show it.
  const std::uint32_t full = full_line(reader, edges, mask, cuts, e, [&](std::size_t r) {
    return (mask[r] & bit) && fits[r] == fit::apart && edge_row[r];
  });
  if (full == 0) return;
  const auto joins = [&](std::size_t k) {
    if (rows[k].blank() || taken[k] || (mask[k] & bit)) return false;
    // (Nor a row another band's edge near this one cuts: its text would be cut twice.)
    for (std::size_t f = 0; f < edges.size(); ++f)
      if ((mask[k] >> f & 1) && (edges[f] > p ? edges[f] - p : p - edges[f]) <= indent_reach) return false;
    if (fits[k] == fit::apart || fits[k] == fit::one_side) return true;
    return reader.pushed_cut(rows[k], p, left_begin(rows, edges, mask, cuts, e, k), full, cuts[e * n + k]);
  };
  for (std::size_t r = 0; r < n; ++r) {
    if (!(mask[r] & bit)) continue;
    for (std::size_t k = r; k > 0 && joins(k - 1); --k) mask[k - 1] |= bit;
    std::size_t k = r;
    while (k + 1 < n && (mask[k + 1] & bit)) ++k;
    for (; k + 1 < n && joins(k + 1); ++k) mask[k + 1] |= bit;
    r = k;
  }
}

// Candidate gutters: where many lines' text starts after a run of spaces, each the position
// its columns' text starts at (first lines may be indented further); in order. Lines already
// cut (`taken`) do not vote.
std::vector<std::uint32_t> candidate_edges(const page_rows& rows, const std::vector<std::uint8_t>& taken) {
  std::vector<std::uint32_t> votes(max_position + indent_reach + 1, 0), latin_votes(votes.size(), 0);
  for (std::size_t r = 0; r < rows.rows().size(); ++r) {
    if (taken[r]) continue;
    const row& rr = rows.rows()[r];
    for (std::uint32_t k = rr.gaps_begin; k < rr.gaps_end; ++k) {
      const gap& g = rows.gaps()[k];
      if (g.to >= max_position) continue;
      ++votes[g.to];
      latin_votes[g.to] += !wide(rows.page()[g.to_byte]);
    }
  }
  // A position's support: the lines whose text starts there or a few characters right of it.
  // (Each as its support and position in one integer, sorted: the strongest first, and of
  // equals the leftmost, the column's edge rather than its indent.)
  std::vector<std::uint64_t> strong;
  for (std::uint32_t p = 2; p < max_position; ++p) {
    std::uint32_t support = 0;
    for (std::uint32_t q = p; q <= p + indent_reach; ++q) support += votes[q];
    if (votes[p] > 0 && support >= min_rows && !outvoted_by_latin(votes, latin_votes, p))
      strong.push_back((std::uint64_t{support} << 32) | (max_position - p));
  }
  // (The articles stage's sort of its keys: a second std::sort for the one type was 1 KB of
  // the module.)
  sort_keys(strong);
  std::vector<std::uint32_t> edges;
  for (auto it = strong.rbegin(); it != strong.rend(); ++it) {
    const auto p = static_cast<std::uint32_t>(max_position - (*it & 0xFFFFFFFF));
    if (edges.size() == max_gutters) break;
    // (A position this close to a stronger one is that edge: its indented or pushed lines.
    // One at an indent's full reach is another band's edge: pdftotext -layout sets the
    // same page's columns at positions a few characters apart from band to band, and one
    // band's strong edge hid the other's, whose lines were then never cut there. Where the
    // two are one edge's body and indent after all, the indented lines alone show no gutter.)
    const bool near = std::any_of(edges.begin(), edges.end(), [&](std::uint32_t q) {
      return (p > q ? p - q : q - p) <= same_edge_reach;
    });
    if (!near) edges.push_back(p);
  }
  std::sort(edges.begin(), edges.end());
  return edges;
}

// Whether row k of a band is a blank row that only spaces lines, as in double-spaced
// columns: a lone blank row between lines of the same two columns or more, next to a row that
// stands alone between two such blank rows, and either next to two such rows in a row (on
// the same side) or under lines none of which ends a sentence. (A row of a credit, a line and
// a head alone between blank rows, the end of a section over the next, is no sign of it, nor
// a line too wide for its column run into the next column's place: a row alone has its
// columns two spaces apart or more.) `columns`: which of the band's columns each of its rows
// [first, last) has text in, a bit each; `closed`: which of them end a sentence; `apart`:
// whether the row's text stands two spaces apart or more at each gutter with text on both
// sides.
bool spacing_row(const std::vector<std::uint32_t>& columns, const std::vector<std::uint32_t>& closed,
                 const std::vector<std::uint8_t>& apart, std::size_t first, std::size_t last, std::size_t k) {
  const auto text = [&](std::size_t j) { return j >= first && j < last && columns[j - first] != 0; };
  const auto shared = [&](std::size_t j) { return columns[j - 1 - first] & columns[j + 1 - first]; };
  const auto lone_blank = [&](std::size_t j) {
    return j > first && j + 1 < last && !text(j) && std::popcount(shared(j)) >= 2;
  };
  const auto alone = [&](std::size_t j) { return j > first && apart[j - first] && lone_blank(j - 1) && lone_blank(j + 1); };
  if (!lone_blank(k)) return false;
  if ((k >= first + 3 && alone(k - 1) && alone(k - 3)) || (alone(k + 1) && alone(k + 3))) return true;
  return (shared(k) & closed[k - 1 - first]) == 0 && (alone(k - 1) || alone(k + 1));
}

// A line's width in half ems: an ideograph or a full-width mark one em, any other
// character half, a space none.
std::uint32_t half_ems(std::string_view s) {
  std::uint32_t w = 0;
  for (const char c : s)
    if (!is_space(c) && starts_char(c)) w += wide(c) ? 2 : 1;
  return w;
}

// The ideographs and CJK marks of a piece of a row that may be a head (0 when it may not): no
// sentence mark, comma or semicolon anywhere, none ending it, not led by a bracket (a
// credit's "（作者单位：…）").
std::size_t head_wides(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  if (s.empty() || ends_in_punctuation(s)) return 0;
  std::size_t wides = 0;
  for (std::size_t at = 0; at < s.size();) {
    const std::size_t start = at;
    char32_t c = U'\uFFFD';
    const std::size_t length = decode_utf8(s, at, c);
    at += length == 0 ? 1 : length;
    if (is_sentence_final(c) || c == U'，' || c == U'；' || c == U',' || c == U';') return 0;
    if (start == 0 && is_opening(c) && c != U'“' && c != U'《') return 0;
    wides += wide(s[start]);
  }
  return wides;
}

// Whether one of the first `count` characters of s (its leading spaces aside) is a sentence's
// or a clause's mark.
bool mark_within(std::string_view s, std::size_t count) {
  std::size_t at = s.find_first_not_of(' ');
  for (std::size_t seen = 0; at < s.size() && seen < count; ++seen) {
    char32_t c = U'\uFFFD';
    const std::size_t length = decode_utf8(s, at, c);
    at += length == 0 ? 1 : length;
    if (is_sentence_final(c) || is_clause_mark(c)) return true;
  }
  return false;
}

// Whether a row's words all stand two spaces apart: more runs of spaces than `gutters`, each
// of two spaces.
bool words_two_apart(const page_rows& reader, const row& r, std::size_t gutters) {
  if (r.gaps_end - r.gaps_begin <= gutters) return false;
  for (std::uint32_t k = r.gaps_begin; k < r.gaps_end; ++k)
    if (reader.gaps()[k].to - reader.gaps()[k].from != 2) return false;
  return true;
}

// Whether the text after a would-be gutter is a justified column's last words, padded to
// its right edge: on most lines that show it, one word that ends where the others end (each
// line's end position, 0 for text of more than one word). A column's first words end where
// their lengths say; the last words of lines spread by runs of spaces all end at the
// column's edge, and start at scattered positions some of which line up by chance.
// (Two lines' words may end together by chance.)
constexpr std::size_t min_padded_lines = 3;
bool padded_last_words(std::vector<std::uint32_t>& ends) {
  if (ends.size() < min_padded_lines) return false;
  std::sort(ends.begin(), ends.end());
  std::size_t most = 0;
  for (std::size_t i = 0, j = 0; i < ends.size(); ++i) {
    if (ends[i] == 0) continue;
    while (ends[j] + 1 < ends[i] || ends[j] == 0) ++j;  // (within a character of each other)
    most = std::max(most, i - j + 1);
  }
  return 4 * most >= 3 * ends.size();
}

}  // namespace

// Where the next two spaces in a row start, at or after `from` (npos for none): sixteen or
// eight bytes at a time, as most of a page has none (a find() for "  " stopped at every
// single space).
std::size_t next_double_space(std::string_view page, std::size_t from) {
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7F, spaces = 0x2020202020202020;
  std::size_t i = from;
  bool space_before = false;  // (the last byte of the bytes before was a space)
#if defined(__SSE2__)
  // (By SSE2: the spaces as bits, a bit a byte, each pair found as a space bit over the one
  // before it. Eight bytes at a time by integers took twice the instructions, every byte of
  // every page read. The module builds this file for size, without SIMD: the eight bytes.)
  for (; i + 16 <= page.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(page.data() + i));
    const auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    if (const unsigned both = ((m << 1) | unsigned{space_before}) & m) return i + std::countr_zero(both) - 1;
    space_before = (m >> 15) != 0;
  }
#endif
  for (; i + 8 <= page.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, page.data() + i, 8);
    // (The spaces' high bits set, exactly; a space whose next byte is one too, in this
    // word or, for its last byte, the next.)
    const std::uint64_t x = w ^ spaces, z = ~(((x & low7) + low7) | x | low7);
    if (space_before && (z & 0x80)) return i - 1;
    if (const std::uint64_t both = z & (z >> 8)) return i + static_cast<std::size_t>(std::countr_zero(both) / 8);
    space_before = (z >> 63) != 0;
  }
  if (space_before && i < page.size() && page[i] == ' ') return i - 1;
  for (; i + 1 < page.size(); ++i)
    if (page[i] == ' ' && page[i + 1] == ' ') return i;
  return std::string_view::npos;
}

namespace {

// Whether at least `need` lines have two spaces in a row between text: most pages have none
// (an indent's spaces come first on their line) and leave at once.
bool has_interior_gaps(std::string_view page, std::size_t need) {
  std::size_t lines = 0;
  for (std::size_t at = next_double_space(page, 0); at != std::string_view::npos;) {
    std::size_t run_end = at;
    while (run_end < page.size() && is_space(page[run_end])) ++run_end;
    if (run_end == page.size()) break;
    const bool interior = at > 0 && !is_space(page[at - 1]) && page[at - 1] != '\n' && page[at - 1] != '\r' &&
                          page[run_end] != '\n' && page[run_end] != '\r';
    std::size_t next = run_end;
    if (interior) {
      if (++lines >= need) return true;
      next = page.find('\n', run_end);  // (one line counts once)
      if (next == std::string_view::npos) break;
    }
    at = next_double_space(page, next);
  }
  return false;
}

}  // namespace

std::optional<unfolded_page> unfold_side_by_side(std::string_view page) {
  if (page.size() >= (std::size_t{1} << 31) || !has_interior_gaps(page, min_rows)) return std::nullopt;
  page_rows reader(page);
  if (!reader.read() || reader.rows_with_gaps() < min_rows) return std::nullopt;
  const std::vector<row>& rows = reader.rows();

  // Each gutter's bands: runs of lines none of whose text crosses it, where enough lines show
  // it with text on both sides. mask: which gutters cut each line; cuts[e * n + r]: where
  // gutter e cuts line r.
  const std::size_t n = rows.size();
  std::vector<std::uint32_t> edges;
  std::vector<std::uint32_t> mask(n, 0);
  std::vector<std::uint8_t> taken(n, 0);
  std::vector<cut> cuts;
  std::vector<fit> fits(n);
  std::vector<std::uint8_t> pushed(n);  // (the gutter at hand: cut by pushed_cut)
  std::vector<std::uint32_t> word_ends;  // (a run of lines at the gutter at hand: see padded_last_words)
  std::vector<std::uint8_t> edge_row(n);  // (the gutter at hand: the row's text right of it starts at its edge)
  // Where the text left of each gutter ends at the furthest (characters): a line of one
  // column that reaches past it is wider than the column.
  std::vector<std::uint32_t> text_end, ends(max_position + 1);
  // Rounds: the gutters most lines show first, then, among the lines none of them cut, the
  // gutters those show. The same column's edge is not at the same character on every band
  // of a page: `pdftotext -layout` pushes a column's text right where the text left of it
  // is wider than its place (ideographs are wider than the character grid, digits and
  // Latin narrower), so one band's edge can be a few characters off another's, too close
  // to be told from an indent in one count of the whole page.
  for (std::size_t round = 0; round < max_rounds; ++round) {
    for (std::size_t r = 0; r < n; ++r) taken[r] = mask[r] != 0;
    const std::size_t first_edge = edges.size();
    for (const std::uint32_t p : candidate_edges(reader, taken)) edges.push_back(p);
    if (edges.size() == first_edge) break;
    cuts.resize(n * edges.size());
    text_end.resize(edges.size(), 0);
    bool cut_any = false;
    for (std::size_t e = first_edge; e < edges.size(); ++e) {
      const std::uint32_t p = edges[e];
      const std::uint32_t bit = 1u << e;
      std::fill(ends.begin(), ends.end(), 0);
      std::fill(edge_row.begin(), edge_row.end(), 0);
      // Rows an edge near this one (another band's edge, see candidate_edges) already cuts
      // are that edge's: cut again here, a few characters off, their text would be cut twice.
      std::uint32_t near_bits = 0;
      for (std::size_t f = first_edge; f < e; ++f)
        if ((edges[f] > p ? edges[f] - p : p - edges[f]) <= indent_reach) near_bits |= 1u << f;
      for (std::size_t r = 0; r < n; ++r) fits[r] = taken[r] || (mask[r] & near_bits) ? fit::across : reader.meet(rows[r], p, cuts[e * n + r]);
      // One space at the edge parts a column's line from the next column's only under a line
      // that shows the gutter and over one that does not cross it; elsewhere (a blank line
      // above or below, as around a head) it is a line across the columns that has a space
      // there by chance.
      for (std::size_t r = 0; r < n; ++r)
        if (fits[r] == fit::narrow && (r == 0 || r + 1 == n || fits[r - 1] != fit::apart || rows[r + 1].blank() ||
                                       fits[r + 1] == fit::across))
          fits[r] = fit::across;
      // (Two passes: a run of lines shows a gutter when enough of them do; once the page has
      // such a run, a shorter one at the same place — a story of a few lines, the last rows
      // of a column — shows it as well.)
      // A Chinese line whose text left of the edge ran past it and pushed the next column's
      // one space right (see pushed_cut) does not end a run of lines that show the gutter,
      // nor counts toward it. Narrow columns push often: a run ended at each such line was
      // too short to show its gutter. (A full line's width is the page's lines' that show it.)
      const std::uint32_t full = full_line(reader, edges, mask, cuts, e, [&](std::size_t r) { return fits[r] == fit::apart; });
      for (std::size_t r = 0; r < n; ++r)
        pushed[r] = full != 0 && fits[r] == fit::across && !taken[r] && !(mask[r] & near_bits) &&
                    reader.pushed_cut(rows[r], p, left_begin(rows, edges, mask, cuts, e, r), full, cuts[e * n + r]);
      const auto breaks_run = [&](std::size_t r) { return fits[r] == fit::across && !pushed[r]; };
      bool established = false;
      for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t from = 0; from < n;) {
          if (breaks_run(from)) { ++from; continue; }
          std::size_t to = from;
          std::uint32_t apart = 0, narrow = 0, spread_gaps = 0, at_edge = 0;
          page_rows::chunk left, right;
          for (; to < n && !breaks_run(to); ++to) {
            if (fits[to] == fit::narrow) ++narrow;
            if (fits[to] != fit::apart) continue;
            ++apart;
            const row& rr = rows[to];
            spread_gaps += rr.gaps_end - rr.gaps_begin;
            for (std::uint32_t k = rr.gaps_begin; k < rr.gaps_end; ++k) {
              const gap& g = reader.gaps()[k];
              if (near_edge(g, p)) {
                edge_row[to] = g.to <= p + indent_reach;
                at_edge += edge_row[to];
                if (edge_row[to]) word_ends.push_back(reader.word_end_after(rr, k));
                const page_rows::chunk before = reader.chunk_before(rr, k), after = reader.chunk_after(rr, k);
                left.chars += before.chars, left.digits += before.digits;
                right.chars += after.chars, right.digits += after.digits;
                if (pass == 0) ++ends[std::min(g.from, max_position)];
                break;
              }
            }
          }
          const auto text_like = [&](const page_rows::chunk& c) { return c.chars >= min_chunk * apart && c.digits * 2 < c.chars; };
          // (Lines spread by justification need more: more runs of spaces than a grid of four
          // columns has gutters.) The lines counted are those whose text after the gap starts
          // at the edge (or its indent, or pushed a little right): a column's lines do. A run
          // of spaces that only spans the edge, its text far right of it, is a justified
          // line's padding or a gap to a column further right, and says nothing of this edge;
          // counted, the padded words of a justified column were cut into columns of a word.
          const std::uint32_t needed = pass == 1 ? 2 : spread_gaps > 3 * apart ? min_spread_rows : min_rows;
          const bool shows = at_edge >= needed && apart >= 2 * narrow && text_like(left) && text_like(right) &&
                             !padded_last_words(word_ends);
          word_ends.clear();
          if (shows && (pass == 0 || !(mask[from] & bit))) {
            established = cut_any = true;
            const std::size_t end = end_before_lines_across(rows, fits, edge_row, from, to);
            for (std::size_t r = from; r < end; ++r) mask[r] |= bit;
          }
          from = to;
        }
        if (!established) break;
      }
      extend_over_pushed_rows(reader, edges, fits, taken, edge_row, mask, cuts, e);
      // A line or two across the gutter between two runs that show it (a column's line that ran
      // into the next with one space, or none, to part them) is cut there too: at the space
      // nearest the edge, or else at the edge itself.
      for (std::size_t r = 1; r + 1 < n; ++r) {
        if (fits[r] != fit::across || taken[r] || !(mask[r - 1] & bit) || fits[r - 1] != fit::apart) continue;
        std::size_t to = r;
        while (to < n && to < r + 2 && fits[to] == fit::across && !taken[to]) ++to;
        if (to == n || !(mask[to] & bit) || fits[to] != fit::apart) continue;
        for (std::size_t k = r; k < to; ++k) {
          cuts[e * n + k] = reader.forced_cut(rows[k], p);
          mask[k] |= bit;
        }
      }
      for (std::uint32_t x = 0; x <= max_position; ++x)
        if (ends[x]) text_end[e] = x;
    }
    if (!cut_any) break;
  }
  if (edges.empty()) return std::nullopt;

  unfolded_page out;
  out.page_lines = static_cast<std::uint32_t>(n);
  out.text.reserve(page.size() + 64);
  out.source.reserve(n + 16);
  auto emit = [&](std::string_view s, std::size_t from_row) {
    out.text.append(s);
    out.text.push_back('\n');
    out.source.push_back(static_cast<std::uint32_t>(from_row));
  };
  auto trimmed = [](std::string_view s) {
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
  };
  auto plain = [&](std::size_t k) { emit(page.substr(rows[k].begin, rows[k].end - rows[k].begin), k); };
  using gutters = std::vector<std::size_t>;  // a band's gutters, left to right
  gutters cut_at;
  // Row k's text in column col of a band cut at `at` (spaces at its end left out).
  auto piece_in = [&](const gutters& at, std::size_t k, std::size_t col) {
    const row& rr = rows[k];
    const std::uint32_t b = col == 0 ? rr.begin : cuts[at[col - 1] * n + k].right_begin;
    const std::uint32_t e = col == at.size() ? rr.end : cuts[at[col] * n + k].left_end;
    return b < e ? trimmed(page.substr(b, e - b)) : std::string_view();
  };
  auto piece = [&](std::size_t k, std::size_t col) { return piece_in(cut_at, k, col); };
  auto has_text = [](std::string_view s) { return s.find_first_not_of(" \t") != std::string_view::npos; };
  // Column col of rows [first, last), cut at `at`.
  auto emit_column = [&](const gutters& at, std::size_t first, std::size_t last, std::size_t col, bool& band_started) {
    // The spaces most of the column's lines start with are the page's margin, or the
    // column's edge: its lines are read from there, so that only an indent shows.
    std::array<std::uint32_t, 9> starts{};
    for (std::size_t k = first; k < last; ++k) {
      const std::string_view text = piece_in(at, k, col);
      if (has_text(text)) ++starts[std::min<std::size_t>(text.find_first_not_of(" \t"), starts.size() - 1)];
    }
    const std::size_t margin = static_cast<std::size_t>(std::max_element(starts.begin(), starts.end() - 1) - starts.begin());
    bool column_started = false, blank_pending = false;
    for (std::size_t k = first; k < last; ++k) {
      std::string_view text = piece_in(at, k, col);
      if (!has_text(text)) {
        blank_pending = column_started;
        continue;
      }
      text.remove_prefix(std::min(margin, text.find_first_not_of(" \t")));
      if (blank_pending) emit({}, k);
      emit(text, k);
      column_started = band_started = true;
      blank_pending = false;
    }
  };
  // Heads side by side over the band that follows (see below), waiting for it.
  struct heads_row {
    std::size_t first = 0, last = 0;
    gutters at;
  };
  std::optional<heads_row> heads;
  // Rows [first, last) a column at a time; after each of the heads waiting, the columns under it.
  auto emit_band = [&](std::size_t first, std::size_t last) {
    out.rows_unfolded += static_cast<std::uint32_t>(last - first);
    // (Set apart from the lines around it by blank lines, as pdftotext sets apart its blocks.)
    const bool after_text = !out.text.empty() && out.text.size() >= 2 && out.text[out.text.size() - 2] != '\n';
    if (after_text) emit({}, first);
    bool band_started = false;
    std::size_t col = 0;
    if (heads) {
      out.rows_unfolded += static_cast<std::uint32_t>(heads->last - heads->first);
      for (std::size_t h = 0; h <= heads->at.size(); ++h) {
        if (band_started) emit({}, heads->first);
        emit_column(heads->at, heads->first, heads->last, h, band_started);
        // (The band's gutters include the heads': the columns under head h end at the
        // band's gutter that is the heads' gutter h.)
        const std::size_t until =
            h == heads->at.size() ? cut_at.size()
                                  : static_cast<std::size_t>(std::find(cut_at.begin(), cut_at.end(), heads->at[h]) - cut_at.begin());
        for (; col <= until && col <= cut_at.size(); ++col) emit_column(cut_at, first, last, col, band_started);
      }
      heads.reset();
    }
    for (; col <= cut_at.size(); ++col) emit_column(cut_at, first, last, col, band_started);
    if (band_started && last < n && rows[last].ink_to != 0) emit({}, last);
  };
  std::vector<std::uint8_t> filled;  // how many of a band's columns each row has text in
  std::vector<std::uint32_t> text_columns;  // which of them, a bit each
  std::vector<std::uint8_t> spaced_apart;  // whether two spaces or more part its text at each gutter
  std::vector<std::uint32_t> sentence_ends;  // which of its columns' text ends a sentence, a bit each
  for (std::size_t r = 0; r < n;) {
    // A band: lines cut by the same gutters.
    std::size_t to = r;
    while (to < n && mask[to] == mask[r]) ++to;
    if (mask[r] == 0) {
      for (std::size_t k = r; k < to; ++k) plain(k);
      r = to;
      continue;
    }
    cut_at.clear();
    for (std::size_t e = 0; e < edges.size(); ++e)
      if (mask[r] & (1u << e)) cut_at.push_back(e);
    filled.assign(to - r, 0);
    text_columns.assign(to - r, 0);
    spaced_apart.assign(to - r, 1);
    sentence_ends.assign(to - r, 0);
    for (std::size_t k = r; k < to; ++k)
      for (std::size_t col = 0; col <= cut_at.size(); ++col)
        if (has_text(piece(k, col))) {
          ++filled[k - r], text_columns[k - r] |= 1u << col;
          if (ends_sentence(piece(k, col))) sentence_ends[k - r] |= 1u << col;
          const cut& c = cuts[cut_at[col == 0 ? 0 : col - 1] * n + k];
          if (col > 0 && (text_columns[k - r] >> (col - 1) & 1) && c.right_begin < c.left_end + 2) spaced_apart[k - r] = 0;
        }
    // (Nor are the rows of a page whose words all stand two spaces apart, as pdfminer prints
    // justified lines: more runs of spaces than the band has gutters, each of two.)
    for (std::size_t k = r; k < to; ++k)
      if (words_two_apart(reader, rows[k], cut_at.size())) spaced_apart[k - r] = 0;
    // A row or two of heads side by side (with their bylines) over a band of columns cut at
    // the same gutters and more: each story's columns are under its head, so each head is
    // read before the columns under it, not all the heads first.
    // They are the band's last rows, with text in two columns or more, after a blank line
    // or at the band's top, right over the band's text; they do not end in a sentence's
    // punctuation, and the band under them is longer.
    std::size_t first_head = to;
    while (first_head > r && to - first_head < max_head_rows && filled[first_head - 1 - r] >= 2) --first_head;
    const auto over_columns = [&] {
      if (heads || first_head == to || to == n || mask[to] == mask[r] || (mask[r] & ~mask[to]) != 0) return false;
      // (Heads stand right over their columns' text: a row set apart by blank lines, as a
      // page's masthead is, heads nothing.)
      if (rows[to].blank()) return false;
      if (first_head > r ? !rows[first_head - 1].blank()
                         // (A row of a band above that lost a gutter, its text across it, is
                         // no row of heads: those come under lines cut at fewer gutters.)
                         : r > 0 && !rows[r - 1].blank() && (mask[r] & ~mask[r - 1]) == 0)
        return false;
      for (std::size_t col = 0; col <= cut_at.size(); ++col)
        if (ends_in_punctuation(piece(first_head, col))) return false;
      std::size_t below = to;
      while (below < n && mask[below] == mask[to]) ++below;
      return below - to > 2 * (to - first_head);
    };
    std::optional<heads_row> heads_below;
    if (over_columns()) {
      heads_below = heads_row{first_head, to, cut_at};
      if (first_head == r) {
        heads = std::move(heads_below);
        r = to;
        continue;
      }
    }
    const std::size_t band_end = to;
    if (heads_below) to = first_head;
    // A head over the columns of the next story, too short to cross a gutter: a line with
    // text in one column only, wider than that column's lines, not ending in punctuation
    // as a line of text may, under lines with text in two or more columns and over another.
    // The band is read as two, apart at it.
    // A blank line across every column ends a band too: stories stacked on the same
    // columns are read one after the other, not a column of each at a time. (Paragraphs
    // of one story set apart by space may lose their order where the spaces of two
    // columns meet; the stories would lose far more. Asking for a head after the blank
    // line measured worse: a story's columns need not open with one.)
    // (Where the columns' baselines do not line up, each printed line may get a row of its
    // own with a blank row between: those blank rows are spacing (see spacing_row). Ended at
    // each, the band was read a row at a time, its columns interleaved.)
    // A row of heads side by side right under the columns of the stories above, no blank
    // line between (pdftotext sets none where the boxes' heads stand close under the lead):
    // each piece a head (no sentence or clause mark, not led by a bracket, at most 70% of its
    // column's full line: a head is set in larger type; a paragraph's short line in a narrow
    // column may be 80% of it), two of five ideographs or more, between rows with text, the
    // one above no such row. The band is read as two, apart at it: the stories above end
    // there, and the heads open the columns under them.
    std::vector<std::uint32_t> full_widths(cut_at.size() + 1);
    for (std::size_t col = 0; col <= cut_at.size(); ++col) {
      std::vector<std::size_t> widths;
      for (std::size_t k = r; k < to; ++k)
        if (const std::string_view s = piece(k, col); has_text(s)) widths.push_back(half_ems(s));
      full_widths[col] = widths.empty() ? 0 : static_cast<std::uint32_t>(median(widths));
    }
    const auto heads_side_by_side = [&](std::size_t k) {
      if (filled[k - r] < 2) return false;
      std::size_t long_heads = 0;
      for (std::size_t col = 0; col <= cut_at.size(); ++col) {
        const std::string_view s = piece(k, col);
        if (!has_text(s)) continue;
        const std::size_t wides = head_wides(s);
        if (wides == 0 || 10 * half_ems(s) > 7 * full_widths[col]) return false;
        // (Nor a paragraph's short line whose word the line under it finishes: "…抢" / "号，…".)
        if (k + 1 < to && mark_within(piece(k + 1, col), 2)) return false;
        // (A byline's or a caption's name stands apart by a space: "本报记者 王明".)
        long_heads += wides >= 5 && s.find(' ', s.find_first_not_of(' ')) == std::string_view::npos;
      }
      return long_heads >= 2;
    };
    std::size_t from = r;
    bool columns_above = false;
    for (std::size_t k = r; k < to; ++k) {
      if (columns_above && k > r && k + 1 < to && filled[k - 1 - r] != 0 && filled[k + 1 - r] != 0 &&
          heads_side_by_side(k) && !heads_side_by_side(k - 1)) {
        emit_band(from, k);
        from = k;
      }
      if (filled[k - r] == 0) {
        if (columns_above && !spacing_row(text_columns, sentence_ends, spaced_apart, r, to, k)) {
          emit_band(from, k);
          from = k;
          columns_above = false;
        }
        continue;
      }
      if (filled[k - r] >= 2) {
        columns_above = true;
        continue;
      }
      const row& rr = rows[k];
      std::size_t col = 0;
      while (col < cut_at.size() && !has_text(piece(k, col))) ++col;
      if (!columns_above || col == cut_at.size() || rr.ink_to <= text_end[cut_at[col]] ||
          ends_in_punctuation(page.substr(rr.begin, rr.end - rr.begin)))
        continue;
      std::size_t below = 0;
      for (std::size_t j = k + 1; j < to && below == 0; ++j) below = filled[j - r];
      if (below < 2) continue;
      emit_band(from, k);
      plain(k);
      from = k + 1;
      columns_above = false;
    }
    emit_band(from, to);
    if (heads_below) heads = std::move(heads_below);
    r = band_end;
  }
  if (out.rows_unfolded == 0) return std::nullopt;
  return out;
}

namespace {

// A piece of a joined row (see unfold_joined_rows): at least this many characters, on at
// least this many lines of a band (a byline and its name, "本报记者 王明", or a date and its
// weekday, are shorter; two lines could be a head and its deck side by side).
constexpr std::size_t min_piece_chars = 8;
constexpr std::size_t min_joined_lines = 3;

std::size_t char_count(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), starts_char));
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Whether c is a CJK mark (a full-width comma, stop, bracket or quote): a column's line
// ends in one before a digit as well as before an ideograph.
bool cjk_mark(char32_t c) { return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20); }

// Whether joined_pieces() cuts line at k (1 <= k < line.size() - 1), the piece before it
// starting at from: a single space after an ideograph or a CJK mark, before another, or
// after a CJK mark whatever follows. (Not between an ideograph and a digit or a Latin word:
// Chinese text set with spaces around those, "超 17万吨", is one column's line.) The one
// test of a cut, so that holds_joined_row() cannot drift from the pieces it counts.
// (Inlined: holds_joined_row() asks it of every byte of a line.)
[[gnu::always_inline]] inline bool cuts_at(std::string_view line, std::size_t from, std::size_t k) {
  if (line[k] != ' ' || is_space(line[k + 1])) return false;
  std::size_t lead = k - 1;
  while (lead > from && !starts_char(line[lead])) --lead;
  if (!wide(line[lead])) return false;
  char32_t before = 0;
  return wide(line[k + 1]) || (decode_utf8(line, lead, before) && cjk_mark(before));
}

}  // namespace

void joined_pieces(std::string_view line, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t from = 0;
  for (std::size_t k = 1; k + 1 < line.size(); ++k) {
    if (!cuts_at(line, from, k)) continue;
    out.push_back(line.substr(from, k - from));
    from = k + 1;
  }
  out.push_back(line.substr(from));
}

namespace {

// Whether line has nine bytes in a row and no space among them (three ideographs): a
// piece of min_piece_chars has, all but always, and a line a justified column spread a
// space after every character ("央 视 网 消 息 …", a fifth of a Chinese document's lines)
// has none, and is turned away before it is cut.
bool holds_run(std::string_view line) {
  std::size_t run = 0;
  for (const char c : line) {
    run = c == ' ' ? 0 : run + 1;
    if (run >= 9) return true;
  }
  return false;
}

// Whether a space follows a character of more than one byte somewhere in line: where
// joined_pieces() may cut it (after an ideograph or a CJK mark).
bool space_after_multibyte(std::string_view line) {
  for (std::size_t k = line.find(' '); k != std::string_view::npos; k = line.find(' ', k + 1))
    if (k > 0 && (static_cast<unsigned char>(line[k - 1]) & 0xC0) == 0x80) return true;
  return false;
}

// Whether joined_pieces(line) holds two pieces of min_piece_chars or more, in one pass and
// without the pieces. (Asked of the lines holds_joined_row() did not turn away first.)
bool two_long_pieces(std::string_view line) {
  std::size_t from = 0, chars = 0, long_pieces = 0;
  for (std::size_t k = 0; k < line.size(); ++k) {
    if (k >= 1 && k + 1 < line.size() && cuts_at(line, from, k)) {
      long_pieces += chars >= min_piece_chars;
      if (long_pieces >= 2) return true;
      from = k + 1;
      chars = 0;
      continue;
    }
    chars += starts_char(line[k]);
  }
  return long_pieces + (chars >= min_piece_chars) >= 2;
}

}  // namespace

bool holds_joined_row(std::string_view line) {
  // (A line with no space right after a character of several bytes is one piece: most
  // lines of most pages, Latin text's too, are turned away by a byte search before they
  // are cut.)
  return space_after_multibyte(line) && holds_run(line) && two_long_pieces(trim_spaces(line));
}

std::vector<std::uint32_t> joined_row_lines(std::string_view page) {
  std::vector<std::uint32_t> out;
#if defined(__SSE2__)
  // (By SSE2, 64 bytes a step: the two gates of holds_joined_row() as bits, a bit a byte,
  // read off for every line at once; two_long_pieces() asked only of the lines both let
  // through. A line at a time, its list built first, the gates took 9 M instructions on a
  // Chinese 1 MB document and 6 M on an English one, where no line holds a joined row.
  // The module builds this file for size, without SIMD: a line at a time.)
  const char* const p = page.data();
  const std::size_t size = page.size();
  // The runs' bits of the 64 bytes before: runs of one, two, four no-space bytes ending at
  // each (none when those bytes were passed over as ASCII, below); and whether the last of
  // those bytes continued a character.
  std::uint64_t prev1 = 0, prev2 = 0, prev4 = 0;
  bool prev_cont = false;
  std::size_t line_start = 0;
  std::uint32_t line_no = 0;
  // The line so far has a space after a multibyte character; nine no-space bytes in a row
  // (run_known: or its bytes were all read as bits, none passed over as ASCII).
  bool line_cut = false, line_run = false, run_known = true;
  const auto ask = [&](std::size_t end) {
    if (!line_cut || (!line_run && run_known)) return;
    const std::string_view line = page.substr(line_start, end - line_start);
    if ((line_run || (!run_known && holds_run(line))) && two_long_pieces(trim_spaces(line))) out.push_back(line_no);
  };
  alignas(16) char tail[64];
  for (std::size_t base = 0; base < size; base += 64) {
    const char* q = p + base;
    if (size - base < 64) {
      // (The last bytes, padded with line ends: they end the last line and hold no run.)
      std::memset(tail, '\n', sizeof tail);
      std::memcpy(tail, q, size - base);
      q = tail;
    }
    __m128i v[4];
    for (int k = 0; k < 4; ++k) v[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 16 * k));
    const auto bits = [](int k, __m128i m) { return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(m))} << (16 * k); };
    // (64 bytes of ASCII, no line with a cut open: no line here can pass. Only the line ends
    // counted, the runs left to holds_run() should a cut come later in the last line: most
    // of an English page, read in a third of the instructions.)
    if (!line_cut && !prev_cont && _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(v[0], v[1]), _mm_or_si128(v[2], v[3]))) == 0) {
      std::uint64_t ends = 0;
      for (int k = 0; k < 4; ++k) ends |= bits(k, _mm_cmpeq_epi8(v[k], _mm_set1_epi8('\n')));
      if (ends) {
        line_no += static_cast<std::uint32_t>(std::popcount(ends));
        line_start = base + static_cast<std::size_t>(64 - std::countl_zero(ends));
        line_run = false;
      }
      // (Runs into the next 64 bytes are not carried: they could only belong to this line,
      // whose run is not known now.)
      run_known = false;
      prev1 = prev2 = prev4 = 0;
        continue;
    }
    __m128i sp[4], nl[4];
    for (int k = 0; k < 4; ++k) {
      sp[k] = _mm_cmpeq_epi8(v[k], _mm_set1_epi8(' '));
      nl[k] = _mm_cmpeq_epi8(v[k], _mm_set1_epi8('\n'));
    }
    std::uint64_t spaces = 0, ends = 0, conts = 0;
    for (int k = 0; k < 4; ++k) {
      spaces |= bits(k, sp[k]);
      ends |= bits(k, nl[k]);
      conts |= bits(k, _mm_cmplt_epi8(v[k], _mm_set1_epi8(-64)));  // (80-BF: below -64 as signed bytes)
    }
    std::uint64_t cut = spaces & ((conts << 1) | std::uint64_t{prev_cont});
    // A run of nine bytes, no space or line end among them, ends at a bit of run9 (holds_run()
    // counts a line's bytes, and a line end starts it again).
    const std::uint64_t run1 = ~(spaces | ends);
    const std::uint64_t run2 = run1 & ((run1 << 1) | (prev1 >> 63));
    const std::uint64_t run4 = run2 & ((run2 << 2) | (prev2 >> 62));
    const std::uint64_t run8 = run4 & ((run4 << 4) | (prev4 >> 60));
    std::uint64_t run9 = run8 & ((run1 << 8) | (prev1 >> 56));
    prev1 = run1, prev2 = run2, prev4 = run4;
    prev_cont = (conts >> 63) != 0;
    if (cut == 0 && !line_cut) {
      // (No line here can pass: only the line ends counted, and the last line's run kept.)
      if (ends) {
        const int last = 63 - std::countl_zero(ends);
        line_no += static_cast<std::uint32_t>(std::popcount(ends));
        line_start = base + static_cast<std::size_t>(last) + 1;
        line_run = (run9 >> last >> 1) != 0;
        run_known = true;
      } else {
        line_run = line_run || run9 != 0;
      }
      continue;
    }
    for (std::uint64_t e = ends; e != 0; e &= e - 1) {
      const std::uint64_t before = (e & -e) - 1;  // (this line's bits in the step)
      line_cut = line_cut || (cut & before) != 0;
      line_run = line_run || (run9 & before) != 0;
      const std::size_t end = base + static_cast<std::size_t>(std::countr_zero(e));
      ask(end);
      line_cut = line_run = false;
      run_known = true;
      line_start = end + 1;
      ++line_no;
      cut &= ~before, run9 &= ~before;
    }
    line_cut = line_cut || cut != 0;
    line_run = line_run || run9 != 0;
    if (line_cut && line_run && base + 64 < size) {
      // (The open line passes both gates: two_long_pieces() reads the rest of it, and the
      // pass goes on after its end. One huge line of Chinese text is not read as masks.)
      const auto* const found = static_cast<const char*>(std::memchr(p + base + 64, '\n', size - base - 64));
      const std::size_t end = found ? static_cast<std::size_t>(found - p) : size;
      ask(end);
      line_cut = line_run = false;
      run_known = true;
      line_start = end + 1;
      ++line_no;
      prev1 = prev2 = prev4 = 0;
      prev_cont = false;
      base = end + 1 - 64;  // (the next step starts after the line end; end >= base + 64)
    }
  }
  if (line_start < size) ask(size);
#else
  std::uint32_t line_no = 0;
  for (std::size_t i = 0; i < page.size(); ++line_no) {
    std::size_t end = page.find('\n', i);
    if (end == std::string_view::npos) end = page.size();
    if (holds_joined_row(page.substr(i, end - i))) out.push_back(line_no);
    i = end + 1;
  }
#endif
  return out;
}

namespace {

bool any_long(const std::vector<std::string_view>& pieces) {
  for (std::string_view p : pieces)
    if (char_count(p) >= min_piece_chars) return true;
  return false;
}

// A band's pieces, a line's after another's, and the column each goes in.
struct band_piece {
  std::string_view text;
  std::uint32_t line = 0, row = 0, column = 0;
};

// Puts a band's lines' pieces in rows and columns (see unfold_joined_rows); the band's column
// count.
std::size_t place_pieces(std::vector<band_piece>& pieces) {
  // Each line's pieces: [line_begin[l], line_begin[l + 1]).
  std::vector<std::size_t> line_begin;
  for (std::size_t k = 0; k < pieces.size(); ++k)
    if (k == 0 || pieces[k].line != pieces[k - 1].line) line_begin.push_back(k);
  line_begin.push_back(pieces.size());
  const std::size_t lines = line_begin.size() - 1;
  std::size_t columns = 0;
  for (std::size_t l = 0; l < lines; ++l) columns = std::max(columns, line_begin[l + 1] - line_begin[l]);
  // A column's full line: as many characters as most of its pieces on the lines with every
  // column's.
  std::vector<std::size_t> full(columns, 0), lengths;
  for (std::size_t c = 0; c < columns; ++c) {
    lengths.clear();
    for (std::size_t l = 0; l < lines; ++l)
      if (line_begin[l + 1] - line_begin[l] == columns) lengths.push_back(char_count(pieces[line_begin[l] + c].text));
    full[c] = median(lengths);
  }
  const auto short_of = [&](std::size_t k) { return char_count(pieces[k].text) + 1 < full[pieces[k].column]; };
  std::uint32_t row = 0, filled = 0;
  for (std::size_t l = 0; l < lines; ++l) {
    const std::size_t b = line_begin[l], e = line_begin[l + 1];
    // (Asking, besides, for a wide gap before the line's pieces, a paragraph's short last
    // line before them or an indented first line starting them, as pdftotext's own reason
    // to start a line there, measured worse: its rows are not always whole.)
    const bool same_row = l > 0 && filled + (e - b) <= columns;
    if (l > 0 && !same_row) ++row, filled = 0;
    for (std::size_t k = b; k < e; ++k) pieces[k].row = row, pieces[k].column = filled++;
  }
  // The first row short of columns, its pieces full lines, holds the last columns' tops.
  std::size_t first_row = 0;
  while (first_row < pieces.size() && pieces[first_row].row == 0) ++first_row;
  if (first_row == columns) return columns;
  for (std::size_t k = 0; k < first_row; ++k)
    if (short_of(k)) return columns;
  for (std::size_t k = 0; k < first_row; ++k) pieces[k].column += static_cast<std::uint32_t>(columns - first_row);
  return columns;
}

}  // namespace

std::optional<unfolded_page> unfold_joined_rows(std::string_view page) {
  if (page.size() >= (std::size_t{1} << 31) || page.substr(0, 3) == "\xEF\xBB\xBF") return std::nullopt;
  // The page's lines, as the text stage counts them (a lone carriage return, a line end of its
  // own there, is left to it: no band).
  // (Most pages hold no carriage return at all: asked of each line only when one does.)
  const bool returns = page.find('\r') != std::string_view::npos;
  // (Most pages: the lines that hold a joined row found in one pass over the page, and the
  // page left at once when fewer than a band's, its lines' list never built.)
  std::vector<std::uint32_t> joined_at;
  if (!returns) {
    joined_at = joined_row_lines(page);
    if (joined_at.size() < min_joined_lines) return std::nullopt;
  }
  std::vector<std::string_view> lines;
  for (std::size_t i = 0; i <= page.size();) {
    std::size_t end = page.find('\n', i);
    const bool last = end == std::string_view::npos;
    if (last) end = page.size();
    std::string_view line = page.substr(i, end - i);
    if (returns && !line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (returns && line.find('\r') != std::string_view::npos) return std::nullopt;
    if (last && i == end && !lines.empty()) break;
    lines.push_back(line);
    if (last) break;
    i = end + 1;
  }
  const std::size_t n = lines.size();
  std::vector<std::string_view> cut;
  std::vector<std::uint8_t> joined(n, 0);
  if (returns)
    for (std::size_t r = 0; r < n; ++r)
      if (holds_joined_row(lines[r])) joined_at.push_back(static_cast<std::uint32_t>(r));
  if (joined_at.size() < min_joined_lines) return std::nullopt;
  for (const std::uint32_t r : joined_at) joined[r] = 1;
  // (Nor when no run of lines without a blank one holds that many: the page is left as it
  // is, not copied.)
  {
    std::size_t most = 0, here = 0;
    for (std::size_t r = 0; r < n; ++r) {
      here = trim_spaces(lines[r]).empty() ? 0 : here + joined[r];
      most = std::max(most, here);
    }
    if (most < min_joined_lines) return std::nullopt;
  }
  unfolded_page out;
  out.page_lines = static_cast<std::uint32_t>(n);
  out.text.reserve(page.size() + 16);
  out.source.reserve(n + 16);
  const auto emit = [&](std::string_view s, std::size_t from_line) {
    out.text.append(s);
    out.text.push_back('\n');
    out.source.push_back(static_cast<std::uint32_t>(from_line));
  };
  std::vector<band_piece> pieces;
  for (std::size_t r = 0; r < n;) {
    if (trim_spaces(lines[r]).empty()) {
      emit(lines[r], r);
      ++r;
      continue;
    }
    std::size_t to = r, joined_here = 0;
    while (to < n && !trim_spaces(lines[to]).empty()) joined_here += joined[to++];
    if (joined_here < min_joined_lines) {
      for (; r < to; ++r) emit(lines[r], r);
      continue;
    }
    pieces.clear();
    std::size_t widest_row = 0;
    for (std::size_t k = r; k < to; ++k) {
      const std::string_view line = trim_spaces(lines[k]);
      joined_pieces(line, cut);
      // A justified narrow column's line spread a space after every character ("春 茶 上 市
      // ，") is one piece, not one a character (those made a band of more pieces to a line
      // than columns, and the band was left as printed).
      std::size_t kept = 0;
      bool after_one = false;
      for (const std::string_view p : cut) {
        const bool one = char_count(p) == 1;
        if (one && after_one)
          cut[kept - 1] = std::string_view(cut[kept - 1].data(), static_cast<std::size_t>(p.data() + p.size() - cut[kept - 1].data()));
        else
          cut[kept++] = p;
        after_one = one;
      }
      cut.resize(kept);
      // (A line of one column's full line and another's short last one is a row too.)
      if (!joined[k] && !any_long(cut)) cut.assign(1, line);
      widest_row = std::max(widest_row, cut.size());
      for (std::string_view p : cut) pieces.push_back({p, static_cast<std::uint32_t>(k), 0, 0});
    }
    // (More pieces to a line than a broadsheet has columns: no row of columns.)
    if (widest_row > max_gutters + 1) {
      for (; r < to; ++r) emit(lines[r], r);
      continue;
    }
    const std::size_t columns = place_pieces(pieces);
    for (std::size_t c = 0; c < columns; ++c)
      for (const band_piece& p : pieces)
        if (p.column == c) emit(p.text, p.line);
    out.rows_unfolded += static_cast<std::uint32_t>(to - r);
    r = to;
  }
  if (out.rows_unfolded == 0) return std::nullopt;
  return out;
}

}  // namespace galley::detail
