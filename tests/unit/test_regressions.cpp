// Regressions found by the fuzzers, each named after what it lost; inputs are our own.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "invariants.hpp"

using namespace galley;

TEST_CASE("regression fuzz-lost-markdown-kicker: a ### line with no headline after it is kept", "[regression]") {
  // Found by reflow_fuzzer: a level-3 Markdown line waited as a kicker for a headline that
  // never came, and was dropped.
  const char* page =
      "这是一段正文，没有写完\n\n"
      "### 两项要点\n\n"
      "#### 第一部分\n\n"
      "这是第二段正文，写完了。\n";
  const auto d = galley::test::reflow_ok(page);
  CHECK(galley::test::check_conservation(page, d) == "");
  CHECK(galley::test::output_text(d).find(U"两项要点") != std::u32string::npos);
}

TEST_CASE("regression fuzz-options-hyphen: keep_line_breaks keeps a line-end hyphen, and says so", "[regression]") {
  // Found by options_fuzzer: with keep_line_breaks the hyphen stays with its break, without
  // it the hyphen is removed; the difference must be exactly what stats count.
  options keep;
  keep.keep_line_breaks = true;
  const char* page = "The market for secu-\nrities rose today, traders said.\n";
  const auto a = galley::test::reflow_ok(page);
  const auto b = galley::test::reflow_ok(page, keep);
  const bool kept = galley::test::blocks_of(a).at(0).find('-') != std::string::npos;
  CHECK(a.stats.line_end_hyphens_removed == (kept ? 0u : 1u));
  CHECK(galley::test::blocks_of(a).at(0) == "The market for securities rose today, traders said.");
  CHECK(galley::test::blocks_of(b).at(0) == "The market for secu-\nrities rose today, traders said.");
  CHECK(b.stats.line_end_hyphens_removed == 0);
  CHECK(galley::test::check_conservation(page, a) == "");
  CHECK(galley::test::check_conservation(page, b) == "");
}

TEST_CASE("regression fuzz-options-combining-mark: a combining mark alone on a line is the same content whichever way the lines join", "[regression]") {
  // Found by options_fuzzer: "y" ends a line and a combining grave (U+0300) stands alone on
  // the next. Read as Chinese the lines join with nothing between ("y" + U+0300), read as
  // English with a space. Both keep the same code points; the check composed the first
  // ("ỳ") when it normalised the output again, and saw a change of content. It now reads
  // the output as written.
  const char* page = "城市新闻速览今天发布消息y\r\xCC\x80\r)交通部门表示道路畅通。\n";
  options zh, en;
  zh.language = language_hint::chinese;
  en.language = language_hint::latin;
  const auto a = galley::test::reflow_ok(page, zh);
  const auto b = galley::test::reflow_ok(page, en);
  CHECK(galley::test::ink_of(galley::test::output_text(a)) == galley::test::ink_of(galley::test::output_text(b)));
  CHECK(galley::test::check_conservation(page, a) == "");
  CHECK(galley::test::check_conservation(page, b) == "");
}
