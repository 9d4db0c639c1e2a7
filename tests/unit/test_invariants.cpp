// Properties that hold for every page: conservation, determinism, idempotence, bounded output.
#include <catch2/catch.hpp>

#include <random>

#include "corpus.hpp"
#include "helpers.hpp"
#include "invariants.hpp"

using namespace galley;

namespace {

// Pages of our own making: ideographs, punctuation, digits, Latin words, blank lines,
// spaces, headlines — shuffled by a seeded generator so failures reproduce.
std::string random_page(std::mt19937& rng) {
  static const char* pieces[] = {"美国", "伊朗", "谈判", "，", "。", "“", "”", "12", " ", "  ", "\n", "\n\n",
                                 "会议", "指出", "据新华社", "□ 王明", "（作者单位：某大学）", "# ", "**",
                                 "secu-", "rities", "well-", "known", " the ", "market", ".", "下转第3版",
                                 "⽉", "ﬁ", "\t", "\r\n", "\xEF\xBB\xBF", "\xFF", "Ω", "é", "e\xCC\x81"};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1), len(0, 400);
  std::string s;
  for (std::size_t n = len(rng); n-- > 0;) s += pieces[pick(rng)];
  return s;
}

std::vector<std::string> sample_pages() {
  std::vector<std::string> pages;
  for (const auto& p : galley::test::dev_pages()) pages.push_back(galley::test::read_file(p));
  std::mt19937 rng(20261123);
  for (int i = 0; i < 300; ++i) pages.push_back(random_page(rng));
  return pages;
}

}  // namespace

TEST_CASE("invariant: every non-space character lands exactly once (conservation)", "[invariants]") {
  for (const std::string& page : sample_pages()) {
    const auto d = galley::test::reflow_ok(page);
    INFO(page.substr(0, 200));
    CHECK(galley::test::check_conservation(page, d) == "");
  }
}

TEST_CASE("invariant: the same input and options give the same output (determinism)", "[invariants]") {
  for (const std::string& page : sample_pages()) {
    CHECK(to_json(galley::test::reflow_ok(page)) == to_json(galley::test::reflow_ok(page)));
  }
}

TEST_CASE("invariant: output stays within a small multiple of the input", "[invariants]") {
  for (const std::string& page : sample_pages()) {
    CHECK(galley::test::check_output_bounded(page, galley::test::reflow_ok(page)) == "");
  }
}

TEST_CASE("invariant: reflowing the plain-text rendering keeps the paragraphs (idempotence)", "[invariants]") {
  for (const auto& p : galley::test::dev_pages()) {
    INFO(p.string());
    const auto first = galley::test::reflow_ok(galley::test::read_file(p));
    const auto second = galley::test::reflow_ok(to_text(first));
    auto a = galley::test::blocks_of(first), b = galley::test::blocks_of(second);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<std::string> lost;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(lost));
    // Every paragraph comes back whole (a heading may become a paragraph or the reverse).
    CHECK(lost.size() * 10 <= a.size());
  }
}

namespace {

// A document's headlines and blocks, in order.
std::vector<std::string> texts(const document& d) {
  std::vector<std::string> out;
  for (const article& a : d.articles) {
    out.push_back("# " + a.headline);
    for (const block& b : a.blocks) out.push_back(b.text);
  }
  return out;
}

}  // namespace

TEST_CASE("invariant: a margin before every line changes no article (indents count from it)", "[invariants]") {
  for (const auto& p : galley::test::dev_pages()) {
    const std::string page = galley::test::read_file(p);
    const auto plain = galley::test::reflow_ok(page);
    for (const std::string margin : {"  ", "    ", "\xE3\x80\x80"}) {  // (spaces, or an ideographic space)
      std::string shifted;
      for (std::size_t from = 0; from < page.size();) {
        const std::size_t end = std::min(page.find('\n', from), page.size());
        if (end > from) shifted += margin;
        shifted.append(page, from, end + 1 - from);
        from = end + 1;
      }
      INFO(p.string() << " with a margin of " << margin.size() << " bytes");
      CHECK(texts(galley::test::reflow_ok(shifted)) == texts(plain));
    }
  }
}

TEST_CASE("invariant: every line break doubled or tripled changes no article (blank lines count from the page's own)", "[invariants]") {
  // Tools double line breaks again ("\r\r\n" read as two line breaks, text pasted through
  // a converter): the blank lines that follow nearly every line are spacing, however many.
  for (const auto& p : galley::test::dev_pages()) {
    const std::string page = galley::test::read_file(p);
    const auto plain = galley::test::reflow_ok(page);
    for (const std::string line_break : {"\n\n", "\n\n\n", "\r\r\n"}) {
      std::string spaced;
      for (const char c : page) c == '\n' ? spaced += line_break : spaced += c;
      INFO(p.string() << " with line breaks of " << line_break.size() << " bytes");
      CHECK(texts(galley::test::reflow_ok(spaced)) == texts(plain));
    }
  }
}
