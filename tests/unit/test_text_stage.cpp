// The text stage: decoding, normalisation, mapping, and that it counts what it changes.
#include <catch2/catch.hpp>

#include <random>

#include "text.hpp"
#include "unicode.hpp"

using namespace galley;

namespace {
detail::page_text decode(std::string_view s, statistics& st) { return detail::decode_page(s, st); }
}  // namespace

TEST_CASE("text: invalid UTF-8 becomes U+FFFD, one per bad byte, and is counted", "[text]") {
  statistics st;
  auto t = decode("a\xFF" "b\xC0\xAF" "c\xED\xA0\x80" "d\xE4\xB8", st);  // 0xFF, overlong, surrogate, truncated
  CHECK(st.invalid_bytes_replaced == 8);
  CHECK(std::string(t.bytes()).find("a\xEF\xBF\xBD" "b") == 0);
  CHECK(std::string(t.bytes()).find('d') != std::string::npos);
}

TEST_CASE("text: BOM dropped, CRLF and CR become LF, NUL does not truncate", "[text]") {
  statistics st;
  using namespace std::literals;
  auto t = decode("\xEF\xBB\xBFone\r\ntwo\rthree\0four"sv, st);
  CHECK(st.byte_order_marks_removed == 1);
  CHECK(t.line_count() == 3);
  CHECK(std::string(t.line(2)) == "threefour");
  CHECK(st.control_chars_removed == 1);
}

TEST_CASE("text: radicals and ligatures map to what they stand for, counter-example keeps ideographs", "[text]") {
  statistics st;
  auto t = decode("⽉亮 ⻓江 ﬁne", st);
  CHECK(std::string(t.line(0)) == "月亮 长江 fine");
  CHECK(st.characters_mapped == 3);
  statistics st2;
  auto same = decode("月亮长江", st2);
  CHECK(std::string(same.line(0)) == "月亮长江");
  CHECK(st2.characters_mapped == 0);
}

TEST_CASE("text: a radical drawn with a simplified character's glyph, and the horizontal bar, read as the characters", "[text]") {
  // A font for simplified Chinese draws "户" and the radical "⼾" with one glyph (the radical's
  // ideograph is "戶", a z-variant of "户" outside GB 2312), and the em dash and the
  // horizontal bar with one: a PDF's text gives the radical and the bar.
  statistics st;
  auto t = decode("用⼾数量――增长", st);
  CHECK(std::string(t.line(0)) == "用户数量——增长");
  CHECK(st.characters_mapped == 3);
  statistics st2;
  auto kept = decode("門戶——", st2);  // (the characters themselves are left as they are)
  CHECK(std::string(kept.line(0)) == "門戶——");
  CHECK(st2.characters_mapped == 0);
}

TEST_CASE("text: NFC composes decomposed accents but keeps text that is already NFC", "[text]") {
  statistics st;
  auto t = decode("Cafe\xCC\x81 caf\xC3\xA9", st);
  CHECK(std::string(t.line(0)) == "Caf\xC3\xA9 caf\xC3\xA9");
  CHECK(detail::is_nfc_stable(U"中文，English。"));
  CHECK_FALSE(detail::is_nfc_stable(U"e\u0301"));
}

TEST_CASE("text: zero-width spaces and soft hyphens are removed and counted, ZWJ kept", "[text]") {
  statistics st;
  auto t = decode("in\xC2\xADter\xE2\x80\x8Bnational \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB", st);
  CHECK(st.soft_hyphens_removed == 1);
  CHECK(st.zero_width_removed == 1);
  CHECK(std::string(t.line(0)) == "international \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB");
}

TEST_CASE("text: random justified lines, ideographs one space apart among what the stage changes, read piece by piece", "[text]") {
  // The stage reads a run of ideographs on across single spaces: whatever follows a space
  // (a tab, a radical, a zero-width space, an invalid byte, a line end) is still what it
  // would be alone.
  struct piece {
    std::string_view in, out;
  };
  static constexpr piece pieces[] = {{"赵", "赵"}, {"伙", "伙"}, {"，", "，"}, {" ", " "}, {" ", " "}, {" ", " "},
                                     {"\t", " "}, {"⽉", "月"}, {"\xE2\x80\x8B", ""}, {"\r\n", "\n"}, {"\n", "\n"},
                                     {"\xFF", "\xEF\xBF\xBD"}, {"a", "a"}, {"ﬁ", "fi"}, {"\xE4\xB8", "\xEF\xBF\xBD\xEF\xBF\xBD"}};
  std::mt19937 rng(20261223);
  for (int round = 0; round < 20000; ++round) {
    std::string in = "x", out = "x";  // (no byte order mark can open it)
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) {
      const piece& p = pieces[rng() % std::size(pieces)];
      in += p.in;
      out += p.out;
    }
    statistics st;
    const auto t = decode(in, st);
    REQUIRE(std::string(t.bytes()) == out);
  }
}
