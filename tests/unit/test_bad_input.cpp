// Bad input, table-driven: each case gets a clean result or a clear error, quickly, with
// nothing lost.
#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <functional>

#include "helpers.hpp"
#include "invariants.hpp"

using namespace galley;

namespace {

// The bound catches hangs, not slowness (a loaded CI machine is slow); linearity has its own
// test below. Sanitizers slow the pipeline about tenfold.
#if defined(__SANITIZE_ADDRESS__)
constexpr double time_limit_seconds = 600.0;
#else
constexpr double time_limit_seconds = 120.0;
#endif

struct bad_case {
  const char* name;
  std::function<std::string()> make;
};

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

const bad_case cases[] = {
    {"overlong encodings", [] { return std::string("a\xC0\xAF\xE0\x80\xAF\xF0\x80\x80\xAF" "b\n"); }},
    {"UTF-16 surrogates in UTF-8", [] { return std::string("\xED\xA0\x80\xED\xBF\xBF text\n"); }},
    {"truncated sequences", [] { return std::string("\xE4\xB8\n\xF0\x9F\x98\n\xC3"); }},
    {"0xFF and 0xFE bytes", [] { return std::string("\xFF\xFE\xFF 中文\n"); }},
    {"NUL bytes inside text", [] { return std::string("前\0后。\n第二\0行。\n", 22); }},
    {"a 10 MB line with no newline", [] { return repeat("国际新闻，", 700000); }},
    {"a million blank lines", [] { return repeat("\n", 1000000) + "正文。\n"; }},
    {"only punctuation", [] { return repeat("，。！？、“”《》", 2000); }},
    {"only spaces", [] { return repeat(" \t\u3000", 5000); }},
    {"RTL text (Arabic, Hebrew)", [] { return std::string("مرحبا بالعالم. هذا نص عربي.\nשלום עולם. זה טקסט בעברית.\n"); }},
    {"emoji ZWJ sequences", [] { return repeat("👩\u200D💻 👨\u200D👩\u200D👧 🏳️\u200D🌈\n", 200); }},
    {"combining marks", [] { return repeat("e\u0301\u0302\u0303 a\u0308 Z\u0351\u0352\u0353\n", 500); }},
    {"CR-only line ends", [] { return repeat("第一行，\r第二行。\r", 300); }},
    {"a binary file", [] {
       std::string s;
       std::uint32_t x = 2463534242u;
       for (int i = 0; i < 200000; ++i) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; s.push_back(static_cast<char>(x)); }
       return s;
     }},
    {"a 50 MB input", [] { return repeat("跨江大桥主桥今天顺利合龙。\n市中心\n\n", 50u << 20 >> 6); }},
};

}  // namespace

TEST_CASE("bad input: a clean result, nothing lost, in bounded time", "[bad-input]") {
  for (const bad_case& c : cases) {
    SECTION(c.name) {
      const std::string input = c.make();
      const auto start = std::chrono::steady_clock::now();
      const result r = reflow(input);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      REQUIRE(r);
      CHECK(seconds < time_limit_seconds);
      if (input.size() < (4u << 20)) CHECK(galley::test::check_conservation(input, r.document) == "");
      CHECK(galley::test::check_output_bounded(input, r.document) == "");
    }
  }
}

TEST_CASE("bad input: over the size limit is a clear error, not a result", "[bad-input]") {
  options o;
  o.max_input_bytes = 1000;
  const result r = reflow(std::string(1001, 'x'), o);
  CHECK(r.error == error::input_too_large);
  CHECK(error_message(r.error).find("larger") != std::string_view::npos);
  o.max_input_bytes = 0;
  CHECK(reflow("x", o).error == error::invalid_options);
}

TEST_CASE("bad input: invalid bytes are counted and announced", "[bad-input]") {
  const auto d = galley::test::reflow_ok("ok\xFF\xFEok\n");
  CHECK(d.stats.invalid_bytes_replaced == 2);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].code == "invalid-utf8");
}

TEST_CASE("linear time: eight times the input takes about eight times as long", "[bad-input][scaling]") {
  const std::string page = repeat("跨江大桥主桥今天顺利合龙，大\n桥全长三千米，建设者连续施工\n三十个小时。\n\n标题样的一行\n\n", 1);
  const std::string small = repeat(page, (1u << 20) / page.size());
  const std::string large = repeat(page, (8u << 20) / page.size());
  // Processor time of this process, not wall time: ctest runs other suites beside this one
  // on the same cores, and a wait for a core is not work.
  auto best_of_5 = [](const std::string& s) {
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
      const std::clock_t start = std::clock();
      (void)reflow(s);
      best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    return best;
  };
  const double ratio = best_of_5(large) / best_of_5(small);
  INFO("time(8 MB) / time(1 MB) = " << ratio);
  // Linear is 8; a quadratic stage would give 64. The margin absorbs a machine busy with
  // other test processes.
  CHECK(ratio < 20.0);
}

TEST_CASE("limits: past the work budget stitching stops with a warning, and nothing is lost", "[bad-input][budget]") {
  const char* page =
      "图书馆推出多项便民举措，引导读者养成良好的阅读习惯，树立正确的阅读观\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n"
      "念。馆员还定期举办读书沙龙，帮助读者更新阅读观念。\n";
  options tight;
  tight.work_budget_per_byte = 0;
  const result r = reflow(page, tight);
  REQUIRE(r);
  REQUIRE_FALSE(r.document.warnings.empty());
  CHECK(r.document.warnings.back().code == "budget-exceeded");
  CHECK(galley::test::check_conservation(page, r.document) == "");
  CHECK(reflow(page).document.warnings.empty());  // the default budget is ample
}
