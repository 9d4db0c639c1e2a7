// The units stage's pieces that have a fast path beside a plain one: both must give the same.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "lines.hpp"
#include "text.hpp"
#include "unicode.hpp"
#include "units.hpp"

using namespace galley;

namespace {

// Lines of characters on both sides of every boundary the fast path of despace() tests
// (ideographs, CJK punctuation, curly quotes, full-width forms), with Hangul, kana, Latin,
// digits and ASCII punctuation, mostly set one space apart as justification sets them.
// (Or, latin set, of ASCII mostly, as a Latin page's lines are, read by another fast path.)
std::u32string random_line(std::mt19937& rng, bool latin) {
  static constexpr char32_t ascii[] = {U'a', U'b', U'Z', U'0', U'9', U'!', U'-', U'.', U'~', 0x7F, 0x1F, U'中', U'é'};
  static constexpr char32_t glyphs[] = {
      U'中', U'国', U'人', 0x4E00, 0x9FFF, 0x4DFF, 0xA000,            // ideographs, and either side
      U'，', U'。', U'、', U'《', 0x3001, 0x303F, 0x3040, 0x3005, 0x3007,  // CJK punctuation, 々 〇
      0x2017, 0x2018, U'“', U'”', 0x201F, 0x2020,                     // curly quotes
      0xFF00, 0xFF01, 0xFF0F, 0xFF10, 0xFF19, 0xFF1A, 0xFF20, 0xFF21,  // full-width forms
      U'한', U'국', 0x1100, 0x3131, U'の',                             // Hangul, kana
      U'a', U'Z', U'7', U'-', U'/', U'.', U'é'};
  static constexpr char32_t spaces[] = {U' ', U' ', U' ', U' ', U'\t', 0x3000, 0xA0};
  std::uniform_int_distribution<std::size_t> glyph(0, std::size(glyphs) - 1), space(0, std::size(spaces) - 1),
      length(1, 24), gap(0, 9);
  std::u32string s;
  const std::size_t n = length(rng);
  for (std::size_t k = 0; k < n; ++k) {
    s.push_back(latin ? ascii[glyph(rng) % std::size(ascii)] : glyphs[glyph(rng)]);
    if (k + 1 == n) break;
    const std::size_t g = gap(rng);  // one space mostly; none, or two, now and then
    if (g == 0) continue;
    s.push_back(g < 8 ? U' ' : spaces[space(rng)]);
    if (g == 9) s.push_back(spaces[space(rng)]);
  }
  return s;
}

}  // namespace

TEST_CASE("units: despace's fast paths give the plain reading's text and count", "[units]") {
  std::mt19937 rng(20261202);
  std::u32string fast_out, plain_out;
  std::size_t changed = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    const std::u32string s = random_line(rng, trial % 2 == 1);
    for (const bool justified : {true, false}) {
      for (const auto spacing : {latin_spacing::keep, latin_spacing::remove}) {
        options opts;
        opts.spacing = spacing;
        statistics fast_st, plain_st;
        const std::u32string fast(detail::despace(s, justified, opts, fast_st, fast_out));
        const std::u32string plain(detail::despace(s, justified, opts, plain_st, plain_out, false));
        INFO("trial " << trial << ", justified " << justified);
        REQUIRE(fast == plain);
        REQUIRE(fast_st.layout_spaces_removed == plain_st.layout_spaces_removed);
        changed += fast != s;
      }
    }
  }
  CHECK(changed > 10000);  // (the lines exercise the removal, not only the lines left alone)
}

TEST_CASE("units: a justified line of ideographs a space apart loses its spaces", "[units]") {
  options opts;
  statistics st;
  std::u32string out;
  CHECK(detail::despace(U"中 国 ， “ 人 ” 民", true, opts, st, out) == U"中国，“人”民");
  CHECK(st.layout_spaces_removed == 6);
  // Hangul keeps its spaces; a buffer longer than the line is no part of its text.
  CHECK(detail::despace(U"한 국 中 国", true, opts, st, out) == U"한 국 中国");
  CHECK(st.layout_spaces_removed == 7);
}

TEST_CASE("units: a line measure_lines calls plain words is one despace leaves as it is", "[units]") {
  // Pages of the random lines (Latin ones mostly, some with an indent or trailing spaces), as
  // the units stage reads them: decoded, measured, and despaced unless plain_words says the
  // line would come back unchanged.
  std::mt19937 rng(20261204);
  std::u32string out;
  std::size_t plain_lines = 0, other_lines = 0;
  for (int page = 0; page < 400; ++page) {
    std::string bytes;
    for (int n = 0; n < 50; ++n) {
      std::u32string s = random_line(rng, n % 5 != 0);
      if (n % 7 == 0) s.insert(0, U"  ");
      if (n % 11 == 0) s += U"  ";
      bytes += detail::to_utf8(s);
      bytes += '\n';
    }
    statistics st;
    const detail::page_text text = detail::decode_page(bytes, st);
    const detail::measured_lines m = detail::measure_lines(text);
    for (std::size_t i = 0; i < m.lines.size(); ++i) {
      const detail::line& l = m.lines[i];
      const std::u32string_view v = m.chars[i];
      if (!l.plain_words || l.markdown_heading || l.markdown_bold) {
        ++other_lines;
        continue;
      }
      ++plain_lines;
      const options opts;
      statistics fast_st, plain_st;
      INFO("page " << page << ", line " << i);
      REQUIRE(!l.justified());
      REQUIRE(detail::despace(v, false, opts, fast_st, out) == v);
      REQUIRE(detail::despace(v, false, opts, plain_st, out, false) == v);
      REQUIRE(fast_st.layout_spaces_removed == 0);
      REQUIRE(plain_st.layout_spaces_removed == 0);
    }
  }
  CHECK(plain_lines > 1000);  // (both kinds of line are read)
  CHECK(other_lines > 2000);
}

TEST_CASE("the line-end hyphens' words of an ASCII line: sixteen bytes at a time as one at a time", "[units]") {
  std::mt19937 rng(17);
  static constexpr char alphabet[] = {'a', 'b', 'Z', 'Y', '-', '-', ' ', '.', '@', '[', '`', '{', '0', '\'', '/', 'z', 'A'};
  std::uniform_int_distribution<std::size_t> letter(0, std::size(alphabet) - 1), length(0, 70);
  for (int n = 0; n < 40000; ++n) {
    std::string line(length(rng), ' ');
    for (char& c : line) c = alphabet[letter(rng)];
    CAPTURE(line);
    REQUIRE(detail::latin_word_spans(line, true) == detail::latin_word_spans(line, false));
  }
  using spans = std::vector<std::pair<std::size_t, std::size_t>>;
  REQUIRE(detail::latin_word_spans("well-known --a b-", true) == spans{{0, 10}, {13, 1}, {15, 1}});
}
