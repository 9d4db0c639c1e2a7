// Pages in traditional characters, read as the same pages in simplified ones.
#include <string>

#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "lexicon.hpp"
#include "traditional.hpp"

using namespace galley;
using galley::test::blocks_of;
using galley::test::headlines_of;
using galley::test::reflow_ok;

namespace {

// A story with its byline, a dateline, a caption and its credit, in simplified characters,
// and the same in traditional ones (OpenCC's s2hk, a character at a time).
const std::string simplified_page =
    "全省冬小麦播种基本结束\n\n本报记者 王明\n\n本报讯 全省冬小麦播种工作已基本结束，各地加强田间管理，确保麦苗安全越冬。\n\n"
    "农业部门派出工作组分赴主产区指导，帮助农户解决播种中遇到的困难。\n\n农户在田间查看麦苗长势。新华社记者 李华 摄\n\n"
    "秋季蔬菜喜获丰收\n\n连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\n据新华社\n";
const std::string traditional_page =
    "全省冬小麥播種基本結束\n\n本報記者 王明\n\n本報訊 全省冬小麥播種工作已基本結束，各地加強田間管理，確保麥苗安全越冬。\n\n"
    "農業部門派出工作組分赴主產區指導，幫助農户解決播種中遇到的困難。\n\n農户在田間查看麥苗長勢。新華社記者 李華 攝\n\n"
    "秋季蔬菜喜獲豐收\n\n連日來，城郊多個蔬菜基地迎來採收高峯，菜農們忙着採摘白菜和蘿卜。\n\n據新華社\n";

// The page's articles as their heads and their blocks' kinds.
std::vector<std::string> shape_of(const document& d) {
  std::vector<std::string> out;
  for (const article& a : d.articles) {
    out.push_back("head");
    for (const block& b : a.blocks) out.push_back(std::to_string(static_cast<int>(b.kind)));
  }
  return out;
}

}  // namespace

TEST_CASE("traditional: the lexicons' characters fold to their simplified forms, the others stay", "[traditional]") {
  using namespace galley::detail;
  CHECK(simplified_form(U'報') == U'报');
  CHECK(simplified_form(U'記') == U'记');
  CHECK(simplified_form(U'臺') == U'台');
  CHECK(simplified_form(U'报') == U'报');
  CHECK(simplified_form(U'的') == U'的');
  CHECK(simplified_form(U'A') == U'A');
  char32_t room[16];
  const std::u32string_view simplified = U"本报记者 王明";
  CHECK(lexicon_text(U"本報記者 王明", room) == U"本报记者 王明");
  CHECK(lexicon_text(simplified, room).data() == simplified.data());  // (nothing to fold: the text itself)
  CHECK(looks_like_byline(lexicon_text(U"本報記者 王明", room)));
  // The units' tests: of the simplified forms on a page in traditional characters only.
  CHECK(looks_like_dateline(U"本報訊 全省冬小麥播種工作已基本結束", true));
  CHECK_FALSE(looks_like_dateline(U"本報訊 全省冬小麥播種工作已基本結束", false));
  CHECK(trailing_credit_length(U"各地加強田間管理。據新華社", true) == 4);
}

TEST_CASE("traditional: a page in traditional characters reads as the same page in simplified ones", "[traditional]") {
  const document s = reflow_ok(simplified_page), t = reflow_ok(traditional_page);
  REQUIRE(headlines_of(s).size() == 2);
  CHECK(shape_of(t) == shape_of(s));
  CHECK(headlines_of(t) == std::vector<std::string>{"全省冬小麥播種基本結束", "秋季蔬菜喜獲豐收"});
  CHECK(blocks_of(t, block_kind::byline) == std::vector<std::string>{"本報記者 王明"});
  CHECK(blocks_of(t, block_kind::caption) == std::vector<std::string>{"農户在田間查看麥苗長勢。新華社記者 李華 攝"});
  CHECK(blocks_of(t, block_kind::credit) == std::vector<std::string>{"據新華社"});
}

TEST_CASE("traditional: a story carried to a later page behind 下轉 / 上接 is one article", "[traditional]") {
  const std::string doc =
      "全省冬小麥播種基本結束\n\n本報訊（記者 王明）全省冬小麥播種工作已基本結束，\n各地加強田間管理。\n\n（下轉第2版）\n\n"
      "秋季蔬菜喜獲豐收\n\n連日來，城郊多個蔬菜基地迎來採收高峯，菜農們忙着採摘白菜和蘿卜。\n\f"
      "圖書館新館開放\n\n南湖區圖書館新館今天正式開放，藏書六十萬冊。\n\n（上接第1版）\n\n"
      "確保麥苗安全越冬，農業部門派出工作組分赴主產區指導。\n\n會議要求，各級各部門要狠抓落實。\n";
  const document d = reflow_ok(doc);
  REQUIRE(d.articles.size() == 3);
  CHECK(d.articles[0].headline == "全省冬小麥播種基本結束");
  CHECK(d.articles[0].blocks.size() == 3);
}

TEST_CASE("traditional: Taiwan's bylines, datelines and agency credits", "[traditional][lexicon]") {
  using namespace galley::detail;
  // (As the lexicons read them: in simplified forms.)
  CHECK(looks_like_byline(U"【记者王小明／台北报导】"));
  CHECK(looks_like_byline(U"〔记者王小明/台北报导〕"));
  CHECK(looks_like_byline(U"记者王小明／台北报导"));
  CHECK_FALSE(looks_like_byline(U"【记者手记】"));
  CHECK_FALSE(looks_like_byline(U"【记者王小明／台北报导】台北市政府今天宣布，明年起公车票价调整。"));
  CHECK(looks_like_dateline(U"（中央社记者王小明台北17日电）台北市政府今天宣布，明年起公车票价调整。"));
  CHECK(looks_like_dateline(U"（中央社台北17日综合外电报导）美国联邦储备理事会今天宣布维持利率不变。"));
  CHECK_FALSE(looks_like_dateline(U"（中央社）"));
  CHECK_FALSE(looks_like_dateline(U"（中央社的报道称，17日电力供应恢复正常，市民生活不受影响。"));
  CHECK(looks_like_credit(U"（中央社）"));
  CHECK(looks_like_credit(U"(新华社)"));
  CHECK_FALSE(looks_like_credit(U"（合作社成立十年）"));
  CHECK(looks_like_caption(U"台北101大楼点灯。（中央社记者王小明摄）"));
}

TEST_CASE("traditional: a Taiwanese page's byline, dateline and credit", "[traditional]") {
  const document d = reflow_ok(
      "秋季蔬菜喜獲豐收\n\n【記者王小明／台北報導】\n\n"
      "（中央社記者王小明台北17日電）連日來，城郊多個蔬菜基地迎來採收高峯，菜農們忙着採摘白菜和蘿卜。\n\n"
      "今年蔬菜種植面積比去年增加一成，產量和品質都有提高。\n\n（中央社）\n");
  REQUIRE(headlines_of(d) == std::vector<std::string>{"秋季蔬菜喜獲豐收"});
  CHECK(blocks_of(d, block_kind::byline) == std::vector<std::string>{"【記者王小明／台北報導】"});
  CHECK(blocks_of(d, block_kind::credit) == std::vector<std::string>{"（中央社）"});
  CHECK(blocks_of(d).size() == 2);
}
