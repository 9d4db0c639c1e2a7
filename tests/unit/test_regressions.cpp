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
