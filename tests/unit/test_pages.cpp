// A document of several pages, each ended by a form feed as pdftotext prints them: every
// page reads as it does alone, numbered by the input's lines, but for a story that jump
// lines continue from one page on another, which is one article.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "helpers.hpp"

using namespace galley;
using galley::test::in_column;
using galley::test::reflow_ok;

namespace {

// Lines of a text as reflow numbers them (a line break after the last line is implied).
std::uint32_t lines_in(std::string_view s) {
  if (s.empty()) return 1;
  return static_cast<std::uint32_t>(std::count(s.begin(), s.end(), '\n') + (s.back() == '\n' ? 0 : 1));
}

std::vector<line_range> shifted(std::vector<line_range> ranges, std::uint32_t by) {
  for (line_range& r : ranges) r.first += by, r.last += by;
  return ranges;
}

// Every article and residue item of `whole` is, in order, that of one of the pages read
// alone, its lines moved down by the lines of the pages before.
void check_reads_as_pages(const document& whole, const std::vector<document>& pages, const std::vector<std::uint32_t>& first_line) {
  std::size_t a = 0, r = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::uint32_t by = first_line[p] - 1;
    for (const article& x : pages[p].articles) {
      INFO("page " << p << ", article " << x.headline);
      REQUIRE(a < whole.articles.size());
      const article& y = whole.articles[a++];
      CHECK(y.headline == x.headline);
      CHECK(y.deck == x.deck);
      CHECK(y.headline_lines == shifted(x.headline_lines, by));
      REQUIRE(y.blocks.size() == x.blocks.size());
      for (std::size_t b = 0; b < x.blocks.size(); ++b) {
        CHECK(y.blocks[b].kind == x.blocks[b].kind);
        CHECK(y.blocks[b].text == x.blocks[b].text);
        CHECK(y.blocks[b].lines == shifted(x.blocks[b].lines, by));
      }
    }
    for (const residue_item& x : pages[p].residue) {
      REQUIRE(r < whole.residue.size());
      const residue_item& y = whole.residue[r++];
      CHECK(y.text == x.text);
      CHECK(y.reason == x.reason);
      CHECK(y.lines == shifted(x.lines, by));
    }
  }
  CHECK(a == whole.articles.size());
  CHECK(r == whole.residue.size());
}

std::string double_spaced(std::string_view s) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '\n') out += '\n';
  }
  return out;
}

// Pages of other layouts: a Chinese column, an English one, and the Chinese double spaced
// (a blank line after every line, as some extractors print); the dev pages when ../shared
// is here.
std::vector<std::string> sample_pages() {
  const std::string zh = "国内要闻\n\n" + in_column("全国冬小麦播种基本结束，各地加强田间管理，确保麦苗安全越冬。农业农村部派出工作组分赴主产省指导。", 13) + "\n" +
                         "科技动态\n\n" + in_column("我国科研团队在新型储能材料领域取得突破，相关成果近日发表于国际期刊，有望降低电池成本。", 13);
  const std::string en = "Harbour Reopens After Storm\n\n" +
                         in_column("The city harbour reopened on Monday after a week of repairs to the sea wall, officials said, "
                                   "and the first ferries left on time.", 38) +
                         "\nCouncil Votes On Budget\n\n" +
                         in_column("The council approved the new budget by a narrow margin late on Tuesday, after a debate that "
                                   "ran for most of the evening.", 38);
  std::vector<std::string> pages = {zh, en, double_spaced(zh)};
  for (const auto& path : galley::test::dev_pages()) pages.push_back(galley::test::read_file(path));
  return pages;
}

}  // namespace

TEST_CASE("pages: a document of pages ended by form feeds reads as its pages do", "[pages]") {
  const std::vector<std::string> pages = sample_pages();
  std::vector<document> alone;
  for (const std::string& p : pages) alone.push_back(reflow_ok(p));
  // (pdftotext ends every page with a form feed, the last too.)
  for (const bool trailing : {false, true}) {
    std::string joined;
    std::vector<std::uint32_t> first_line;  // (a page that ends mid-line shares its last line with the next)
    for (const std::string& p : pages) {
      if (!joined.empty()) joined += '\f';
      first_line.push_back(static_cast<std::uint32_t>(std::count(joined.begin(), joined.end(), '\n')) + 1);
      joined += p;
    }
    if (trailing) joined += '\f';
    const document whole = reflow_ok(joined);
    check_reads_as_pages(whole, alone, first_line);
    CHECK(whole.stats.pages == pages.size() + (trailing ? 1 : 0));
    CHECK(whole.stats.input_bytes == joined.size());
    CHECK(whole.stats.input_lines == lines_in(joined));
    std::size_t spaces = 0, articles = 0, blocks = 0, residue = 0;
    bool any_double = false;
    for (const document& d : alone) {
      spaces += d.stats.layout_spaces_removed;
      articles += d.stats.articles;
      blocks += d.stats.blocks;
      residue += d.stats.residue_items;
      any_double = any_double || d.stats.double_spaced;
    }
    CHECK(whole.stats.layout_spaces_removed == spaces);
    CHECK(whole.stats.articles == articles);
    CHECK(whole.stats.blocks == blocks);
    CHECK(whole.stats.residue_items == residue);
    CHECK(whole.stats.double_spaced == any_double);
    CHECK(whole.stats.control_chars_removed == 0);  // (a form feed ends a page: not removed text)
  }
}

TEST_CASE("pages: each page has its own layout", "[pages]") {
  // A double-spaced page after a single-spaced one: read together as one page, the blank
  // lines of one or the lines of the other would be misread.
  const std::string single = "国内要闻\n\n" + in_column("全国冬小麦播种基本结束，各地加强田间管理，确保麦苗安全越冬。", 12);
  const std::string doubled = double_spaced("科技动态\n\n" + in_column("我国科研团队在新型储能材料领域取得突破，有望降低电池成本。", 12));
  const document d = reflow_ok(single + "\f" + doubled);
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[1].headline == "科技动态");
  CHECK(d.articles[1].blocks.size() == 1);
  CHECK(d.stats.double_spaced);
}

TEST_CASE("pages: a form feed inside a line keeps both halves on that line's number", "[pages]") {
  const document d = reflow_ok("第一版\n标题一\f第二版\n");
  CHECK(d.stats.pages == 2);
  CHECK(d.stats.input_lines == 2);
  std::vector<std::uint32_t> firsts;
  for (const article& a : d.articles)
    for (const line_range& r : a.headline_lines) firsts.push_back(r.first);
  for (const residue_item& x : d.residue)
    for (const line_range& r : x.lines) firsts.push_back(r.first);
  for (const std::uint32_t f : firsts) CHECK((f == 1 || f == 2));
}

TEST_CASE("pages: warnings and explanations cover the whole input", "[pages]") {
  options opts;
  opts.explain = true;
  const document d = reflow_ok("标题\n正文\xFF第一行。\n\f标题二\n正文\xFE第二行。\n", opts);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].code == "invalid-utf8");
  CHECK(d.warnings[0].message.find('2') != std::string::npos);
  CHECK(d.stats.invalid_bytes_replaced == 2);
  std::vector<std::uint32_t> explained;
  for (const line_explanation& e : d.explanation) explained.push_back(e.line);
  CHECK(explained == std::vector<std::uint32_t>{1, 2, 3, 4});
}

TEST_CASE("pages: the language is the whole document's", "[pages]") {
  // (Neither the first page's nor the last's.)
  const std::string zh = in_column("全国冬小麦播种基本结束，各地加强田间管理，确保麦苗安全越冬。农业农村部派出工作组分赴主产省指导。", 12);
  const std::string en = in_column("The city harbour reopened on Monday after a week of repairs to the sea wall, officials said.", 30);
  CHECK(reflow_ok(zh + "\fPage 2\n").lang == "zh");
  CHECK(reflow_ok("第二版\n\f" + en).lang == "en");
}

TEST_CASE("pages: the document is the same read on one thread or on several", "[pages]") {
  const std::vector<std::string> pages = sample_pages();
  std::string joined;
  for (int round = 0; round < 3; ++round)
    for (const std::string& p : pages) joined += p + (round == 1 ? "\f\xFF" : "\f");  // (a bad byte to count and warn of)
  for (const bool explain : {false, true}) {
    options opts;
    opts.explain = explain;
    opts.work_budget_per_byte = explain ? 1 : 64;  // (some pages over their budget: its warning)
    const std::string one = to_json(reflow_ok(joined, opts));
    for (const unsigned threads : {2u, 3u, 0u}) {
      opts.threads = threads;
      CHECK(to_json(reflow_ok(joined, opts)) == one);
    }
    // (The budget runs out only where stitching has work to do: on the dev pages. The small
    // pages of our own, read when ../shared is absent, never reach it.)
    if (!explain || !galley::test::dev_pages().empty())
      CHECK(one.find(explain ? "budget-exceeded" : "invalid-utf8") != std::string::npos);
  }
}

namespace {

// A document of two or three pages: a story cut off on the first by `out`, the rest of it
// behind `in` on the last (under its head reprinted when `reprint`), other stories around.
std::string jumped_document(const std::string& out, const std::string& in, bool reprint, bool middle_page) {
  std::string doc =
      "全省冬小麦播种基本结束\n\n本报讯（记者 王明）全省冬小麦播种工作已基本结束，\n各地加强田间管理。\n\n" + out +
      "\n\n秋季蔬菜喜获丰收\n\n连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\f";
  if (middle_page) doc += "跨江大桥顺利合龙\n\n跨江大桥主桥今天顺利合龙，大桥全长三千米。\n\f";
  doc += "图书馆新馆开放\n\n南湖区图书馆新馆今天正式开放，藏书六十万册。\n\n";
  if (reprint) doc += "全省冬小麦播种基本结束\n\n";
  return doc + in + "\n\n确保麦苗安全越冬，农业部门派出工作组分赴主产区指导。\n\n会议要求，各级各部门要狠抓落实。\n";
}

// The article under the head `head` (nullptr: none).
const article* headed(const document& d, std::string_view head) {
  for (const article& a : d.articles)
    if (a.headline == head) return &a;
  return nullptr;
}

const article* wheat(const document& d) { return headed(d, "全省冬小麦播种基本结束"); }

}  // namespace

TEST_CASE("pages: a story a jump line continues on a later page is one article", "[pages]") {
  for (const bool reprint : {false, true}) {
    const std::string text = jumped_document("（下转第2版）", "（上接第1版）", reprint, false);
    options opts;
    const document d = reflow_ok(text, opts);
    REQUIRE(d.articles.size() == 3);
    const article* a = wheat(d);
    REQUIRE(a);
    REQUIRE(a->blocks.size() == 3);
    CHECK(a->blocks[1].text.starts_with("确保麦苗"));
    CHECK(a->blocks[1].lines.front().first > a->blocks[0].lines.back().last);  // (from the second page)
    // Both jump lines stay in the residue, and so does the head reprinted over the rest.
    std::vector<std::string> residue;
    for (const residue_item& r : d.residue) residue.push_back(r.text);
    CHECK(std::count(residue.begin(), residue.end(), "（下转第2版）") == 1);
    CHECK(std::count(residue.begin(), residue.end(), "（上接第1版）") == 1);
    CHECK(std::count(residue.begin(), residue.end(), "全省冬小麦播种基本结束") == (reprint ? 1 : 0));
    CHECK(d.stats.articles == 3);
    opts.threads = 2;
    CHECK(to_json(reflow_ok(text, opts)) == to_json(d));
  }
}

TEST_CASE("pages: jump lines name pages by the paper's numbers, which run on as the document's", "[pages]") {
  // A document that starts at the paper's page 4: "第6版" is two pages on.
  CHECK(wheat(reflow_ok(jumped_document("（下转第6版）", "（上接第4版）", false, true)))->blocks.size() == 3);
  CHECK(wheat(reflow_ok(jumped_document("（下转第十二版）", "（上接第十版）", false, true)))->blocks.size() == 3);
  CHECK(wheat(reflow_ok(jumped_document("(Continued on Page 3)", "(Continued from Page 1)", false, true)))->blocks.size() == 3);
  // Numbers that do not name each other's pages, or none: the two parts stay apart.
  for (const auto& [out, in] : std::vector<std::pair<std::string, std::string>>{
           {"（下转第5版）", "（上接第1版）"}, {"（下转第2版）", "（上接第1版）"}, {"（下转第3版）", "（上接第3版）"}}) {
    const document d = reflow_ok(jumped_document(out, in, false, true));
    INFO(out << " / " << in);
    CHECK(wheat(d)->blocks.size() == 1);
    CHECK(d.articles.size() == 5);  // (the rest on its own, without a head)
  }
}

TEST_CASE("pages: a story's last paragraph moved behind jump lines to the next page still reads whole", "[pages]") {
  // On each sample page, every story whose last paragraph stands alone on its lines, one at a
  // time: that paragraph goes to the top of the next page behind "（上接第1版）" ("Continued
  // from Page 1"), a "（下转第2版）" line left where it was. The document reads the story as the
  // page did.
  const std::vector<std::string> pages = sample_pages();
  int moved = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const document alone = reflow_ok(pages[p]);
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < pages[p].size();) {
      const std::size_t end = std::min(pages[p].find('\n', at), pages[p].size());
      lines.push_back(pages[p].substr(at, end - at));
      at = end + 1;
    }
    // Whether input lines first..last (1-based) hold nothing but block `b` of article `a`.
    auto only = [&](std::size_t a, std::size_t b, std::uint32_t first, std::uint32_t last) {
      for (std::size_t x = 0; x < alone.articles.size(); ++x) {
        const article& y = alone.articles[x];
        auto outside = [&](const std::vector<line_range>& rs) {
          return std::all_of(rs.begin(), rs.end(), [&](const line_range& r) { return r.last < first || r.first > last; });
        };
        if (!outside(y.headline_lines)) return false;
        for (const auto& d : y.deck_lines)
          if (!outside(d)) return false;
        for (std::size_t k = 0; k < y.blocks.size(); ++k)
          if (!(x == a && k == b) && !outside(y.blocks[k].lines)) return false;
      }
      return std::all_of(alone.residue.begin(), alone.residue.end(), [&](const residue_item& r) {
        return std::all_of(r.lines.begin(), r.lines.end(), [&](const line_range& l) { return l.last < first || l.first > last; });
      });
    };
    for (std::size_t a = 0; a < alone.articles.size(); ++a) {
      const article& x = alone.articles[a];
      if (x.headline.empty() || x.blocks.size() < 2 || x.blocks.back().kind != block_kind::paragraph ||
          x.blocks.back().lines.size() != 1)
        continue;
      const auto [first, last] = std::pair{x.blocks.back().lines[0].first, x.blocks.back().lines[0].last};
      if (last >= lines.size() || !lines[last].empty() || !only(a, x.blocks.size() - 1, first, last)) continue;
      const bool english = alone.lang == "en";
      std::string one, moved_text;
      for (std::uint32_t l = 1; l <= lines.size(); ++l) {
        if (l == first) one += english ? "(Continued on Page 2)\n" : "（下转第2版）\n";
        if (l >= first && l <= last) moved_text += lines[l - 1] + "\n";
        else one += lines[l - 1] + "\n";
      }
      const std::string two = (english ? "(Continued from Page 1)\n\n" : "（上接第1版）\n\n") + moved_text + "\n" + pages[(p + 1) % pages.size()];
      const document whole = reflow_ok(one + "\f" + two);
      INFO("page " << p << ": " << x.headline);
      const auto joined = std::find_if(whole.articles.begin(), whole.articles.end(), [&](const article& y) { return y.headline == x.headline; });
      REQUIRE(joined != whole.articles.end());
      REQUIRE(joined->blocks.size() == x.blocks.size());
      for (std::size_t b = 0; b < x.blocks.size(); ++b) CHECK(joined->blocks[b].text == x.blocks[b].text);
      ++moved;
    }
  }
  // (The composed pages' stories have one paragraph each: the dev pages give the cases.)
  if (!galley::test::dev_pages().empty()) CHECK(moved >= 5);
}

namespace {

// A story in a column of 12 characters, under its head.
std::string story(const std::string& head, const std::string& text) { return head + "\n\n" + in_column(text, 12); }

bool holds(const article* a, std::string_view text) {
  return a && std::any_of(a->blocks.begin(), a->blocks.end(), [&](const block& b) { return b.text.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("pages: jump lines pair by the one first page that most of them agree on", "[pages]") {
  // Page 1's "第4版" and page 3's "第2版" name each other if the document began at the
  // paper's page 2; every other pair says it began at page 1, and so it did.
  const std::string text =
      story("港口货运量稳步增长", "今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。") + "\n（下转第4版）\n\f" +
      story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") + "\n（下转第3版）\n\f" +
      "（上接第2版）\n\n" + in_column("绿道沿线设有驿站和自行车租赁点，方便市民骑行。", 12) + "\n" +
      story("夜间经济活力涌动", "步行街夜市人气旺盛，各类特色小吃吸引大批游客。") + "\f" +
      "（上接第1版）\n\n" + in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n" +
      story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
  options opts;
  const document d = reflow_ok(text, opts);
  CHECK(holds(headed(d, "港口货运量稳步增长"), "港口部门将继续优化通关流程"));
  CHECK(holds(headed(d, "城市绿道全线贯通"), "绿道沿线设有驿站"));
  CHECK(d.articles.size() == 4);
  opts.threads = 2;
  CHECK(to_json(reflow_ok(text, opts)) == to_json(d));
}

TEST_CASE("pages: a story carried on twice is one article", "[pages]") {
  // Page 1 to page 2, where its rest is cut again, to page 3.
  const std::string text =
      story("港口货运量稳步增长", "今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。") + "\n（下转第2版）\n\f" +
      "（上接第1版）\n\n" + in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n（下转第3版）\n\n" +
      story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") + "\f" +
      "（上接第2版）\n\n" + in_column("明年还将新建三个集装箱泊位，进一步扩大港口规模。", 12) + "\n" +
      story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
  const document d = reflow_ok(text);
  const article* port = headed(d, "港口货运量稳步增长");
  REQUIRE(port);
  REQUIRE(port->blocks.size() == 3);
  CHECK(port->blocks[1].text.starts_with("港口部门"));
  CHECK(port->blocks[2].text.starts_with("明年还将"));
  CHECK(d.articles.size() == 3);
}

TEST_CASE("pages: a head under a \"下转\" line and over a \"上接\" line heads the rest, not the story cut off", "[pages]") {
  // Page 2 cuts one story off for page 5, then prints the end of another begun on page 1
  // under its head reprinted.
  const std::string page_two =
      story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") + "\n（下转第5版）\n\n" +
      "港口货运量稳步增长\n\n（上接第1版）\n\n" + in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n" +
      story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
  const document alone = reflow_ok(page_two);
  CHECK(!holds(headed(alone, "城市绿道全线贯通"), "港口部门"));
  CHECK(holds(headed(alone, "港口货运量稳步增长"), "港口部门"));
  // In the issue, it joins its first part on page 1; the reprinted head is residue.
  const document d = reflow_ok(story("港口货运量稳步增长", "今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。") +
                               "\n（下转第2版）\n\f" + page_two);
  const article* port = headed(d, "港口货运量稳步增长");
  REQUIRE(port);
  CHECK(port->blocks.size() == 2);
  CHECK(holds(port, "港口部门"));
  CHECK(!holds(headed(d, "城市绿道全线贯通"), "港口部门"));
  CHECK(std::count_if(d.residue.begin(), d.residue.end(), [](const residue_item& r) { return r.text == "港口货运量稳步增长"; }) == 1);
  // Every jump line's reason is "jump", answered or not.
  for (const residue_item& r : d.residue)
    if (r.text.find("版）") != std::string::npos) CHECK(r.reason == "jump");
}

TEST_CASE("pages: a 上接 line resumes the 下转 line above it only when its text can run from one page on to the other", "[pages]") {
  const auto page = [](const std::string& out, const std::string& in) {
    return story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") + "\n" + out + "\n\n" + in + "\n\n" +
           in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n" +
           story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
  };
  // Page 1 then page 4 run together: one story.
  CHECK(holds(headed(reflow_ok(page("（下转第4版）", "（上接第1版）")), "城市绿道全线贯通"), "港口部门"));
  // From page 4 back to page 3, or to the page it came from: two stories' jump lines.
  for (const std::string in : {"（上接第4版）", "（上接第5版）"}) {
    const document d = reflow_ok(page("（下转第4版）", in));
    INFO(in);
    CHECK(!holds(headed(d, "城市绿道全线贯通"), "港口部门"));
    CHECK(std::any_of(d.articles.begin(), d.articles.end(), [](const article& a) { return a.headline.empty() && holds(&a, "港口部门"); }));
  }
}

TEST_CASE("pages: a 下转 line and the 上接 line under it, paired on their page, part when other pages answer each", "[pages]") {
  // Page 2 cuts its own story off for page 3, and right under its "下转" line prints the end
  // of page 1's story: read alone, the page takes the two lines for one story's ends.
  const std::string two = story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") +
                          "\n（下转第3版）\n\n（上接第1版）\n\n" + in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n" +
                          story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
  CHECK(holds(headed(reflow_ok(two), "城市绿道全线贯通"), "港口部门"));
  const std::string text =
      story("港口货运量稳步增长", "今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。") + "\n（下转第2版）\n\f" + two + "\f" +
      "（上接第2版）\n\n" + in_column("绿道沿线设有驿站和自行车租赁点，方便市民骑行。", 12) + "\n" +
      story("夜间经济活力涌动", "步行街夜市人气旺盛，各类特色小吃吸引大批游客。");
  options opts;
  const document d = reflow_ok(text, opts);
  const article* port = headed(d, "港口货运量稳步增长");
  const article* green = headed(d, "城市绿道全线贯通");
  REQUIRE(port);
  REQUIRE(green);
  CHECK(port->blocks.size() == 2);
  CHECK(port->blocks.back().text.starts_with("港口部门"));
  CHECK(green->blocks.size() == 2);
  CHECK(green->blocks.back().text.starts_with("绿道沿线"));
  CHECK(d.articles.size() == 4);
  opts.threads = 2;
  CHECK(to_json(reflow_ok(text, opts)) == to_json(d));
}

TEST_CASE("pages: two stories carried on to one page each find the rest their head is reprinted over", "[pages]") {
  // Page 1 cuts two stories off for page 2, which prints their rests the other way round,
  // each under its story's head: in the pages' order the first "下转" line would take the
  // first "上接" line's rest.
  const auto rest = [](const std::string& head, const std::string& text) {
    return head + "\n\n（上接第1版）\n\n" + in_column(text, 12) + "\n";
  };
  for (const bool spaced : {false, true}) {
    const std::string port = "港口货运量稳步增长", green = "城市绿道全线贯通";
    const std::string text =
        story(port, "今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。") + "\n（下转第2版）\n\n" +
        story(green, "环城绿道今天全线贯通，串联起沿线二十多个公园。") + "\n（下转第2版）\n\f" +
        rest(spaced ? "城 市 绿 道 全 线 贯 通" : green, "绿道沿线设有驿站和自行车租赁点，方便市民骑行。") + "\n" +
        rest(port, "港口部门将继续优化通关流程，提升集疏运效率。") + "\n" +
        story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
    INFO(text);
    const document d = reflow_ok(text);
    CHECK(holds(headed(d, port), "港口部门将继续优化通关流程"));
    CHECK(holds(headed(d, green), "绿道沿线设有驿站"));
    CHECK(d.articles.size() == 3);
  }
}

TEST_CASE("pages: a 上接 line no page of the document answers opens a story of its own, and the 下转 line above it goes on", "[pages]") {
  // Page 1 cuts its story off for page 2, and right under its "下转" line prints the end of
  // a story begun on a page the document does not hold ("上接第1版" on page 1 itself): read
  // alone, the page takes the two lines for one story's ends.
  const std::string one = story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") +
                          "\n（下转第2版）\n\n（上接第1版）\n\n" + in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n" +
                          story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。");
  const std::string text = one + "\f" + "（上接第1版）\n\n" + in_column("绿道沿线设有驿站和自行车租赁点，方便市民骑行。", 12) + "\n" +
                           story("夜间经济活力涌动", "步行街夜市人气旺盛，各类特色小吃吸引大批游客。");
  options opts;
  const document d = reflow_ok(text, opts);
  const article* green = headed(d, "城市绿道全线贯通");
  REQUIRE(green);
  CHECK(green->blocks.size() == 2);
  CHECK(green->blocks.back().text.starts_with("绿道沿线"));
  CHECK(!holds(green, "港口部门"));
  CHECK(std::any_of(d.articles.begin(), d.articles.end(), [](const article& a) { return a.headline.empty() && holds(&a, "港口部门"); }));
  CHECK(d.articles.size() == 4);
  opts.threads = 2;
  CHECK(to_json(reflow_ok(text, opts)) == to_json(d));
}

TEST_CASE("pages: a 上接 line that answers a 下转 line left open is that one's, not the answer of the pair above it", "[pages]") {
  // Page 1 sends the port story on to page 2, and cuts the greenway story off and resumes it
  // on the page itself, under lines that name page 2 and page 1 as well. Page 2's "上接"
  // line answers the port story's line, which nothing on page 1 answered: the greenway
  // story's rest stays where the page put it.
  const std::string one = story("港口货运量稳步增长", "今年以来，全市港口货物吞吐量稳步增长，集装箱航线不断加密。") + "\n（下转第2版）\n\n" +
                          story("城市绿道全线贯通", "环城绿道今天全线贯通，串联起沿线二十多个公园。") + "\n（下转第2版）\n\n" +
                          story("社区食堂受到欢迎", "新开的社区食堂菜品丰富价格实惠，老人们纷纷点赞。") + "\n（上接第1版）\n\n" +
                          in_column("绿道沿线设有驿站和自行车租赁点，方便市民骑行，环城绿道成为周末好去处。", 12);
  const std::string text = one + "\f" + "（上接第1版）\n\n" + in_column("港口部门将继续优化通关流程，提升集疏运效率。", 12) + "\n" +
                           story("夜间经济活力涌动", "步行街夜市人气旺盛，各类特色小吃吸引大批游客。");
  const document alone = reflow_ok(one);
  REQUIRE(holds(headed(alone, "城市绿道全线贯通"), "绿道沿线"));
  const document d = reflow_ok(text);
  CHECK(holds(headed(d, "城市绿道全线贯通"), "绿道沿线"));
  CHECK(holds(headed(d, "港口货运量稳步增长"), "港口部门"));
}
