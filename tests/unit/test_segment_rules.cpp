// Roles and articles: each rule with its counter-example.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "lexicon.hpp"

using namespace galley;
using galley::test::blocks_of;
using galley::test::headlines_of;
using galley::test::reflow_ok;

TEST_CASE("lexicon: bylines, credits, captions, jumps and their counter-examples", "[lexicon]") {
  using namespace galley::detail;
  CHECK(looks_like_byline(U"□ 傅清"));
  CHECK(looks_like_byline(U"本报记者 王明"));
  CHECK(looks_like_byline(U"By Jane Smith"));
  CHECK_FALSE(looks_like_byline(U"□ 傅清说，这是一项长期的工作。"));
  CHECK(looks_like_byline(U"记者 李子越 陈泽安"));
  CHECK_FALSE(looks_like_byline(U"记者从国家电网了"));  // a sentence that begins with 记者
  CHECK(looks_like_credit(U"据新华社"));
  CHECK(looks_like_credit(U"(作者单位:邢台医学院第二附属医院)"));
  CHECK(looks_like_credit(U"（新华社北京4月12日电 记者闾静文）"));
  CHECK_FALSE(looks_like_credit(U"据伊朗塔斯尼姆通讯社"));  // opens a sentence that goes on
  CHECK(looks_like_caption(U"这是4月12日拍摄的街头。新华社发"));
  CHECK(looks_like_caption(U"新华社记者 贺灿铃 摄"));
  CHECK_FALSE(looks_like_caption(U"摄影爱好者在湖边拍摄日出。"));
  CHECK(looks_like_jump(U"（下转第3版）"));
  CHECK(looks_like_jump(U"Continued on page 4"));
  CHECK_FALSE(looks_like_jump(U"下转眼就到了第二年。"));
  CHECK(looks_like_dateline(U"新华社北京4月12日电 记者李明报道"));
  CHECK(looks_like_dateline(U"央视网消息（新闻联播）：今天"));
  CHECK_FALSE(looks_like_dateline(U"伊朗则连续发布消息，否认"));
  CHECK(trailing_credit_length(U"双方未能达成妥协。 据新华社") == 5);  // the credit and the space before it
  CHECK(trailing_credit_length(U"据新华社报道，双方未能达成妥协。") == 0);
}

TEST_CASE("articles: a headline before its body starts an article", "[articles]") {
  auto d = reflow_ok(
      "南湖区图书馆新馆开放\n\n"
      "本报讯 南湖区图书馆新馆今天正式开放，藏书达到六十万册。\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"南湖区图书馆新馆开放", "秋季蔬菜喜获丰收"});
  CHECK(blocks_of(d, block_kind::byline) == std::vector<std::string>{"□ 周明"});
}

TEST_CASE("articles: a headline printed after its body goes to that body", "[articles]") {
  auto d = reflow_ok(
      "本报讯 南湖区图书馆新馆今天正式开放，新馆藏书达到六十万册，市民排队入馆。\n\n"
      "南湖区图书馆新馆开放\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\n"
      "据新华社\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].headline == "南湖区图书馆新馆开放");
  CHECK(d.articles[0].blocks.at(0).text.find("图书馆新馆今天正式开放") != std::string::npos);
  CHECK(d.articles[1].headline.empty());
  CHECK(blocks_of(d, block_kind::credit) == std::vector<std::string>{"据新华社"});
}

TEST_CASE("articles: a display line between paragraphs of one story is a heading", "[articles]") {
  auto d = reflow_ok(
      "美伊谈判结束\n\n"
      "美国与伊朗的第三轮谈判12日凌晨在伊斯兰堡结束，伊朗外交部发言人说，双方存在分歧。\n\n"
      "美国过分要求阻碍协议达成\n\n"
      "美国副总统万斯12日在伊斯兰堡说，美方尚未与伊朗达成共识，伊朗谈判代表团将返回。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(blocks_of(d, block_kind::heading) == std::vector<std::string>{"美国过分要求阻碍协议达成"});
}

TEST_CASE("articles counter-example: a display line between unrelated stories starts a new article", "[articles]") {
  auto d = reflow_ok(
      "美伊谈判结束\n\n"
      "美国与伊朗的第三轮谈判12日凌晨在伊斯兰堡结束，伊朗外交部发言人说，双方存在分歧。\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜，货车驶向农贸市场。\n");
  CHECK(headlines_of(d) == std::vector<std::string>{"美伊谈判结束", "秋季蔬菜喜获丰收"});
}

TEST_CASE("articles: a repeated headline continues its article and goes to residue", "[articles]") {
  auto d = reflow_ok(
      "图书馆新馆开放\n\n"
      "□ 林晓\n\n"
      "南湖区图书馆新馆今天正式开放，新馆设有少儿阅读区和古籍修复室。\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\n"
      "图书馆新馆开放\n\n"
      "据介绍，新馆将延长开放时间至晚上九点，并推出流动服务。\n");
  REQUIRE(d.articles.size() == 2);
  CHECK(d.articles[0].blocks.back().text.find("延长开放时间") != std::string::npos);
  REQUIRE(d.residue.size() == 1);
  CHECK(d.residue[0].text == "图书馆新馆开放");
  CHECK(d.residue[0].reason == "repeated-headline");
}

TEST_CASE("articles: a sentence cut across a jump is rejoined by its fragment", "[articles]") {
  // One paragraph a line, blocks separated by blank lines (as a PDF tool that unwraps gives them).
  auto d = reflow_ok(
      "医务思政建设首要工作是理想信念的塑造，要抵制片面追求经济效益的错误从业观\n\n"
      "秋季蔬菜喜获丰收\n\n"
      "□ 周明\n\n"
      "连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n"
      "念。全员思政学习要符合医务轮班作息规律，价值观念要端正。\n");
  const auto paras = blocks_of(d);
  CHECK(std::find(paras.begin(), paras.end(),
                  "医务思政建设首要工作是理想信念的塑造，要抵制片面追求经济效益的错误从业观念。全员思政学习要符合医务轮班作息规律，价值观念要端正。") != paras.end());
}

TEST_CASE("articles: jump lines and page furniture go to residue, nothing dropped", "[articles]") {
  auto d = reflow_ok("第3版\n\n图书馆新馆开放\n\n南湖区图书馆新馆今天正式开放，藏书六十万册。\n\n（下转第5版）\n");
  REQUIRE(d.residue.size() == 2);
  CHECK(d.residue[0].text == "第3版");
  CHECK(d.residue[1].text == "（下转第5版）");
}

TEST_CASE("articles: Markdown levels give headline, deck, heading; notices are residue", "[articles][markdown]") {
  auto d = reflow_ok(
      "# 谈判为何无果而终\n\n### 两大焦点\n\n#### 两大突出矛盾\n\n双方立场完全相左，结构性矛盾难以调和。\n\n"
      "## 小广告 大商机 资讯广场\n\n**遗失声明**\n\n某某餐饮店遗失食品经营许可证正本，声明作废。\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].headline == "谈判为何无果而终");
  CHECK(d.articles[0].deck == std::vector<std::string>{"两大焦点"});
  CHECK(blocks_of(d, block_kind::heading) == std::vector<std::string>{"两大突出矛盾"});
  CHECK(d.residue.size() == 3);
}

TEST_CASE("articles: a short rubric over a headline is a kicker; a longer line under it is a deck", "[articles]") {
  auto kicker = reflow_ok(
      "文化中国行\n共品茶香茶韵共享美好生活\n\n"
      "□ 赵一鸣\n\n"
      "茶香四溢的街巷里，游客们品茶赏艺，感受传统文化的魅力，乐在其中。\n");
  REQUIRE(kicker.articles.size() == 1);
  CHECK(kicker.articles[0].headline == "共品茶香茶韵共享美好生活");
  CHECK(kicker.articles[0].deck == std::vector<std::string>{"文化中国行"});
  auto deck = reflow_ok(
      "美伊谈判结束，未达成协议\n虽然达成了一些共识，但在两三个重要问题上存分歧\n\n"
      "□ 赵一鸣\n\n"
      "美国与伊朗的第三轮谈判在伊斯兰堡结束，双方在两三个重要问题上存在分歧。\n");
  REQUIRE(deck.articles.size() == 1);
  CHECK(deck.articles[0].headline == "美伊谈判结束，未达成协议");
  CHECK(deck.articles[0].deck == std::vector<std::string>{"虽然达成了一些共识，但在两三个重要问题上存分歧"});
}
