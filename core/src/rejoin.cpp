#include "rejoin.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "unicode.hpp"

#include "utf8.hpp"

namespace galley::detail {

namespace {

// The spaces an extractor leaves at a line's ends: ASCII, a tab, a no-break space, an
// ideographic space ('\r' of a "\r\n" too, read backwards).
std::size_t space_at(std::string_view s, std::size_t k) {
  const auto b = static_cast<unsigned char>(s[k]);
  if (b == ' ' || b == '\t') return 1;
  if (b == 0xC2 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0xA0) return 2;
  if (b == 0xE3 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80 && static_cast<unsigned char>(s[k + 2]) == 0x80)
    return 3;
  return 0;
}
std::size_t space_before(std::string_view s, std::size_t k) {
  if (k == 0) return 0;
  const auto b = static_cast<unsigned char>(s[k - 1]);
  if (b == ' ' || b == '\t' || b == '\r') return 1;
  if (b == 0xA0 && k >= 2 && static_cast<unsigned char>(s[k - 2]) == 0xC2) return 2;
  if (b == 0x80 && k >= 3 && space_at(s, k - 3) == 3) return 3;
  return 0;
}

// Marks that close what stands before them, and never open a printed line.
bool closes(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'！': case U'？': case U'）': case U'”':
    case U'」': case U'』': case U'》': case U'〉': case U'】': case U'〕': case U'〗': case U'］': case U'｝':
    case U',': case U';': case U':': case U')': case U']': case U'!': case U'?': return true;
    default: return false;
  }
}

// CJK marks that open what follows them: a printed line may start with one.
bool opens_cjk(char32_t c) {
  switch (c) {
    case U'“': case U'（': case U'《': case U'「': case U'『': case U'【': case U'〈': case U'〔': return true;
    default: return false;
  }
}

// The character at s[k] (0 if none).
char32_t first_char(std::string_view s, std::size_t k) {
  char32_t c = 0;
  return k < s.size() && decode_utf8(s, k, c) > 0 ? c : 0;
}

// The last character of s[begin, end) (0 if none), and the one before it.
std::pair<char32_t, char32_t> last_two(std::string_view s, std::size_t begin, std::size_t end) {
  char32_t last = 0, before = 0;
  std::size_t k = end;
  for (char32_t* out : {&last, &before}) {
    if (k <= begin) break;
    do --k;
    while (k > begin && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80);
    if (decode_utf8(s, k, *out) == 0) *out = 0;
  }
  return {last, before};
}

// Whether a line that ends in c (after `before`) stops mid-sentence at a CJK mark: a comma,
// a colon, a closing bracket or quote that no sentence's end stands in ("”" after "。" ends one).
bool ends_at_inner_cjk_mark(char32_t c, char32_t before) {
  switch (c) {
    case U'，': case U'、': case U'；': case U'：': case U'）': case U'》': case U'」': case U'』': case U'】': case U'〉': case U'〕':
      return true;
    case U'”': return is_cjk(before);
    default: return false;
  }
}

bool latin_letter_or_digit(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || (c >= 0xC0 && c <= 0x24F);
}

// The last byte of the last full-width bracket in s[b, e): '\x88' for "（" (U+FF08, EF BC 88),
// '\x89' for "）", 0 for none.
char full_width_bracket(std::string_view s, std::size_t b, std::size_t e) {
  for (std::size_t j = e; j >= b + 3; --j)
    if (s[j - 3] == '\xEF' && s[j - 2] == '\xBC' && (s[j - 1] == '\x88' || s[j - 1] == '\x89')) return s[j - 1];
  return 0;
}

// Whether the line that opens at s[k] (its first non-space character) goes on the line that
// ends at s[end) (before its spaces; begin: where that line starts). *after_end is set when it
// may only by its widths: an opening mark under a sentence's end.
bool goes_on(std::string_view s, std::size_t begin, std::size_t end, std::size_t k, bool* after_end) {
  char32_t c = 0, next = 0;
  const std::size_t n = decode_utf8(s, k, c);
  if (n == 0) return false;
  if (k + n < s.size()) decode_utf8(s, k + n, next);  // (0 at the page's end or an invalid byte)
  if (closes(c)) return true;
  // An opening CJK mark right after a CJK mark that ends no sentence: the two were squeezed
  // into one pair, which Chromium draws as a run of its own ("…精心建成了“口袋公园”" / "“滨河",
  // "…补齐早餐买菜、" / "“小修小补”…"). (A printed line may open with one: there the line
  // above is full, and the width test of rejoin_split_lines() leaves the two apart.)
  if (opens_cjk(c) && (c != U'“' || is_cjk(next))) {
    // (Nor a line that is one bracket itself: a credit under a caption, "…周宁 摄（新华社发）" /
    // "（作者单位：省社会科学院）".)
    std::size_t line_end = k;
    while (line_end < s.size() && s[line_end] != '\n') ++line_end;
    while (line_end > k && (s[line_end - 1] == ' ' || s[line_end - 1] == '\r')) --line_end;
    if (c == U'（' && last_two(s, k, line_end).first == U'）') return false;
    const auto [last, before] = last_two(s, begin, end);
    // (Not under a line that is one bracket, opened at its start and closed at its end: a
    // credit or a rubric, a unit of its own, "（作者单位：北方工业大学）" / "《…》出版发行".)
    char32_t first = 0;
    decode_utf8(s, begin, first);
    const bool bracketed = (first == U'（' && last == U'）') || (first == U'【' && last == U'】') || (first == U'〔' && last == U'〕');
    if (bracketed) return false;
    // (After a sentence's end, "。“" squeezed as well: "…日夜运转。" / "“明前茶”价" / "格比…";
    // but a paragraph or a head opens there as often, and only widths tell them apart.)
    *after_end = last == U'。' || last == U'！' || last == U'？';
    return ends_at_inner_cjk_mark(last, before) || *after_end;
  }
  // The rest of a bracket the line above left open, or of a photographer's credit under a
  // line that stops in a word, wrapped to a short line of its own: a caption's credit
  // ("…王明摄（新华社" / "发）", "…新华社记" / "者王明摄") or a column's rubric ("…为何走红
  // （快" / "评）"), read whole only on one line. (split_line_candidates() lets by only
  // short lines ending so.) (A credit over a blank line: the blank line ends the caption as it
  // is. Nor a news item's source, "央视网消息（新闻联" / "播）" / "：…", which its opening
  // reads in pieces as it is.)
  if (is_cjk(c)) {
    const std::size_t line_end = std::min(s.find('\n', k), s.size());
    const char* z = s.data() + line_end;  // (the line's last three bytes, then the next line's first)
    if (z[-1] == '\x84') return is_cjk(last_two(s, begin, end).first) && !(line_end + 1 < s.size() && z[1] == '\n');
    return full_width_bracket(s, k, line_end - 3) == 0 && full_width_bracket(s, begin, end) == '\x88' &&
           !(line_end + 3 < s.size() && z[1] == '\xEF' && z[2] == '\xBC' && z[3] == '\x9A');
  }
  // A closing single quote, unless an apostrophe opens the line's word ("’90s", "’Tis").
  if (c == U'’') return !latin_letter_or_digit(next);
  if (c != U'.' || next == U'.') return false;  // (an ellipsis may open a line)
  // A period: one that ends the word above ("J.P" / ". Industries", "S.P" / ".A."), or
  // that ends no word of its own ("…said" / ". The").
  if (!latin_letter_or_digit(next)) return true;
  for (std::size_t j = end; j > begin && s[j - 1] != ' '; --j)
    if (s[j - 1] == '.') return true;
  return false;
}

// Whether s[begin, end) is closing marks only.
bool only_marks(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end;) {
    char32_t c = 0;
    const std::size_t len = decode_utf8(s, k, c);
    if (len == 0 || !(closes(c) || c == U'’')) return false;
    k += len;
  }
  return true;
}

// Cells of s[begin, end), a line's text: two an ideograph or other wide character (and a
// quotation mark, as a CJK line sets one), one any other, spaces none.
int cells(std::string_view s, std::size_t begin, std::size_t end) {
  int n = 0;
  for (std::size_t k = begin; k < end;) {
    char32_t c = 0;
    const std::size_t len = decode_utf8(s, k, c);
    if (len == 0) { ++n, ++k; continue; }
    k += len;
    if (c != U' ' && c != U'\t' && c != 0x3000 && c != 0xA0) n += c >= 0x2000 || cell_width(c, true) == 2 ? 2 : 1;
  }
  return n;
}

// Whether s[begin, end) is spread by justification: most of its wide characters set apart
// by a space, as a CJK line is when a typesetter fills the measure with fewer characters.
bool spread_to_measure(std::string_view s, std::size_t begin, std::size_t end) {
  int pairs = 0, spaced = 0, spaces = 0;
  bool wide_before = false;
  for (std::size_t k = begin; k < end;) {
    char32_t c = 0;
    const std::size_t len = decode_utf8(s, k, c);
    if (len == 0) return false;
    k += len;
    if (c == U' ') {
      ++spaces;
      continue;
    }
    const bool wide = c >= 0x2000 && cell_width(c, true) == 2;
    if (wide && wide_before) ++pairs, spaced += spaces == 1;
    wide_before = wide;
    spaces = 0;
  }
  return spaced >= 2 && spaced * 2 >= pairs;
}

// The widest a printed line of text is, in cells: forty ideographs (a paragraph pasted as
// one line is wider).
constexpr int longest_printed_line = 80;

// How many lines on either side of a line show its column's width.
constexpr std::size_t window = 8;

// A page's lines as the rejoin passes read them: a line's text without the spaces at its
// ends (begin == end for a blank line), and its width in cells, measured once and only when
// asked (around a few of the page's lines).
class page_lines {
 public:
  explicit page_lines(const page_text& text) : page_(text.bytes()), at_(text.line_begin), count_(text.line_count()) {}
  std::pair<std::size_t, std::size_t> extent(std::size_t i) const {
    std::size_t k = at_[i], e = std::min<std::size_t>(at_[i + 1] - 1, page_.size());
    for (std::size_t n; k < e && (n = space_at(page_, k)) != 0;) k += n;
    for (std::size_t n; e > k && (n = space_before(page_, e)) != 0;) e -= n;
    return {k, e};
  }
  int width(std::size_t i) {
    if (widths_.empty()) widths_.assign(count_, -1);
    if (widths_[i] < 0) {
      const auto [b, e] = extent(i);
      widths_[i] = cells(page_, b, e);
    }
    return widths_[i];
  }

 private:
  std::string_view page_;
  const std::vector<std::uint32_t>& at_;
  std::size_t count_;
  std::vector<int> widths_;
};

}  // namespace

std::vector<std::uint32_t> split_line_candidates(const page_text& text) {
  // The bytes a line so led may open with: a space, an ASCII mark, the first byte of a
  // no-break space, of a quotation mark (U+2019, U+201D), of a CJK mark or space (U+3000 …)
  // and of a full-width mark (U+FF0C …).
  static constexpr auto opens = [] {
    std::array<bool, 256> t{};
    for (const unsigned char b : std::string_view(" \t,;:)]!?.\xC2\xE2\xE3\xEF")) t[b] = true;
    return t;
  }();
  std::vector<std::uint32_t> out;
  const std::string_view bytes = text.bytes();
  const std::vector<std::uint32_t>& begin = text.line_begin;
  for (std::size_t i = 1; i + 1 < begin.size(); ++i) {
    std::size_t k = begin[i];
    const std::size_t end = begin[i + 1] - 1;  // (the '\n', or the page's end)
    // A short line of ideographs ending in "）" (EF BC 89) or "摄" (E6 91 84), see goes_on().
    if (end - k <= 15 && end - k >= 3 && static_cast<unsigned char>(bytes[k]) >= 0xE4) {
      const char* z = bytes.data() + end;
      if ((z[-3] == '\xEF' && z[-2] == '\xBC' && z[-1] == '\x89') || (z[-3] == '\xE6' && z[-2] == '\x91' && z[-1] == '\x84')) {
        out.push_back(static_cast<std::uint32_t>(i));
        continue;
      }
    }
    // (Letters, digits and ideographs, most lines' first bytes, turned away by one look.)
    if (!opens[static_cast<unsigned char>(bytes[begin[i]])]) continue;
    for (std::size_t n; k < end && (n = space_at(bytes, k)) != 0;) k += n;
    if (k == end || begin[i] == begin[i - 1] + 1) continue;  // (a blank line, or one under a blank line)
    char32_t c = 0;
    if (decode_utf8(bytes, k, c) > 0 && (closes(c) || c == U'’' || c == U'.' || opens_cjk(c))) out.push_back(static_cast<std::uint32_t>(i));
  }
  return out;
}

std::optional<rejoined_page> rejoin_split_lines(const page_text& text, const std::vector<std::uint32_t>& candidates) {
  if (candidates.empty()) return std::nullopt;
  const std::string_view page = text.bytes();
  const std::size_t count = text.line_count();
  page_lines lines(text);
  const auto extent = [&](std::size_t i) { return lines.extent(i); };
  // A line so led is the rest of the printed line above (an extractor broke it there), and
  // goes on that line. Text wrapped by a count of characters, which knows no rule about
  // marks, starts a line with one now and then: there the line above is as full as the
  // lines around it (or a first line, short by its indent), and the two together are
  // wider than any of them. Those stay apart (a line of nothing but closing marks excepted).
  // (Measured only where asked: around the lines so led, a few of the page's.)
  const auto width = [&](std::size_t i) { return lines.width(i); };
  std::optional<rejoined_page> out;
  std::size_t copied = 0;      // page[0, copied) is in out->text
  std::uint32_t numbered = 0;  // lines [0, numbered) have their entries in out->first
  int joined = 0;              // the width of the line joined up to the candidate's line above
  std::uint32_t last = 0;      // the candidate joined last
  for (const std::uint32_t i : candidates) {
    const auto [b, e] = extent(i);
    const auto [above_b, above_e] = extent(i - 1);
    bool after_end = false;
    if (above_b == above_e || !goes_on(page, above_b, above_e, b, &after_end)) continue;
    if (!(out && last + 1 == i)) joined = width(i - 1);  // (else the line above was joined: its width goes on)
    // (The widest line around: lines broken so are short, and may be most of them.)
    int column = 0;
    for (std::size_t j = i > window ? i - window : 0; j < std::min<std::size_t>(count, i + window + 1); ++j)
      if (j + 1 != i && j != i) column = std::max(column, width(j));
    // (As wide: give or take three marks, as a pair squeezed into two cells counts four
    // here, and a mark may hang past the measure. Short: shorter than a first line that
    // lost its indent, two ideographs, and a mark a typesetter pushed down from it.)
    // (Not short: a line spread to its measure, whose count of characters says nothing.)
    const bool short_above = joined + 8 <= column && !spread_to_measure(page, above_b, above_e);
    // (A line opened by an opening mark only when the two fit the measure of a printed
    // line: a head or a caption over a paragraph may end in a bracket, "…便民大学问（暖闻热评）"
    // / "【故事】…", and where blocks stand a line each, every line is short of the widest.)
    const bool opening = opens_cjk(first_char(page, b));
    bool join = opening ? joined + width(i) <= longest_printed_line && (joined + width(i) <= column + 6 || short_above)
                        : column == 0 || joined + width(i) <= column + 6 || short_above || only_marks(page, b, e) ||
                                      static_cast<unsigned char>(page[b]) - 0xE4u < 6u;  // (led by an ideograph: goes_on()'s short rest)
    // Under a sentence's end, the piece (with the rest of its printed line when a closing
    // mark leads the line under it, as "格比“去年”" / "，高出两成…"; so the printed line under
    // it too) is no first line: short of the printed line under it by more than an indent
    // and a hanging mark. The two fill
    // the measure of the lines under them and no more, and the line under them is full: a
    // head or a paragraph opened there stands over a first line, or a short one. (Nor a
    // piece printed with an indent: a paragraph's first line.)
    if (join && after_end) {
      int piece = width(i);
      std::size_t next = i + 1;
      if (next < count) {
        const auto [nb, ne] = extent(next);
        if (nb != ne && closes(first_char(page, nb))) piece += width(next++);
      }
      int under = next < count ? width(next) : 0;
      if (next + 1 < count) {
        const auto [nb, ne] = extent(next + 1);
        if (nb != ne && closes(first_char(page, nb))) under += width(next + 1);
      }
      int measure = under;
      for (std::size_t j = next + 1; j < std::min<std::size_t>(count, next + 3); ++j) measure = std::max(measure, width(j));
      join = b == text.line_begin[i] && piece + 10 <= under && joined + piece + 4 >= measure && joined + piece <= measure + 4 &&
             under + 3 >= measure;
    }
    if (!join) continue;
    if (!out) out.emplace();
    for (; numbered < i; ++numbered) out->first.push_back(numbered);
    ++numbered;  // (line i goes on the line above: no entry of its own)
    // The line above, up to its text's end, then this line from its text on.
    out->text.append(page.substr(copied, above_e - copied));
    copied = b;
    joined += width(i);
    last = i;
  }
  if (!out) return std::nullopt;
  out->text.append(page.substr(copied));
  for (; numbered < count; ++numbered) out->first.push_back(numbered);
  out->first.push_back(static_cast<std::uint32_t>(count));
  return out;
}

namespace {

// A line of one Latin word (a word line, of rejoin_spread_words): at most this many bytes.
constexpr std::size_t longest_word_line = 40;

// Whether s[b, e) (no spaces at its ends) is one word of Latin text: no space inside, a
// letter or digit in it, nothing wider than a cell (no ideograph, no CJK mark).
bool one_latin_word(std::string_view s, std::size_t b, std::size_t e) {
  bool letter = false;
  for (std::size_t k = b; k < e;) {
    if (space_at(s, k) != 0) return false;
    char32_t c = 0;
    const std::size_t len = decode_utf8(s, k, c);
    if (len == 0 || c == 0x3000 || (c >= 0x2E80 && c != U'’' && c != U'”') || cell_width(c, false) != 1) return false;
    letter = letter || latin_letter_or_digit(c);
    k += len;
  }
  return letter;
}

// Whether the text at s[extent) ends with a mark that ends a sentence (closing marks aside).
bool ends_sentence(std::string_view s, std::pair<std::size_t, std::size_t> extent) {
  for (std::size_t e = extent.second; e > extent.first;) {
    std::size_t k = e - 1;
    while (k > extent.first && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    char32_t c = 0;
    if (decode_utf8(s, k, c) == 0) return false;
    if (is_sentence_final(c)) return true;
    if (!is_closing(c)) return false;
    e = k;
  }
  return false;
}

}  // namespace

std::optional<rejoined_page> rejoin_spread_words(const page_text& text) {
  const std::string_view page = text.bytes();
  const std::vector<std::uint32_t>& at = text.line_begin;
  const std::size_t count = text.line_count();
  if (count < 3) return std::nullopt;
  page_lines lines(text);
  const auto extent = [&](std::size_t i) { return lines.extent(i); };
  // Each line: 0 blank, 1 a word line, 2 a word line that ends in a space, 3 any other line.
  // (Lines longer than a word's turned away by their length alone.)
  std::vector<std::uint8_t> kind(count, 3);
  std::size_t words = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (at[i + 1] - at[i] > longest_word_line + 1) continue;
    const auto [b, e] = extent(i);
    // (A space inside is no word line: most short lines of a Latin page, found by a byte
    // search before their characters are decoded one by one. Nor is a line that opens with
    // U+3000 or past it, a lead byte from E3 on: most lines of a Chinese page, told by their
    // first byte. Other lines that open past ASCII are decoded as ever.)
    if (b == e) {
      kind[i] = 0;
      continue;
    }
    const auto lead = static_cast<unsigned char>(page[b]);
    if (lead < 0xE3 && (lead >= 0x80 || !std::memchr(page.data() + b, ' ', e - b)) && one_latin_word(page, b, e)) {
      kind[i] = e < std::min<std::size_t>(at[i + 1] - 1, page.size()) && page[e] == ' ' ? 2 : 1;
      ++words;
    }
  }
  if (words < 2) return std::nullopt;
  const auto width = [&](std::size_t i) { return lines.width(i); };
  std::optional<rejoined_page> out;
  std::size_t copied = 0;      // page[0, copied) is in out->text
  std::uint32_t numbered = 0;  // lines [0, numbered) have their entries in out->first
  // Joins the word lines of group (two or more) into one line.
  const auto join = [&](const std::vector<std::size_t>& group) {
    if (!out) out.emplace();
    for (; numbered <= group.front(); ++numbered) out->first.push_back(numbered);
    numbered = static_cast<std::uint32_t>(group.back() + 1);  // (the rest go on the first: no entries)
    out->text.append(page.substr(copied, extent(group.front()).second - copied));
    for (std::size_t g = 1; g < group.size(); ++g) {
      const auto [b, e] = extent(group[g]);
      out->text += ' ';
      out->text.append(page.substr(b, e - b));
      copied = e;
    }
  };
  std::vector<std::size_t> run, group;
  std::vector<int> around;
  for (std::size_t i = 0; i < count;) {
    if (kind[i] != 1 && kind[i] != 2) {
      ++i;
      continue;
    }
    // A run: word lines, at most one blank line between two.
    run.clear();
    std::size_t j = i;
    while (j < count && (kind[j] == 1 || kind[j] == 2)) {
      run.push_back(j);
      j += j + 2 < count && kind[j + 1] == 0 && (kind[j + 2] == 1 || kind[j + 2] == 2) ? 2 : 1;
    }
    const std::size_t after = j;
    // (A word line alone, most often a paragraph's last line, is no run: its neighbours are
    // not measured.)
    if (run.size() < 2) {
      i = after;
      continue;
    }
    // The column: the widest half's median of the other lines around the run.
    around.clear();
    for (std::size_t k = i > 2 * window ? i - 2 * window : 0; k < std::min(count, after + 2 * window); ++k)
      if (kind[k] == 3 && (k < i || k >= after)) around.push_back(width(k));
    i = after;
    if (around.size() < 3) continue;
    // (Its value at three quarters only: the layout's nth_element, no std::sort of ints of its own.)
    const auto quarter = around.begin() + static_cast<std::ptrdiff_t>(around.size() * 3 / 4);
    std::nth_element(around.begin(), quarter, around.end());
    const int column = *quarter, tolerance = std::max(3, column / 5);
    // The spaces that end words tell where a printed line ends (a word without one), if any
    // word of the run has one.
    bool spaced = false;
    for (std::size_t g = 0; g + 1 < run.size(); ++g) spaced = spaced || kind[run[g]] == 2;
    for (std::size_t g = 0; g < run.size();) {
      group.assign(1, run[g]);
      int wide = width(run[g]);
      for (++g; g < run.size(); ++g) {
        // (With no spaces to go by, a word that ends a sentence may end a paragraph: it ends
        // the line.)
        if (spaced ? kind[group.back()] != 2
                   : wide + width(run[g]) > column + tolerance / 2 || ends_sentence(page, extent(group.back())))
          break;
        wide += width(run[g]);  // (cells of ink: spaces count none, here as around)
        group.push_back(run[g]);
      }
      if (spaced ? group.size() >= 2 && wide <= column + tolerance
                 : group.size() >= 3 && wide <= column + tolerance && wide >= column - tolerance)
        join(group);
    }
  }
  if (!out) return std::nullopt;
  out->text.append(page.substr(copied));
  for (; numbered < count; ++numbered) out->first.push_back(numbered);
  out->first.push_back(static_cast<std::uint32_t>(count));
  return out;
}

}  // namespace galley::detail
